/**
 * Reports from the public passed on (review16 chemical A2, school 4a): an agency that receives a report of the incident
 * from the public (the scenario's inject `forwardTo`: a villager's 110 call about the chemical plant, a passer-by's 110
 * call about smoke from the school) verifies it at once or passes it on to the agencies competent for it (突发事件应对法
 * （2024）第六十条: 接到报告的单位应当立即核实处理，不属于其职责的立即移送相关单位; domain.md §1.6 GOV-INFO-02), within the
 * rules profile's `forwarding.withinMin` (2 min, 本县设定). The duty holds only while the agency it goes to does not know:
 * one told of the incident (by anyone) by the limit is owed nothing. Passed on after the limit is REPORT_FORWARDED_LATE
 * (接报移送迟延, half the item's points per started window of the limit, at most the whole: late-grade.ts; review18
 * chemical A1: 1 min and 27 min late both cost half); never passed on, REPORT_NOT_FORWARDED
 * (接报未移送). The receiver is the one that failed: the report reached it. One opportunity per report, receiver and
 * agency, in the linkage section, the same for every play of the scenario (the report is the scenario's); one not yet due
 * when the drill stopped, or never delivered, is no opportunity.
 * Shapes: `heldReports(x, agency)` → the reports a receiver held past the limit while `agency` did not know (times in
 * sim ms, event indexes); `evaluateForwarding(x)` → findings dated at the passing on (late) or the limit (never), with
 * the report and the passing on (or the drill's end) as evidence, and the opportunities.
 */
import { tells } from "../rules/telling.ts";
import { actedUntold, knewAt as knewOf } from "./blame.ts";
import { asOf, clock, span, type EvalContext } from "./context.ts";
import type { Opportunity } from "./opportunity.ts";
import { finding } from "./findings.ts";
import { lateShare } from "./late-grade.ts";
import type { Finding } from "./report-model.ts";

const MINUTE = 60_000;

/** One report from the public a receiver owed to pass on to `to`. */
export interface Held {
  inject: string;
  receiver: string;
  to: string;
  /** its injectDelivered event, and when */
  received: number;
  receivedAt: number;
  due: number;
  /** the receiver's first event telling `to` after it, and when (none: never passed on) */
  passed?: number;
  passedAt?: number;
  /** when `to` was first told of the incident by anyone (undefined: never) */
  knewAt?: number;
}

/** Every report owed passing on whose limit fell within the drill, with what became of it. */
function owed(x: EvalContext): Held[] {
  const out: Held[] = [];
  const limit = x.c.rules.forwarding.withinMin * MINUTE;
  for (const inj of x.c.scenario.injects) {
    for (const to of inj.forwardTo ?? []) {
      for (const receiver of inj.to) {
        const received = x.events.findIndex((e) => e.type === "injectDelivered" && e.inject === inj.id && e.to.includes(receiver));
        if (received < 0) continue;
        const receivedAt = x.events[received]!.at;
        const due = receivedAt + limit;
        if (due > x.endMs) continue;
        const passed = x.events.findIndex((e, i) => i > received && passesOn(x, e, receiver, to));
        // when it knew: told by anyone, or by its own command about the incident (blame.ts knewAt, review21 chemical 2)
        const knewAt = knewOf(x, to);
        out.push({ inject: inj.id, receiver, to, received, receivedAt, due, ...(passed >= 0 ? { passed, passedAt: x.events[passed]!.at } : {}), ...(knewAt !== undefined ? { knewAt } : {}) });
      }
    }
  }
  return out;
}

/** Whether `e` is `receiver` telling `to` of the incident (a message or report that tells: rules/telling.ts). */
function passesOn(x: EvalContext, e: EvalContext["events"][number], receiver: string, to: string): boolean {
  const reaches = (e.type === "messageSent" && e.from === receiver && e.to.includes(to)) || (e.type === "reportSubmitted" && e.from === receiver && e.to === to);
  return reaches && tells(x.c, e);
}

/** Held past the limit while its agency did not know: passed on late or never (see the module note). */
const heldPastLimit = (h: Held): boolean => !(h.knewAt !== undefined && h.knewAt <= h.due) && !(h.passedAt !== undefined && h.passedAt <= h.due);

/** The reports from the public receivers held past their limit while `agency` did not know (its late knowledge is theirs too). */
export function heldReports(x: EvalContext, agency: string): Held[] {
  return owed(x).filter((h) => h.to === agency && heldPastLimit(h));
}

export function evaluateForwarding(x: EvalContext): { findings: Finding[]; opportunities: Opportunity[] } {
  const findings: Finding[] = [];
  const opportunities: Opportunity[] = [];
  const basis = x.c.rules.forwarding.basis;
  for (const h of owed(x)) {
    const id = `fwd:${h.inject}:${h.receiver}>${h.to}`;
    opportunities.push({ id, section: "linkage", failCodes: ["REPORT_NOT_FORWARDED"] });
    if (!heldPastLimit(h)) continue;
    const who = x.agencyName(h.receiver);
    const to = x.agencyName(h.to);
    const src = x.c.injects.get(h.inject)?.source ?? { zh: "群众", en: "the public" };
    // the agency learnt of it otherwise before the receiver passed it on (or it never did): say when, and never that it
    // did not know for the whole hold (review20 chemical A1: m3's bureau, told by the brigade at 00:14, held to 00:40)
    const other = h.knewAt !== undefined && (h.passedAt === undefined || h.knewAt < h.passedAt);
    const self = other && actedUntold(x, h.to)?.atMs === h.knewAt;
    const knew = self ? { zh: `；${to.zh} ${clock(h.knewAt!)} 已自行获知事故（其发出有关事故的指令）`, en: `; ${to.en} knew of the incident by ${clock(h.knewAt!)} (it issued a command about it)` }
      : other ? { zh: `；${to.zh} ${clock(h.knewAt!)} 才由他方获知事故`, en: `; ${to.en} learnt of the incident from others only at ${clock(h.knewAt!)}` }
      : h.knewAt === undefined ? { zh: `；${to.zh}${asOf(x).until.zh}未获知事故`, en: `; ${to.en} had not learnt of the incident ${asOf(x).until.en}` } : { zh: "", en: "" };
    const base = { section: "linkage" as const, agency: h.receiver, ruleId: "FORWARD-REPORT", basis, opportunity: id };
    if (h.passedAt !== undefined) {
      findings.push(finding({
        ...base, code: "REPORT_FORWARDED_LATE", atMs: h.passedAt, quantity: lateShare(h.passedAt - h.due, h.due - h.receivedAt, 0.5),
        message: {
          zh: `接报移送迟延：${who.zh}于 ${clock(h.receivedAt)} 接到${src.zh}的报警，${clock(h.passedAt)} 才移送${to.zh}，超出时限（${clock(h.due)}）${span(h.passedAt - h.due).zh}${other ? "" : `，其间${to.zh}未获知事故`}${knew.zh}`,
          en: `Report passed on late: ${who.en} received the report from ${src.en} at ${clock(h.receivedAt)} and passed it on to ${to.en} only at ${clock(h.passedAt)}, ${span(h.passedAt - h.due).en} after the deadline (${clock(h.due)})${other ? "" : `, while ${to.en} did not know of the incident`}${knew.en}`,
        },
        evidence: { events: [h.received, h.passed!] },
      }));
    } else {
      findings.push(finding({
        ...base, code: "REPORT_NOT_FORWARDED", atMs: h.due,
        message: {
          zh: `接报未移送：${who.zh}于 ${clock(h.receivedAt)} 接到${src.zh}的报警，至时限 ${clock(h.due)} 未移送${to.zh}，${asOf(x).until.zh}也未移送${knew.zh}`,
          en: `Report not passed on: ${who.en} received the report from ${src.en} at ${clock(h.receivedAt)} and ${asOf(x).ended ? "never passed it on" : `had not passed it on ${asOf(x).until.en}`} to ${to.en} (due ${clock(h.due)})${knew.en}`,
        },
        evidence: { events: [h.received, x.endEvent] },
      }));
    }
  }
  return { findings, opportunities };
}

/**
 * Why `agency` learnt late, in part: the receivers that held a report from the public for it past the limit (review16
 * chemical A2: F17 and F38 named only the enterprise, while the police held the villager's 110 call for 29 min).
 * `note`: "；临江县公安局 00:11:00 接到…的报警后未立即移送（时限 00:13:00），亦为其获知迟延之因" (empty when none);
 * `names`: the receivers, for a cause list.
 */
export function heldNote(x: EvalContext, agency: string): { note: { zh: string; en: string }; names: Array<{ zh: string; en: string }> } {
  const held = heldReports(x, agency);
  const names = [...new Set(held.map((h) => h.receiver))].map((r) => x.agencyName(r));
  const parts = held.map((h) => {
    const who = x.agencyName(h.receiver);
    const src = x.c.injects.get(h.inject)?.source ?? { zh: "群众", en: "the public" };
    return { zh: `${who.zh} ${clock(h.receivedAt)} 接到${src.zh}的报警后未立即移送（时限 ${clock(h.due)}）`, en: `${who.en} received the report from ${src.en} at ${clock(h.receivedAt)} and did not pass it on at once (due ${clock(h.due)})` };
  });
  const note = parts.length === 0 ? { zh: "", en: "" } : { zh: `；${parts.map((p) => p.zh).join("；")}，亦为其获知迟延之因`, en: `; ${parts.map((p) => p.en).join("; ")}, which also made it learn late` };
  return { note, names };
}
