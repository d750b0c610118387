/** What every `drill` subcommand shares: output streams and usage errors (exit 2); problem lines (exit 1) are in problems.ts. */
import { parseArgs } from "node:util";
import { formatClock, parseClock } from "../engine/model/time.ts";
import { argvLocale, usageErrorText, type UsageCode, type UsageLocale, type UsageParams } from "../i18n/usage-errors.ts";

export type Out = { log: (s: string) => void; err: (s: string) => void };

/**
 * A mistake in the command line itself: printed with the usage, exit 2. It carries a code and its
 * parameters (i18n/usage-errors.ts), worded where it is printed in the language `--lang` asks for;
 * `message` is the English wording, for a stack trace only.
 */
export class UsageError extends Error {
  constructor(readonly code: UsageCode, readonly params: UsageParams = {}) {
    super(usageErrorText(code, params, "en"));
  }
  /** The sentence in `locale`. */
  text(locale: UsageLocale): string {
    return usageErrorText(this.code, this.params, locale);
  }
}

/** A UsageError in the language the argument list asks for (zh-CN unless `--lang en`). */
export function usageErrorLine(e: UsageError, argv: readonly string[]): string {
  return e.text(argvLocale(argv));
}

/**
 * A problem the user can fix outside the command line (a missing font, browser, …): one line, exit 1, no stack trace.
 * Like UsageError it carries a code and its parameters (i18n/usage-errors.ts), worded by main.ts in the language
 * `--lang` asks for (zh-CN unless `--lang en`); `message` is the English wording.
 */
export class UserFacingError extends Error {
  constructor(readonly code: UsageCode, readonly params: UsageParams = {}) {
    super(usageErrorText(code, params, "en"));
  }
  /** The sentence in `locale`. */
  text(locale: UsageLocale): string {
    return usageErrorText(this.code, this.params, locale);
  }
}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>["options"]>;

/** node's parseArgs failures (codes ERR_PARSE_ARGS_*) as our codes, with the option they name. */
function parseArgsError(e: Error & { code?: string }): UsageError {
  const option = /'(?:-\w, )?(-{1,2}[^' <]+)/.exec(e.message)?.[1];
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return new UsageError("unknownOption", { option });
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    // "argument missing", or "ambiguous" (the next word starts with a dash): no value; else a boolean given one
    return new UsageError(/argument missing|ambiguous/.test(e.message) ? "optionNeedsValue" : "optionTakesNoValue", { option });
  }
  return new UsageError("badArguments", { node: e.message });
}

export function parseArgv(argv: string[], options: Options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw parseArgsError(e as Error & { code?: string });
  }
}

/**
 * `--until HH:MM:SS` as drill ms (undefined when not given); a UsageError for another format, or,
 * given the compiled drill, for a time after its end (a run cannot stop where the drill never goes).
 */
export function untilOption(text: unknown, drill?: { durationMs: number }): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseClock(String(text));
  if (ms === undefined) throw new UsageError("timeFormat", { option: "--until", value: String(text) });
  if (drill && ms > drill.durationMs) throw new UsageError("untilAfterEnd", { value: String(text), end: formatClock(drill.durationMs) });
  return ms;
}
