/** What every `drill` subcommand shares: output streams, usage errors (exit 2) and problem lines (exit 1). */
import { parseArgs } from "node:util";
import { formatProblem, type Problem } from "../engine/scenario/problems.ts";

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

/** One `FILE:LINE:COL PATH: message (expected …)` line per problem; returns the exit code 1. */
export function printProblems(problems: Problem[], out: Out): number {
  for (const p of problems) out.err(formatProblem(p));
  return 1;
}
