/**
 * Commands: what a role asks for, timed, by role. A recorded drill and a scripted play are
 * the same list of these. Each `type` is a discriminant; fields mirror the play file.
 */
import type { AgencyId, GroupId, InjectId, PlaceId, UnitId } from "./ids.ts";
import type { SimMs } from "./time.ts";

export type ReportKind = "initial" | "followUp" | "final";
export type ReportMode = "oral" | "written";
export type Channel = "phone" | "radio" | "written" | "system" | "inPerson";

/** A casualty figure: a number, or an explicit "unknown so far" (尚不清楚) in a first report. */
export type CasualtyFigure = number | "unknown";

/** 493号令 第十二条: the fields a production-safety accident report must carry. */
export interface ReportContent {
  /** (一) 事故发生单位概况 */
  unit?: string;
  /** (二) 时间 */
  time?: string;
  /** (二) 地点 */
  location?: string;
  /** (二) 事故现场情况 */
  scene?: string;
  /** (三) 事故的简要经过 */
  sequence?: string;
  /** (四) 已经造成或者可能造成的伤亡人数 (包括下落不明) */
  casualties?: { deaths?: CasualtyFigure; seriousInjuries?: CasualtyFigure; injured?: CasualtyFigure; missing?: CasualtyFigure };
  /** (四) 初步估计的直接经济损失 (CNY) */
  lossCNY?: number;
  /** (五) 已经采取的措施 */
  measures?: string[];
  /** 原因 (optional: 快报事实，慎报原因) */
  cause?: string;
  /** (六) 其他应当报告的情况 */
  other?: string;
}

export const REPORT_FIELDS = ["unit", "time", "location", "scene", "sequence", "casualties", "measures"] as const;

export type WarningLevel = "blue" | "yellow" | "orange" | "red";
export type ResponseLevel = 1 | 2 | 3 | 4;

interface CommandBase {
  /** ms from the drill's start; the command takes effect at the first tick at or after it */
  at: SimMs;
  /** the acting role: an agency id, or "director" */
  by: string;
  /** position in the log; ties within a tick are applied in this order */
  seq: number;
}

export type Command =
  | (CommandBase & { type: "report"; to: AgencyId; kind: ReportKind; mode: ReportMode; content: ReportContent })
  | (CommandBase & { type: "message"; to: AgencyId[]; text: string; channel: Channel })
  | (CommandBase & { type: "acknowledge"; to: AgencyId; text?: string })
  | (CommandBase & { type: "dispatch"; units: UnitId[]; place: PlaceId; task: string; target?: string })
  | (CommandBase & { type: "recall"; units: UnitId[] })
  | (CommandBase & { type: "cordon"; place: PlaceId; radiusM: number })
  | (CommandBase & { type: "evacuate"; groups?: GroupId[]; place?: PlaceId; radiusM?: number; destination?: PlaceId })
  | (CommandBase & { type: "shelter"; groups?: GroupId[]; place?: PlaceId; radiusM?: number })
  | (CommandBase & { type: "warning"; level: WarningLevel; place: PlaceId; radiusM: number; text?: string })
  | (CommandBase & { type: "activateResponse"; level: ResponseLevel })
  | (CommandBase & { type: "requestSupport"; from: AgencyId; unitType: string; count: number; place?: PlaceId })
  | (CommandBase & { type: "injectNow"; inject: InjectId })
  | (CommandBase & { type: "end"; reason?: string });

export type CommandType = Command["type"];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export const COMMAND_TYPES: readonly CommandType[] = [
  "report", "message", "acknowledge", "dispatch", "recall", "cordon", "evacuate", "shelter",
  "warning", "activateResponse", "requestSupport", "injectNow", "end",
];

/** Commands only the director (导调) may give. */
export const DIRECTOR_COMMANDS: ReadonlySet<CommandType> = new Set(["injectNow", "end"]);
