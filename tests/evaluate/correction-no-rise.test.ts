/**
 * Correcting one agency's own fault never raises another agency's deduction for a fault it did not commit, nor the total
 * (issue 10: "correcting a fault never lowers the score"). Property-style: each case is a shipped poor play and the same
 * play with ONE agency's fault corrected (a condemned 联而不动 given its act, a late or missing notice given on time); every
 * other agency's deduction, per section in rubric points (the section's scale weight / W is the same for every play of a
 * scenario, so rubric points compare exactly, without the printed cents' apportioning), must not rise, with one
 * exception the evaluator writes (review23 mine N1): a late or missing notice is charged the lateness it CAUSED on duties
 * its addressee did perform late, so an addressee that acts (late) instead of never lets its notifier's finding carry the
 * windows its notice kept it in the dark — no more (its `counted.causedEach`), and the total deduction does not rise.
 * A duty the addressee never performed is the addressee's whole 联而不动: correcting the notifier leaves it as it was.
 *
 * By hand (school-fire poor; review21 school 3's case, re-judged under review23 N1): the brigade (told 00:07:30) never
 * told the emergency bureau (notice due 00:07:30 + 10 = 00:17:30; the bureau heard from the city at 00:40), and the
 * bureau, limit 30 min, never acted.
 *   - idle: the brigade 5 (未通知, notice part); the bureau 联而不动 6 (before, r22-clock: 5 + 2 「此间无从履行 1 个时限」 and
 *     6 − 2 = 4, refused: told at 00:17:30 it would not have acted either). 11 in all.
 *   - the bureau acting at 01:20: due 00:17:30 + 30 = 00:47:30 had it been told in time, T = ⌈32.5 / 30⌉ = 2 windows; its
 *     own O = ⌈(01:20 − 01:10) / 30⌉ = 1 (2 points, 响应迟缓); the brigade 5 + (2 − 1) × 2 = 7. 9 in all (≤ 11).
 *   - the bureau acting at 01:05, inside its own window: O = 0, T = ⌈17.5 / 30⌉ = 1: the brigade 5 + 2 = 7, the bureau 0.
 *   - the brigade's notice given at 00:15 (in time): the bureau's 联而不动 6, as when idle and told late; the brigade 0.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { cmd, compiled, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

type Extra = Array<[string, string, Record<string, unknown>]>;

function play(id: string, extra: Extra = []): ReportModel {
  const c = compiled(id);
  const commands = [...playOf(c, `${SCENARIOS}/plays/${id}.poor.yaml`), ...extra.map(([at, by, f], i) => cmd(at, by, f, 1000 + i))];
  const best = bestPlay(id, c);
  const r = runKeepingReference(c, 7, commands, best);
  return evaluate(c, r.events, r.state, rubric(), undefined, best);
}

/** rubric points per agency and section (findings charged to no agency left out) */
function byAgency(r: ReportModel): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of r.findings) if (f.agency !== null) m.set(`${f.agency}|${f.section}`, (m.get(`${f.agency}|${f.section}`) ?? 0) + (f.rubricPoints ?? 0));
  return m;
}

/** the rises of agencies other than `fixed` from `a` to `b` (rubric points, per section) */
function rises(a: ReportModel, b: ReportModel, fixed: string): string[] {
  const x = byAgency(a);
  const y = byAgency(b);
  return [...y].filter(([k, v]) => !k.startsWith(`${fixed}|`) && v > (x.get(k) ?? 0) + 1e-9).map(([k, v]) => `${k}: ${x.get(k) ?? 0} → ${v}`);
}

/**
 * The rises of `rises` beyond what each agency's findings in `b` carry as lateness caused on another's duty now done
 * (`counted.causedEach`, rubric points): the one rise the evaluator writes (review23 mine N1).
 */
function risesBeyondCaused(a: ReportModel, b: ReportModel, fixed: string): string[] {
  const x = byAgency(a);
  const carried = new Map<string, number>();
  for (const f of b.findings) if (f.agency !== null) carried.set(`${f.agency}|${f.section}`, (carried.get(`${f.agency}|${f.section}`) ?? 0) + (f.counted?.causedEach ?? []).reduce((s, c) => s + c.points, 0));
  return [...byAgency(b)].filter(([k, v]) => !k.startsWith(`${fixed}|`) && v > (x.get(k) ?? 0) + (carried.get(k) ?? 0) + 1e-9).map(([k, v]) => `${k}: ${x.get(k) ?? 0} → ${v}`);
}

/** the total deduction (every section's, the unplanned faults' included) */
const deducted = (r: ReportModel) => r.sections.reduce((s, x) => s + x.deducted, 0);

const pts = (r: ReportModel, agency: string, code: string) => r.findings.filter((f) => f.agency === agency && f.code === code).reduce((s, f) => s + (f.rubricPoints ?? 0), 0);

const EB_ACTS = (at: string): Extra => [[at, "eb", { type: "dispatch", units: "eb-cmd", place: "playground", task: "command" }]];

describe("correcting one agency's fault never raises another's deduction", () => {
  const poor = play("school-fire");

  it("school-fire: the idle bureau's 联而不动 is its own whole 6; acting late, the brigade's notice carries the window it caused (hand values in the module note)", () => {
    expect(pts(poor, "fire", "LINKAGE_NOT_NOTIFIED")).toBe(5);
    expect(pts(poor, "eb", "LINKAGE_IDLE")).toBe(6);
    const late = play("school-fire", EB_ACTS("01:20:00"));
    expect(pts(late, "fire", "LINKAGE_NOT_NOTIFIED")).toBe(7);
    expect(pts(late, "eb", "LINKAGE_SLOW")).toBe(2);
    expect(risesBeyondCaused(poor, late, "eb")).toEqual([]);
    expect(deducted(late)).toBeLessThanOrEqual(deducted(poor) + 1e-9);
    const own = play("school-fire", EB_ACTS("01:05:00"));
    expect(pts(own, "fire", "LINKAGE_NOT_NOTIFIED")).toBe(7);
    expect(pts(own, "eb", "LINKAGE_SLOW")).toBe(0);
    expect(risesBeyondCaused(poor, own, "eb")).toEqual([]);
    expect(deducted(own)).toBeLessThanOrEqual(deducted(poor) + 1e-9);
  }, 60_000);

  it("school-fire: the brigade's notice corrected, the bureau's 联而不动 stays its 6 and nobody rises", () => {
    // told at 00:15 (within 00:17:30): the bureau's 联而不动 is its whole act part, 6, as when told late and idle
    const told = play("school-fire", [["00:15:00", "fire", { type: "message", to: ["eb"], channel: "phone", text: "县应急局：第二实验小学教学楼起火，消防已出动。" }]]);
    expect(pts(told, "eb", "LINKAGE_IDLE")).toBe(6);
    expect(pts(told, "fire", "LINKAGE_NOT_NOTIFIED") + pts(told, "fire", "LINKAGE_NOTIFIED_LATE")).toBe(0);
    // (the bureau's reports, now judged from 00:15 rather than its 00:40 receipt, are its own time it now had, and no late
    // notice ever carried them (notice-lateness.ts books no 迟报 on a notice): left out here, named in the round's report)
    expect(rises(poor, told, "fire").filter((r) => !r.startsWith("eb|"))).toEqual([]);
    expect(byAgency(told).get("eb|linkage")!).toBeLessThanOrEqual(byAgency(poor).get("eb|linkage")! + 1e-9);
  }, 60_000);

  it.each([
    // the 120 told at 01:50 through the bureau's late notice, never acting: it sends ambulances late, then on its own time
    ["mine-flood", "ems", [["02:20:00", "ems", { type: "dispatch", units: ["amb-1"], place: "mine", task: "treat" }]]],
    ["mine-flood", "ems", [["01:55:00", "ems", { type: "dispatch", units: ["amb-1"], place: "mine", task: "treat" }]]],
    // the ecology bureau told at 00:58 through the enterprise's late notice, never monitoring: it monitors late
    ["chemical-leak", "eco", [["01:40:00", "eco", { type: "dispatch", units: "eco-van1", place: "village", task: "monitor" }]]],
    ["chemical-leak", "eco", [["01:10:00", "eco", { type: "dispatch", units: "eco-van1", place: "village", task: "monitor" }]]],
  ] as Array<[string, string, Extra]>)("%s: %s's 联而不动 corrected raises no other agency beyond the lateness its notifier caused, nor the total", (id, who, extra) => {
    const base = id === "school-fire" ? poor : play(id);
    const fixed = play(id, extra);
    expect(pts(fixed, who, "LINKAGE_IDLE")).toBe(0);
    expect(risesBeyondCaused(base, fixed, who)).toEqual([]);
    // (the total is not asserted here: the mine's 120 sending one ambulance of the two still costs the need's shortfall,
    // which its idleness had set aside — review23 mine B4, "never acting costs at least acting late", another item)
  }, 60_000);
});
