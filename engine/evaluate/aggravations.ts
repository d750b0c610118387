/**
 * The aggravations one finding takes on opportunities beyond its own (issue 10 §2: each fault once, on the agency that
 * failed, with what it made impossible), priced after every finding has taken its own points (credit.ts):
 *
 *   - a 谎报 left standing (`stood`, reporting.ts): the whole 续报 correction it never got (review15 chemical 1, review16
 *     school 3: never correcting costs more than correcting late);
 *   - a 漏报 that cut the reporting chain (`blocks`, blocked-report.ts, review17 mine A1), a first report never made
 *     (`silences`, silenced-follow-ups.ts, review18 mine A1) or a 谎报 that kept its addressee's casualty 续报
 *     (`silences`, kept-by-lie.ts): what is left of each opportunity it made impossible;
 *   - a relay or notice made late or never (`caused`, relay-lateness.ts): the lateness it caused its agency's duties,
 *     bounded as their own lateness is (LATE_BOUND; review18 chemical A1), priced once with the owner's own lateness and
 *     split by causal share (r29: the owner's findings hand their part of the overlap to it, takeCaused).
 *
 *   aggravate(findings, ledger) → mutates the ledger: each opportunity's `lost` and `findings`, each finding's `take`
 *   (rubric points) and `how` (the working printed: `stood`, `blocked`, `silenced`, `caused`, and a cap moved with it).
 */
import type { Finding, FindingCode } from "./report-model.ts";
import type { Opportunity } from "./opportunity.ts";
import { lateGames, takeCaused } from "./relay-lateness.ts";

/** An opportunity as credit.ts counts it. */
export interface Counted extends Opportunity {
  worth: number;
  lost: number;
  /** in W: one of the scenario's opportunities (else one this play alone gave rise to, or a fault outside any) */
  inW: boolean;
  findings: Finding[];
}

/** What credit.ts has counted so far, and how it makes an opportunity it has not met yet. */
export interface Ledger {
  opp: Map<string, Counted>;
  take: Map<string, number>;
  /** of each finding's take, the part on opportunities outside W (credit.ts prints it apart: X) */
  outside: Map<string, number>;
  how: Map<string, NonNullable<Finding["counted"]>>;
  /** the opportunity `key` (of `section`), counted outside W: from this play's arising ones where it is one */
  open: (key: string, section: Finding["section"]) => Counted;
  pts: (c: FindingCode) => number;
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

export function aggravate(findings: readonly Finding[], l: Ledger): void {
  const { opp, take, how } = l;
  /** `t` of `o` taken by `f`: outside W when `o` is not one of the scenario's opportunities (aggravations never go beyond a worth) */
  const beyondW = (f: Finding, o: Counted, t: number) => {
    if (!o.inW && t > 0) l.outside.set(f.id, (l.outside.get(f.id) ?? 0) + t);
  };
  const get = (key: string, f: Finding): Counted => {
    if (!opp.has(key)) opp.set(key, l.open(key, f.section));
    return opp.get(key)!;
  };
  /** `t` more on finding `f`, shown as `shown` in its working (a cap it had moves up by as much) */
  const add = (f: Finding, t: number, shown: "stood" | "blocked" | "silenced" | "caused", always: boolean) => {
    take.set(f.id, take.get(f.id)! + t);
    const h = how.get(f.id)!;
    if (always || t > 0) how.set(f.id, { ...h, [shown]: round(t, 4), ...(shown !== "caused" && h.cap ? { cap: { ...h.cap, at: round(h.cap.at + t, 4) } } : {}) });
  };
  // a 谎报 left standing: the whole 续报 it owed, taken by the one 谎报 finding, never a second finding (review16 school 3)
  for (const f of findings) {
    if (f.stood === undefined || !take.has(f.id)) continue;
    const o = get(f.stood.opportunity, f);
    const t = Math.max(0, o.worth - o.lost);
    o.lost += t;
    beyondW(f, o, t);
    o.findings.push(f);
    add(f, t, "stood", true);
  }
  // what a 漏报 cut, what silence made impossible, what a standing 谎报 kept: what is left of each
  for (const [field, shown] of [["blocks", "blocked"], ["silences", "silenced"]] as const) for (const f of findings) {
    const keys = f[field];
    if (keys === undefined || !take.has(f.id)) continue;
    let t = 0;
    for (const key of keys) {
      const o = get(key, f);
      const d = Math.max(0, o.worth - o.lost);
      o.lost += d;
      beyondW(f, o, d);
      o.findings.push(f);
      t += d;
    }
    add(f, t, shown, true);
  }
  // a relay (or notice) made late or never: the lateness it caused, after the owners' own findings
  // a notice that follows its report (「随 F35」, the report is the notice) still carries what its lateness caused: its own
  // part is not charged twice, the caused part is charged once, here (review20 chemical A2: the enterprise's share)
  const games = lateGames(findings);
  for (const f of findings) {
    if (f.caused === undefined || (!take.has(f.id) && f.causedBy === undefined && !f.causedOnly)) continue;
    const fresh = !take.has(f.id);
    if (fresh) {
      take.set(f.id, 0);
      how.set(f.id, { each: l.pts(f.code) });
    }
    const before = new Map(f.caused.map((c) => [c.opportunity, opp.get(c.opportunity)?.lost ?? 0]));
    // charged there as the finding's own (its caused part is no consequence that sets the duty's part aside: credit.ts markedDown)
    const got = takeCaused(fresh ? { ...f, causedBy: undefined } : f, opp, take, l.pts, how, games);
    const t = got.reduce((a, g) => a + g.points, 0);
    if (t > 0) add(f, t, "caused", false);
    else if (fresh) {
      take.delete(f.id);
      how.delete(f.id);
      continue;
    }
    // what each caused lateness added (its causal share, takeCaused), so the words can say which added nothing (caused-words.ts: at its cap)
    const gain = new Map([...before].map(([k, b]) => [k, (opp.get(k)?.lost ?? 0) - b]));
    for (const [k, g] of gain) if (opp.has(k)) beyondW(f, opp.get(k)!, g);
    const each = f.caused.map((c, i) => {
      const want = l.pts(c.code) * c.quantity;
      const g = got[i]!;
      // a share that took some of its owner's own points: priced once with them, by causal share (caused-words.ts)
      // (three causes or more: a share of a split, never a cap, whatever it took of the owner's points)
      const split = g.moved > 0 || (g.causes ?? 0) > 2;
      return { points: round(g.points, 4), capped: !split && g.points < want - 1e-9, ...(split ? { share: true } : {}), ...((g.causes ?? 0) > 2 ? { causes: g.causes } : {}) };
    });
    how.set(f.id, { ...how.get(f.id)!, causedEach: each });
  }
}
