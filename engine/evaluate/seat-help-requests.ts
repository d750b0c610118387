/**
 * A party's request for help (an inject's `requests`: 华宇 asking the enterprise whether to move its people, the school
 * asking the police to keep order at its gate) as a duty on the board of the agency asked and on the director's and
 * evaluators' 时限看板 (newcomer 23 item 1: the enterprise was charged 求助未响应 for a request no tab listed). Judged as
 * the evaluator judges it (help-requests.ts, actsOn): opened when the inject reached the agency, due the rules
 * profile's `helpRequests.withinMin` later; met / late by the first act that answers it (on time / not), missed past its
 * deadline, else open. Row id `HELP:<inject>:<agency>`, kind "act", `actions` the request's (a message action's `to`
 * names `director` when the director plays the party: then `to` is "director", and the seat's console offers the
 * director as a recipient while the row is open or missed).
 * Pure; errors: none.
 */
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import type { DrillState, Obligation } from "../model/state.ts";
import { buildContext, type EvalContext } from "./context.ts";
import { actsOn } from "./help-requests.ts";

const MINUTE = 60_000;

/** The id a request's row has on a board. */
export const helpDutyId = (inject: string, agency: string): string => `HELP:${inject}:${agency}`;

/** The requests for help delivered to `agency` by `state`, as board rows (`x`: a context already built on `events`). */
export function seatHelpRequests(c: Compiled, state: DrillState, events: readonly DrillEvent[], agency: string, x?: EvalContext): Obligation[] {
  const asked = c.scenario.injects.filter((inj) => inj.requests?.some((r) => r.agency === agency));
  if (asked.length === 0) return [];
  const ctx = x ?? buildContext(c, events, state);
  const within = c.rules.helpRequests.withinMin * MINUTE;
  return asked.flatMap((inj) => (inj.requests ?? []).filter((r) => r.agency === agency).flatMap((req): Obligation[] => {
    const delivered = ctx.events.find((e) => e.type === "injectDelivered" && e.inject === inj.id && e.to.includes(agency));
    if (!delivered) return [];
    const openedAtMs = delivered.at;
    const deadlineMs = openedAtMs + within;
    const act = ctx.events.find((e) => e.at >= openedAtMs && actsOn(ctx, e, req));
    const status = act ? (act.at <= deadlineMs ? "met" : "late") : state.tMs > deadlineMs ? "missed" : "open";
    const from = inj.source ?? { zh: "求助方", en: "the caller" };
    return [{
      id: helpDutyId(inj.id, agency), ruleId: "HELP-REQUEST", kind: "act", agency, openedAtMs, deadlineMs, status,
      ...(act ? { metAtMs: act.at } : {}),
      // the director plays the party: the seat's console offers it as a recipient while the party waits (`to`)
      ...(req.actions.some((a) => a.type === "message" && a.to?.includes("director")) ? { to: "director" } : {}),
      actions: req.actions.map((a) => ({ type: a.type, ...(a.task ? { task: a.task } : {}), ...(a.to ? { to: [...a.to] } : {}) })),
      basis: req.basis,
      text: { zh: `${from.zh}求助：${req.text.zh}`, en: `${from.en} asks for help: ${req.text.en}` },
    }];
  }));
}
