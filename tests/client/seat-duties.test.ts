// @vitest-environment happy-dom
/**
 * A seat's deadlines tab lists every duty the evaluator judges it on, and an item with two parts is done only when
 * both are (newcomer 19 item 1). The school-fire's poor play (scenarios/plays/school-fire.poor.yaml): the school
 * orders the evacuation at 00:06:30 and calls 119 at 00:07:30, 120 at 00:25:00. The rules profile
 * (scenarios/rules/county-default.yaml) makes both calls the school's: LNK-SCH-FIRE and LNK-SCH-EMS are
 * `notifiedBy: incidentAgency` (the school), and LNK-SCH-SCHOOL reads 「立即报警（119），组织引导师生疏散」. Before,
 * the school's tab showed its reports and the evacuation only, and the evacuation's ✔ came at 00:06:30, 119 uncalled.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { seatProjection } from "../../server/live/views.ts";
import { compiled, ms, playOf, runPlay } from "../helpers.ts";
import { rubric } from "../evaluate/fixtures.ts";
import { panel } from "./forms-dom.ts";

const DutiesPanel = await panel<Record<string, unknown>>("DutiesPanel.tsx", "DutiesPanel");
const school = compiled("school-fire");
const poor = playOf(school, "scenarios/plays/school-fire.poor.yaml");
afterEach(() => setLang("zh"));

/** The school's deadlines tab at `at` (the replay console's model), row by row: its state and its text. */
function tab(at: string, lang: "zh" | "en" = "zh"): Array<{ state: string; text: string }> {
  setLang(lang);
  const r = runPlay(school, poor, 7, ms(at));
  const root = document.createElement("div");
  const model = consoleModel(school, r.state, "sch", { paused: true, speed: 1 }, r.events);
  render(h(DutiesPanel, { model }), root);
  return [...root.querySelectorAll("tr")].map((tr) => ({ state: tr.getAttribute("data-status") ?? "", text: tr.textContent ?? "" }));
}

describe("the school's deadlines tab", () => {
  it("lists each notice the evaluator charges the school for: every LINKAGE_NOT_NOTIFIED / LINKAGE_NOTIFIED_LATE on 学校 of the poor play is a row", () => {
    const r = runPlay(school, poor, 7);
    const charged = evaluate(school, r.events, r.state, rubric()).findings
      .filter((f) => f.agency === "sch" && (f.code === "LINKAGE_NOT_NOTIFIED" || f.code === "LINKAGE_NOTIFIED_LATE"))
      .map((f) => f.ruleId);
    // the 119 call (LNK-SCH-FIRE, 5 min from finding the fire) and the 120 call (LNK-SCH-EMS) were both late
    expect(charged).toEqual(expect.arrayContaining(["LNK-SCH-FIRE", "LNK-SCH-EMS"]));
    const live = seatProjection(school, r.state, "sch", "NONE", r.events).obligations;
    const local = consoleModel(school, r.state, "sch", { paused: true, speed: 1 }, r.events).obligations;
    for (const rule of charged) {
      expect(live.some((o) => o.id.startsWith(`${rule}:notified:`) && o.owner === "sch"), `${rule} on the live tab`).toBe(true);
      expect(local.some((o) => o.id.startsWith(`${rule}:notified:`)), `${rule} on the replay's tab`).toBe(true);
    }
    // nobody else's notice: the brigade's notice to the police is not the school's
    expect(live.filter((o) => o.kind === "notified").map((o) => o.owner)).toEqual(live.filter((o) => o.kind === "notified").map(() => "sch"));
  });

  it("words a notice it owes as one to give: 通知临江县消防救援大队 / tell … fire and rescue brigade", () => {
    expect(tab("00:07:00").some((r) => r.text.includes("通知临江县消防救援大队"))).toBe(true);
    expect(tab("00:07:00", "en").some((r) => /Notify Linjiang County Fire and Rescue Brigade/.test(r.text))).toBe(true);
  });

  it("shows 立即报警（119），组织引导师生疏散 partly done after the evacuation order alone (00:07:00), with the 119 call still to do; done once 119 is called (00:08:00)", () => {
    const before = tab("00:07:00").find((r) => r.text.includes("立即报警（119）"))!;
    // found at 00:01:30, due 2 min later (00:03:30): at 00:07:00 the part still undone is overdue too (newcomer 22 #4)
    expect(before.state).toBe("partialOverdue");
    expect(before.text).toContain("尚缺：通知临江县消防救援大队");
    const after = tab("00:08:00").find((r) => r.text.includes("立即报警（119）"))!;
    // the evacuation signal was due 2 min after the fire was found: ordered late, and now whole
    expect(["met", "late"]).toContain(after.state);
    expect(after.text).not.toContain("尚缺");
    const en = tab("00:07:00", "en").find((r) => r.text.includes("calls 119 at once"))!;
    expect(en.state).toBe("partialOverdue");
    expect(en.text).toMatch(/Still to do: tell Linjiang County Fire and Rescue Brigade/);
  });

  it("the live room's row carries the same part left: LNK-SCH-SCHOOL's partsLeft is the 119 notice at 00:07:00, none at 00:08:00", () => {
    const at = (t: string) => {
      const r = runPlay(school, poor, 7, ms(t));
      return seatProjection(school, r.state, "sch", "NONE", r.events).obligations.find((o) => o.id.startsWith("LNK-SCH-SCHOOL:act"))!.partsLeft;
    };
    expect(at("00:07:00")).toEqual([{ notice: "fire" }]);
    expect(at("00:08:00")).toEqual([]);
  });
});

/**
 * A duty's own parts (rules profile `parts`): the county bureau's LNK-CHEM-EB is met by its report up, and its head
 * must also go to the scene (生产安全事故报告和调查处理条例 第十五条). The chemical-leak poor play's bureau never
 * sends its head: the evaluator finds LINKAGE_PART_UNDONE, and the bureau's tab holds the duty partly done, saying
 * what is left, through the end; the good play's bureau has nothing left.
 */
describe("the bureau's deadlines tab (a duty's own parts)", () => {
  const chem = compiled("chemical-leak");
  const at = (play: string, t?: string) => {
    const r = runPlay(chem, playOf(chem, `scenarios/plays/chemical-leak.${play}.yaml`), 7, t === undefined ? undefined : ms(t));
    return { r, row: consoleModel(chem, r.state, "eb", { paused: true, speed: 1 }, r.events).obligations.find((o) => o.id === "LNK-CHEM-EB:act:eb") };
  };

  it("the poor play: partly done with 由负责人赶赴事故现场 left, the part the evaluator finds undone", () => {
    const { r, row } = at("poor");
    const undone = evaluate(chem, r.events, r.state, rubric()).findings.filter((f) => f.code === "LINKAGE_PART_UNDONE" && f.agency === "eb");
    expect(undone).toHaveLength(1);
    expect(row?.partsLeft).toEqual([{ text: { zh: "由负责人赶赴事故现场", en: "send its head to the scene" } }]);
    expect(undone[0]!.message.zh).toContain("由负责人赶赴事故现场");
  });

  it("the good play: nothing left at 01:00:00 or at the end", () => {
    expect(at("good", "01:00:00").row?.partsLeft).toBeUndefined();
    expect(at("good").row?.partsLeft).toBeUndefined();
    expect(at("good").row?.status).toBe("met");
  });
});
