/**
 * Inputs outside the chemical model's range are warnings printed by `drill validate` with their
 * place, exit 0 (issue 8 item 6); and a tank that ran empty is never reported as controlled.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scenarioFromText } from "../../cli/files.ts";
import { allowedClasses } from "../../engine/hazards/chemical/warnings.ts";
import { run } from "../../engine/replay.ts";
import { formatWarning } from "../../engine/scenario/problems.ts";
import { drill } from "../support/cli.ts";
import { cmd, ms, text } from "../helpers.ts";

const FILE = "scenarios/chemical-leak.yaml";
const changed = (pairs: Array<[string, string]>) => pairs.reduce((t, [a, b]) => {
  expect(t).toContain(a);
  return t.replace(a, b);
}, text(FILE));
const warningsOf = (t: string) => {
  const r = scenarioFromText(t, FILE);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value.warnings.map(formatWarning);
};

describe("Pasquill–Gifford classes allowed (Turner's key, hazards.md §1.3)", () => {
  it("follows the table by wind band, day and night, with D (overcast) always allowed", () => {
    expect(allowedClasses(1.5, true)).toBe("ABD");
    expect(allowedClasses(2.5, true)).toBe("ABCD");
    expect(allowedClasses(4, true)).toBe("BCD");
    expect(allowedClasses(7, true)).toBe("CD");
    expect(allowedClasses(1.5, false)).toBe("DEF");
    expect(allowedClasses(4, false)).toBe("DE");
    expect(allowedClasses(5.5, false)).toBe("D");
  });
});

describe("warnings", () => {
  it("the shipped scenario has none", () => expect(warningsOf(text(FILE))).toEqual([]));

  it("class F in a 3 m/s daytime wind, and a calm wind, each at its line", () => {
    const t = changed([["stability: D, tempC: 24", "stability: F, tempC: 24"], ["windSpeedMs: 3, stability: D, tempC: 23", "windSpeedMs: 0.6, stability: D, tempC: 23"]]);
    const w = warningsOf(t);
    const line = (s: string) => t.split("\n").findIndex((l) => l.includes(s)) + 1;
    expect(w).toContain(`${FILE}:${line("stability: F, tempC: 24")}:${t.split("\n")[line("stability: F, tempC: 24") - 1]!.indexOf("F, tempC") + 1} weather[0].stability: warning: class F with a 3 m/s wind by day is outside the Pasquill–Gifford table (expected one of B, C, D for 3–5 m/s by day (Turner's key))`);
    expect(w.some((x) => x.startsWith(`${FILE}:${line("windSpeedMs: 0.6")}:`) && /weather\[1\]\.windSpeedMs: warning: 0\.6 m\/s is calm/.test(x))).toBe(true);
  });

  it("a tank that empties before the first puff step", () => {
    const w = warningsOf(changed([["inventoryKg: 20000", "inventoryKg: 5"]]));
    expect(w.find((x) => /hazard\.inventoryKg: warning: the tank \(5 kg\) empties before the first 10-s puff step/.test(x))).toBeDefined();
  });

  it("drill validate prints them on their lines and exits 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "warn-"));
    mkdirSync(join(dir, "rules"));
    cpSync("scenarios/rules", join(dir, "rules"), { recursive: true });
    writeFileSync(join(dir, "s.yaml"), changed([["stability: D, tempC: 24", "stability: F, tempC: 24"]]));
    const r = await drill("validate", "--lang", "en", join(dir, "s.yaml"));
    expect(r.code).toBe(0);
    expect(r.out).toBe("ok chemical-leak");
    expect(r.err).toMatch(/s\.yaml:\d+:\d+ weather\[0\]\.stability: warning: class F/);
    // Chinese by default, marked 警告 so it is not read as an error, and in Chinese words (newcomer 21): Turner's key
    // gives B, C or D for a 3–5 m/s wind by day, so F at 3 m/s by day is outside the table
    const zh = await drill("validate", join(dir, "s.yaml"));
    expect(zh.code).toBe(0);
    expect(zh.err).toMatch(/s\.yaml:\d+:\d+ weather\[0\]\.stability：警告：白天风速 3 m\/s 时稳定度 F 不在 Pasquill–Gifford 表内（应为：白天风速 3–5 m\/s 时为以下之一：B, C, D（Turner 分类））/);
  });
});

describe("an empty tank is never controlled", () => {
  it("plugging a tank that already ran empty fails, and the leak is not reported as controlled", () => {
    const r = scenarioFromText(changed([["inventoryKg: 20000", "inventoryKg: 300"]]), FILE);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const c = r.value.compiled;
    const out = run(c, 7, [cmd("00:04:00", "fire", { type: "dispatch", units: ["hz-chem1", "hz-chem2"], place: "tank-v101", task: "plugLeak" }, 1)], { untilMs: ms("01:30:00") });
    const summary = c.hazard.summary(out.state.hazard, out.state.tMs, c.scenario);
    expect(summary.figures.massKg).toBe(0);
    expect(summary.controlled).toBe(false);
    expect(summary.status.code).toBe("tankEmptied");
    expect(out.events.some((e) => e.type === "taskFailed" && e.unit === "hz-chem1" && e.task === "plugLeak")).toBe(true);
  });
});
