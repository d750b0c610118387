/**
 * Correcting one agency's own fault never raises another agency's deduction (review21 school 3; issue 10: "correcting a
 * fault never lowers the score"). Property-style: each case is a shipped poor play and the same play with ONE agency's
 * fault corrected (a condemned 联而不动 given its act, a late or missing notice given on time); every other agency's
 * deduction, per section in rubric points (the section's scale weight / W is the same for every play of a scenario, so
 * rubric points compare exactly, without the printed cents' apportioning), must not rise.
 *
 * One exception, by design (relay-lateness.ts lateBeyondOwn): a late notice's finding carries the holder's windows it kept
 * in the dark; the notice corrected, the holder had those windows and its own findings take them back. So for a notice
 * correction the holder's rise is bounded by what the notice finding carried on it, and no third agency rises.
 *
 * The refused case by hand (school-fire poor): the brigade (told 00:07:30) never told the emergency bureau (notice due
 * 00:07:30 + 10 = 00:17:30; the bureau heard from the city at 00:40), and the bureau, limit 30 min, never acted.
 *   - idle: its own deadline 00:40 + 30 = 01:10 instead of 00:17:30 + 30 = 00:47:30: 22 min 30 s, ⌈22.5/30⌉ = 1 window the
 *     brigade kept it dark, 2 rubric points (响应迟缓 2 per window): the brigade 5 (未通知, notice part) + 2 = 7; the bureau
 *     联而不动 6 − 2 = 4.
 *   - the bureau acting at 01:20 (its idleness corrected): T = ⌈(01:20 − 00:47:30)/30⌉ = 2, its own O = ⌈(01:20 − 01:10)/30⌉
 *     = 1 window (2 points); the brigade 5 + (2 − 1) × 2 = 7 — before this fix the idle play charged it 5 only, so the
 *     correction raised it 5 → 7 (2.38 → 3.33 at 30/63 a point), the refusal.
 *   - the bureau acting at 01:05, inside its own window: O = 0, T = ⌈17.5/30⌉ = 1: the brigade 5 + 2 = 7, the bureau 0.
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

const pts = (r: ReportModel, agency: string, code: string) => r.findings.filter((f) => f.agency === agency && f.code === code).reduce((s, f) => s + (f.rubricPoints ?? 0), 0);

const EB_ACTS = (at: string): Extra => [[at, "eb", { type: "dispatch", units: "eb-cmd", place: "playground", task: "command" }]];

describe("correcting one agency's fault never raises another's deduction", () => {
  const poor = play("school-fire");

  it("school-fire: the idle bureau's dark window is the brigade's, idle or acting (hand values in the module note)", () => {
    expect(pts(poor, "fire", "LINKAGE_NOT_NOTIFIED")).toBe(7);
    expect(pts(poor, "eb", "LINKAGE_IDLE")).toBe(4);
    const late = play("school-fire", EB_ACTS("01:20:00"));
    expect(pts(late, "fire", "LINKAGE_NOT_NOTIFIED")).toBe(7);
    expect(pts(late, "eb", "LINKAGE_SLOW")).toBe(2);
    expect(rises(poor, late, "eb")).toEqual([]);
    const own = play("school-fire", EB_ACTS("01:05:00"));
    expect(pts(own, "fire", "LINKAGE_NOT_NOTIFIED")).toBe(7);
    expect(pts(own, "eb", "LINKAGE_SLOW")).toBe(0);
    expect(rises(poor, own, "eb")).toEqual([]);
  }, 60_000);

  it("school-fire: the brigade's notice corrected, the bureau takes back only the window it now had; nobody else rises", () => {
    // told at 00:15 (within 00:17:30): the bureau's 联而不动 is its whole act part, 6 = 4 + the 2 the notice carried
    const told = play("school-fire", [["00:15:00", "fire", { type: "message", to: ["eb"], channel: "phone", text: "县应急局：第二实验小学教学楼起火，消防已出动。" }]]);
    expect(pts(told, "eb", "LINKAGE_IDLE")).toBe(6);
    expect(pts(told, "fire", "LINKAGE_NOT_NOTIFIED") + pts(told, "fire", "LINKAGE_NOTIFIED_LATE")).toBe(0);
    // (the bureau's reports, now judged from 00:15 rather than its 00:40 receipt, are its own time it now had, and no late
    // notice ever carried them (notice-lateness.ts books no 迟报 on a notice): left out here, named in the round's report)
    expect(rises(poor, told, "fire").filter((r) => !r.startsWith("eb|"))).toEqual([]);
    expect(byAgency(told).get("eb|linkage")! - byAgency(poor).get("eb|linkage")!).toBeLessThanOrEqual(2 + 1e-9);
  }, 60_000);

  it.each([
    // the 120 told at 01:50 through the bureau's late notice, never acting: it sends ambulances late, then on its own time
    ["mine-flood", "ems", [["02:20:00", "ems", { type: "dispatch", units: ["amb-1"], place: "mine", task: "treat" }]]],
    ["mine-flood", "ems", [["01:55:00", "ems", { type: "dispatch", units: ["amb-1"], place: "mine", task: "treat" }]]],
    // the ecology bureau told at 00:58 through the enterprise's late notice, never monitoring: it monitors late
    ["chemical-leak", "eco", [["01:40:00", "eco", { type: "dispatch", units: "eco-van1", place: "village", task: "monitor" }]]],
    ["chemical-leak", "eco", [["01:10:00", "eco", { type: "dispatch", units: "eco-van1", place: "village", task: "monitor" }]]],
  ] as Array<[string, string, Extra]>)("%s: %s's 联而不动 corrected raises no other agency", (id, who, extra) => {
    const base = id === "school-fire" ? poor : play(id);
    const fixed = play(id, extra);
    expect(pts(fixed, who, "LINKAGE_IDLE")).toBe(0);
    expect(rises(base, fixed, who)).toEqual([]);
  }, 60_000);
});
