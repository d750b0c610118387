/**
 * A drill stopped early is judged on what was decided by then (issue 10 §11; domain.md §3.6: judge
 * what was done by the time the drill stopped): a duty met before a deadline the drill never reached
 * is decided and credited; one neither met nor due is 未到期 and counted by nothing. At 00:01:12 of the
 * chemical leak nothing is due (the enterprise's 5 minutes, LNK-CHEM-ENT, run to 00:05:00; the fire
 * brigade must be told within 10): the good play, whose enterprise acted at 00:00:30 and called 119 in full at
 * 00:01:00, is judged on those alone (100), while the poor play and no action, which met nothing, are 未评分 — no score and no
 * band (null), never 0 不合格.
 */
import { describe, expect, it } from "vitest";
import { headlines } from "../../cli/report/headlines.ts";
import { renderJson } from "../../cli/report/json.ts";
import { rendered, type Play } from "./reports.ts";

const at = (hh: number, mm: number, ss: number) => ((hh * 60 + mm) * 60 + ss) * 1000;

describe.each<Play>(["poor", "none"])("chemical leak, %s play stopped at 00:01:12 (nothing due yet, nothing met)", (play) => {
  const r = rendered("chemical-leak", play, at(0, 1, 12));

  it("is 未评分: no section judged, no 100 / 优秀", () => {
    expect(r.worded.sections.map((s) => s.judged)).toEqual([false, false, false, false]);
    expect(r.md.zh).toContain("**综合得分: 未评分：尚无到期事项**");
    expect(r.md.zh).not.toMatch(/100 \/ 100|优秀/);
    expect(r.html.zh).not.toMatch(/优秀|不合格/);
  });

  it("carries no score and no band (null), not 0 不合格, in the model and the JSON", () => {
    expect(r.worded.score).toBeNull();
    expect(r.worded.band).toBeNull();
    const json = JSON.parse(renderJson(r.worded)) as { score: unknown; band: unknown; unscored: { zh: string } };
    expect(json.score).toBeNull();
    expect(json.band).toBeNull();
    expect(json.unscored.zh).toBe("未评分：尚无到期事项");
  });

  it("the headline figures count nothing yet: 联而不动 and reports say 尚无到期事项", () => {
    const h = headlines(r.worded);
    const v = (label: string) => h.find((x) => x.label.zh === label)!.value.zh;
    expect(v("联而不动（接报后至时限未履职）")).toBe("—（尚无到期事项）");
    expect(v("报告义务按时完成")).toBe("—（尚无到期事项）");
  });
});

describe("chemical leak, good play: the enterprise's prompt action is credited once done, before its deadline (00:05:00)", () => {
  it("at 00:01:12 it has acted, its deadline ahead: the linkage section judges that duty alone and scores 100", () => {
    const r = rendered("chemical-leak", "good", at(0, 1, 12));
    const row = r.worded.linkage.rows.find((x) => x.ruleId === "LNK-CHEM-ENT")!;
    // acted at 00:00:30, before the deadline, and the deadline after the stop
    expect(row).toMatchObject({ status: "prompt", firstRequiredActionAtMs: at(0, 0, 30), actDeadlineMs: at(0, 5, 0) });
    const linkage = r.worded.sections.find((s) => s.id === "linkage")!;
    expect(linkage).toMatchObject({ judged: true, score: 100 });
    // and the fire brigade's notice, given at 00:01:00 (its action still ahead: judged on the notice alone)
    expect(linkage.scoring!.items!.filter((o) => o.inW).map((o) => [o.id, o.worth])).toEqual([["link:LNK-CHEM-ENT:ent", 6], ["link:LNK-CHEM-FIRE:fire", 5]]);
    // its 119 call at 00:01:00 is decided too, made in full (alarm:fire, review15 school 3): 信息报告 judges it alone, 100;
    // the other sections have nothing decided: 未展示, out of the total
    expect(r.worded.sections.filter((s) => s.judged).map((s) => s.id)).toEqual(["reporting", "linkage"]);
    const reporting = r.worded.sections.find((s) => s.id === "reporting")!;
    expect(reporting.scoring!.items!.filter((o) => o.inW).map((o) => [o.id, o.worth, o.lost])).toEqual([["alarm:fire", 4, 0]]);
    expect(reporting.score).toBe(100);
    expect(r.worded.score).toBe(100);
    const card = headlines(r.worded).find((x) => x.label.zh === "联而不动（接报后至时限未履职）")!.value.zh;
    expect(card).toBe("0%（0 / 1）；另响应迟缓（迟于时限履职） 0 / 1");
  });

  it("at 00:10:00 the reports already made, due within the hour, are credited too", () => {
    const r = rendered("chemical-leak", "good", at(0, 10, 0));
    expect(r.worded.sections.find((s) => s.id === "linkage")!).toMatchObject({ judged: true, score: 100 });
    expect(r.worded.sections.find((s) => s.id === "reporting")!).toMatchObject({ judged: true, score: 100 });
    expect(r.worded.score).toBe(100);
  });
});

describe("school fire, good play stopped at 00:20:00: the headline card and the linkage section give one 联而不动 share", () => {
  // the emergency-bureau duty (due 00:35) and 120's (10 min from the first injury, LNK-SCH-EMS workWhen casualties) were
  // met before deadlines the drill never reached: judged and credited, by the card and the section alike (4 duties, the
  // school's and the fire brigade's among them; the education bureau's, the township's and the police's are unverified,
  // unscored: review15 school 5)
  const r = rendered("school-fire", "good", at(0, 20, 0));
  const inW = r.worded.sections.find((s) => s.id === "linkage")!.scoring!.items!.filter((o) => o.inW && o.parts.some((p) => p.code === "LINKAGE_IDLE"));
  it("the report model counts the duties decided by the stop, the same the section's W lists", () => {
    expect(r.worded.linkage.headline).toMatchObject({ withActDeadline: 4, actedInTime: 4, idle: 0, late: 0, idleShare: 0 });
    expect(inW.length).toBe(4);
  });
  it("the card and the section's sentence say the same, in HTML and Markdown", () => {
    const card = headlines(r.worded).find((x) => x.label.zh === "联而不动（接报后至时限未履职）")!.value.zh;
    expect(card).toBe("0%（0 / 4）；另响应迟缓（迟于时限履职） 0 / 4");
    expect(r.html.zh.replace(/\s+/g, "")).toContain("联而不动（接报后至时限未履职）：0%（0/4）；另响应迟缓（迟于时限履职）0/4");
    expect(r.md.zh).toContain("0%（0 / 4）");
  });
});
