/**
 * A 漏报 that cuts the reporting chain is charged with what it cut (review17 mine A1; issue 10 §1, §11). The county
 * bureau never reported to the county duty office (M4): the office never heard of a flood with six trapped, so its own
 * report to the city never arose and was set aside as 未产生 (not counted), and the figures a relay would have carried
 * were charged to nobody. Silence then cost less than reporting late and wrongly (M4 11.1 > poor 8.9, the same as
 * reporting on time). As a 谎报 never corrected is charged the correction it owed (`stood`, kept-by-lie.ts), the silent
 * agency's one 漏报 finding takes, as its aggravation (`blocks`, credit.ts):
 *   - each first report its addressee owed up and never could make, its addressee never told of the incident by
 *     anyone (in W: the scenario's report, failed through this 漏报, not set aside);
 *   - what it left that addressee not knowing to the end: priced as the casualty figures a relay carries (relayed-lie.ts,
 *     an arising duty worth a report, outside W), since leaving the county leadership wholly uninformed weighs at least
 *     as much as leaving it misinformed (突发事件应对法（2024）第十七条: 立即向上一级人民政府报告; 493号令 第四条: 不得漏报).
 * The addressee's own faults are not in question: it owed nothing it was never told of (blame.ts).
 *
 *   blockedReports(x, findings, planned) → findings with each chain-cutting 漏报 marked `blocks` (and its words), and
 *   the arising opportunities of what its addressees never learnt.
 */
import { resolveAgencies } from "../rules/agencies.ts";
import type { EvalContext } from "./context.ts";
import type { Opportunity } from "./opportunity.ts";
import type { Finding } from "./report-model.ts";

const FIRST = /^rep:([^>|]+)>([^|]+)\|first\|/;
const MISSING: ReadonlySet<string> = new Set(["REPORT_MISSING", "REPORT_CONCEALED"]);

/** `findings` with the 漏报 that cut the chain charged what it cut; the opportunities it adds (module note). */
export function blockedReports(x: EvalContext, findings: readonly Finding[], planned: readonly Opportunity[]): { findings: Finding[]; opportunities: Opportunity[] } {
  const opportunities: Opportunity[] = [];
  const claimed = new Set<string>();
  const cut = new Set<string>();
  // the earliest 漏报 to an addressee cuts its chain (one blocked report, one finding)
  const order = [...findings].sort((a, b) => a.atMs - b.atMs);
  const marks = new Map<string, { blocks: string[]; to: string; up: string[] }>();
  for (const f of order) {
    const m = f.opportunity !== undefined ? FIRST.exec(f.opportunity) : null;
    if (!m || !MISSING.has(f.code) || f.causedBy !== undefined || f.rootKey !== undefined || f.agency !== m[1]) continue;
    const to = m[2]!;
    // the addressee never told by anyone: no report duty of its own ever opened; its chain is cut once, by the first
    // 漏报 due to it (the school's and the bureau's both to the county duty office: the earlier one's)
    if (cut.has(to) || x.obligations.some((t) => t.ob.agency === to)) continue;
    // one report per addressee up: its written copy (…|first|written) stays 未产生, as a missing report's copy follows it
    const up = planned.filter((o) => o.notArisen && !claimed.has(o.id) && FIRST.exec(o.id)?.[1] === to)
      .filter((o, i, all) => all.findIndex((p) => FIRST.exec(p.id)?.[2] === FIRST.exec(o.id)?.[2]) === i);
    if (up.length === 0) continue;
    up.forEach((o) => claimed.add(o.id));
    cut.add(to);
    const id = `withheld:${f.opportunity}`;
    const me = x.agencyName(f.agency!);
    const them = x.agencyName(to);
    opportunities.push({ id, section: "reporting", failCodes: ["REPORT_MISSING"], label: { zh: `${them.zh}应经${me.zh}获知的事故及伤亡情况（${me.zh}漏报所致始终未获知）`, en: `the incident and casualties ${them.en} was to learn through ${me.en} (never learnt: ${me.en}'s missing report)` } });
    marks.set(f.id, { blocks: [...up.map((o) => o.id), id], to, up: up.map((o) => FIRST.exec(o.id)![2]!) });
  }
  const out = findings.map((f) => {
    const k = marks.get(f.id);
    if (!k) return f;
    const them = x.agencyName(k.to);
    const up = k.up.map((a) => x.agencyName(a));
    // the rule of each report it cut, cited beside the 漏报's own (the county duty office's: 突发事件应对法 第十七条)
    const cut = k.up.flatMap((a) => x.c.rules.reporting.find((r) => resolveAgencies(x.c, r.from).includes(k.to) && resolveAgencies(x.c, r.to, k.to).includes(a))?.basis ?? []);
    return {
      ...f,
      blocks: k.blocks,
      basis: [f.basis, ...cut.filter((b) => !f.basis.includes(b))].join("；"),
      message: {
        zh: `${f.message.zh}（加重情节：${them.zh}因此至演练结束未获知事故，其向${up.map((a) => a.zh).join("、")}的初报无从作出，一并扣分；上级始终一无所知不轻于所获情况失实，按转报失实计）`,
        en: `${f.message.en} (an aggravation: ${them.en} therefore never heard of the incident, its first report to ${up.map((a) => a.en).join(", ")} could not be made and is charged with it; leaving it wholly uninformed weighs at least as much as misinforming it, priced as a relay of untrue figures)`,
      },
    };
  });
  return { findings: out, opportunities };
}
