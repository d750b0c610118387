/**
 * Who kept a need unknown (issue 10 §1; review9 mine 9). A requirement its owner could not meet because it learnt too
 * late is charged up the chain of notices to the first agency that knew of the incident in time to have the need met
 * and did not pass it on: the owner's notifier when that one knew in time, else whoever had to tell the notifier, and
 * so on up (blame.ts notifierOf), each from when it knew or should have known (notice-due.ts clockFrom). "In time": by `latestMs`, the requirement's deadline less the quickest turn-out and
 * drive of the owner's own units able to do it (the count-th fastest, from its base, scenario `turnOutS`, road graph;
 * no time to decide is allowed, so only an agency that could not have had it met even by telling at once is passed
 * over). Mine flood: ambulances due at the mine at 01:25 take 25 min 44 s from the county 120 centre, so the 120 had
 * to know by 00:59:16; the county bureau learnt only at 01:10 (the city's spot question) and could not have had them
 * there; the mine knew from 00:15 but owed its report only by 01:25 (493号令 第九条, on time at 01:20): its 瞒报 kept
 * nothing from the 120 by 00:59:16, so it is no root (review12 mine 2); the bureau's own late notice is (caller).
 *
 * The root's finding (its key): its late notice to the agency it had to tell (`dark:<agency>`, linkage.ts), its late or
 * missing report to it (`told:<from>><to>`, reporting.ts), or its report to it that hid casualties it knew of
 * (`conceal:<message>`, reporting.ts). None of these: nobody broke a rule up there, and undefined is returned (the
 * caller keeps its own judgement).
 */
import { shortestRoute } from "../world/graph.ts";
import type { RequirementDef } from "../scenario/schema.ts";
import { knewAt, notifierOf } from "./blame.ts";
import type { EvalContext } from "./context.ts";
import { needRootTail } from "./glossary.ts";
import type { NeedRootParams } from "./report-model.ts";
import { judgeHonesty, stated } from "./honesty.ts";
import { capable } from "./order-faults.ts";
import { clockFrom, noticeReport } from "./notice-due.ts";
import { noticeRoots, ownWindow } from "./own-window.ts";
import { requirementNoticeRoot } from "./requirement-notice.ts";
import type { LocalText } from "../model/ids.ts";

/** The root (report-model.ts NeedRootParams: who, whom it failed to tell, when it knew, by when the owner had to) and its finding's key. */
export interface NeedRoot extends NeedRootParams {
  key: string;
}

/** The quickest the count-th of `owner`'s units able to do `req` can be there once told (turn-out + drive from base), ms; undefined: it has too few. */
export function reachMs(x: EvalContext, req: RequirementDef, owner: string): number | undefined {
  const times = x.c.scenario.units
    .filter((u) => u.agency === owner && req.unitType.includes(u.type) && capable(x, u.id, req.task))
    .map((u) => {
      const route = shortestRoute(x.c.graph, u.base, req.place, u.speedKmh);
      return route ? u.turnOutS * 1000 + route.arriveMs[route.arriveMs.length - 1]! : Infinity;
    })
    .sort((a, b) => a - b);
  const nth = times[req.count - 1];
  return nth === undefined || nth === Infinity ? undefined : nth;
}

/** The root of `owner`'s late knowledge of need `req` due at `deadlineMs` (see the header); undefined when none broke a rule. */
export function needRoot(x: EvalContext, req: RequirementDef, owner: string, deadlineMs: number): NeedRoot | undefined {
  const reach = reachMs(x, req, owner);
  if (reach === undefined) return undefined;
  const latestMs = deadlineMs - reach;
  let a = owner;
  for (let depth = 0; depth <= x.c.agencies.size; depth++) {
    const n = notifierOf(x, a);
    if (n === null) return undefined;
    // when its own clock started: told, or when it should have been told if earlier (notice-due.ts clockFrom; review8
    // mine 4: the head told late by its dispatch room still owed the rescue team its call from then)
    const from = clockFrom(x, n);
    if (from !== undefined && Math.max(from, x.c.incidentAtMs) <= latestMs) {
      const fault = faultOf(x, n, a, latestMs);
      const told = knewAt(x, n)!;
      const knewMs = Math.max(from, x.c.incidentAtMs);
      return fault ? { agency: n, to: a, knewMs, latestMs, ...(told > knewMs ? { toldMs: told } : {}), ...fault } : undefined;
    }
    a = n;
  }
  return undefined;
}

/**
 * `from`'s finding for not telling `to` (see the header), if it has one and it kept the need unknown: a report is a
 * root only when the rule it broke had it due by `latestMs` (late or missing past its own window) or it hid what it
 * knew by then. A reporter on time by its own legal hour ending after `latestMs` could not have had the need met
 * by reporting on time (review12 mine 2: the mine's 01:20 report, on time for 01:25, is no root of ambulances the
 * 120 had to know of by 00:59:16, whatever it hid; the bureau's late notice is, caller's noticeRoots).
 */
function faultOf(x: EvalContext, from: string, to: string, latestMs: number): { key: string; concealedAtMs?: number } | undefined {
  const notice = noticeRoots(x, to)[0] ?? requirementNoticeRoot(x, to);
  if (notice && notice.agency === from && notice.key === `dark:${to}`) return { key: notice.key };
  // the first report it owed (notice-due.ts noticeReport: a follow-up is no notice), late or missing by its own window
  const t = noticeReport(x, from, to);
  const w = t && t.ob.deadlineMs <= x.endMs ? ownWindow(x, from, t, t.met?.atMs) : undefined;
  if (t && w && !w.dark && !w.excused && (t.met === undefined || t.met.atMs > w.dueMs)) return w.dueMs <= latestMs ? { key: `told:${from}>${to}` } : undefined;
  const hid = x.events.find((e) => e.type === "reportSubmitted" && e.from === from && e.to === to && e.at <= latestMs && judgeHonesty(e.content.casualties ? stated(e.content.casualties) : undefined, e.senderKnew, e.truth, e.senderWasTold).concealed.length > 0);
  return hid?.type === "reportSubmitted" ? { key: `conceal:${hid.id}`, concealedAtMs: hid.at } : undefined;
}

/** "（120未及时获知事故信息所致[：按时到场须于…前获知；…]）" (glossary.ts needRootTail). */
export function needRootText(x: EvalContext, owner: string, root: NeedRoot | undefined): LocalText {
  const o = x.agencyName(owner);
  const tail = root ? needRootTail(root, x.agencyName) : { zh: "", en: "" };
  return { zh: `（${o.zh}未及时获知事故信息所致${tail.zh}）`, en: ` (${o.en} was not told in time${tail.en})` };
}
