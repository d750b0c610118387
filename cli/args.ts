/** What every `drill` subcommand shares: output streams and usage errors (exit 2); problem lines (exit 1) are in problems.ts. */
import { parseArgs } from "node:util";
import { formatClock, parseClock } from "../engine/model/time.ts";

export type Out = { log: (s: string) => void; err: (s: string) => void };

/** A mistake in the command line itself: printed with the usage, exit 2. */
export class UsageError extends Error {}

/** A problem the user can fix outside the command line (a missing font, browser, …): one line, exit 1, no stack trace. */
export class UserFacingError extends Error {}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>["options"]>;

export function parseArgv(argv: string[], options: Options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * `--until HH:MM:SS` as drill ms (undefined when not given); a UsageError for another format, or,
 * given the compiled drill, for a time after its end (a run cannot stop where the drill never goes).
 */
export function untilOption(text: unknown, drill?: { durationMs: number }): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseClock(String(text));
  if (ms === undefined) throw new UsageError(`--until must be HH:MM:SS, not ${String(text)}`);
  if (drill && ms > drill.durationMs) throw new UsageError(`--until ${String(text)} is after the drill's end (${formatClock(drill.durationMs)}): give a time from 00:00:00 to ${formatClock(drill.durationMs)}`);
  return ms;
}
