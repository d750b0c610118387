/**
 * The one table of the `drill` command line's argument errors, keyed by code, worded in Chinese
 * (the default) and English. The CLI throws `UsageError(code, params)` (cli/args.ts); main.ts and
 * each subcommand's usage wrapper word it here in the language of `--lang` (zh-CN unless `--lang en`),
 * so no English sentence reaches a Chinese reader. The engine's what-if refusals (engine/evaluate/
 * whatif.ts WhatIfError: `whatif.*` codes) are worded here too.
 *
 * Kept free of i18next, zod and the YAML parser: main.ts loads it at startup (tests/cli/startup.test.ts).
 * Params: plain values quoted as given (option names, the user's text, times HH:MM:SS, counts);
 * `detail` is a `{ zh, en }` pair already worded by the thrower (a problem in an --add command).
 */
export type UsageLocale = "zh-CN" | "en";

export type UsageParams = Readonly<Record<string, unknown>>;

type Wording = { zh: (p: P) => string; en: (p: P) => string };
type P = Record<string, unknown>;
const s = (v: unknown) => String(v);
/** A `{ zh, en }` detail in the reader's language. */
const detail = (p: P, k: "zh" | "en") => (p.detail as { zh: string; en: string })[k];

export const USAGE_ERRORS = {
  noCommand: { zh: (p) => `没有“${s(p.command)}”这个命令`, en: (p) => `no command "${s(p.command)}"` },
  unknownOption: { zh: (p) => `未知选项 ${s(p.option)}（以“-”开头的位置参数请放在“--”之后）`, en: (p) => `unknown option ${s(p.option)} (a positional argument starting with '-' goes after '--')` },
  optionNeedsValue: { zh: (p) => `选项 ${s(p.option)} 缺少取值`, en: (p) => `option ${s(p.option)} needs a value` },
  optionTakesNoValue: { zh: (p) => `选项 ${s(p.option)} 不带取值`, en: (p) => `option ${s(p.option)} takes no value` },
  badArguments: { zh: () => "命令行参数有误", en: (p) => `the command line is not valid: ${s(p.node)}` },
  oneScenario: { zh: (p) => `${s(p.command)} 须且只须给出一个情景文件`, en: (p) => `${s(p.command)} needs exactly one scenario file` },
  someFile: { zh: (p) => `${s(p.command)} 至少需要一个文件`, en: (p) => `${s(p.command)} needs at least one file` },
  oneDrillId: { zh: (p) => `${s(p.command)} 须且只须给出一个演练编号`, en: (p) => `${s(p.command)} needs exactly one drill id` },
  noFileArgs: { zh: (p) => `${s(p.command)} 不接受文件参数`, en: (p) => `${s(p.command)} takes no file arguments` },
  required: { zh: (p) => `必须给出 ${s(p.option)}`, en: (p) => `${s(p.option)} is required` },
  wholeNumber: { zh: (p) => `${s(p.option)} 须为整数，而不是 ${s(p.value)}`, en: (p) => `${s(p.option)} must be a whole number, not ${s(p.value)}` },
  wholeNumberMin: { zh: (p) => `${s(p.option)} 须为不小于 ${s(p.min)} 的整数，而不是 ${s(p.value)}`, en: (p) => `${s(p.option)} takes a whole number ≥ ${s(p.min)}, not ${s(p.value)}` },
  wholeMinutes: { zh: (p) => `${s(p.option)} 须为整分钟数（大于 0），而不是 ${s(p.value)}`, en: (p) => `${s(p.option)} takes whole minutes, not ${s(p.value)}` },
  oneOf: { zh: (p) => `${s(p.option)} 须为 ${s(p.allowed)} 之一，而不是 ${s(p.value)}`, en: (p) => `${s(p.option)} must be one of ${s(p.allowed)}, not ${s(p.value)}` },
  pdfNeedsOut: { zh: () => "--format pdf 须同时给出 --out FILE", en: () => "--format pdf needs --out FILE" },
  port: { zh: (p) => `--port 须为端口号（1–65535），而不是 ${s(p.value)}`, en: (p) => `--port must be a port number, not ${s(p.value)}` },
  timeFormat: { zh: (p) => `${s(p.option)} 须为 HH:MM:SS 格式的时间，而不是 ${s(p.value)}`, en: (p) => `${s(p.option)} must be HH:MM:SS, not ${s(p.value)}` },
  untilAfterEnd: { zh: (p) => `--until ${s(p.value)} 晚于演练结束时间（${s(p.end)}）：请给出 00:00:00 至 ${s(p.end)} 之间的时间`, en: (p) => `--until ${s(p.value)} is after the drill's end (${s(p.end)}): give a time from 00:00:00 to ${s(p.end)}` },
  commandNumber: { zh: (p) => `${s(p.option)} 须为指令序号（从 1 起），而不是 ${s(p.value)}`, en: (p) => `${s(p.option)} needs a command number (1-based), not ${s(p.value)}` },
  shiftFormat: { zh: (p) => `--shift 的格式为 N=HH:MM:SS，而不是 ${s(p.value)}`, en: (p) => `--shift takes N=HH:MM:SS, not ${s(p.value)}` },
  shiftTime: { zh: (p) => `--shift ${s(p.value)}：时间须为 HH:MM:SS 格式`, en: (p) => `--shift ${s(p.value)}: the time must be HH:MM:SS` },
  noChange: { zh: () => "whatif 至少需要一个 --shift、--drop 或 --add", en: () => "whatif needs at least one --shift, --drop or --add" },
  shiftAfterEnd: { zh: (p) => `--shift ${s(p.index)}=${s(p.at)} 不早于演练结束时间（${s(p.end)}）；请给出 ${s(p.end)} 之前的时间`, en: (p) => `--shift ${s(p.index)}=${s(p.at)} is at or after the drill's end (${s(p.end)}); give a time before ${s(p.end)}` },
  addAfterEnd: { zh: (p) => `--add 的时间 ${s(p.at)} 不早于演练结束时间（${s(p.end)}）；请给出 ${s(p.end)} 之前的时间`, en: (p) => `--add at ${s(p.at)} is at or after the drill's end (${s(p.end)}); give a time before ${s(p.end)}` },
  addInvalid: { zh: (p) => `--add：${detail(p, "zh")}`, en: (p) => `--add: ${detail(p, "en")}` },
  // engine/evaluate/whatif.ts WhatIfError codes
  "whatif.noSuchCommand": { zh: (p) => `第 ${s(p.index)} 条指令不存在：剧本只有第 1 至 ${s(p.count)} 条指令`, en: (p) => `command ${s(p.index)} does not exist: the play has commands 1 to ${s(p.count)}` },
  "whatif.alreadyDropped": { zh: (p) => `第 ${s(p.index)} 条指令已被删除`, en: (p) => `command ${s(p.index)} was already dropped` },
  "whatif.shiftBeforeStart": { zh: (p) => `第 ${s(p.index)} 条指令改时后的时间须为不早于 00:00:00 的演练时间`, en: (p) => `a shifted time must be a drill time ≥ 00:00:00 (command ${s(p.index)})` },
  // drill verify: the drill id or --data file that names nothing
  noStore: { zh: (p) => `${s(p.file)}：此处没有数据存储（请用 --data 给出服务器的数据文件）`, en: (p) => `${s(p.file)}: no store here (give the server's data file with --data)` },
  noDrill: { zh: (p) => `${s(p.id)}：数据存储 ${s(p.file)} 中没有此演练；未做任何核对`, en: (p) => `${s(p.id)}: no such drill in the store ${s(p.file)}; nothing was compared` },
  // UserFacingError (cli/args.ts): what the user fixes outside the command line
  noCjkFont: {
    zh: (p) => `未安装中文字体，PDF 中的文字会印成方框：请先安装一种（Debian/Ubuntu：apt-get install -y ${s(p.package)}），再运行本命令`,
    en: (p) => `no Chinese font is installed, so the PDF would print boxes instead of text: install one (Debian/Ubuntu: apt-get install -y ${s(p.package)}) and run the command again`,
  },
  chromiumStart: {
    zh: (p) => `无法启动 Chromium（请安装 Debian 的 chromium：apt-get install -y chromium，或设置 CHROMIUM_PATH）。浏览器给出的原因：${s(p.detail)}`,
    en: (p) => `cannot start Chromium (install Debian's: apt-get install -y chromium, or set CHROMIUM_PATH): ${s(p.detail)}`,
  },
} satisfies Record<string, Wording>;

export type UsageCode = keyof typeof USAGE_ERRORS;

/** The sentence for `code` with `params` in `locale`. */
export function usageErrorText(code: UsageCode, params: UsageParams, locale: UsageLocale): string {
  const w: Wording = USAGE_ERRORS[code];
  return locale === "en" ? w.en(params) : w.zh(params);
}

/**
 * The language an argument list asks for: `--lang en` (or `--lang=en`) is English, anything else
 * (no --lang, zh, zh-CN, a wrong value) Chinese, the CLI's default. Stops at `--` (positionals after it).
 */
export function argvLocale(argv: readonly string[]): UsageLocale {
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--lang") lang = argv[++i];
    else if (a.startsWith("--lang=")) lang = a.slice("--lang=".length);
  }
  return lang === "en" ? "en" : "zh-CN";
}
