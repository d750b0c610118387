/** Which agency acted, and how, according to an event: what linkage and reporting rules count. */
import type { DrillEvent } from "../model/events.ts";

export interface Action {
  agency: string;
  type: string;
  task?: string;
  /** the agencies a message, report or acknowledgement went to (absent for other events) */
  to?: readonly string[];
}

/**
 * One command a duty accepts (rules profile `actions`): its type, task, for a message or report the agency
 * kinds it must reach, and the kinds of the holder's own organs whose command also counts (`by`: the mine's
 * withdrawal order given by its dispatch room).
 */
export interface ActionSpec {
  type: string;
  task?: string;
  to?: readonly string[];
  by?: readonly string[];
}

/**
 * Whether `action` is one the duty lists (`specs`): same type, same task when the spec names one, and
 * when the spec names recipient kinds (`to`), sent to at least one agency of those kinds — a message
 * only meets a duty when it goes where the duty says (issue 10 §4). A recipient with no kind (the
 * director, 导调, who plays the parties outside the drill: a neighbouring firm asking what leaked) is
 * matched by its id. With `holder` (the duty's agency),
 * the action must be the holder's own or, for a spec with `by`, taken by an agency of those kinds.
 * `kindOf` maps an agency id to its kind.
 */
export function meetsSpec(specs: readonly ActionSpec[] | undefined, action: Action, kindOf: (agency: string) => string | undefined, holder?: string): ActionSpec | undefined {
  return specs?.find((a) => a.type === action.type && (a.task === undefined || a.task === action.task)
    && (holder === undefined || action.agency === holder || (a.by ?? []).includes(kindOf(action.agency) ?? ""))
    && (a.to === undefined || (action.to ?? []).some((r) => a.to!.includes(kindOf(r) ?? r))));
}

export function actionOf(e: DrillEvent): Action | undefined {
  switch (e.type) {
    case "reportSubmitted":
      return { agency: e.from, type: "report", to: [e.to] };
    case "messageSent":
      return { agency: e.from, type: "message", to: e.to };
    case "acknowledged":
      return { agency: e.from, type: "acknowledge", to: [e.to] };
    case "unitDispatched":
      return { agency: e.agency, type: "dispatch", task: e.task };
    case "cordonSet":
      return { agency: e.by, type: "cordon" };
    case "evacuationOrdered":
      return { agency: e.by, type: "evacuate" };
    case "shelterOrdered":
      return { agency: e.by, type: "shelter" };
    case "warningIssued":
      return { agency: e.by, type: "warning" };
    case "responseActivated":
      return { agency: e.by, type: "activateResponse" };
    // a site owner's own plan (rules/powers.ts isSiteOwner): the rules profile's `activatePlan`, never the county's response
    case "unitPlanActivated":
      return { agency: e.by, type: "activatePlan" };
    case "supportRequested":
      return { agency: e.by, type: "requestSupport" };
    case "unitRecalled":
      return undefined;
    default:
      return undefined;
  }
}
