/**
 * Causal shares are monotone under correction (issue 10 §9/§11): over the shipped poor plays (scenarios/plays/), each
 * fault of each agency among the harm's causes is corrected in a copy of the play as the rules ask (a late command moved
 * to its deadline, a missing one added at it, a wrong unit replaced by the right one), and no OTHER agency's share or
 * charge of the preventable harm may rise, nor the corrected agency's own charge (tests/evaluate/harm-charges.ts).
 * The school fire's are in school-harm-monotone.test.ts.
 *
 * By hand, the mine flood (seed 7; scenarios/plays/mine-flood.poor.yaml): the dispatch room (told 00:02:00, withdrawal due
 * 00:07:00, F6) and the mine head (told 00:15:00, due 00:20:00, F7) both left the withdrawal to 00:52:00; six miners
 * trapped (6 × 1) and eight only exposed (8 × 0.02): 6.16 rubric points. The room's correction (the best play's) reaches
 * no one: 6.16 avoided, alone or beside the head's; the head's (the room ordering it at 00:15, when he knew) spares the six
 * trapped, still reached: 14 only exposed remain, 6.16 − 0.28 = 5.88 avoided, and nothing beside the room's. The rule
 * before (Shapley) gave the room ½·6.16 + ½·0.28 = 3.22 and the head ½·5.88 = 2.94; the rule now (each agency the most
 * its corrections avoid over every state of the other's, causal-share.ts) the room 6.16, the head 5.88, deducted once.
 *
 * Where the rule before failed (chemical leak, seed 7; poor shares fire 9.0704 = 8.9978 causal + 0.0726 joint, police
 * 2.5606, town 1.2339, enterprise 0.0726): with the brigade's plugging put right at 00:13 the harm left (7.2994) was the
 * police's alone (2.5606 → 7.2994); with the enterprise's 119 call at its 00:10 deadline the brigade's share rose
 * 9.0704 → 9.0914, and with its report to the police at 00:10 the township's 1.2339 → 1.2398. Now each agency bears from
 * the start the most its corrections avoid in any state of the others' (fire 9.0704, police 6.4394, town 4.639,
 * enterprise 0.0726), which a correction the replays would make can only lower (ness.ts).
 * The brigade's plugging is put right as its replay puts it right: the best play's two hazmat teams, given when the
 * brigade was told (00:12). Not covered (LEFT, r29): a correction other than the replays' can still raise another
 * agency's charge, since the states range over the replays' corrections only — the same two teams a minute later
 * (00:13) leave 6.5932 that the police's corrections alone avoid, one team at 00:13 (the requirement's count) 7.2994,
 * both above the police's 6.4394. Nor the police's or the township's protection of the villagers put right (the shelter
 * at 00:35 by the police, at 00:40 by the township): each leaves the brigade's and the enterprise's corrections together
 * a larger joint part, and the enterprise's share of it rises 0.0726 → 3.2096 (police) and → 3.6342 (township). The
 * enterprise's late 119 call (F8) avoids nothing alone, so it is no single cause, and its share is measured only on what
 * the single causes' corrections all together leave (joint-share.ts `single`): when one of them is put right, that rest
 * grows. Those two cases are left out here until each agency's charge is measured over the whole harm (LEFT, r29).
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import type { Finding, ReportModel } from "../../engine/evaluate/report-model.ts";
import { playVariant, type Extra } from "./play-variant.ts";
import { harmCharges, harmShares, rises } from "./harm-charges.ts";

const by = (who: string, type: string, what?: string, at?: string) => (c: Command) => {
  const x = c as { by?: string; type?: string; units?: unknown; to?: unknown; at: number };
  const clock = at === undefined ? undefined : at.split(":").reduce((s, p) => s * 60 + Number(p), 0) * 1000;
  return x.by === who && x.type === type && (what === undefined || JSON.stringify(x.units ?? x.to).includes(what)) && (clock === undefined || x.at === clock);
};
type Fault = [agency: string, code: string, ruleId: string, opportunity?: string];
type Case = [scenario: string, fixed: string, what: string, fault: Fault, drop: ((c: Command) => boolean) | undefined, extra: Extra];

const CHEM_119 = "119吗？临江化工有限公司液氯罐区V-101储罐底部出料阀法兰泄漏，氯气向东扩散，罐区有人员倒地，请求特勤站防化力量立即增援！厂门在化工一路，我们派人在门口引导。";
const CASES: Case[] = [
  ["chemical-leak", "fire", "the hazmat teams for the plugging at 00:12:00, when it was told, as the best play sends them, not the water tenders", ["fire", "DISPATCH_WRONG_TYPE", "req-plug"], (c) => by("fire", "dispatch", "ce-e1")(c) || by("fire", "dispatch", "hz-chem1")(c), [["00:12:00", "fire", { type: "dispatch", units: ["hz-chem1", "hz-chem2"], place: "tank-v101", task: "plugLeak" }]]],
  ["chemical-leak", "fire", "the hazmat team sent at 00:36:00, on scene by its 00:40:00 deadline", ["fire", "DISPATCH_LATE", "req-plug"], by("fire", "dispatch", "hz-chem1"), [["00:36:00", "fire", { type: "dispatch", units: "hz-chem1", place: "tank-v101", task: "plugLeak" }]]],
  ["chemical-leak", "ent", "the 119 call at 00:10:00, the deadline", ["ent", "LINKAGE_NOTIFIED_LATE", "LNK-CHEM-FIRE"], by("ent", "message", "fire"), [["00:10:00", "ent", { type: "message", to: "fire", text: "119，我们厂里有点漏气，自己处理不了，你们派个车来看看。" }]]],
  ["chemical-leak", "ent", "the 119 call at 00:12:00 with the facts it knew", ["ent", "ALARM_INACCURATE", "TELL-RESCUERS"], by("ent", "message", "fire"), [["00:12:00", "ent", { type: "message", to: "fire", text: CHEM_119 }]]],
  ["chemical-leak", "ent", "the report to the police at 00:10:00, the deadline", ["ent", "REPORT_MISSING", "RPT-ENT-CHEM-PSB"], undefined, [["00:10:00", "ent", { type: "report", to: "police", kind: "initial", mode: "oral", content: { unit: "临江化工有限公司", time: "9时20分", location: "江湾化工园区临江化工液氯罐区", scene: "液氯储罐泄漏，氯气向东扩散，可能影响江湾村", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, measures: ["启动企业应急预案", "厂区人员撤离"] } }]]],
  ["mine-flood", "dispatch", "the withdrawal at 00:07:00, the deadline", ["dispatch", "LINKAGE_SLOW", "LNK-MINE-DISPATCH"], by("dispatch", "evacuate"), [["00:07:00", "dispatch", { type: "evacuate", place: "mine" }]]],
  ["mine-flood", "mine", "the mine head's withdrawal at 00:20:00, the deadline", ["mine", "LINKAGE_SLOW", "LNK-MINE-MINE"], undefined, [["00:20:00", "mine", { type: "evacuate", place: "mine" }]]],
];
const has = (r: ReportModel, [agency, code, ruleId, opportunity]: Fault) =>
  r.findings.some((f: Finding) => f.agency === agency && f.code === code && f.ruleId === ruleId && (opportunity === undefined || f.opportunity === opportunity));

describe("causal share: correcting one agency's fault never raises another agency's share or charge of the harm, nor its own charge", () => {
  it.each(CASES)("%s, %s corrected (%s)", (scenario, fixed, what, fault, drop, extra) => {
    const poor = playVariant(scenario, undefined, [], true).report;
    expect(has(poor, fault)).toBe(true);
    const r = playVariant(scenario, drop, extra, true).report;
    expect(has(r, fault)).toBe(false);
    const [s0, s1, c0, c1] = [harmShares(poor), harmShares(r), harmCharges(poor), harmCharges(r)];
    console.log(`${scenario} ${fixed} corrected (${what}): shares ${JSON.stringify(Object.fromEntries(s0))} → ${JSON.stringify(Object.fromEntries(s1))}; charges ${JSON.stringify(Object.fromEntries(c0))} → ${JSON.stringify(Object.fromEntries(c1))}`);
    expect([...rises(s0, s1, (a) => a !== fixed), ...rises(c0, c1, () => true)]).toEqual([]);
  }, 600_000);
});
