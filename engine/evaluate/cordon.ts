/**
 * Site control (警戒与管制): for an airborne toxic release, a cordon around the source of at
 * least the ERG 2024 initial isolation distance within the first 30 minutes (the period the
 * ERG distances cover). The hazard model states the ERG distance for its spill in its summary.
 */
import { formatClock, MINUTE } from "../model/time.ts";
import { distance } from "../world/graph.ts";
import { dutyHolder, dutyHolders, knewAt } from "./blame.ts";
import type { EvalContext } from "./context.ts";
import { dutyEvidence } from "./evidence.ts";
import { dueFromReceipt, dueWords } from "./receipt-due.ts";
import { ergTable3 } from "./erg-basis.ts";
import { finding } from "./findings.ts";
import type { Finding } from "./report-model.ts";

/** the ERG distances cover the first 30 minutes: the cordon is due by then */
export const CORDON_WITHIN_MS = 30 * MINUTE;

/** When the cordon falls due: 30 minutes from when its first duty holder knew (receipt-due.ts), and from when. */
export function cordonDue(x: EvalContext): { dueMs: number; from: number | undefined } {
  return holderDues(x)[0]!.due;
}

/**
 * The cordon's duty holders that knew of the incident, each with its own deadline (30 minutes from its receipt),
 * the first due first; the first holder alone when none knew (its notifier's fault is charged by linkage.ts).
 * The fire commander and the police both owe it (domain.md §5.2: 消防法 第四十五条; the city plan).
 */
function holderDues(x: EvalContext): Array<{ agency: string; due: { dueMs: number; from: number | undefined } }> {
  const told = dutyHolders(x, ["cordon"]).filter((a) => knewAt(x, a) !== undefined);
  const all = (told.length > 0 ? told : [dutyHolder(x, ["cordon"])]).map((agency) => ({ agency, due: dueFromReceipt(x, agency, ["cordon"], CORDON_WITHIN_MS) }));
  return all.sort((a, b) => a.due.dueMs - b.due.dueMs);
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
function cordonBasis(x: EvalContext, agency: string | null, jointly: readonly string[] = []): string {
  const own = (a: string | null) => {
    const kind = a !== null ? x.c.agencies.get(a)?.kind : undefined;
    if (kind === "fireRescue") return "消防法 第四十五条";
    const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.agency === kind && r.actions.some((t) => t.type === "cordon"));
    return rule ? rule.basis : GOV;
  };
  return [ergOf(x), ...new Set([agency, ...jointly].map(own))].join("；");
}

/** When a holder's units first reached the source (within NEAR_M), if they did. */
function onScene(x: EvalContext, agency: string, source: { x: number; y: number }): number | undefined {
  const e = x.events.find((v) => v.type === "unitArrived" && x.c.units.get(v.unit)?.agency === agency && distance(x.c.graph.places.get(v.place)!, source) <= NEAR_M);
  return e?.at;
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
  // every holder that knew and let its own deadline pass failed the one measure they jointly owe: one fault, charged
  // once, named on each (review15 chemical 5: the brigade at the tank from 00:17:36 as well as the police)
  const holders = holderDues(x);
  const failed = holders.filter((h) => !adequate || adequate.e.at > h.due.dueMs);
  const dueAt = (failed[0] ?? holders[0]!).due;
  const due = dueAt.dueMs;
  const agency = (failed[0] ?? holders[0]!).agency;
  const jointly = failed.slice(1).map((h) => h.agency);
  const tooSmallInTime = widest !== undefined && widest.e.radiusM < isolateM && widest.e.at <= due;
  const out: Finding[] = [];
  if (failed.length > 0) {
    const when = adequate ? adequate.e.at : due;
    const d = failed.length === 1 ? dueWords(dueAt) : jointWords(x, failed, source);
    out.push(
      finding({
        code: "CORDON_LATE", section: "dispatch", agency, ...(jointly.length > 0 ? { jointly } : {}), atMs: when, dueMs: due, ruleId: "CORDON-ERG", basis: cordonBasis(x, agency, jointly), opportunity: "cordon", ...(tooSmallInTime ? { rootKey: "cordon-small" } : {}),
        message: adequate
          ? { zh: `警戒迟延：${formatClock(adequate.e.at)} 才在泄漏源设置不小于ERG初始隔离距离 ${isolateM} 米的警戒区（${d.zh}）`, en: `Cordon late: a cordon of at least the ERG initial isolation distance (${isolateM} m) was set round the source only at ${formatClock(adequate.e.at)} (${d.en})` }
          : { zh: `警戒缺失：未在泄漏源设置不小于ERG初始隔离距离 ${isolateM} 米的警戒区（${d.zh}）`, en: `No cordon of at least the ERG initial isolation distance (${isolateM} m) round the source (${d.en})` },
        // each failed holder's cordon duty, and the cordon when it was finally set (any smaller ones), or the drill's end
        evidence: joinEvidence(failed.map((h) => dutyEvidence(x, h.agency, ["cordon"], adequate ? [adequate.i] : cordons.map((v) => v.i)))),
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


/** "共同负有警戒职责的临江县公安局（时限 00:41:00，00:11:00 获知起算）、临江县消防救援大队（时限 00:42:00，…；00:17:36 已到达泄漏源）均未按时设置" */
function jointWords(x: EvalContext, failed: ReadonlyArray<{ agency: string; due: { dueMs: number; from: number | undefined } }>, source: { x: number; y: number }): { zh: string; en: string } {
  const each = failed.map((h) => {
    const d = dueWords(h.due);
    const at = onScene(x, h.agency, source);
    const n = x.agencyName(h.agency);
    return { zh: `${n.zh}（${d.zh}${at !== undefined ? `；${formatClock(at)} 已到达泄漏源` : ""}）`, en: `${n.en} (${d.en}${at !== undefined ? `; at the source from ${formatClock(at)}` : ""})` };
  });
  return { zh: `共同负有警戒职责的${each.map((e) => e.zh).join("、")}均未按时设置`, en: `owed jointly by ${each.map((e) => e.en).join(" and ")}, none of them set it in time` };
}

function joinEvidence(parts: ReadonlyArray<{ events: number[]; obligations: string[] }>): { events: number[]; obligations: string[] } {
  return { events: [...new Set(parts.flatMap((p) => p.events))].sort((a, b) => a - b), obligations: [...new Set(parts.flatMap((p) => p.obligations))] };
}
