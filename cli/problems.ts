/** File problems and --lang for the subcommands that read files (loaded with them, never at startup: startup.test). */
import type { Problem } from "../engine/scenario/problems.ts";
import { localeOf, type Locale } from "../i18n/index.ts";
import { problemText } from "../i18n/problems.ts";
import { UsageError, type Out } from "./args.ts";

/**
 * One line per problem in the reader's language (i18n/problems.ts): `FILE:LINE:COL PATH: message (expected …)` in English,
 * `FILE:LINE:COL PATH：问题（应为：…）` in Chinese, the CLI's default like its reports; returns the exit code 1.
 */
export function printProblems(problems: Problem[], out: Out, locale: Locale): number {
  for (const p of problems) out.err(problemText(p, locale));
  return 1;
}

/** `--lang zh|zh-CN|en` as a Locale; a UsageError for anything else. */
export function langOption(text: unknown): Locale {
  const locale = localeOf(String(text));
  if (!locale) throw new UsageError("oneOf", { option: "--lang", allowed: "zh, en", value: String(text) });
  return locale;
}
