/**
 * Passing on where the trapped and missing are (review9 school 7, 10d). The school fire's poor play: the school calls
 * 119 at 00:07:30; at 00:13:24 the class teacher tells it "王小明不在…去了三楼厕所" (inj-05, facts missingPupil and
 * missingPupilLastSeenToilet3); the brigade's own reconnaissance (inj-06) finds the trapped class but never learns
 * where the pupil went. 立即 is counted as 5 min (本县设定): due 00:13:24 + 5 min = 00:18:24. The basis is on-scene
 * command information with the school drill plan (drill-scripts.md C3 steps 7–8) as local basis, not 突发事件应对法
 * 第六十一条 (a report to government). A telling after the limit is a late telling, never an acquittal.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { cmd, compiled, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric, MIN } from "./fixtures.ts";

const S = 1000;

function poorWith(extra: Array<[string, string, Record<string, unknown>]>) {
  const c = compiled("school-fire");
  const base = playOf(c, `${SCENARIOS}/plays/school-fire.poor.yaml`);
  const commands = [...base, ...extra.map(([at, by, f], i) => cmd(at, by, f, 1000 + i))];
  const r = runKeepingReference(c, 7, commands, bestPlay("school-fire", c));
  const report = evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("school-fire", c));
  const pupil = r.events.findIndex((e) => e.type === "injectDelivered" && e.inject === "inj-05-missing-pupil");
  const tell = report.findings.filter((f) => f.agency === "sch" && f.ruleId === "TELL-RESCUERS" && /告知被困人员/.test(f.message.zh));
  return { events: r.events, pupil, tell };
}

describe("school fire, poor play: the school never tells the brigade where the missing pupil went", () => {
  const d = poorWith([]);
  it("one 未告知被困人员, due 00:18:24 (00:13:24 + 5 min), citing the 00:13:24 inject that told the school", () => {
    expect(d.events[d.pupil]!.at).toBe(13 * MIN + 24 * S);
    expect(d.tell).toHaveLength(1);
    expect(d.tell[0]!.code).toBe("TRAPPED_NOT_PASSED_ON");
    expect(d.tell[0]!.atMs).toBe(18 * MIN + 24 * S);
    expect(d.tell[0]!.evidence.events).toContain(d.pupil);
  });
  it("its basis is on-scene command information with the local headcount rule, not 应对法 第六十一条", () => {
    expect(d.tell[0]!.basis).toContain("附录A 4");
    expect(d.tell[0]!.basis).toContain("本县设定");
    expect(d.tell[0]!.basis).not.toContain("第六十一条");
  });
});

describe("school fire: telling the brigade late is a late telling", () => {
  const where = "王小明第三节课前去了三楼厕所，一直没回来，下落不明";
  it("at 01:00:00: 迟告知被困人员, 41 min 36 s after 00:18:24", () => {
    const d = poorWith([["01:00:00", "sch", { type: "message", to: ["fire"], channel: "phone", text: where }]]);
    expect(d.tell).toHaveLength(1);
    expect(d.tell[0]!.code).toBe("TRAPPED_PASSED_ON_LATE");
    expect(d.tell[0]!.message.zh).toContain("迟 41分36秒");
  });
  it("at 00:15:00, inside the limit: nothing", () => {
    const d = poorWith([["00:15:00", "sch", { type: "message", to: ["fire"], channel: "phone", text: where }]]);
    expect(d.tell).toEqual([]);
  });
});
