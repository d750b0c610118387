/** Which agency acted, and how, according to an event: what linkage and reporting rules count. */
import type { DrillEvent } from "../model/events.ts";

export interface Action {
  agency: string;
  type: string;
  task?: string;
}

export function actionOf(e: DrillEvent): Action | undefined {
  switch (e.type) {
    case "reportSubmitted":
      return { agency: e.from, type: "report" };
    case "messageSent":
      return { agency: e.from, type: "message" };
    case "acknowledged":
      return { agency: e.from, type: "acknowledge" };
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
    case "supportRequested":
      return { agency: e.by, type: "requestSupport" };
    case "unitRecalled":
      return undefined;
    default:
      return undefined;
  }
}
