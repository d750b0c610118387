/**
 * Scores that order plays sensibly (issue 10 §11). Each section is scored on its opportunities —
 * every report owed, every linkage duty, every resource requirement and standard, the outcome —
 * each worth the rubric points of failing it completely. A finding takes points from its own
 * opportunity only, never more than that opportunity is worth (a late, incomplete report never
 * costs more than no report); a missing report or a notice never given fails it whole; an
 * opportunity failed only as a consequence of another agency's fault is not judged here (its root
 * is). Section score = 100 × (1 − lost / worth); a section with nothing judged says 未展示 and is
 * left out of the total, so doing nothing earns no points. Findings outside any opportunity are
 * their own, worth what they cost.
 */
import type { LocalText } from "../model/ids.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import type { Scored } from "./score.ts";
import { SECTION_TEXT, type Finding, type FindingCode, type SectionId, type SectionScore } from "./report-model.ts";

/** Something the play could do well or badly; worth the points of `failCodes` × count. */
export interface Opportunity {
  id: string;
  section: SectionId;
  failCodes: FindingCode[];
  count?: number;
  /** worth in rubric points, instead of failCodes × count (the outcome: what no response loses there, outcome-worth.ts) */
  worth?: number;
}

/** Codes that fail their opportunity whole, whatever their own points. */
const WHOLE: ReadonlySet<FindingCode> = new Set(["REPORT_MISSING", "LINKAGE_NOT_NOTIFIED"]);
/**
 * A report that conceals or falsifies casualties fails its duty worse than no report (493号令
 * 第三十六条 punishes 谎报、瞒报 beyond 第三十五条's 迟报、漏报): the report's opportunity is worth
 * what these findings deduct when that is more than a missing report, so a concealment costs its
 * rubric points whether the report was owed or not — the same fault, the same points.
 */
const WORSE_THAN_NONE: ReadonlySet<FindingCode> = new Set(["REPORT_CONCEALED", "REPORT_FALSE"]);
const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
/** The one opportunity whose findings the rubric items' caps bound (counts of people or minutes against the outcome). */
const CAPPED = "outcomes";

/** Scored by opportunity; `score` and `band` are null when nothing was judged (未评分: no grade, never 0 不合格). */
export type ScoredByOpportunity = Omit<Scored, "score" | "band"> & { score: number | null; band: LocalText | null };

export function scoreByOpportunity(rubric: RubricProfile, findings: readonly Finding[], opportunities: readonly Opportunity[]): ScoredByOpportunity {
  const item = new Map<string, { points: number; id: string; annexA: Finding["annexA"]; section: number }>();
  rubric.sections.forEach((s, i) => s.items.forEach((it) => it.codes.forEach((c) => item.set(c, { points: it.points, id: it.id, annexA: it.annexA, section: i }))));
  // an item's cap still bounds what its findings take in all (e.g. people exposed)
  const capLeft = new Map<string, number>();
  rubric.sections.forEach((s) => s.items.forEach((it) => capLeft.set(it.id, it.cap ?? s.weight)));
  const pts = (c: FindingCode) => item.get(c)?.points ?? 0;
  const opp = new Map(opportunities.map((o) => [o.id, { ...o, worth: o.worth ?? o.failCodes.reduce((s, c) => s + pts(c), 0) * (o.count ?? 1), lost: 0, findings: [] as Finding[] }]));
  // findings outside any opportunity are their own, worth what they cost
  const own = (f: Finding) => `own:${f.id}`;
  for (const f of findings) {
    const key = f.opportunity && opp.has(f.opportunity) ? f.opportunity : own(f);
    if (!opp.has(key)) opp.set(key, { id: key, section: f.section, failCodes: [f.code], worth: pts(f.code) * f.quantity, lost: 0, findings: [] });
    opp.get(key)!.findings.push(f);
  }
  const take = new Map<string, number>();
  const how = new Map<string, NonNullable<Finding["counted"]>>();
  for (const o of opp.values()) {
    const worse = (f: Finding) => (WORSE_THAN_NONE.has(f.code) ? 0 : 1);
    // dishonest figures first: they fail the report whole, and the report's other faults come within that
    const counted = o.findings.filter((f) => f.causedBy === undefined && item.has(f.code)).sort((a, b) => worse(a) - worse(b));
    // failed only through someone else's fault: judged with its root, not here
    if (o.findings.length > 0 && counted.length === 0) {
      o.worth = 0;
      continue;
    }
    const dishonest = counted.filter((f) => WORSE_THAN_NONE.has(f.code)).reduce((a, f) => a + pts(f.code) * f.quantity, 0);
    if (dishonest > o.worth) o.worth = dishonest;
    for (const f of counted) {
      const it = item.get(f.code)!;
      // item caps bound counts of people or minutes against the outcome; an opportunity's worth bounds the rest
      const capped = o.id === CAPPED;
      const each = pts(f.code);
      const whole = WHOLE.has(f.code);
      const want = whole ? o.worth : each * f.quantity;
      const itemLeft = capped ? capLeft.get(it.id)! : Infinity;
      const oppLeft = o.worth - o.lost;
      const t = Math.max(0, Math.min(want, itemLeft, oppLeft));
      if (capped) capLeft.set(it.id, capLeft.get(it.id)! - t);
      o.lost += t;
      take.set(f.id, t);
      // the working the report prints: points each (× quantity), the whole duty's points, the limit that cut them
      how.set(f.id, {
        each,
        ...(whole ? { whole: { parts: o.failCodes.map((c) => ({ code: c, points: pts(c) })), count: o.count ?? 1 } } : {}),
        ...(t < want ? { cap: { by: itemLeft <= oppLeft ? ("item" as const) : ("opportunity" as const), at: round(t, 4) } } : {}),
      });
    }
  }
  const sections: SectionScore[] = rubric.sections.map((s) => {
    const mine = [...opp.values()].filter((o) => o.section === s.id);
    const worth = mine.reduce((a, o) => a + o.worth, 0);
    const lost = mine.reduce((a, o) => a + o.lost, 0);
    const judged = worth > 0;
    const scale = judged ? s.weight / worth : 0;
    const items = s.items.map((it) => {
      const fs = findings.filter((f) => it.codes.includes(f.code) && f.section === s.id);
      return {
        id: it.id, text: it.text, annexA: it.annexA, ...(it.annexRef ? { annexRef: it.annexRef } : {}), points: it.points, cap: it.cap ?? s.weight,
        ...(mine.some((o) => o.id === CAPPED) ? {} : { capApplies: false }),
        deducted: round(fs.reduce((a, f) => a + (take.get(f.id) ?? 0) * scale, 0), 2), findings: fs.length,
      };
    });
    // what the report prints so a reader can recompute the section: the opportunities by kind, their worth, the points lost
    const kinds = new Map<string, { kind: string; count: number; worth: number }>();
    for (const o of mine.filter((x) => x.worth > 0)) {
      const kind = o.id.split(":")[0]!;
      const k = kinds.get(kind) ?? { kind, count: 0, worth: 0 };
      k.count++;
      k.worth = round(k.worth + o.worth, 4);
      kinds.set(kind, k);
    }
    const scoring = { worth: round(worth, 4), lost: round(lost, 4), opportunities: [...kinds.values()] };
    return { id: s.id, text: s.text ?? SECTION_TEXT[s.id], weight: s.weight, deducted: round(lost * scale, 2), score: judged ? round(100 * (1 - lost / worth), 1) : 0, judged, items, scoring };
  });
  const judged = sections.filter((s) => s.judged);
  const weight = judged.reduce((a, s) => a + s.weight, 0);
  // nothing judged (a drill stopped before anything was due): no score and no band, never 0 不合格
  if (weight === 0) return { findings: scoredFindings(), sections, score: null, band: null };
  const score = round(judged.reduce((a, s) => a + (s.weight * s.score) / 100, 0) * (100 / weight), 1);
  const band = [...rubric.bands].sort((a, b) => b.min - a.min).find((b) => score >= b.min)?.text ?? rubric.bands[rubric.bands.length - 1]!.text;
  return { findings: scoredFindings(), sections, score, band };

  function scoredFindings(): Finding[] {
    return findings.map((f) => {
      const it = item.get(f.code);
      const sec = sections.find((s) => s.id === f.section)!;
      const scale = sec.judged ? sec.weight / Math.max(1e-9, [...opp.values()].filter((o) => o.section === f.section).reduce((a, o) => a + o.worth, 0)) : 0;
      return { ...f, ...(it ? { item: it.id, annexA: it.annexA } : {}), points: round((take.get(f.id) ?? 0) * scale, 2), ...(take.has(f.id) ? { rubricPoints: round(take.get(f.id)!, 4), counted: how.get(f.id)! } : {}) };
    });
  }
}
