/**
 * A first report with casualty figures ticked 未知 (快报事实): the form sends "unknown" (the
 * engine's CasualtyFigure), never 0 with a note; the engine takes it as given, and the seat's
 * inbox and the director's feed read 未知 / 不详 for it, the numbers typed for the others.
 */
import { describe, expect, it } from "vitest";
import { reportSummary } from "../../client/i18n/describe.ts";
import { reportContent } from "../../client/model/report.ts";
import { describeEvent, words } from "../../i18n/describe.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";

const figures = { deaths: "", seriousInjuries: "2", injured: "", missing: "0" };
const unknown = { deaths: true, seriousInjuries: false, injured: true, missing: false };

describe("a report with unknown casualty figures", () => {
  const content = reportContent({ unit: "临江化工", other: "" }, figures, unknown);

  it("sends \"unknown\" for each figure ticked 未知, the typed number for the rest (0 as typed), and no note", () => {
    expect(content.casualties).toEqual({ deaths: "unknown", seriousInjuries: 2, injured: "unknown", missing: 0 });
    expect(content.other).toBeUndefined();
  });

  it("reads 未知 in the seat's inbox card", () => {
    const s = reportSummary({ report: { kind: "initial", mode: "oral", content } } as never);
    expect(s).toContain("死亡未知");
    expect(s).toContain("重伤（含急性工业中毒）2");
    // the word the reports use for the same figure (伤亡（死亡 / 重伤 / 受伤）), never 轻伤 (review 7, P6)
    expect(s).toContain("受伤未知");
    expect(s).not.toContain("轻伤");
    expect(s).not.toContain("死亡0");
  });

  it("is accepted by the engine as given, and the director's feed words it 不详", () => {
    const chem = compiled("chemical-leak");
    const r = runPlay(chem, [cmd("00:05:00", "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content }, 1)], 7, ms("00:06:00"));
    const sent = r.events.find((e) => e.type === "reportSubmitted");
    expect(sent && sent.type === "reportSubmitted" ? sent.content.casualties : undefined).toEqual(content.casualties);
    const line = describeEvent(chem, words(chem), sent!);
    expect(line).toMatch(/死亡不详/);
    expect(line).toMatch(/重伤 2/);
  });
});
