/**
 * A duty met before a deadline the drill never reached is neither a fault nor a credit (README
 * "Evaluate a drill"; domain.md §3.6: judge what was done by the time the drill stopped): it is
 * judged once its deadline has passed. At 00:01:12 of the chemical leak nothing is due (the
 * enterprise's 5 minutes, LNK-CHEM-ENT, run to 00:05:00; the fire brigade must be told within 10),
 * so the good play, whose enterprise acted at 00:00:30, is 未评分 exactly as the poor play and no
 * action are, never 100 优秀. An unscored report carries no
 * score and no band (null), never 0 不合格.
 */
import { describe, expect, it } from "vitest";
import { headlines } from "../../cli/report/headlines.ts";
import { renderJson } from "../../cli/report/json.ts";
import { rendered, type Play } from "./reports.ts";

const at = (hh: number, mm: number, ss: number) => ((hh * 60 + mm) * 60 + ss) * 1000;

describe.each<Play>(["good", "poor", "none"])("chemical leak, %s play stopped at 00:01:12 (nothing due yet)", (play) => {
  const r = rendered("chemical-leak", play, at(0, 1, 12));

  it("is 未评分 whatever the play did: no section judged, no 100 / 优秀", () => {
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

describe("chemical leak, good play: the enterprise's prompt action is credited once its deadline (00:05:00) has passed", () => {
  it("at 00:01:12 it has acted, but its deadline lies ahead: the linkage section is not judged", () => {
    const r = rendered("chemical-leak", "good", at(0, 1, 12));
    const row = r.worded.linkage.rows.find((x) => x.ruleId === "LNK-CHEM-ENT")!;
    // acted at 00:00:30, before the deadline, and the deadline after the stop
    expect(row).toMatchObject({ status: "prompt", firstRequiredActionAtMs: at(0, 0, 30), actDeadlineMs: at(0, 5, 0) });
    expect(r.worded.sections.find((s) => s.id === "linkage")!.judged).toBe(false);
  });

  it("at 00:10:00 its deadline has passed: linkage is judged and scores 100", () => {
    const r = rendered("chemical-leak", "good", at(0, 10, 0));
    const linkage = r.worded.sections.find((s) => s.id === "linkage")!;
    expect(linkage).toMatchObject({ judged: true, score: 100 });
    // the reports to the bureau and others, due within the hour and already made, are not yet credited
    expect(r.worded.sections.find((s) => s.id === "reporting")!.judged).toBe(false);
    expect(r.worded.score).toBe(100);
  });
});

describe("school fire, good play stopped at 00:20:00: the headline card and the linkage section give one 联而不动 share", () => {
  // the education, police, emergency-bureau and township duties (due 00:34, 00:35, 00:35, 01:06) were met
  // before deadlines the drill never reached, and 120's duty runs 10 min from the first injury (LNK-SCH-EMS workWhen
  // casualties, review6 B16), also past the stop: judged by neither figure, so both read 0 / 2 (school, fire brigade), not 0 / 7
  const r = rendered("school-fire", "good", at(0, 20, 0));
  it("the report model counts only the duties due by the stop", () => {
    expect(r.worded.linkage.headline).toMatchObject({ withActDeadline: 2, actedInTime: 2, idle: 0, late: 0, idleShare: 0 });
  });
  it("the card and the section's sentence say the same, in HTML and Markdown", () => {
    const card = headlines(r.worded).find((x) => x.label.zh === "联而不动（接报后至时限未履职）")!.value.zh;
    expect(card).toBe("0%（0 / 2）；另响应迟缓（迟于时限履职） 0 / 2");
    expect(r.html.zh.replace(/\s+/g, "")).toContain("联而不动（接报后至时限未履职）：0%（0/2）；另响应迟缓（迟于时限履职）0/2");
    expect(r.md.zh).toContain("0%（0 / 2）");
    expect(r.md.zh).not.toContain("/ 7）");
  });
});
