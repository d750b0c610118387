/**
 * Who a building evacuation left behind (issue 10 §6 "judge completion"; review11 school 5): the line
 * "楼内人员按时全部撤出" claims everyone, so it is judged on everyone, not on the self-evacuees alone.
 * A person who never came out alive (died inside, or still inside when the drill ended) means the
 * evacuation was never completed, whatever the walkers' time. People brought out by rescuers count as
 * out; when they came out is judged under the rescue requirement and the outcome, and only named here.
 * Source: the fire model's figures (report.ts: `pupils` + `staff` = everyone, `evacuated` = out alive,
 * walked or carried; `selfEvacuated` = walked; `inside` = alive and not out) and its `groupRescued` events.
 */
import type { SimMs } from "../model/time.ts";
import { asOf, type EvalContext } from "./context.ts";
import type { Finding } from "./report-model.ts";

/**
 * Is `f` an evacuation finding unmet only for who was left inside (the walkers all out on time)? It
 * restates the outcome (the death inside) and is no cause of it (causes.ts). Such a finding is dated
 * at the deadline (completion.ts), after the last walker out; a late walker's finding at the walker.
 */
export function onlyLeftInside(x: EvalContext, f: Finding): boolean {
  if (f.code !== "EVACUATION_SLOW") return false;
  const s = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario).figures.lastOutAtS;
  return s !== undefined && Math.round(s * 1000) < f.atMs;
}

/** Counts of people (persons); `rescuedLastMs`: when the last rescued group came out (sim ms). */
export interface LeftInside {
  /** died without coming out */
  dead: number;
  /** alive but still inside when the drill ended */
  inside: number;
  /** brought out by rescuers rather than walking */
  rescued: number;
  rescuedLastMs?: SimMs;
}

/**
 * The people the evacuation did not bring out, or undefined when everyone came out alive, or when
 * the drill is still running with nobody dead (those inside may yet come out: not judged yet).
 */
export function leftInside(x: EvalContext, fig: Record<string, number>): LeftInside | undefined {
  const total = (fig.pupils ?? 0) + (fig.staff ?? 0);
  const out = fig.evacuated ?? 0;
  const inside = fig.inside ?? 0;
  const dead = Math.max(0, total - out - inside);
  if (dead === 0 && (inside === 0 || !asOf(x).ended)) return undefined;
  const rescues = x.events.filter((e) => e.type === "hazardChanged" && e.what === "groupRescued");
  return {
    dead, inside: asOf(x).ended ? inside : 0, rescued: Math.max(0, out - (fig.selfEvacuated ?? 0)),
    ...(rescues.length > 0 ? { rescuedLastMs: rescues[rescues.length - 1]!.at } : {}),
  };
}

/**
 * The evacuation findings once harm is graded between the best play and no response (review17 school 2):
 * an evacuation unmet only for who was left inside (onlyLeftInside: the walkers all out in time) restates
 * that harm and is no separate fault (AQ/T 9009: one fault, one charge; the 指南 times an evacuation from
 * the signal to everyone out, and a late signal is the signal's own fault). Where the harm beyond the best
 * play is charged (`harmCharged`: an OUTCOME_PREVENTABLE_HARM finding, key "harm") it follows that finding
 * at no cost; where none is, the best play left the same people to the rescuers and the finding goes.
 * Ungraded harm (`graded` false: no best play) leaves the findings as they are. Other findings pass through.
 */
export function evacuationWithHarm(x: EvalContext, findings: readonly Finding[], harm: { graded: boolean; harmCharged: boolean }): Finding[] {
  if (!harm.graded) return [...findings];
  return findings.flatMap((f) => (onlyLeftInside(x, f) ? (harm.harmCharged ? [{ ...f, rootKey: "harm" }] : []) : [f]));
}
