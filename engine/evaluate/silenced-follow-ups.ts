/**
 * Silence carries the follow-ups it made impossible (review18 mine A1; issue 10 §11: a reporter must never score below
 * silence). The engine owes a follow-up (续报, 493号令 第十三条: 事故报告后出现新情况的，应当及时补报) only to an
 * addressee already reported to (rules/obligations.ts checkFollowUps), so a mine that never reported to the county
 * energy bureau owed it none, and those in the scenario's W were set aside as "随 F13 未完成": silence cost one 漏报 (8)
 * while the mine that reported truthfully at 01:00 and then fell silent lost 8 on each follow-up (A10 7.7 < poor 8.9).
 *
 * The rule an evaluator signs: a reporter that never reported to an addressee also never told it of what happened
 * after it was bound to report (煤矿安全生产条例 第五十九条 "立即如实报告": the duty binds from receipt, the hour is
 * its outer limit). Its one 漏报 finding takes, as its aggravation (`silences`, priced in credit.ts as a blocked
 * report is), each follow-up a report made at once would then have owed: every development the rules profile lists
 * for follow-up (followUp[].developments) that the reporter learnt after its first-report duty opened and whose
 * follow-up window ran out before the drill ended (rules/development-news.ts, the engine's own knowledge). In W (the
 * best play owes it) the follow-up is failed through the 漏报, not set aside. Bounded by W (review19 mine: priced
 * outside W, as undiluted extras, the poor play's two silent lines added 16 points to X and floored it at 0 = no
 * action): a follow-up the scenario's W does not hold (news of this play's own harm, e.g. 人员被困 after a late
 * withdrawal) is not added to a line never opened — the 漏报 already took that addressee's whole report.
 * Within W a reporter that did report never owes more follow-ups than its silence carries (it owes those on what it
 * learnt after its report, which opened no earlier): its first report costs at most its worth, the 漏报 always its
 * whole worth; outside W its own arising follow-ups still count (review18 mine A10 5.8, A1 6.7 ≥ poor 3.9). Casualty-count follow-ups not tied to a listed
 * development are not added (a silent reporter's figures over time are not known to the evaluator).
 *
 * A concealment (hidden-accident.ts: the incident unit told nobody, one 瞒报 charged once, its other first reports 漏报
 * citing it) also charges, on each of those findings, what its addressee was to learn from the unit and never did, priced as the relay of untrue figures a 谎报 costs (relayed-lie.ts,
 * 8: the same `withheld:` opportunity a chain-cutting 漏报 takes, blocked-report.ts, so it is charged once): leaving
 * the authority wholly uninformed weighs at least as much as misinforming it, and a unit that hides the accident must
 * never score above the one that reports it with false figures (493号令 第三十六条 punishes 瞒报 with 谎报).
 *
 *   silencedFollowUps(x, findings, planned) → findings with each silent first-report 漏报 (or 瞒报) marked `silences`
 *   (opportunity ids in W, and its words), and the opportunities outside W it adds (labelled): a concealment's withheld.
 */
import { MINUTE } from "../model/time.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import { developmentLearntAt } from "../rules/development-news.ts";
import type { EvalContext } from "./context.ts";
import type { Opportunity } from "./opportunity.ts";
import type { Finding } from "./report-model.ts";

const FIRST = /^rep:([^>|]+)>([^|]+)\|first\|any$/;
const MISSING: ReadonlySet<string> = new Set(["REPORT_MISSING", "REPORT_CONCEALED"]);

/** The silent 漏报s marked with the follow-ups their silence made impossible; the opportunities outside W they add. */
export function silencedFollowUps(x: EvalContext, findings: readonly Finding[], planned: readonly Opportunity[]): { findings: Finding[]; opportunities: Opportunity[] } {
  const inW = new Set(planned.map((o) => o.id));
  const added = new Map<string, Opportunity>();
  const out = findings.map((f) => {
    const m = f.opportunity !== undefined ? FIRST.exec(f.opportunity) : null;
    if (!m || !MISSING.has(f.code) || f.causedBy !== undefined || f.rootKey !== undefined || f.agency !== m[1]) return f;
    const [, from, to] = m as unknown as [string, string, string];
    // only the follow-ups the scenario's W holds: those beyond it are bounded out (module note, review19 mine poor = none)
    const news = owedNews(x, from, to, f).filter((n) => inW.has(`rep:${from}>${to}|fu:${n.code}|any`));
    if (news.length === 0) return f;
    const keys = news.map((n) => `rep:${from}>${to}|fu:${n.code}|any`);
    const what = news.map((n) => x.c.rules.developments[n.code] ?? { zh: n.code, en: n.code });
    return {
      ...f,
      silences: keys,
      message: {
        zh: `${f.message.zh}（加重情节：始终未报告，其后获知的新情况（${what.map((w) => w.zh).join("、")}）也无从续报，一并扣分）`,
        en: `${f.message.en} (an aggravation: never having reported, it could not send the follow-ups on what it learnt afterwards (${what.map((w) => w.en).join(", ")}); charged with it)`,
      },
    };
  });
  // a concealment: what each addressee never learnt from the unit (module note), unless a cut chain already takes it
  const hidden = out.map((f) => {
    const m = f.concealment === true && f.causedBy === undefined && f.opportunity !== undefined ? FIRST.exec(f.opportunity) : null;
    if (!m) return f;
    const id = `withheld:${f.opportunity}`;
    if (f.blocks?.includes(id)) return f;
    const me = x.agencyName(m[1]!);
    const them = x.agencyName(m[2]!);
    if (!inW.has(id)) added.set(id, { id, section: "reporting", failCodes: ["REPORT_MISSING"], label: { zh: `${them.zh}应经${me.zh}获知的事故及伤亡情况（${me.zh}瞒报所致始终未获知）`, en: `the incident and casualties ${them.en} was to learn from ${me.en} (never learnt: ${me.en}'s concealment)` } });
    return {
      ...f,
      blocks: [...(f.blocks ?? []), id],
      message: {
        zh: `${f.message.zh}（加重情节：${them.zh}至演练结束未从事故单位获知事故及伤亡情况，不轻于所获情况失实，按转报失实计）`,
        en: `${f.message.en} (an aggravation: ${them.en} never learnt of the accident and its casualties from the accident unit, which weighs at least as much as being misinformed: priced as a relay of untrue figures)`,
      },
    };
  });
  return { findings: hidden, opportunities: [...added.values()] };
}

/**
 * The developments `from` learnt after its first-report duty to `to` opened, each due (learnt + the rule's window) before
 * the drill ended; none when it reported there at all (then the engine's own follow-up duties judge it).
 */
function owedNews(x: EvalContext, from: string, to: string, f: Finding): Array<{ code: string; atMs: number }> {
  const rules = x.c.rules.followUp.filter((r) => (!r.scenarioKinds || r.scenarioKinds.includes(x.c.scenario.kind)) && resolveAgencies(x.c, r.from).includes(from) && resolveAgencies(x.c, r.to, from).includes(to));
  if (rules.length === 0) return [];
  const reported = x.events.some((e) => e.type === "reportSubmitted" && e.from === from && e.to === to)
    || x.obligations.some((t) => t.ob.kind === "report" && t.ob.agency === from && t.ob.to === to && (t.met !== undefined || rules.some((r) => r.id === t.ob.ruleId)));
  if (reported) return [];
  const opened = Math.min(...f.evidence.obligations.map((id) => x.obligationById.get(id)?.ob.openedAtMs ?? Infinity));
  if (!Number.isFinite(opened)) return [];
  // the engine's knowledge of each development, read from the final state (the earliest time it learnt it)
  const tx = { c: x.c, s: x.state, t: x.endMs, events: [] };
  const out = new Map<string, number>();
  for (const r of rules) {
    for (const code of r.developments) {
      const learnt = developmentLearntAt(tx, from, code);
      if (learnt === undefined || learnt <= opened || learnt + r.withinMin * MINUTE >= x.endMs) continue;
      out.set(code, Math.min(out.get(code) ?? Infinity, learnt));
    }
  }
  return [...out].map(([code, atMs]) => ({ code, atMs })).sort((a, b) => a.atMs - b.atMs);
}
