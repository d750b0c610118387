/**
 * Requests for help (review r15 chemical 2): a party at risk that asks an agency for help (the scenario's inject
 * `requests`: Jiangwan Primary School, parents climbing its gate at 01:15, asks the police to send people to keep
 * order) puts a duty on that agency to act — one of the acts the request names, at its place when it names one —
 * within the rules profile's `helpRequests.withinMin` (15 min, 本县设定), on the basis the scenario gives for that
 * agency's duty to help (the police: 人民警察法 第二十一条). Not acted on by then is HELP_REQUEST_UNANSWERED (求助未响应);
 * acted on after it, HELP_REQUEST_LATE (half the item's points, as a spot question answered late). The agency asked
 * is the one that failed: the request reached it directly. One opportunity per request and agency, in the linkage
 * section (AQ/T 9009-2015 附录A 4 指挥和协调), the same for every play of the scenario (the request is the scenario's);
 * one not yet due when the drill stopped, or never delivered, is no opportunity (neither earned nor lost).
 * A message answers only when it reaches the party that asked (rules profile `helpRequests.requesterOnly`; review20
 * school 3): to the kinds the request's action names, and to the director, who plays several parties, only naming this
 * one (the request's `party` words: 华宇) — the enterprise's word to the director on anything else answers no neighbour.
 * Shapes: findings dated at the deadline (unanswered) or at the act (late); evidence the request and the act or the end.
 */
import { actionOf, meetsSpec } from "../rules/actions.ts";
import { DIRECTOR } from "../model/ids.ts";
import { clock, span, type EvalContext } from "./context.ts";
import type { Opportunity } from "./opportunity.ts";
import { finding } from "./findings.ts";
import type { Finding } from "./report-model.ts";

const MINUTE = 60_000;

export function evaluateHelpRequests(x: EvalContext): { findings: Finding[]; opportunities: Opportunity[] } {
  const findings: Finding[] = [];
  const opportunities: Opportunity[] = [];
  const limit = x.c.rules.helpRequests;
  for (const inj of x.c.scenario.injects) {
    for (const req of inj.requests ?? []) {
      const id = `help:${inj.id}:${req.agency}`;
      const asked = x.events.findIndex((e) => e.type === "injectDelivered" && e.inject === inj.id && e.to.includes(req.agency));
      const askedAt = asked >= 0 ? x.events[asked]!.at : undefined;
      const due = askedAt === undefined ? undefined : askedAt + limit.withinMin * MINUTE;
      const acted = askedAt === undefined ? -1 : x.events.findIndex((e) => e.at >= askedAt && actsOn(x, e, req));
      const actedAt = acted >= 0 ? x.events[acted]!.at : undefined;
      // not delivered, or its limit still ahead when the drill stopped: no opportunity yet, as a spot question not yet due
      // (scenario-opportunities.ts), so a drill cut before it neither earns nor loses it
      if (due === undefined || due > x.endMs) continue;
      opportunities.push({ id, section: "linkage", failCodes: ["HELP_REQUEST_UNANSWERED"] });
      if (actedAt !== undefined && actedAt <= due) continue;
      const who = x.agencyName(req.agency);
      const from = inj.source ?? { zh: "求助方", en: "the caller" };
      const base = { section: "linkage" as const, agency: req.agency, ruleId: "HELP-REQUEST", basis: `${req.basis}；${limit.basis}`, opportunity: id };
      if (actedAt !== undefined) {
        findings.push(finding({
          ...base, code: "HELP_REQUEST_LATE", atMs: actedAt, quantity: 0.5,
          message: {
            zh: `求助响应迟延：${from.zh}于 ${clock(askedAt!)} 向${who.zh}求助（${req.text.zh}），${clock(actedAt)} 才响应，超出时限（${clock(due)}）${span(actedAt - due).zh}`,
            en: `Request for help acted on late: ${from.en} asked ${who.en} at ${clock(askedAt!)} (${req.text.en}); it acted only at ${clock(actedAt)}, ${span(actedAt - due).en} after the deadline (${clock(due)})`,
          },
          evidence: { events: [asked, acted] },
        }));
      } else {
        findings.push(finding({
          ...base, code: "HELP_REQUEST_UNANSWERED", atMs: due,
          message: {
            zh: `求助未响应：${from.zh}于 ${clock(askedAt!)} 向${who.zh}求助（${req.text.zh}），至时限 ${clock(due)} 未响应`,
            en: `Request for help not acted on: ${from.en} asked ${who.en} at ${clock(askedAt!)} (${req.text.en}), and it had not acted by ${clock(due)}`,
          },
          evidence: { events: [asked, x.endEvent] },
        }));
      }
    }
  }
  return { findings, opportunities };
}

/**
 * Whether event `e` answers a request for help delivered to its agency by then: the act the request asked for, at its
 * place (wrong-place.ts: a unit sent where a party at risk asked for it is no 派错地点 against another requirement;
 * review15 chemical 3, the police car sent to the school gate at 01:17 for the 01:15 request).
 */
export function answersRequest(x: EvalContext, e: EvalContext["events"][number]): boolean {
  return x.c.scenario.injects.some((inj) => (inj.requests ?? []).some((req) =>
    actsOn(x, e, req) && x.events.some((d) => d.type === "injectDelivered" && d.inject === inj.id && d.to.includes(req.agency) && d.at <= e.at)));
}

export type Request = NonNullable<EvalContext["c"]["scenario"]["injects"][number]["requests"]>[number];

/**
 * Whether event `e` is the agency's act a request asked for: an action the request lists, taken by the agency asked
 * (rules/actions.ts, as a linkage duty's actions are matched), at the request's place when it names one and the act has one.
 */
export function actsOn(x: EvalContext, e: EvalContext["events"][number], req: Request): boolean {
  const action = actionOf(e);
  const kindOf = (a: string) => x.c.agencies.get(a)?.kind;
  const spec = action === undefined ? undefined : meetsSpec(req.actions, action, kindOf, req.agency);
  if (spec === undefined) return false;
  // a message reaches the party that asked (rules profile `helpRequests.requesterOnly`): sent where the request says, and
  // to the director, who plays several parties, only when it names this one (review20 school 3)
  if (e.type === "messageSent" && x.c.rules.helpRequests.requesterOnly) {
    const reached = e.to.filter((r) => spec.to?.includes(kindOf(r) ?? r));
    if (reached.length === 0) return false;
    if (reached.every((r) => r === DIRECTOR) && !(req.party ?? []).some((w) => e.text.includes(w))) return false;
  }
  const place = "place" in e ? e.place : undefined;
  return req.place === undefined || place === undefined || place === req.place;
}
