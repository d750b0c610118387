/**
 * Passing on where the trapped and missing are is a linkage fault scored on a scenario opportunity (review12 school 1):
 * the school that learnt at 00:13:24 (roll call, inj-05) that 王小明 went to the third-floor toilet and never told the
 * brigade on scene is on-scene command information (AQ/T 9009-2015 附录A 4 指挥和协调), not a 瞒报 in a report and not
 * "情景未设定". The opportunity tell:fire is worth 10 (default rubric, tell-trapped) in 部门联动, so the section's W is
 * 49 (the six linkage duties: the school's 6, the brigade's, the 120's and the bureau's 11 each, the education bureau's and
 * the township's notice parts 5 each, their unverified acts unscored, review15 school 5) + 10 = 59, the same for every play (+ 4 for the police passing the 110 call on, forwarding.ts: 63); the variant s3tell (the school tells the brigade at
 * 00:15:00, within 00:13:24 + 5 min) raises 部门联动 above the poor play's.
 */
import { describe, expect, it } from "vitest";
import { schoolVariant } from "./school-variant.ts";

const TELL = "清点人数发现三年级二班学生王小明下落不明，最后有人看见他去了三楼卫生间，请搜救组重点搜索三楼西侧卫生间！";

describe("school fire: the school never tells the brigade where the missing pupil is", () => {
  const poor = schoolVariant();
  const told = schoolVariant(undefined, [["00:15:00", "sch", { type: "message", to: ["fire"], channel: "inPerson", text: TELL }]]);
  const linkage = (r: typeof poor) => r.report.sections.find((s) => s.id === "linkage")!;
  it("is a linkage finding on the scenario's opportunity tell:fire, not a 瞒报 outside every section", () => {
    const f = poor.report.findings.find((x) => x.ruleId === "TELL-RESCUERS" && /未告知被困人员/.test(x.message.zh))!;
    expect(f.code).toBe("TRAPPED_NOT_PASSED_ON");
    expect(f.section).toBe("linkage");
    expect(f.opportunity).toBe("tell:fire");
    // rubric points 10 (its opportunity, failed whole), inside W
    expect(f.rubricPoints).toBe(10);
  });
  // + 4: the police's duty to pass the 110 caller's 00:05 report on to the brigade at once (518cbd4 forwarding.ts,
  // review16 school 4a: fwd:inj-04-bystander-110:police>fire, REPORT_NOT_FORWARDED 4) is a linkage item in W too
  // + 6 for the school's own plan (LNK-SCH-PLAN, r23-mine-a: an act alone, the school told by the scenario)
  it("the linkage section's W is 49 + 10 + 4 + 6 = 69", () => {
    expect(linkage(poor).scoring?.planned).toBe(69);
    expect(linkage(poor).scoring?.items?.find((o) => o.id === "fwd:inj-04-bystander-110:police>fire")?.worth).toBe(4);
    expect(linkage(poor).scoring?.items?.find((o) => o.id === "tell:fire")?.inW).toBe(true);
  });
  it("telling the brigade at 00:15:00 raises 部门联动 above the poor play's", () => {
    expect(linkage(told).score!).toBeGreaterThan(linkage(poor).score!);
    expect(told.report.score!).toBeGreaterThan(poor.report.score!);
  });
});
