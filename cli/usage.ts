/**
 * The `drill` usage text, in the language the argument list asks for (zh-CN unless `--lang en`, i18n/usage-errors.ts
 * argvLocale): kept apart from the commands so `drill --help` loads nothing else. Each subcommand's line is its syntax
 * (option names and placeholders, the same in both languages) and, for some, a note in the reader's language (round 23:
 * the header `usage:` and the notes were English in a Chinese run).
 */
import type { UsageLocale } from "../i18n/usage-errors.ts";

type Line = { syntax: string; note?: { zh: string; en: string } };

const LINES = {
  validate: { syntax: "drill validate FILE... [--lang zh|en]" },
  run: { syntax: "drill run SCENARIO [--seed N] [--play FILE] [--until HH:MM:SS] [--json] [--lang zh|en] [--checkpoints MIN] [--uncertain]" },
  schema: {
    syntax: "drill schema [--kind scenario|play|rules|rubric|observations] [--dir DIR] [--lang zh|en]",
    note: { zh: "（给出 --dir 时全部写入该目录）", en: "(--dir writes them all)" },
  },
  evaluate: { syntax: "drill evaluate SCENARIO --play FILE [--seed N] [--until HH:MM:SS] [--format json|md|html|pdf] [--out FILE] [--rubric FILE] [--observations FILE] [--lang zh|en]" },
  whatif: { syntax: "drill whatif SCENARIO --play FILE [--seed N] [--shift N=HH:MM:SS] [--drop N] [--add YAML-or-JSON-command] [--rubric FILE] [--json] [--lang zh|en]" },
  montecarlo: { syntax: "drill montecarlo SCENARIO --play FILE --seeds N [--workers W] [--first-seed S] [--worst K] [--rubric FILE] [--json] [--lang zh|en]" },
  verify: {
    syntax: "drill verify DRILL [--data FILE] [--json] [--lang zh|en]",
    note: { zh: "（FILE：服务器的数据存储，默认取 $LIANYAN_DATA，否则为 data/lianyan.sqlite）", en: "(FILE: the server's store, default $LIANYAN_DATA or data/lianyan.sqlite)" },
  },
  serve: {
    syntax: "drill serve [--port N] [--host H] [--data FILE] [--lang zh|en]",
    note: {
      zh: "（实时演练服务器；环境变量 PORT、HOST（默认监听全部网卡；127.0.0.1 为仅限本机）、LIANYAN_DATA、LIANYAN_DIRECTOR_CODE）",
      en: "(the live drill server; PORT, HOST (default: every interface; 127.0.0.1: this computer only), LIANYAN_DATA, LIANYAN_DIRECTOR_CODE)",
    },
  },
} satisfies Record<string, Line>;

export type UsageCommand = keyof typeof LINES;

const isCommand = (c: string): c is UsageCommand => Object.hasOwn(LINES, c);

/** One subcommand's usage line (two-space indent, syntax then the note in `locale`). */
export function commandUsage(command: UsageCommand, locale: UsageLocale): string {
  const l: Line = LINES[command];
  return `  ${l.syntax}${l.note ? `   ${locale === "en" ? l.note.en : l.note.zh}` : ""}`;
}

/** The header line above the usage: 用法： / usage: */
export function usageHeader(locale: UsageLocale): string {
  return locale === "en" ? "usage:" : "用法：";
}

/** The usage block: the header, then `command`'s line (a known subcommand) or every subcommand's. */
export function usageBlock(locale: UsageLocale, command?: string): string {
  const commands = command !== undefined && isCommand(command) ? [command] : (Object.keys(LINES) as UsageCommand[]);
  return [usageHeader(locale), ...commands.map((c) => commandUsage(c, locale))].join("\n");
}
