/**
 * Site control (警戒与管制): for an airborne toxic release, a cordon around the source of at
 * least the ERG 2024 initial isolation distance within the first 30 minutes (the period the
 * ERG distances cover). The hazard model states the ERG distance for its spill in its summary.
 */
import { formatClock, MINUTE } from "../model/time.ts";
import { distance } from "../world/graph.ts";
import { dutyHolder } from "./blame.ts";
import type { EvalContext } from "./context.ts";
import { dutyEvidence } from "./evidence.ts";
import { dueFromReceipt, dueWords } from "./receipt-due.ts";
import { ergTable3 } from "./erg-basis.ts";
import { finding } from "./findings.ts";
import type { Finding } from "./report-model.ts";

/** the ERG distances cover the first 30 minutes: the cordon is due by then */
export const CORDON_WITHIN_MS = 30 * MINUTE;

/** When the cordon falls due: 30 minutes from when its duty holder knew (receipt-due.ts), and from when. */
export function cordonDue(x: EvalContext): { dueMs: number; from: number | undefined } {
  return dueFromReceipt(x, dutyHolder(x, ["cordon"]), ["cordon"], CORDON_WITHIN_MS);
}
/** a cordon counts for the source when its centre is this close to it, m */
const NEAR_M = 300;
/** the ERG row as an analogy for the scenario's own tank (erg-basis.ts) */
const ergOf = (x: EvalContext) => `《应急响应指南》（ERG 2024）${ergTable3(x)}大量泄漏初始隔离距离`;
const GOV = "生产安全事故应急条例（国务院令第708号）第十八条（划定警戒区域）";

/**
 * The basis of a cordon finding on `agency` (issue 10 §12: the duty of the agency charged): the
 * ERG distance, and the agency's own cordon duty — the fire commander's power (消防法 第四十五条)
 * for the fire service, otherwise its linkage duty listing a cordon in the rules profile (the
 * police's: 危化条例 第七十二条, the city plan), else the government's measure (应急条例 第十八条).
 */
function cordonBasis(x: EvalContext, agency: string | null): string {
  const kind = agency !== null ? x.c.agencies.get(agency)?.kind : undefined;
  const ERG = ergOf(x);
  if (kind === "fireRescue") return `${ERG}；消防法 第四十五条`;
  const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.agency === kind && r.actions.some((a) => a.type === "cordon"));
  return `${ERG}；${rule ? rule.basis : GOV}`;
}

export function evaluateCordon(x: EvalContext): Finding[] {
  const isolateM = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario).figures.ergIsolateM;
  if (isolateM === undefined) return [];
  const source = x.c.graph.places.get(x.c.scenario.incidentPlace)!;
  const cordons = x.events
    .map((e, i) => ({ e, i }))
    .filter((v): v is { e: Extract<typeof v.e, { type: "cordonSet" }>; i: number } => v.e.type === "cordonSet" && distance(x.c.graph.places.get(v.e.place)!, source) <= NEAR_M);
  const adequate = cordons.find((v) => v.e.radiusM >= isolateM);
  const widest = cordons.reduce<(typeof cordons)[number] | undefined>((best, v) => (!best || v.e.radiusM > best.e.radiusM ? v : best), undefined);
  // a cordon set in time but too small is one fault: the lateness of a big enough one follows from it
  // due 30 minutes from when the duty holder knew (review12 chemical 4: the police told at 00:11 by the 110 call, 00:41)
  const agency = dutyHolder(x, ["cordon"]);
  const dueAt = cordonDue(x);
  const due = dueAt.dueMs;
  const tooSmallInTime = widest !== undefined && widest.e.radiusM < isolateM && widest.e.at <= due;
  const out: Finding[] = [];
  if (!adequate || adequate.e.at > due) {
    const when = adequate ? adequate.e.at : due;
    const d = dueWords(dueAt);
    out.push(
      finding({
        code: "CORDON_LATE", section: "dispatch", agency, atMs: when, dueMs: due, ruleId: "CORDON-ERG", basis: cordonBasis(x, agency), opportunity: "cordon", ...(tooSmallInTime ? { rootKey: "cordon-small" } : {}),
        message: adequate
          ? { zh: `警戒迟延：${formatClock(adequate.e.at)} 才在泄漏源设置不小于ERG初始隔离距离 ${isolateM} 米的警戒区（${d.zh}）`, en: `Cordon late: a cordon of at least the ERG initial isolation distance (${isolateM} m) was set round the source only at ${formatClock(adequate.e.at)} (${d.en})` }
          : { zh: `警戒缺失：未在泄漏源设置不小于ERG初始隔离距离 ${isolateM} 米的警戒区（${d.zh}）`, en: `No cordon of at least the ERG initial isolation distance (${isolateM} m) round the source (${d.en})` },
        // the duty holder's cordon duty, and the cordon when it was finally set (any smaller ones), or the drill's end
        evidence: dutyEvidence(x, agency, ["cordon"], adequate ? [adequate.i] : cordons.map((v) => v.i)),
      }),
    );
  }
  if (widest && widest.e.radiusM < isolateM) {
    out.push(
      finding({
        code: "CORDON_TOO_SMALL", section: "dispatch", agency: widest.e.by, atMs: widest.e.at, ruleId: "CORDON-ERG", basis: cordonBasis(x, widest.e.by), key: "cordon-small", opportunity: "cordon",
        message: { zh: `警戒过小：警戒区半径 ${widest.e.radiusM} 米，小于ERG初始隔离距离 ${isolateM} 米`, en: `Cordon too small: ${widest.e.radiusM} m against the ERG initial isolation distance of ${isolateM} m` },
        evidence: { events: [widest.i] },
      }),
    );
  }
  return out;
}

