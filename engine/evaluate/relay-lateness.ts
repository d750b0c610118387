/**
 * Lateness a late relay caused downstream, charged once, on the relayer (issue 10 §1, §2; review18 chemical A1, C8).
 * A receiver that held a report from the public past its limit (forwarding.ts: the police holding the villager's 110
 * call about the chlorine from 00:11 to 00:40) kept its agency (the emergency bureau) from knowing: every duty the bureau
 * then started or did late ran from its own late receipt, so an earlier relay exposed it to more lateness of its own, and
 * a relay never made left the bureau's late report excused and charged to no one (wX 25.5 > poor; a3 25.1 < poor).
 *
 * Here each of the agency's timed duties done at last (its linkage act, the notices it owed, its reports) is measured
 * twice, in started windows of the duty's own limit (late-grade.ts; reports in started hours, reporting.ts lateHours):
 *   - T, late against the deadline it would have had if told when the relay fell due (`S`, the relay's deadline);
 *   - O, what the agency's own findings on the duty already count (from its actual receipt).
 * The relayer is charged the rest, T − O, in the duty's own opportunity, after the owner's own findings (key
 * `…:notice`, credit.ts), bounded as the duty's own lateness is (LATE_BOUND). T does not depend on when the relay came,
 * so a relay made earlier moves windows from the relayer to the owner and never adds any: the lateness is charged
 * once, and a correction never scores below the play it corrects.
 * Shapes: relayLateness(x, findings) → findings (sim ms, event indexes); none when no relay was held past its limit.
 */
import { notifiedAt, notifierOf } from "./blame.ts";
import { clock, type EvalContext, type ObligationTrace } from "./context.ts";
import { finding } from "./findings.ts";
import { heldReports, type Held } from "./forwarding.ts";
import { lateSteps } from "./late-grade.ts";
import { lateHours } from "./reporting.ts";
import type { Finding, FindingCode, SectionId } from "./report-model.ts";

const MINUTE = 60_000;
/** the owner's duty not done at all: nothing of it is late */
const NEVER: ReadonlySet<FindingCode> = new Set(["LINKAGE_NOT_NOTIFIED", "LINKAGE_IDLE", "REPORT_MISSING", "REPORT_CONCEALED"]);
/** "立即" as the county counts it (10 min, 本县设定): a report still possible at once keeps the rule's deadline (own-window.ts) */
const IMMEDIATE_MS = 10 * MINUTE;

interface Duty {
  t: ObligationTrace;
  code: FindingCode;
  section: SectionId;
  /** the deadline had the agency been told at `s` */
  wouldDue: (s: number) => number;
  steps: (lateMs: number) => number;
}

/** `agency`'s duties done at last whose clock its knowledge starts: its linkage act, the notices it owes, its reports. */
function duties(x: EvalContext, agency: string, told: number): Duty[] {
  const out: Duty[] = [];
  for (const t of x.obligations) {
    if (t.met === undefined) continue;
    const span = t.ob.deadlineMs - t.ob.openedAtMs;
    if (t.ob.kind === "act" && t.ob.agency === agency && t.ob.id === `${t.ob.ruleId}:act:${agency}` && t.ob.openedAtMs === told) {
      out.push({ t, code: "LINKAGE_SLOW", section: "linkage", wouldDue: (s) => s + span, steps: (ms) => lateSteps(ms, span) });
    } else if (t.ob.kind === "notified" && notifierOf(x, t.ob.agency) === agency) {
      out.push({ t, code: "LINKAGE_NOTIFIED_LATE", section: "linkage", wouldDue: (s) => Math.max(t.ob.deadlineMs, s + span), steps: (ms) => lateSteps(ms, span) });
    } else if (t.ob.kind === "report" && t.ob.agency === agency) {
      // told with time left to report at once, the rule's own deadline stands (own-window.ts squeezed)
      const due = (s: number) => (s <= t.ob.openedAtMs || s + IMMEDIATE_MS <= t.ob.deadlineMs ? t.ob.deadlineMs : Math.max(t.ob.deadlineMs, s + span));
      out.push({ t, code: "REPORT_LATE", section: "reporting", wouldDue: due, steps: lateHours });
    }
  }
  return out;
}

/** The opportunity a duty's findings score in: its own findings', else the linkage duty's. */
function opportunityOf(x: EvalContext, d: Duty, findings: readonly Finding[]): string | undefined {
  const own = findings.find((f) => f.opportunity !== undefined && f.evidence.obligations.includes(d.t.ob.id));
  if (own) return own.opportunity;
  return d.t.ob.kind === "report" ? undefined : `link:${d.t.ob.ruleId}:${d.t.ob.agency}`;
}

export function relayLateness(x: EvalContext, findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const agencies = [...new Set(x.c.scenario.injects.flatMap((i) => i.forwardTo ?? []))];
  for (const to of agencies) {
    const held = heldReports(x, to).sort((a, b) => a.due - b.due)[0];
    const told = notifiedAt(x, to);
    if (!held || told === undefined || told <= held.due) continue;
    for (const d of duties(x, to, told)) {
      const met = d.t.met!.atMs;
      // a duty the agency never did itself (a notice it never sent, the addressee told by others) is its own whole fault
      if (findings.some((f) => NEVER.has(f.code) && f.agency === to && f.evidence.obligations.includes(d.t.ob.id))) continue;
      if (d.t.ob.kind === "notified" && !x.state.messages.some((m) => m.from === to && m.atMs === met && m.to.includes(d.t.ob.agency))) continue;
      const would = d.wouldDue(held.due);
      if (met <= would) continue;
      const total = d.steps(met - would);
      // what the owner's own findings on the duty count already (from its actual receipt)
      const own = findings.filter((f) => f.code === d.code && f.agency === to && f.evidence.obligations.includes(d.t.ob.id)).reduce((a, f) => a + f.quantity, 0);
      const rest = total - own;
      const opportunity = opportunityOf(x, d, findings);
      if (rest <= 0 || opportunity === undefined) continue;
      out.push(relayFinding(x, held, d, opportunity, rest, would, told));
    }
  }
  return out;
}

function relayFinding(x: EvalContext, h: Held, d: Duty, opportunity: string, rest: number, would: number, told: number): Finding {
  const who = x.agencyName(h.receiver);
  const to = x.agencyName(h.to);
  const met = d.t.met!.atMs;
  // a notice it owed is named by its addressee; its text is the addressee's duty
  const what = d.t.ob.kind === "notified" ? { zh: `通知${x.agencyName(d.t.ob.agency).zh}`, en: `to tell ${x.agencyName(d.t.ob.agency).en}` } : d.t.ob.text;
  const unit = d.code === "REPORT_LATE" ? { zh: "小时", en: "h" } : { zh: "个时限", en: "windows" };
  return finding({
    code: d.code, section: d.section, agency: h.receiver, atMs: met, ruleId: "FORWARD-REPORT", basis: x.c.rules.forwarding.basis,
    key: `relay:${d.t.ob.id}:notice`, opportunity, quantity: rest,
    message: {
      zh: `${h.passed === undefined ? "接报未移送" : "接报移送迟延"}致${to.zh}履职迟延：${who.zh}于 ${clock(h.receivedAt)} 接报后未于 ${clock(h.due)} 前移送${to.zh}，${to.zh} ${clock(told)} 才获知；其职责（${what.zh}）按应获知时起算时限 ${clock(would)}，${clock(met)} 才完成，其中${to.zh}自获知起的迟延另行评判，其余 ${rest} ${unit.zh}由${who.zh}承担`,
      en: `A report ${h.passed === undefined ? "never passed on" : "passed on late"} made ${to.en} late: ${who.en} received it at ${clock(h.receivedAt)} and did not pass it on to ${to.en} by ${clock(h.due)}; ${to.en} learnt only at ${clock(told)}. Its duty (${what.en}) was due by ${clock(would)} counted from when it should have known, and was done at ${clock(met)}; ${to.en}'s own delay from its receipt is judged separately, the other ${rest} ${unit.en} are ${who.en}'s`,
    },
    evidence: { events: [h.received, ...(h.passed !== undefined ? [h.passed] : []), d.t.met!.event], obligations: [d.t.ob.id] },
  });
}
