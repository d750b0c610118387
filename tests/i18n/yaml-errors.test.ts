/**
 * A file the YAML parser cannot read is said in the reader's language (newcomer trial item 8; house rule:
 * every error for a bad file gives file, line, field and what was expected in zh-CN, en too): the Chinese
 * wording is chosen by the parser's error code (yaml's ErrorCode), never by quoting its English sentence
 * ("Map keys must be unique", "Tabs are not allowed as indentation", "Missing closing \"quote").
 * English readers keep `drill validate`'s wording, the parser's words included.
 */
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../engine/scenario/yaml-source.ts";
import { problemText } from "../../i18n/problems.ts";
import type { Problem } from "../../engine/scenario/problems.ts";

function problems(text: string): Problem[] {
  const r = parseYaml(text, "f.yaml");
  if (r.ok) throw new Error("expected a problem");
  return r.problems;
}

/** English words left in a Chinese problem once its file name and its field path are taken out. */
const english = (zh: string) => zh.replace(/^f\.yaml:\d+:\d+ \S*?：/, "").replace(/YAML/g, "").match(/[A-Za-z]{3,}/g) ?? [];

const EXPECTED_ZH = "（应为：合法的 YAML（缩进、引号、括号闭合））";

describe("YAML the parser refuses, in Chinese by its kind", () => {
  it.each([
    // file, its line and column (the parser's), the field around it, the kind in words, what was expected
    ["a duplicate key", "a: 1\na: 2\n", "f.yaml:2:1 a：YAML 语法错误：同一映射中有重复的键" + EXPECTED_ZH],
    ["a tab in the indentation", "a:\n\tb: 1\n", "f.yaml:2:1 （文件）：YAML 语法错误：缩进中有制表符，请改用空格" + EXPECTED_ZH],
    ["a key without its colon", "a: 1\nb\nc: 2\n", "f.yaml:2:1 b：YAML 语法错误：缺少应有的字符（如未闭合的引号、方括号或花括号，或键后缺少冒号）" + EXPECTED_ZH],
    ["a value starting with a reserved character", "a: @x\n", "f.yaml:1:4 a：YAML 语法错误：值不能以此字符开头（含 @、`、% 等字符的值请加引号）" + EXPECTED_ZH],
    ["two documents", "a: 1\n---\nb: 2\n", "f.yaml:2:1 （文件）：YAML 语法错误：文件中有多个文档（--- 分隔），只能有一个" + EXPECTED_ZH],
  ])("%s", (_, text, zh) => {
    const p = problems(text)[0]!;
    expect(problemText(p, "zh-CN")).toBe(zh);
    expect(english(problemText(p, "zh-CN"))).toEqual([]);
    // English keeps validate's line: the parser's own words
    expect(problemText(p, "en")).toMatch(/^f\.yaml:\d+:\d+ \S+: YAML syntax: [A-Z]/);
  });

  it("every misreading the parser reports is worded, none in English", () => {
    const bad = ["a: \"open\nb: 1\n", "a:\n  b: 1\n c: 2\n", "a: [1, 2\nb: 3\n", "{a: 1\n", "a: &x &y 1\n", "a: \"\\q\"\n", "- a\nb: 1\n"];
    for (const t of bad) {
      for (const p of problems(t)) {
        expect(p.code, t).toMatch(/^yaml:[A-Z_]+$/);
        expect(english(problemText(p, "zh-CN")), `${t} → ${problemText(p, "zh-CN")}`).toEqual([]);
        expect(problemText(p, "zh-CN")).not.toContain("文件无法解析");
      }
    }
  });

  it("an alias bomb and a number that is not one: no parser English in Chinese", () => {
    const bomb = "a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
    const p = problems(bomb)[0]!;
    expect(problemText(p, "zh-CN")).toMatch(/^f\.yaml:\d+:\d+ （文件）：别名展开次数过多（疑似“别名炸弹”）（应为：每个别名至多展开 100 次）$/);
    expect(problemText(problems("a: .nan\n")[0]!, "zh-CN")).toBe("f.yaml:1:4 a：不是数字（.nan）（应为：绝对值小于 1e+15 的有限数字）");
    expect(problemText(problems("a: .inf\n")[0]!, "zh-CN")).toBe("f.yaml:1:4 a：无穷大（.inf，或超出数字范围）（应为：绝对值小于 1e+15 的有限数字）");
  });
});
