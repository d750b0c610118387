/**
 * Review 16, chemical leak (液氯储罐泄漏), seed 7: variant plays (the shipped poor play with one command changed).
 * A1: answering the school's 01:15 request for help (人民警察法 第二十一条) never costs more than ignoring it; the car's
 * crew without masks at 3.7 ppm — below chlorine's NIOSH IDLH of 10 ppm, no one harmed — is a 防护提示 (ERG 2024 指南124),
 * never a deduction outside every opportunity.
 * A2 (and school-fire 4a): the receiver of a report from the public verifies it at once or passes it on to the agency
 * competent for it (突发事件应对法（2024）第六十条; domain.md §1.6 GOV-INFO-02), while that agency does not know.
 * A4: the enterprise owes its neighbour 华宇, asking at 00:06 whether it leaked and whether to move its people, word of the
 * leak (生产安全事故应急条例 第十七条（三）: 及时通知可能受到事故影响的单位和人员; domain.md §5.2 notify neighbours); 华宇 is no
 * agency, so the answer goes to the director (导调) who plays it.
 * C: the pupils sheltered at 01:20 on the township's order were protected late, not left unprotected (the report's own
 * #141); the village's exposure from 00:36:50 is the township's as well as the police's (its protection duty, F30's causes).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";

const c = compiled("chemical-leak");
const poorPlay = () => playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`);
const judge = (commands: Command[]) => {
  const r = runKeepingReference(c, 7, commands, bestPlay("chemical-leak", c));
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c), { commands });
};
const withCommand = (k: Record<string, unknown>) => {
  const seq = Math.max(...poorPlay().map((x) => x.seq)) + 1;
  return judge([...poorPlay(), { ...k, seq } as unknown as Command].sort((a, b) => a.at - b.at || a.seq - b.seq));
};
const poor = drill("chemical-leak", "poor").report;
const section = (r: typeof poor, id: string) => r.sections.find((s) => s.id === id)!;

describe("A1: the police answer the school's 01:15 request (a car to the gate at 01:17): never below ignoring it", () => {
  const v11 = withCommand({ at: ms("01:17:00"), by: "police", type: "dispatch", units: ["pol-2"], place: "school", task: "cordonGuard" });

  it("scores above the poor play (the request answered, F46's charge gone), 力量调派 unchanged, nothing outside W", () => {
    expect(v11.score!).toBeGreaterThan(poor.score!);
    expect(section(v11, "dispatch").deducted).toBe(section(poor, "dispatch").deducted);
    expect(section(v11, "dispatch").outside).toBeUndefined();
  });

  it("the car's unmasked crew at 3.7 ppm (< IDLH 10 ppm, nobody harmed) is a 防护提示 of 0 points, not 无防护进入危险区", () => {
    const f = v11.findings.filter((x) => x.agency === "police" && (x.code === "UNSAFE_ENTRY" || x.code === "PROTECTION_ADVISORY"));
    expect(f.map((x) => [x.code, x.points])).toEqual([["PROTECTION_ADVISORY", 0]]);
    expect(f[0]!.message.zh).toContain("低于 IDLH 10 ppm");
    expect(f[0]!.basis).toContain("指南124");
  });
});

describe("A2: the police held the villager's 00:11 110 call for the emergency bureau until 00:40 (突发事件应对法 第六十条)", () => {
  // vF: the police pass it on at 00:12 instead of 00:40
  const vF = judge(poorPlay().map((k) => (k.type === "message" && (k as { by?: string }).by === "police" && k.at === ms("00:40:00") ? { ...k, at: ms("00:12:00") } : k))
    .sort((a, b) => a.at - b.at || a.seq - b.seq));
  const late = poor.findings.find((f) => f.code === "REPORT_FORWARDED_LATE")!;

  it("is 接报移送迟延 on the police: due 00:13 (00:11 + 2 min, 本县设定), passed on 27 min late, on 第六十条", () => {
    // 27 min past 00:13 is 14 started 2-min windows, half each, at most the whole (late-grade.ts; review18 chemical A1): 1
    expect(late).toMatchObject({ agency: "police", section: "linkage", quantity: 1, atMs: ms("00:40:00") });
    expect(late.message.zh).toContain("超出时限（00:13:00）27分钟");
    expect(late.basis).toContain("突发事件应对法（2024）第六十条");
    expect(late.points).toBeGreaterThan(0);
  });

  it("the bureau's late knowledge names the police beside the enterprise (its 迟报 and the enterprise's 通知迟延)", () => {
    const eb = poor.findings.find((f) => f.code === "REPORT_LATE" && f.agency === "eb" && f.message.zh.includes("总值班室"))!;
    expect(eb.message.zh).toContain("获知迟延系临江化工有限公司未按时通知、临江县公安局接报后未立即移送所致");
    const notice = poor.findings.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.opportunity === "link:LNK-CHEM-EB:eb")!;
    expect(notice.message.zh).toContain("临江县公安局 00:11:00 接到江湾村村民（110报警）的报警后未立即移送（时限 00:13:00）");
  });

  it("passing it on at 00:12 never scores below the poor play, in total and in 部门联动; no forwarding finding", () => {
    expect(vF.findings.some((f) => f.code === "REPORT_FORWARDED_LATE" || f.code === "REPORT_NOT_FORWARDED")).toBe(false);
    expect(vF.score!).toBeGreaterThanOrEqual(poor.score!);
    expect(section(vF, "linkage").score).toBeGreaterThanOrEqual(section(poor, "linkage").score);
  });

  it("owed nothing when the agency already knew: the good play (the enterprise reported to the bureau before 00:13)", () => {
    expect(drill("chemical-leak", "good").report.findings.some((f) => f.code === "REPORT_FORWARDED_LATE" || f.code === "REPORT_NOT_FORWARDED")).toBe(false);
  });
});

describe("school-fire 4a: 110 received 「教学楼冒黑烟了」 at 00:05:00 and never passed it to 119 (突发事件应对法 第六十条)", () => {
  const school = drill("school-fire", "poor").report;

  it("is 接报未移送 on the police, due 00:07:00; 119 heard only at 00:07:30 from the school", () => {
    const f = school.findings.find((x) => x.code === "REPORT_NOT_FORWARDED")!;
    expect(f).toMatchObject({ agency: "police", section: "linkage", atMs: ms("00:07:00") });
    expect(f.message.zh).toContain("00:07:30 才由他方获知事故");
    expect(f.points).toBeGreaterThan(0);
  });
});

describe("A4: the enterprise never answers its neighbour 华宇 (00:06, 「是不是你们漏了？我们要不要撤人？」)", () => {
  const f = poor.findings.find((x) => x.opportunity === "help:inj-03-neighbour:ent")!;
  // vH: the enterprise answers 华宇 (through the director, who plays it) at 00:07
  const vH = withCommand({ at: ms("00:07:00"), by: "ent", type: "message", to: ["director"], channel: "phone", text: "华宇公司：我厂液氯储罐泄漏，氯气向东扩散，请立即组织东侧人员向上风向撤离。" });

  it("is charged to 临江化工 on 应急条例 第十七条（三）, due 00:21 (00:06 + 15 min, the profile's helpRequests)", () => {
    expect(f).toMatchObject({ code: "HELP_REQUEST_UNANSWERED", agency: "ent", atMs: ms("00:21:00") });
    expect(f.basis).toContain("生产安全事故应急条例 第十七条（三）");
    expect(f.points).toBeGreaterThan(0);
  });

  it("answering it at 00:07 clears it and scores above the poor play; a message to another agency does not answer it", () => {
    expect(vH.findings.some((x) => x.opportunity === "help:inj-03-neighbour:ent")).toBe(false);
    expect(vH.score!).toBeGreaterThan(poor.score!);
    // the poor play's 00:12 call to 119 is no answer to 华宇
    expect(poor.findings.some((x) => x.opportunity === "help:inj-03-neighbour:ent")).toBe(true);
  });

  it("the good play answers it (00:07 to the director): no finding", () => {
    expect(drill("chemical-leak", "good").report.findings.some((x) => x.opportunity === "help:inj-03-neighbour:ent")).toBe(false);
  });
});

describe("C: the joint holders of the public's protection, as the events show them", () => {
  it("the police's finding on the pupils reads 群众防护迟延, naming the township's 01:20 shelter order, not 始终未下达", () => {
    const f = poor.findings.find((x) => x.code === "PROTECTIVE_ACTION_LATE" && x.agency === "police" && x.opportunity === "protect:pupils")!;
    expect(f.message.zh).toMatch(/^群众防护迟延：江湾小学师生（450 人）[^；]*01:20:00 才由江湾镇人民政府下达就地避险指令；/);
    expect(f.message.zh).not.toContain("始终未下达");
  });

  it("the exposure above AEGL-2 names the township beside the police (both owed the village's protection)", () => {
    const f = poor.findings.find((x) => x.code === "OUTCOME_EXPOSED_AEGL2")!;
    expect(f.agency).toBe("police");
    expect(f.jointly).toEqual(["town"]);
  });
});
