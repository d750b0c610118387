/**
 * Events: what happened, in the past tense. The drill's history is the ordered list of these;
 * the evaluator, the views and the timeline read nothing else.
 */
import type { Channel, CommandType, ReportContent, ReportKind, ReportMode, ResponseLevel, WarningLevel } from "./commands.ts";
import type { AgencyId, GroupId, InjectId, MessageId, ObligationId, PlaceId, UnitId, LocalText } from "./ids.ts";
import type { Params } from "./params.ts";
import type { SimMs } from "./time.ts";
import type { Casualties, Grade, Obligation } from "./state.ts";

interface EventBase {
  /** simulated time of the tick in which it happened */
  at: SimMs;
}

/**
 * Why a command could not apply: a stable code with its parameters (ids, statuses); the shells
 * word it (i18n/, `rejected.<code>`). `badCommand` is a command that fails the play schema
 * (`field` is its dotted path, `problem` the zod issue code).
 */
export const REJECTION_CODES = [
  "badCommand", "drillEnded", "directorOnly", "notAllowed",
  "unknownAgency", "unknownUnit", "unknownPlace", "unknownGroup", "unknownInject", "unknownTask", "unknownSpot",
  "notOwner", "duplicateUnit", "alreadyOrdered", "unitBusy", "unitNotDeployed", "unitCrewLost", "unreachable",
  "reportToSelf", "noRecipient", "noTarget", "injectAlreadyDelivered",
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
export type RejectionParams = Params;

export type DrillEvent =
  | (EventBase & { type: "drillStarted"; scenario: string; seed: number })
  | (EventBase & { type: "rejected"; seq: number; by: string; command: CommandType | string; code: RejectionCode; params: RejectionParams })
  // `localText`: a scripted seat's words in both languages (its command's), shown in the reader's; `text` stays the record
  | (EventBase & { type: "messageSent"; seq: number; id: MessageId; from: AgencyId; to: AgencyId[]; channel: Channel; text: string; localText?: LocalText })
  | (EventBase & { type: "acknowledged"; seq: number; id: MessageId; from: AgencyId; to: AgencyId; text?: string })
  | (EventBase & {
      type: "reportSubmitted"; seq: number; id: MessageId; from: AgencyId; to: AgencyId;
      kind: ReportKind; mode: ReportMode; content: ReportContent; missingFields: string[];
      /**
       * for honesty checks: what the sender knew of casualties when it reported (its own units'
       * observations, reliable sources), what others had claimed to it, and the truth then
       */
      senderKnew: Casualties; senderWasTold: Casualties; truth: Casualties;
    })
  | (EventBase & { type: "injectDelivered"; inject: InjectId; id: MessageId; to: AgencyId[]; channel: Channel; text: LocalText; source?: string; /** a director's free inject that tells its recipients of the incident (played as the alarm call) */ notifies?: true })
  | (EventBase & { type: "unitDispatched"; seq: number; unit: UnitId; agency: AgencyId; place: PlaceId; task: string; target?: string; etaMs: SimMs })
  | (EventBase & { type: "unitDeparted"; unit: UnitId })
  | (EventBase & { type: "unitArrived"; unit: UnitId; place: PlaceId; dispatchedAt: SimMs })
  | (EventBase & { type: "taskStarted"; unit: UnitId; task: string; place: PlaceId })
  | (EventBase & { type: "taskCompleted"; unit: UnitId; task: string; place: PlaceId })
  | (EventBase & { type: "taskFailed"; unit: UnitId; task: string; place: PlaceId; code: string; params: Params })
  | (EventBase & { type: "unitRecalled"; seq: number; unit: UnitId })
  | (EventBase & { type: "unitReturned"; unit: UnitId })
  | (EventBase & { type: "unitExposed"; unit: UnitId; level: "aegl2" | "aegl3"; protected: boolean; ppm: number })
  /**
   * A population group's effective toxic load (load × susceptibility) first reached the AEGL-2 or
   * AEGL-3 threshold load ((AEGL 60-min)ⁿ·60, hazards.md §1.6); `crossedAtMs` is the moment within
   * the exposure step, interpolated (integer ms), `at` the tick that found it.
   */
  | (EventBase & { type: "groupExposed"; group: GroupId; level: "aegl2" | "aegl3"; crossedAtMs: SimMs; count: number })
  | (EventBase & { type: "cordonSet"; seq: number; by: AgencyId; place: PlaceId; radiusM: number })
  | (EventBase & { type: "evacuationOrdered"; seq: number; by: AgencyId; groups: GroupId[]; destination?: PlaceId })
  | (EventBase & { type: "shelterOrdered"; seq: number; by: AgencyId; groups: GroupId[] })
  | (EventBase & { type: "groupEvacuated"; group: GroupId; count: number; doneMs: SimMs })
  /** everyone of a group told to shelter is indoors with the windows shut: at once if they were inside, else after `shelterMin` */
  | (EventBase & { type: "groupSheltered"; group: GroupId; count: number; doneMs: SimMs })
  | (EventBase & { type: "warningIssued"; seq: number; by: AgencyId; level: WarningLevel; place: PlaceId; radiusM: number })
  | (EventBase & { type: "responseActivated"; seq: number; by: AgencyId; level: ResponseLevel })
  /**
   * A site owner (enterprise, mine, school: rules/powers.ts isSiteOwner) started its own emergency plan (生产安全事故应急条例
   * 第十七条; 493号令 第十四条) at `level` of that plan's own 响应分级 (GB/T 29639-2020: 不可照搬事故分级), not the county's
   */
  | (EventBase & { type: "unitPlanActivated"; seq: number; by: AgencyId; level: ResponseLevel })
  | (EventBase & { type: "supportRequested"; seq: number; id: MessageId; by: AgencyId; from: AgencyId; unitType: string; count: number; place?: PlaceId })
  | (EventBase & { type: "hazardChanged"; what: string; params: Params })
  | (EventBase & { type: "casualtiesChanged"; deaths: number; seriousInjuries: number; injured: number; exposed: number; trapped: number; missing: number; evacuated: number })
  | (EventBase & { type: "gradeChanged"; from: Grade; to: Grade; criterion: "deaths" | "seriousInjuries" | "lossCNY" })
  | (EventBase & { type: "obligationOpened"; obligation: Obligation })
  | (EventBase & { type: "obligationMet"; id: ObligationId; late: boolean; byEvent: string; agency: AgencyId; deadlineMs: SimMs; text: LocalText })
  | (EventBase & { type: "obligationMissed"; id: ObligationId; agency: AgencyId; deadlineMs: SimMs; text: LocalText })
  | (EventBase & { type: "drillEnded"; reason: "duration" | "director"; note?: string });

export type EventType = DrillEvent["type"];
export type EventOf<T extends EventType> = Extract<DrillEvent, { type: T }>;
