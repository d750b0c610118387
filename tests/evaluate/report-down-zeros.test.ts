/**
 * Review18 chemical 4: the enterprise had heard 「罐区有同事倒地」 (inj-01, 00:00) and reported 「死亡 0、重伤 0、受伤 0」 at
 * 00:09, when the log counted people hurt since 00:07:10; no finding touched its figures. Zeros that deny words of someone
 * seen down while people are hurt are 报告失实 (REPORT_UNVERIFIED; 493号令 第四条 准确, 第十二条（四）), the incident's own
 * unit included. The same zeros at 00:04, when nobody was hurt yet, are true and draw nothing (the good play's reports).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { EventOf } from "../../engine/model/events.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";
import { rubric } from "./fixtures.ts";

const c = compiled("chemical-leak");
const zeros = (at: string) =>
  cmd(at, "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "临江化工", time: "9时20分", location: "罐区", scene: "泄漏，情况不严重，企业能够处理", sequence: "法兰泄漏", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, measures: ["撤离"] } }, 1);
const judged = (at: string) => {
  const r = runPlay(c, [zeros(at)], 7, ms(at) + 1000);
  const sent = r.events.find((e): e is EventOf<"reportSubmitted"> => e.type === "reportSubmitted")!;
  return { sent, events: r.events, found: evaluate(c, r.events, r.state, rubric()).findings.filter((f) => f.agency === "ent" && (f.code === "REPORT_UNVERIFIED" || f.code === "REPORT_FALSE")) };
};

describe("zeros after words of someone seen down", () => {
  it("at 00:09, people hurt by then: 报告失实 on the enterprise, citing the inject that told it and the report", () => {
    const { sent, found, events } = judged("00:09:00");
    expect(sent.truth.injured + sent.truth.seriousInjuries).toBeGreaterThan(0);
    expect(found.map((f) => f.code)).toEqual(["REPORT_UNVERIFIED"]);
    expect(found[0]!.message.zh).toContain("倒地");
    expect(found[0]!.basis).toContain("第十二条（四）");
    expect(found[0]!.evidence.events.some((i) => events[i]!.type === "injectDelivered")).toBe(true);
  });

  // review19 chemical A4 (rubric report-accurate: 未核实的注明“正在核实”): judged by what the sender was told, not by the
  // engine's hidden count, so the same report at 00:04 is the same fault as at 00:09
  it("at 00:04, nobody hurt yet by the engine's count: still 报告失实, the sender having heard 「倒地」 and said nothing of checking", () => {
    const { sent, found } = judged("00:04:00");
    expect(sent.truth.injured + sent.truth.seriousInjuries + sent.truth.deaths).toBe(0);
    expect(found.map((f) => f.code)).toEqual(["REPORT_UNVERIFIED"]);
    expect(found[0]!.message.zh).toContain("倒地");
  });
});
