/**
 * Round 22: the `drill` CLI's argument errors were English under its Chinese default
 * (`drill whatif … --drop 999` → "command 999 does not exist…", a bad time → "the time must be
 * HH:MM:SS"). Every subcommand, given bad arguments, now says what is wrong in the chosen language:
 * Chinese by default, English with `--lang en`, from one table of codes (i18n/usage-errors.ts);
 * the what-if refusals come out of the engine as codes (engine/evaluate/whatif.ts WhatIfError).
 *
 * Under zh the error line (what precedes the usage block, whose syntax lines are not sentences)
 * holds Chinese and no two English words in a row once option names (--seed, --add …) are set
 * aside; under en it holds the English sentence.
 */
import { describe, expect, it } from "vitest";
import { drill } from "../support/cli.ts";

const SCEN = "scenarios/chemical-leak.yaml";
const POOR = "scenarios/plays/chemical-leak.poor.yaml";
const NO_STORE = "/work/variants/r22/r22-cli2/no-such-store.sqlite";

/** argv, exit code, the English sentence `--lang en` gives (undefined: the case has no English form, e.g. a bad --lang). */
const CASES: Array<[string[], number, string | undefined]> = [
  [["frob"], 2, 'no command "frob"'],
  [["validate"], 2, "validate needs at least one file"],
  [["validate", SCEN, "--lang", "fr"], 2, undefined],
  [["run"], 2, "run needs exactly one scenario file"],
  [["run", SCEN, "--bogus"], 2, "unknown option --bogus"],
  [["run", SCEN, "--seed"], 2, "option --seed needs a value"],
  [["run", SCEN, "--seed", "--json"], 2, "option --seed needs a value"],
  [["run", SCEN, "--json=yes"], 2, "option --json takes no value"],
  [["run", SCEN, "--seed", "x"], 2, "--seed must be a whole number, not x"],
  [["run", SCEN, "--checkpoints", "0"], 2, "--checkpoints takes whole minutes, not 0"],
  [["run", SCEN, "--until", "noon"], 2, "--until must be HH:MM:SS, not noon"],
  // the chemical leak runs 04:00:00 (scenarios/chemical-leak.yaml clock.duration)
  [["run", SCEN, "--until", "05:00:00"], 2, "--until 05:00:00 is after the drill's end (04:00:00)"],
  [["schema", "--kind", "zz"], 2, "--kind must be one of scenario, play, rules, rubric, observations, not zz"],
  [["evaluate", SCEN], 2, "--play FILE is required"],
  [["evaluate", SCEN, "--play", POOR, "--format", "docx"], 2, "--format must be one of json, md, html, pdf, not docx"],
  [["evaluate", SCEN, "--play", POOR, "--format", "pdf"], 2, "--format pdf needs --out FILE"],
  [["whatif", SCEN, "--play", POOR], 2, "whatif needs at least one --shift, --drop or --add"],
  // the poor play has 19 commands (scenarios/plays/chemical-leak.poor.yaml)
  [["whatif", SCEN, "--play", POOR, "--drop", "999"], 2, "command 999 does not exist: the play has commands 1 to 19"],
  [["whatif", SCEN, "--play", POOR, "--drop", "2", "--drop", "2"], 2, "command 2 was already dropped"],
  [["whatif", SCEN, "--play", POOR, "--drop", "x"], 2, "--drop needs a command number (1-based), not x"],
  [["whatif", SCEN, "--play", POOR, "--shift", "3=noon"], 2, "--shift 3=noon: the time must be HH:MM:SS"],
  [["whatif", SCEN, "--play", POOR, "--shift", "3"], 2, "--shift takes N=HH:MM:SS, not 3"],
  [["whatif", SCEN, "--play", POOR, "--shift", "5=04:10:00"], 2, "--shift 5=04:10:00 is at or after the drill's end (04:00:00)"],
  [["whatif", SCEN, "--play", POOR, "--add", "{at: '00:01:00', by: fire, type: fly}"], 2, "--add: type: unknown type \"fly\" (expected one of: report, message"],
  [["whatif", SCEN, "--play", POOR, "--add", "{at: '00:01:00'"], 2, "--add: "],
  [["whatif", SCEN, "--play", POOR, "--add", "{at: '00:10:00', by: eb, type: shelter, groups: [village]}"], 1, '--add groups[0]: no group "village" in scenario chemical-leak'],
  [["montecarlo", SCEN, "--play", POOR], 2, "--seeds N is required"],
  [["montecarlo", SCEN, "--play", POOR, "--seeds", "0"], 2, "--seeds takes a whole number ≥ 1, not 0"],
  [["verify"], 2, "verify needs exactly one drill id"],
  [["verify", "d1", "--data", NO_STORE], 1, `${NO_STORE}: no store here`],
  [["serve", "a"], 2, "serve takes no file arguments"],
  [["serve", "--port", "0"], 2, "--port must be a port number, not 0"],
];

/** The error line(s): what is printed before the usage block (headed 用法： in Chinese, usage: in English). */
const errorPart = (err: string) => err.split(/\n(?:usage:|用法：)\n/)[0]!;
/** Two English words in a row once option names are set aside: an English sentence (or its piece). */
const englishRun = (text: string) => /[A-Za-z]{2,} +[A-Za-z]{2,}/.exec(text.replace(/--?[A-Za-z][\w-]*(=\S*)?/g, "")  );

/** A shell command quoted in a sentence (apt-get install -y PACKAGE) is not a sentence: set aside. */
const noCommands = (text: string) => text.replace(/apt-get install -y \S+/g, "");

describe("drill argument errors speak the chosen language (zh-CN default)", () => {
  it.each(CASES)("%j", async (argv, code, en) => {
    const zh = await drill(...argv);
    expect(zh.code).toBe(code);
    const line = errorPart(zh.err);
    expect(line, line).toMatch(/[\u4e00-\u9fff]/);
    expect(englishRun(line)?.[0], line).toBeUndefined();
    // round 23: the usage block under a usage error (exit 2) is headed in the same language
    if (code === 2) expect(zh.err.slice(line.length)).toMatch(/^\n用法：\n  drill /);
    if (en === undefined) return;
    // --lang en right after the subcommand: after a trailing "--seed" it would be read as the seed
    const english = await drill(argv[0]!, "--lang", "en", ...argv.slice(1));
    expect(english.code).toBe(code);
    expect(errorPart(english.err)).toContain(en);
    expect(errorPart(english.err)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("words the engine's what-if refusal in Chinese with its figures", async () => {
    // 19 commands in the poor play: position 999 is outside 1…19
    const r = await drill("whatif", SCEN, "--play", POOR, "--drop", "999");
    expect(errorPart(r.err)).toBe("drill: 第 999 条指令不存在：剧本只有第 1 至 19 条指令");
  });
});

/**
 * Round 23 ui item 2: what `drill` says besides its argument errors was English in a zh-CN run: the usage block's
 * header `usage:` and its notes ("(the live drill server; PORT, HOST (default: every interface; …)"), and the
 * problems the user fixes outside the command line (UserFacingError: no Chinese font for the PDF, Chromium that does
 * not start). Each is now in the run's language. (`drill verify`'s ok / MISMATCH lines: tests/server/verify.test.ts.)
 */
describe("drill's usage block and user-facing problems speak the chosen language", () => {
  /** A usage line's words once its syntax (drill COMMAND, [options], PLACEHOLDERS, --options) is set aside. */
  const note = (line: string) => line.replace(/^ {2}drill \w+/, "").replace(/\[[^\]]*\]/g, "").replace(/\b[A-Z][A-Z_.]*\b/g, "");

  it("drill --help: 用法： and every note in Chinese by default; usage: and English notes with --lang en", async () => {
    const zh = await drill("--help");
    const lines = zh.out.split("\n");
    expect(lines[0]).toBe("用法：");
    // validate run schema evaluate whatif montecarlo verify serve: 8 subcommands, one line each
    expect(lines).toHaveLength(9);
    for (const l of lines.slice(1)) expect(englishRun(note(l))?.[0], l).toBeUndefined();
    expect(zh.out).toContain("实时演练服务器");
    const en = await drill("--help", "--lang", "en");
    expect(en.out.split("\n")[0]).toBe("usage:");
    expect(en.out).toContain("(the live drill server; PORT, HOST");
    expect(en.out).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("a subcommand's usage under its error is in the run's language too", async () => {
    const zh = await drill("verify");
    expect(zh.err).toContain("\n用法：\n");
    expect(zh.err).toContain("（FILE：服务器的数据存储");
    expect(zh.err).not.toContain("the server's store");
  });

  it("the problems fixed outside the command line (a font, the browser) are Chinese by default, English with --lang en", async () => {
    const { UserFacingError } = await import("../../cli/args.ts");
    const { missingCjkFont } = await import("../../cli/report/fonts.ts");
    const errors = [missingCjkFont([])!, new UserFacingError("chromiumStart", { detail: "spawn /usr/bin/chromium ENOENT" })];
    for (const e of errors) {
      const zh = e.text("zh-CN");
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      // the browser's own words (its detail) are quoted after 浏览器给出的原因： and set aside
      expect(englishRun(noCommands(zh.split("浏览器给出的原因：")[0]!))?.[0], zh).toBeUndefined();
      expect(e.text("en")).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(errors[0]!.text("zh-CN")).toContain("apt-get install -y fonts-wqy-microhei");
    expect(errors[1]!.text("en")).toBe("cannot start Chromium (install Debian's: apt-get install -y chromium, or set CHROMIUM_PATH): spawn /usr/bin/chromium ENOENT");
  });
});
