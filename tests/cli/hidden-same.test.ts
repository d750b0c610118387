/**
 * `drill validate` refuses the files the server's upload refuses, and takes the ones it takes (newcomer 22 #5:
 * V/bad/odd.yaml, a title holding U+202E and U+200B, was "ok" to validate and 422 to POST /api/drills). Both now go
 * through one check (engine/scenario/hidden-text.ts); this keeps them from drifting apart: for each file below the
 * CLI's exit code and the upload check (server/live/text-check.ts uploadProblem, what routes.ts calls before any
 * parse) agree, and name the same line and character.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { uploadProblem } from "../../server/live/text-check.ts";
import { drill } from "./drill-cli.ts";

const base = readFileSync("scenarios/chemical-leak.yaml", "utf8");
const dir = mkdtempSync(join(tmpdir(), "hidden-same-"));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const edit = (from: string, to: string) => {
  expect(base.includes(from), from).toBe(true);
  return base.replace(from, to);
};

// line 7 of chemical-leak.yaml is `  zh: 临江化工有限公司液氯储罐泄漏事故多部门联动演练` (the title)
const REFUSED: Array<[string, string, number, string]> = [
  ["title-rlo.yaml", edit("  zh: 临江化工有限公司液氯储罐泄漏事故多部门联动演练", "  zh: 临江化工\u202e练演动联门部多\u200b 🚒"), 7, "U+202E"],
  ["zero-width.yaml", edit("  zh: 临江化工有限公司液氯储罐泄漏事故多部门联动演练", "  zh: 临江化工有限公司\u200b液氯储罐泄漏事故"), 7, "U+200B"],
  ["comment-isolate.yaml", edit("id: chemical-leak\n", "id: chemical-leak # \u2066\n"), 5, "U+2066"],
];
const TAKEN: Array<[string, string]> = [
  ["plain.yaml", base],
  ["bom.yaml", `\ufeff${base}`],
  ["emoji-zwj.yaml", edit("  zh: 临江化工有限公司液氯储罐泄漏事故多部门联动演练", "  zh: 临江化工有限公司液氯储罐泄漏事故 👨‍🚒")],
];

describe("drill validate and the server's upload refuse the same hidden characters", () => {
  it.each(REFUSED)("%s: both refuse it, at the same line, naming the character", async (name, text, line, char) => {
    const up = uploadProblem(text);
    expect(up).toMatchObject({ line, char });
    const r = await drill("validate", write(name, text));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${name}:${line}:${up!.column} `);
    expect(r.err).toContain(`不可见的控制字符（${char}`);
  });

  it.each(TAKEN)("%s: both take it (a byte-order mark is the encoding; an emoji's joiner is part of the emoji)", async (name, text) => {
    expect(uploadProblem(text)).toBeUndefined();
    const r = await drill("validate", write(name, text));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });

  it("the newcomer's title (V/bad/odd.yaml line 7) is refused by validate, worded in English under --lang en", async () => {
    const r = await drill("validate", "--lang", "en", write("odd.yaml", REFUSED[0]![1]));
    expect(r.err).toMatch(/odd\.yaml:7:\d+ title\.zh: invisible control character U\+202E/);
  });
});
