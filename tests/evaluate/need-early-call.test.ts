/**
 * A need runs from when its owner should have been told (issue 10 §5; dispatch.ts requirementStart): an owner told
 * EARLIER keeps that clock, never a stricter one (review11 school 1). School fire (county-default.yaml LNK-SCH-FIRE:
 * the school calls 119 within 5 min of finding the fire at 00:01:30, so by 00:06:30); the rescue need is "救援力量15分钟
 * 内到场救人": due 00:06:30 + 15 min = 00:21:30 whenever the school called. The poor play calls at 00:07:30 (1 min late);
 * the variant p3call119 calls at 00:05:00. The brigade's rescue unit cg-e2 arrives at 00:20:45 in both: on time, so
 * fixing the school's late call must not lower the total or 力量调派 (the rule: fixing a condemned command never lowers a score).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { ms } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const poor = drill("school-fire", "poor");
const best = bestPlay("school-fire", poor.c);

/** The poor play with the school's 119 call (its phone message to the fire brigade) at 00:05:00 instead of 00:07:30. */
function early() {
  const commands = poor.commands.map((k) => (k.by === "sch" && k.type === "message" && k.to.includes("fire") ? { ...k, at: ms("00:05:00") } : k)).sort((a, b) => a.at - b.at);
  expect(commands.filter((k, i) => k.at !== poor.commands[i]?.at).length).toBeGreaterThan(0);
  const r = runKeepingReference(poor.c, 7, commands, best);
  return evaluate(poor.c, r.events, r.state, rubric(), undefined, best);
}

describe("school fire: the school calls 119 at 00:05:00 instead of 00:07:30 (review11 school 1, p3call119)", () => {
  const rep = early();
  const rescue = (r: typeof rep) => r.dispatch.requirements.find((q) => q.text.zh.includes("救援力量15分钟内到场救人"))!;

  it("the rescue need is still due 00:21:30 (00:06:30 + 15 min), met by cg-e2 at 00:20:45, as in the poor play", () => {
    expect(rescue(poor.report).deadlineMs).toBe(ms("00:21:30"));
    expect(rescue(rep).deadlineMs).toBe(ms("00:21:30"));
    expect(rescue(rep).status).toBe("met");
    expect(rep.findings.filter((f) => f.code === "DISPATCH_LATE" && f.message.zh.includes("救援力量15分钟内到场救人"))).toEqual([]);
  });

  it("scores at least the poor play in total and in 力量调派", () => {
    const sec = (r: typeof rep, id: string) => r.sections.find((s) => s.id === id)!.score;
    expect(rep.score!).toBeGreaterThanOrEqual(poor.report.score!);
    expect(sec(rep, "dispatch")).toBeGreaterThanOrEqual(sec(poor.report, "dispatch"));
  });

  // review15 school 4: it says from which event and time the start counts (the school finding the fire at 00:01:30 + its
  // 5 min, LNK-SCH-FIRE), and that the brigade, told earlier, keeps that start (never "自应获知时" as if it knew later)
  it("the deadline says which start it runs from: when the brigade should have been told (found 00:01:30 + 5 min), and that it was told earlier", () => {
    const search = rep.findings.find((f) => f.code === "DISPATCH_LATE" && f.message.zh.includes("搜救小组"))!;
    expect(search.message.zh).toContain("时限 00:21:30（自应获知时 00:06:30 起算，即事故单位发现事故 00:01:30 起 5 分钟，临江县消防救援大队 00:05:00 即已获知，提前获知不提前起算）");
    expect(search.message.en).toContain("counted from 00:06:30, when Linjiang County Fire and Rescue Brigade should have been told, 5 min after the incident unit found it at 00:01:30; Linjiang County Fire and Rescue Brigade was told earlier, at 00:05:00, which does not start the clock sooner");
  });
});

/**
 * An owner no rule has to tell owes its need from when it was told, not from the ignition it knew nothing of (review15
 * school 4; issue 10 §5). School fire poor play: the police learn of the fire from a passer-by's 110 call at 00:05:00
 * (inj-04); the gate needs a police car within 20 min (req-police), so by 00:05:00 + 20 = 00:25:00, not 00:20:00.
 */
describe("school fire poor play: the police's gate control runs from their 110 call", () => {
  it("is due 00:25:00, counted from 00:05:00 when the police were told; met 00:47:28, 22 min 28 s late", () => {
    const late = poor.report.findings.find((f) => f.code === "DISPATCH_LATE" && f.ruleId === "req-police")!;
    expect(late.message.zh).toContain("时限 00:25:00（自获知时 00:05:00 起算）");
    expect(late.message.zh).toContain("迟 22分28秒");
    expect(poor.report.dispatch.requirements.find((q) => q.id === "req-police")!.deadlineMs).toBe(ms("00:25:00"));
  });
});

/**
 * One clock for every need of one owner (review11 chemical 4). Chlorine leak poor play: the police are told at 00:11,
 * after their notice fell due (00:10), too late to act on a 30-min need within their linkage minutes, so each of their
 * 30-min needs is judged from receipt: 00:11 + 30 min = 00:41 — the checkpoint they never manned (力量不足) and the
 * traffic control they met (the strength) alike, never 00:40 for one and 00:41 for the other.
 */
describe("chlorine leak poor play: the police's two 30-min needs print one deadline", () => {
  const chem = drill("chemical-leak", "poor");
  it("the strength and the shortfall both read 时限 00:41:00, counted from the police's receipt at 00:11:00", () => {
    const strength = chem.report.strengths.find((s) => s.section === "dispatch" && s.agency === "police")!;
    const short = chem.report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.agency === "police")!;
    expect(strength.message.zh).toContain("时限 00:41:00，临江县公安局 00:11:00 才获知事故信息，自获知起算");
    expect(short.message.zh).toContain("时限 00:41:00；临江县公安局 00:11:00 才获知事故信息，自获知起算");
  });
});

/**
 * Correcting the school's late 120 call never lowers the score (review15 school 2; issue 10 §11). The 120 call is due 5 min
 * after the first injury (00:10:00 + 5 = 00:15:00, county-default.yaml LNK-SCH-EMS); the poor play calls at 00:25:00 and
 * the variant at 00:13:30 (on time). The 120 sends its first ambulance at 00:40:00 in both: its slow dispatch is its own
 * fault in both plays (LINKAGE_SLOW), so the variant differs only by the school's notice now on time. Before the fix the
 * notice fell due 00:06:30, the poor play's 120 needs ran from its late receipt and hid its idle ambulances, and the
 * variant scored 20.3 < 21.4.
 */
describe("school fire: the school calls 120 at 00:13:30 instead of 00:25:00 (review15 school 2)", () => {
  function early120() {
    const commands = poor.commands.map((k) => (k.by === "sch" && k.type === "message" && k.to.includes("ems") ? { ...k, at: ms("00:13:30") } : k)).sort((a, b) => a.at - b.at);
    const r = runKeepingReference(poor.c, 7, commands, best);
    return evaluate(poor.c, r.events, r.state, rubric(), undefined, best);
  }
  const rep = early120();
  const emsNotice = (r: typeof rep) => r.findings.filter((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.ruleId === "LNK-SCH-EMS");

  it("the call at 00:13:30 is on time (due 00:15:00); the one at 00:25:00 is late against the same 00:15:00", () => {
    expect(emsNotice(rep)).toEqual([]);
    expect(emsNotice(poor.report)[0]!.message.zh).toContain("时限 00:15:00");
  });

  it("the 120's slow dispatch is charged to the 120 in both plays", () => {
    for (const r of [rep, poor.report]) expect(r.findings.filter((f) => f.code === "LINKAGE_SLOW" && f.agency === "ems" && f.points > 0)).toHaveLength(1);
  });

  it("scores at least the poor play in total and in every section", () => {
    expect(rep.score!).toBeGreaterThan(poor.report.score!);
    for (const s of poor.report.sections) expect([s.id, rep.sections.find((x) => x.id === s.id)!.score! >= s.score!]).toEqual([s.id, true]);
  });
});
