/**
 * A 谎报 corrected late (review19 chemical A2; 493号令 第四条 no 迟报/谎报, 第十三条 及时补报): the correcting 续报 a 谎报
 * owes (corrections.ts `own`) is set aside as no 续报 of a change, but its lateness is not free. Before, the enterprise's
 * correction of its 01:02 false figures due 01:32 cost the same made at 01:40 or at 02:30, and made later it moved the
 * bureau's relay clock with it (poor's F57 vanished): the county learnt the truth later and the score went up (b7 21.3 >
 * poor 21.0). Now:
 *
 *   quantity  half the correcting 续报's points (REPORT_LATE, 4 per unit) per started window of its own limit (the 30 min
 *             of RPT-FU-02; late-grade.ts lateShare), at most the whole: never more than the 谎报 left standing, which
 *             costs that 续报 whole on top of the 谎报 (reporting.ts `stood`);
 *   caused    the lateness the late correction caused its addressee's own 续报 up the chain (the bureau's to the duty
 *             office), as relay-lateness.ts charges a late relay: T = started hours (reporting.ts lateHours) its report
 *             came after the deadline it would have had if corrected on time (the correction's deadline + the follow-up
 *             rule's limit), less O, what the addressee's own findings on that duty count; the rest on the corrector, in
 *             the addressee's duty's opportunity (credit.ts takeCaused). Not when the addressee never reported it (its own 漏报).
 *
 *   A 谎报 never corrected carries the same delay up the chain (`metMs` the drill's end: nothing of it is the addressee's),
 *   so never correcting costs no less than correcting late (stoodCaused).
 *
 *   lateCorrection(x, t, key) → the finding (REPORT_LATE on the corrector, opportunity `key`), or undefined when the
 *   correction was made on time or never. Shapes: times in ms; no errors.
 */
import { resolveAgencies } from "../rules/agencies.ts";
import { clock, obligationRow, span, type EvalContext, type ObligationTrace } from "./context.ts";
import { finding } from "./findings.ts";
import { lateShare } from "./late-grade.ts";
import { reportKey } from "./report-groups.ts";
import type { Finding } from "./report-model.ts";

const HOUR = 3_600_000;

export function lateCorrection(x: EvalContext, t: ObligationTrace, key: string): Finding | undefined {
  const row = obligationRow(t);
  if (row.status !== "late" || t.met === undefined || row.to === undefined) return undefined;
  const late = t.met.atMs - row.deadlineMs;
  const quantity = lateShare(late, row.deadlineMs - row.openedAtMs, 0.5);
  const from = x.agencyName(row.agency);
  const to = x.agencyName(row.to);
  const caused = upChain(x, row.to, row.deadlineMs, t.met.atMs);
  const also = caused
    ? { zh: `；${to.zh}因此 ${clock(t.met.atMs)} 才获知更正，其向${x.agencyName(caused.to).zh}的续报按应获知时起算时限 ${clock(caused.would)}，${clock(caused.metAt)} 才报告，除其自身迟延外 ${caused.rest} 小时，由${from.zh}承担`, en: `; so ${to.en} learnt the correction only at ${clock(t.met.atMs)}, and its follow-up to ${x.agencyName(caused.to).en}, due by ${clock(caused.would)} counted from when it should have learnt it, came at ${clock(caused.metAt)}: ${caused.rest} h beyond its own delay, charged to ${from.en}` }
    : { zh: "", en: "" };
  const f = finding({
    code: "REPORT_LATE", section: "reporting", agency: row.agency, atMs: t.met.atMs, ruleId: row.ruleId, basis: row.basis, opportunity: key, quantity,
    message: {
      zh: `迟报：${from.zh}向${to.zh}更正其谎报伤亡人数的续报（493号令 第四条不得谎报、第十三条及时补报；时限按本县续报时限自谎报时起算，本县设定）时限 ${clock(row.deadlineMs)}，实际 ${clock(t.met.atMs)} 报告，超时 ${span(late).zh}（每超过 1 个时限（${span(row.deadlineMs - row.openedAtMs).zh}）计该续报的一半，不超过始终未更正，本县设定）${also.zh}`,
      en: `Late report: the follow-up from ${from.en} to ${to.en} correcting its false casualty figures (Decree 493 Art. 4, no false reports, and Art. 13, prompt supplementary reports; due within the county's follow-up limit from the false report, a local choice) was due at ${clock(row.deadlineMs)}; it came at ${clock(t.met.atMs)}, ${span(late).en} late (half that follow-up per started window of its ${span(row.deadlineMs - row.openedAtMs).en} limit, never more than never correcting: a local choice)${also.en}`,
    },
    evidence: { events: [...row.events, t.met.event], messages: [], obligations: [row.id] },
  });
  return { ...f, lateShare: true, ...(caused ? { caused: [{ opportunity: caused.opportunity, code: "REPORT_LATE" as const, quantity: caused.rest }] } : {}) };
}

/**
 * The addressee's follow-up up the chain the late correction delayed: the county's follow-up rule owed by `agency`, the
 * deadline it would have had if told at `dueMs` (+ the rule's limit), its first report to the rule's addressee after
 * `dueMs`, and the hours beyond what its own findings count. Undefined when nothing is left to charge.
 */
export function upChain(x: EvalContext, agency: string, dueMs: number, metMs: number): { to: string; would: number; metAt: number; rest: number; opportunity: string } | undefined {
  for (const r of x.c.rules.followUp) {
    if ((r.scenarioKinds !== undefined && !r.scenarioKinds.includes(x.c.scenario.kind)) || !resolveAgencies(x.c, r.from).includes(agency)) continue;
    const up = resolveAgencies(x.c, r.to)[0];
    if (up === undefined) continue;
    const would = dueMs + r.withinMin * 60_000;
    const report = x.events.find((e) => e.type === "reportSubmitted" && e.from === agency && e.to === up && e.at > dueMs);
    if (report === undefined || report.at <= would) return undefined;
    // its own duty opened by the correction (none when it had reported the figures before the correction reached it)
    const own = x.obligations.filter((u) => u.ob.kind === "report" && u.ob.ruleId === r.id && u.ob.agency === agency && u.ob.to === up && u.ob.openedAtMs >= dueMs && u.ob.openedAtMs <= metMs);
    const n = x.obligations.filter((u) => u.ob.kind === "report" && u.ob.ruleId === r.id && u.ob.agency === agency && u.ob.to === up && u.ob.openedAtMs < dueMs).length + 1;
    const id = own[0]?.ob.id ?? `${r.id}:${agency}>${up}:${n}`;
    const ownLate = own.reduce((a, u) => a + (u.met && u.met.atMs > u.ob.deadlineMs ? Math.max(1, Math.ceil((u.met.atMs - u.ob.deadlineMs) / HOUR)) : 0), 0);
    const rest = Math.max(1, Math.ceil((report.at - would) / HOUR)) - ownLate;
    if (rest <= 0) return undefined;
    return { to: up, would, metAt: report.at, rest, opportunity: `rep:${reportKey(x.c, { id, ruleId: r.id, agency, to: up, mode: "any" })}` };
  }
  return undefined;
}

/** The 谎报 findings left standing (`stood`, reporting.ts) with the delay up the chain their correction never made caused (`caused`). */
export function stoodCaused(x: EvalContext, findings: readonly Finding[], stood: ReadonlyMap<string, { row: { to?: string; deadlineMs: number }; key: string }>): Finding[] {
  const byKey = new Map([...stood.values()].map((s) => [s.key, s.row]));
  return findings.map((f) => {
    const row = f.stood ? byKey.get(f.stood.opportunity) : undefined;
    const c = row?.to === undefined ? undefined : upChain(x, row.to, row.deadlineMs, Infinity);
    if (!c) return f;
    const up = x.agencyName(c.to);
    return {
      ...f,
      caused: [{ opportunity: c.opportunity, code: "REPORT_LATE", quantity: c.rest }],
      message: { zh: `${f.message.zh}；致${x.agencyName(row!.to!).zh}向${up.zh}的续报按应获知更正时起算时限 ${clock(c.would)}，${clock(c.metAt)} 才报告，${c.rest} 小时一并计入`, en: `${f.message.en}; and the follow-up from ${x.agencyName(row!.to!).en} to ${up.en}, due by ${clock(c.would)} counted from when the correction was due, came at ${clock(c.metAt)}: ${c.rest} h charged with it` },
    };
  });
}
