/**
 * A trainer's file problems in Chinese, like every drill command's output (README: zh-CN first): `drill validate`, `run`
 * and `evaluate` print `FILE:LINE:COL 字段路径：问题（应为：…）` by default and the English line with `--lang en`, the same
 * place and values in both (house rule: bad input gets a clear error — file, line, field, what was expected).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { drill } from "./drill-cli.ts";

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function broken(from: string, to: string, source = "scenarios/chemical-leak.yaml"): { file: string; line: number } {
  const text = readFileSync(source, "utf8");
  const i = text.indexOf(from);
  expect(i).toBeGreaterThanOrEqual(0);
  const file = join(mkdtempSync(join(tmpdir(), "zh-")), "broken.yaml");
  writeFileSync(file, text.slice(0, i) + to + text.slice(i + from.length));
  return { file, line: text.slice(0, i).split("\n").length };
}

describe("file problems in the reader's language", () => {
  it("validate words a bad value in Chinese by default, at the same file, line and field as in English", async () => {
    const { file, line } = broken("stability: D, tempC: 24", "stability: Q, tempC: 24");
    const zh = await drill("validate", file);
    expect(zh.code).toBe(1);
    // the value quoted as given, the allowed ones listed: 大气稳定度 A–F (Pasquill classes)
    expect(zh.err).toMatch(new RegExp(`^${esc(file)}:${line}:\\d+ weather\\[0\\]\\.stability："Q" 不是允许的值（应为：以下之一：A, B, C, D, E, F）$`, "m"));
    const en = await drill("validate", "--lang", "en", file);
    expect(en.err).toMatch(new RegExp(`^${esc(file)}:${line}:\\d+ weather\\[0\\]\\.stability: "Q" is not allowed \\(expected one of: A, B, C, D, E, F\\)$`, "m"));
  });

  it("a play's unknown command type and a missing file are Chinese in run and evaluate too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zh-"));
    const play = join(dir, "play.yaml");
    writeFileSync(play, 'scenario: mine-flood\nseed: 7\ncommands:\n  - at: "01:50:00"\n    by: mine\n    type: nope\n');
    const ev = await drill("evaluate", "scenarios/mine-flood.yaml", "--play", play, "--seed", "7");
    expect(ev.code).toBe(1);
    expect(ev.err).toContain(`${play}:6:11 commands[0].type：未知的类型“nope”（应为：以下之一：report, message`);
    expect(ev.err).not.toContain("unknown type");
    const missing = await drill("run", "chemical-leak");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("chemical-leak:1:1 （文件）：文件不存在（应为：文件路径，如 scenarios/chemical-leak.yaml）");
    const other = await drill("run", "scenarios/chemical-leak.yaml", "--play", "scenarios/plays/mine-flood.good.yaml");
    expect(other.err).toMatch(/^scenarios\/plays\/mine-flood\.good\.yaml:\d+:\d+ scenario：此剧本属于情景“mine-flood”，不是“chemical-leak”/m);
  });

  it("validate's missing file, missing best play and unchecked play are Chinese", async () => {
    const none = await drill("validate", "no/such/file.yaml");
    expect(none.err).toContain("no/such/file.yaml:1:1 （文件）：文件不存在");
    const { file } = broken("bestPlay: chemical-leak.good", "bestPlay: no-such-play");
    const best = (await drill("validate", file)).err;
    expect(best).toContain("bestPlay：没有最佳处置剧本“no-such-play”（已查找：");
    expect(best).toContain("（应为：scenarios/plays/ 中剧本的 id，或剧本文件路径）");
    const play = join(mkdtempSync(join(tmpdir(), "zh-")), "play.yaml");
    writeFileSync(play, readFileSync("scenarios/plays/chemical-leak.good.yaml", "utf8"));
    const alone = await drill("validate", play);
    expect(alone.code).toBe(1);
    expect(alone.err).toContain("找不到用于核对此剧本的情景“chemical-leak”（应为：plays 文件夹旁的 scenarios/chemical-leak.yaml，或在同一命令行上给出该情景文件）");
    expect((await drill("validate", "--lang", "fr", play)).code).toBe(2);
  });

  it("an empty text in a play is 「不能为空」, not a value out of range (newcomer 22 #14)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zh-"));
    const play = join(dir, "empty.yaml");
    writeFileSync(play, 'scenario: chemical-leak\nseed: 7\ncommands:\n  - at: "00:01:00"\n    by: ent\n    type: message\n    to: [fire]\n    text: ""\n');
    const zh = await drill("validate", "scenarios/chemical-leak.yaml", play);
    expect(zh.code).toBe(1);
    expect(zh.err).toContain(`${play}:8:11 commands[0].text：不能为空（应为：非空文本）`);
    expect(zh.err).not.toContain("超出范围");
    const en = await drill("validate", "--lang", "en", "scenarios/chemical-leak.yaml", play);
    expect(en.err).toContain(`${play}:8:11 commands[0].text: must not be empty (expected some text)`);
  });
});
