/**
 * Who told whom of the incident, event by event (the who-told-whom table, linkage.ts), and whether a
 * notifier ever gave the notice it owed itself (review10 school 4): a notice the notifier never sent —
 * the agency heard of the incident from someone else (the city by inject, a bystander) — is 未通知, worded
 * as a missing notice, never as a late one, and charged as one (its notice part, credit.ts; review15 school 4:
 * a controller's spot question is no notice by the response chain). When another participant told the agency
 * instead (the school phoning the bureau at 00:20), the response chain did tell it, late: 通知迟延 on the notifier,
 * worded and charged as such (`neverByChain` false).
 */
import type { DrillEvent } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import { tells } from "../rules/telling.ts";
import { asOf, type EvalContext } from "./context.ts";

/** Who an event tells of the incident, and who tells it ("scenario" for an inject). */
export function deliveries(e: DrillEvent): Array<{ from: string; to: string; kind: string }> {
  switch (e.type) {
    case "messageSent":
      return e.to.map((to) => ({ from: e.from, to, kind: "message" }));
    case "reportSubmitted":
      return [{ from: e.from, to: e.to, kind: "report" }];
    case "acknowledged":
      return [{ from: e.from, to: e.to, kind: "ack" }];
    case "supportRequested":
      return [{ from: e.by, to: e.from, kind: "request" }];
    case "injectDelivered":
      return e.to.map((to) => ({ from: "scenario", to, kind: "inject" }));
    default:
      return [];
  }
}

/** Whether `notifier` never told `agency` of the incident itself in the whole log (rules/telling.ts: a delivery that tells). */
export function neverTold(x: EvalContext, notifier: string | null, agency: string): boolean {
  if (notifier === null) return false;
  return !x.events.some((e) => tells(x.c, e) && deliveries(e).some((d) => d.from === notifier && d.to === agency));
}

/**
 * Whether `agency` was never told of the incident by the response chain: `notifier` never told it, and it heard (if at
 * all) only from the scenario (an inject: a bystander, a controller's spot question), not from another participant.
 * `told`: who first told the agency (linkage row: an agency id, or "scenario").
 */
export function neverByChain(x: EvalContext, notifier: string | null, agency: string, told: { from: string } | undefined): boolean {
  return neverTold(x, notifier, agency) && (told === undefined || told.from === "scenario" || told.from === "director");
}

/** The head of a notice never sent: "未通知：<notifier>始终未将事故信息通知<agency>（<duty>）". */
export function neverToldHead(x: EvalContext, notifier: LocalText, agency: LocalText, duty: LocalText): LocalText {
  return {
    zh: `未通知：${notifier.zh}${asOf(x).never.zh}将事故信息通知${agency.zh}（${duty.zh}）`,
    en: `Not notified: ${notifier.en} ${asOf(x).ended ? "never told" : "had not told"} ${agency.en} of the incident${asOf(x).ended ? "" : ` ${asOf(x).until.en}`} (${duty.en})`,
  };
}
