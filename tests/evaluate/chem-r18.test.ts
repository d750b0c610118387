/**
 * Review 17, chemical leak (液氯储罐泄漏), seed 7: variant plays (the shipped poor play with one command changed).
 * A1: the pupils' late protection is the township's, asked by the head teacher at 00:18 (inj-05, `asksFor: [pupils]`;
 * 市危化品事故应急预案 乡镇职责: 乡镇政府组织受威胁群众疏散转移), not the police's, who hear of the school only at 01:15; and
 * it stays the township's whatever the township does for other groups (v12: the village sheltered at 00:25).
 * Hand calculation of the pupils' points: the protection row is 2 rubric points, 力量调派 weighs 25 over W = 43: 2 × 25 /
 * 43 = 1.16.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { checkScenario } from "../../engine/scenario/check-scenario.ts";
import { ms } from "../helpers.ts";
import { chem, judge, poorPlay, sorted } from "./chem-variant.ts";
import { drill } from "./fixtures.ts";

const c = chem;
const withCommand = (k: Record<string, unknown>) => {
  const seq = Math.max(...poorPlay().map((x) => x.seq)) + 1;
  return judge(sorted([...poorPlay(), { ...k, seq } as unknown as Command]));
};
const poor = drill("chemical-leak", "poor").report;
const pupils = (r: typeof poor) => r.findings.filter((f) => f.opportunity === "protect:pupils").map((f) => [f.agency, f.points]);

describe("A1: the pupils' late protection is on the township, asked at 00:18, not on the police told of the school at 01:15", () => {
  it("poor play: the township's 群众防护迟延 takes the 2 rubric points (2 × 25 / 43 = 1.16), the police's row 0", () => {
    expect(pupils(poor)).toEqual([["town", 1.16], ["police", 0]]);
    const town = poor.findings.find((f) => f.opportunity === "protect:pupils" && f.agency === "town")!;
    expect(town.causedBy).toBeUndefined();
    expect(town.message.zh).toContain("时限 00:48:00，00:18:00 获知起算");
  });

  it("v12 (the township shelters the village and 王家嘴 at 00:25, an act unrelated to the school): the same allocation", () => {
    const v12 = withCommand({ at: ms("00:25:00"), by: "town", type: "shelter", groups: ["villagers", "hamlet-residents"] });
    expect(pupils(v12)).toEqual([["town", 1.16], ["police", 0]]);
  });

  it("wY (the township never shelters the pupils): 群众未防护 on the township, the police 0", () => {
    const wY = judge(poorPlay().filter((k) => !(k.type === "shelter" && (k as { by?: string }).by === "town")));
    expect(pupils(wY)).toEqual([["town", 1.16], ["police", 0]]);
    expect(wY.findings.find((f) => f.opportunity === "protect:pupils" && f.agency === "town")!.message.zh).toMatch(/^群众未防护/);
  });

  it("an inject's asksFor names a population group of the scenario", () => {
    const bad = { ...c.scenario, injects: c.scenario.injects.map((i) => (i.id === "inj-05-school-call" ? { ...i, asksFor: ["nobody"] } : i)) };
    expect(checkScenario(bad).map((e) => e.path.join("."))).toContain(`injects.${c.scenario.injects.findIndex((i) => i.id === "inj-05-school-call")}.asksFor.0`);
  });
});

describe("A2: the 120 sending ambulances is timed on the county's one 120 window, 10 min from the call (LNK-SCH-EMS, 本县设定)", () => {
  const rule = (id: string) => Object.values(c.rules.linkage).flat().find((r) => r.id === id)!;

  it("poor play: told at 00:30 (the enterprise's 「请派救护车」), ambulances sent at 01:10: due 00:40, 超时 30分钟 (01:10 − 00:40)", () => {
    const f = poor.findings.find((x) => x.code === "LINKAGE_SLOW" && x.agency === "health")!;
    expect(f.message.zh).toContain("于 00:30:00 接报，01:10:00 才开始履行职责");
    expect(f.message.zh).toContain("超时 30分钟");
    expect(f.basis).toContain("120接报后10分钟内派车");
  });

  it("the chemical table's 120 duties (the health seat plays the 120) carry the school table's 10 min, the county's 120 rule", () => {
    expect(rule("LNK-SCH-EMS").basis).toContain("120接报后10分钟内派车");
    expect(rule("LNK-CHEM-HEALTH").actWithinMin).toBe(rule("LNK-SCH-EMS").actWithinMin);
    expect(rule("LNK-CHEM-EMS").actWithinMin).toBe(rule("LNK-SCH-EMS").actWithinMin);
  });
});
