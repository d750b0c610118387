/**
 * A drill that ends early is judged on what was decided by then (issue 10 §11; domain.md §3.6: the
 * evaluator judges what the drill showed by the time it stopped). A duty MET before the drill ended is
 * decided and credited even if its deadline is later; one not met and not yet due is 未到期 and counted
 * by nothing; a section with nothing decided says 未展示 and is left out of the total; the 联而不动 card
 * counts the same duties the linkage section's W lists. The best play and no response are replayed to
 * the same cut-off (references.ts), so W is the duties due by then plus those this play met early.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { cmd, compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

function endedAt(id: string, play: readonly Command[], at: string, scoreOnly = false) {
  const c = compiled(id);
  const cut = ms(at);
  const r = runPlay(c, [...play.filter((k) => k.at <= cut), { at: cut, by: "director", seq: 1_000_000, type: "end" } as Command], 7);
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay(id, c), { scoreOnly });
}

// chemical-leak, cut at 00:07:44: the enterprise's own duties (act within 5 min of the leak, rules profile
// LNK-CHEM-ENT, and starting its own plan, LNK-CHEM-PLAN, r23-mine-a) are overdue and not met; the fire brigade is told at 00:01:00 and dispatches at 00:02:00
// (notice due 00:10:00, act due later: met early); the police are told at 00:03:00 but their action is
// due at 00:33:00 (the notice met early, the action not yet due); the emergency bureau is never told
// (notice due 01:00:00: not due, not met).
const SMALL = [
  cmd("00:01:00", "ent", { type: "message", to: ["fire"], channel: "phone", text: "119，液氯储罐泄漏，请求增援" }, 1),
  cmd("00:02:00", "fire", { type: "dispatch", units: ["hz-e1"], place: "tank-v101", task: "waterCurtain" }, 2),
  cmd("00:03:00", "ent", { type: "message", to: ["police"], channel: "phone", text: "110，化工园区液氯泄漏" }, 3),
];

describe("chemical-leak small play cut at 00:07:44: one duty met early, one overdue, one not due", () => {
  const r = endedAt("chemical-leak", SMALL, "00:07:44");
  const link = r.sections.find((s) => s.id === "linkage")!;
  const items = new Map((link.scoring?.items ?? []).filter((o) => o.inW).map((o) => [o.id, o]));

  it("judges the fire brigade's duty met before its deadline: notice 5 + action 6 = 11, credited", () => {
    const fire = items.get("link:LNK-CHEM-FIRE:fire")!;
    expect(fire.worth).toBe(11);
    expect(fire.lost).toBe(0);
    expect(fire.early).toBeDefined();
  });

  it("judges the police on the notice given (5), not on the action still ahead", () => {
    const police = items.get("link:LNK-CHEM-PSB:police")!;
    expect(police.worth).toBe(5);
    expect(police.early?.decided).toEqual(["LINKAGE_NOT_NOTIFIED"]);
  });

  it("faults the enterprise's overdue duty and counts nothing for the emergency bureau's notice not yet due", () => {
    expect(r.findings.filter((f) => f.section === "linkage").map((f) => [f.code, f.agency, f.ruleId]).sort()).toEqual([["LINKAGE_IDLE", "ent", "LNK-CHEM-ENT"], ["PLAN_NOT_STARTED", "ent", "LNK-CHEM-PLAN"]]);
    expect(items.get("link:LNK-CHEM-PLAN:ent")!.lost).toBe(6);
    expect(items.get("link:LNK-CHEM-ENT:ent")!.lost).toBe(6);
    expect([...items.keys()].some((id) => id.endsWith(":eb"))).toBe(false);
    expect(r.notYetDue.some((n) => n.code === "LINKAGE_NOT_NOTIFIED" && n.told === "eb")).toBe(true);
  });

  it("scores by hand: W = 6 + 6 + 11 + 5 = 28, L = 12; linkage 100 × (1 − 12/28) = 57.1; F on the enterprise 6 × 30 / 28 = 6.43 each", () => {
    expect(link.scoring!.worth).toBe(28);
    expect(link.score).toBe(57.1);
    // (the plan: 未启动预案, its own 6 since its measures lag, the rescue duty idle: own-plan.ts)
    expect(r.findings.filter((f) => f.agency === "ent" && f.section === "linkage").map((f) => f.points)).toEqual([6.43, 6.43]);
    // reporting is decided too (merge report, review8 chemical 2/14): the enterprise's 110 call at 00:03 IS its
    // 危化条例 第七十一条 report to the police (mode any; worth 8, met early: W = 8, nothing lost in it, rate 100), and
    // its 119 call at 00:01 left out the workers down it already knew of: 报警遗漏已知情况 (ALARM_INACCURATE, 消防法 第四十四条,
    // 4 rubric points; review9 chemical 6), on the scenario's opportunity alarm:fire (the best play calls 119 by then;
    // review15 school 3: in W, not outside every section): W = 8 + 4 = 12, × 30 / 12 = 10; reporting 100 × (30 − 10) / 30
    // = 66.7. Requirements and outcome not yet due: 未展示, out of the total.
    const alarm = r.findings.find((f) => f.section === "reporting")!;
    expect(r.findings.filter((f) => f.section === "reporting").map((f) => [f.code, f.agency])).toEqual([["ALARM_INACCURATE", "ent"]]);
    expect(alarm.counted?.cap).toBeUndefined();
    expect(alarm.points).toBe(10);
    expect(r.sections.filter((s) => s.judged).map((s) => s.id)).toEqual(["reporting", "linkage"]);
    expect(r.sections.find((s) => s.id === "reporting")!.score).toBe(66.7);
    // both attainable 30 (nothing set aside): 100 × (60 − 10 − 12 × 30 / 28) / 60 = 100 × (60 − 10 − 12.857) / 60 = 61.9
    expect(r.score).toBe(61.9);
  });

  // the enterprise's own plan is no linked agency's duty: out of the card (own-plan.ts; review23 chemical §2)
  it("the 联而不动 card counts the duties judged on their action: the enterprise's rescue duty idle, the fire brigade in time (1 / 2)", () => {
    const h = r.linkage.headline;
    expect([h.idle, h.actedInTime, h.withActDeadline]).toEqual([1, 1, 2]);
  });
});

describe("chemical-leak good play cut at 00:07:44 (the newcomer's cut-off)", () => {
  const c = compiled("chemical-leak");
  const r = endedAt("chemical-leak", playOf(c, `${SCENARIOS}/plays/chemical-leak.good.yaml`), "00:07:44");
  const link = r.sections.find((s) => s.id === "linkage")!;
  const inW = (link.scoring?.items ?? []).filter((o) => o.inW);

  it("credits the fire brigade's duty met at 00:02:00, before its deadline", () => {
    expect(inW.some((o) => o.id === "link:LNK-CHEM-FIRE:fire" && o.lost === 0)).toBe(true);
  });

  it("the 联而不动 card and the section's W count the same duties", () => {
    const acts = inW.filter((o) => o.parts.some((p) => p.code === "LINKAGE_IDLE"));
    expect(r.linkage.headline.withActDeadline).toBe(acts.length);
  });

  it("reports met before their hour are judged and credited: the reporting section is shown, not 未展示", () => {
    const rep = r.sections.find((s) => s.id === "reporting")!;
    expect(rep.judged).toBe(true);
    expect(rep.score).toBe(100);
  });
});

// no action ≤ poor ≤ good at each cut-off (a play that does more, earlier, never scores less); a total of
// null (nothing decided yet) orders below any score, as 未评分 is no grade
describe.each(["chemical-leak", "mine-flood", "school-fire"])("%s cut early: no action ≤ poor ≤ good", (id) => {
  const c = compiled(id);
  const poor = playOf(c, `${SCENARIOS}/plays/${id}.poor.yaml`);
  const good = playOf(c, `${SCENARIOS}/plays/${id}.good.yaml`);
  // each play is judged once per cut-off: the totals and the sections below read the same report
  const judged = new Map<string, ReturnType<typeof endedAt>>();
  const judgedAt = (play: readonly Command[], at: string) => {
    const key = `${play === poor ? "poor" : play === good ? "good" : "none"}/${at}`;
    if (!judged.has(key)) judged.set(key, endedAt(id, play, at, true));
    return judged.get(key)!;
  };
  it.each(["00:10:00", "00:30:00", "01:00:00"])("at %s", (at) => {
    const [n, p, g] = [[], poor, good].map((play) => judgedAt(play, at).score ?? -1);
    expect(n).toBeLessThanOrEqual(p!);
    expect(p).toBeLessThanOrEqual(g!);
    expect(g).toBeGreaterThan(0);
  });
  // per section too: a section the poor play is judged on the good play is judged on, at least as well
  // (the mine at 01:00: the good play prevented the harm no response had done by then, 6 trapped, so its
  // outcome is 100, not left out while the hazard-control target 03:00 lies ahead; the poor play's is 97.2)
  it.each(["00:10:00", "00:30:00", "01:00:00"])("at %s, section by section", (at) => {
    const [p, g] = [poor, good].map((play) => judgedAt(play, at).sections);
    for (const s of p!) {
      const gs = g!.find((x) => x.id === s.id)!;
      if (!s.judged) continue;
      // an outcome left out for the good play (neither it nor no response has lost anything yet) is judged
      // for the poor play only on harm it did itself beyond no response: worth its own cost, scoring 0
      // (outcome-worth.ts)
      if (s.id === "outcomes" && !gs.judged) expect({ section: s.id, score: s.score }).toEqual({ section: s.id, score: 0 });
      else expect({ section: s.id, judged: gs.judged, atLeast: gs.score >= s.score }).toEqual({ section: s.id, judged: true, atLeast: true });
    }
  });
});
