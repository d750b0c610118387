/**
 * One dishonesty, charged once (issue 10 §2; review18 mine C). 493号令 第三十六条 punishes the accident unit that
 * "谎报或者瞒报事故" once for the accident, not once per authority: a unit that hid the accident from everyone is one 瞒报
 * (hidden-accident.ts), and a unit that told several authorities the same untrue figures is one 谎报. Each report it
 * spoilt still fails whole (its worth, as the 漏报 it also is), but the honesty item's own points beyond that worth are
 * taken once per agency, by its earliest such finding (then the lowest id), so lying to three offices never costs more
 * than hiding the accident from them (hidden-accident.test: silence ≤ false reports).
 *
 *   beyondOnce(findings, dishonest) → ids of the findings that take the honesty points beyond their report's worth:
 *   per agency, the first of those `dishonest` says are priced beyond worth (credit.ts worseThanNone).
 */
import type { Finding } from "./report-model.ts";
import { clock, type EvalContext } from "./context.ts";
import { repeatedLie } from "./corrections.ts";

export function beyondOnce(findings: readonly Finding[], dishonest: (f: Finding) => boolean): Set<string> {
  const first = new Map<string, Finding>();
  for (const f of findings) {
    if (!dishonest(f) || f.causedBy !== undefined || f.agency === null) continue;
    const was = first.get(f.agency);
    if (was === undefined || f.atMs < was.atMs || (f.atMs === was.atMs && Number(f.id.slice(1)) < Number(was.id.slice(1)))) first.set(f.agency, f);
  }
  return new Set([...first.values()].map((f) => f.id));
}

/**
 * One 谎报 to one office, found once (issue 10 §2; review r28 mine): a report repeating its sender's uncorrected 谎报 to
 * the same addressee (corrections.ts repeatedLie: the mine's 01:50 续报 to the county bureau saying 0 trapped again after
 * its 01:08 谎报) misleads nobody anew. It is no finding of its own: the first 谎报's finding names both reports in its
 * evidence (messages, events) and says the repeat. So the lie costs once (its report, the honesty points beyond, and —
 * never corrected — the correcting 续报 it owed, reporting.ts `stood`); whatever else the repeat did (the 续报 of the second
 * inrush it carried on time) is judged as that report's own, not spoilt a second time by the same figure.
 *
 *   foldRepeatedLies(x, findings) → findings without the repeats, each first 谎报 carrying its repeats. Shapes: a repeat is a
 *   REPORT_FALSE RPT-HONEST-FALSE finding on one report (its first message), not `stood`, not relayed; order kept.
 */
export function foldRepeatedLies(x: EvalContext, findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [...findings];
  // message id → index in `out` of the 谎报 finding that report's lie is part of
  const lieAt = new Map<string, number>();
  const drop = new Set<number>();
  out.forEach((f, j) => {
    if (f.code !== "REPORT_FALSE" || f.ruleId !== "RPT-HONEST-FALSE" || f.relayed || f.omission) return;
    const msg = f.evidence.messages[0];
    const i = msg === undefined ? undefined : x.messageEvent.get(msg);
    const e = i === undefined ? undefined : x.events[i];
    if (e?.type !== "reportSubmitted") return;
    const before = f.stood === undefined ? repeatedLie(x, e, i!) : undefined;
    const root = before === undefined ? undefined : lieAt.get(before.id);
    if (root === undefined) {
      lieAt.set(e.id, j);
      return;
    }
    const r = out[root]!;
    const to = x.agencyName(e.to);
    out[root] = {
      ...r,
      message: {
        zh: `${r.message.zh}；${clock(e.at)} 向${to.zh}的${KIND_TEXT[e.kind].zh}重复该谎报，未作更正，仍为同一谎报，只计一次`,
        en: `${r.message.en}; its ${KIND_TEXT[e.kind].en} to ${to.en} at ${clock(e.at)} repeated the false figures uncorrected: the same false report going on, counted once`,
      },
      evidence: {
        events: [...new Set([...r.evidence.events, ...f.evidence.events])].sort((a, b) => a - b),
        messages: [...new Set([...r.evidence.messages, ...f.evidence.messages])],
        obligations: [...new Set([...r.evidence.obligations, ...f.evidence.obligations])],
      },
    };
    lieAt.set(e.id, root);
    drop.add(j);
  });
  return out.filter((_, j) => !drop.has(j));
}

/** A report's kind as an evaluator names it (初报 / 续报 / 终报). */
export const KIND_TEXT = { initial: { zh: "初报", en: "initial report" }, followUp: { zh: "续报", en: "follow-up report" }, final: { zh: "终报", en: "final report" } } as const;
