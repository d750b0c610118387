/**
 * Commands: what a role asks for, timed, by role. A recorded drill and a scripted play are
 * the same list of these. The type is inferred from the play file's zod schema
 * (`EngineCommand` in scenario/play-schema.ts), so one validator serves the CLI, the live
 * server and `step()`.
 */
import type { EngineCommand } from "../scenario/play-schema.ts";

export type { ReportContent } from "../scenario/play-schema.ts";

/** A casualty figure: a number, or an explicit "unknown so far" (尚不清楚) in a first report. */
export type CasualtyFigure = number | "unknown";

export type Command = EngineCommand;
export type CommandType = Command["type"];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export type ReportKind = CommandOf<"report">["kind"];
export type ReportMode = CommandOf<"report">["mode"];
export type Channel = CommandOf<"message">["channel"];
export type WarningLevel = CommandOf<"warning">["level"];
export type ResponseLevel = CommandOf<"activateResponse">["level"];

export const REPORT_FIELDS = ["unit", "time", "location", "scene", "sequence", "casualties", "measures"] as const;

export const COMMAND_TYPES: readonly CommandType[] = [
  "report", "message", "acknowledge", "dispatch", "recall", "cordon", "evacuate", "shelter",
  "warning", "activateResponse", "requestSupport", "injectNow", "adHocInject", "end",
];

/** Commands only the director (导调) may give. */
export const DIRECTOR_COMMANDS: ReadonlySet<CommandType> = new Set(["injectNow", "adHocInject", "end"]);
