/**
 * The engine is a pure function of (scenario, seed, command log): no clock, no Math.random,
 * no I/O, no platform-approximated transcendental functions, nothing imported from the shells.
 * This scans every engine source file so a slip is caught before it breaks a replay.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const BANNED: Array<[RegExp, string]> = [
  [/Math\.random\s*\(/, "Math.random: use a named stream from engine/model/rng.ts"],
  [/\bDate\s*[.(]|new Date\b/, "Date: simulated time only"],
  [/performance\.now|setTimeout|setInterval|process\./, "clocks, timers and process state"],
  [/Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|cbrt|hypot|sinh|cosh|tanh)\s*\(/, "implementation-approximated Math functions: use engine/model/detmath.ts"],
  [/from\s+["']node:|from\s+["'](fs|path|os|child_process|http|net)["']|require\(/, "I/O modules"],
  [/from\s+["'][./]*\/(cli|server|client|i18n)\//, "imports from the shells"],
  [/\blocaleCompare\b|\bIntl\./, "locale-dependent ordering"],
  [/\*\*\s*(0?\.\d|\d+\.\d)/, "a non-integer power with **: use dpow"],
];

describe("engine purity", () => {
  const sources = files("engine").map((f) => ({ f, text: readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "") }));

  it("finds the engine's sources", () => expect(sources.length).toBeGreaterThan(30));

  for (const [pattern, why] of BANNED) {
    it(`uses no ${why}`, () => {
      const hits = sources.filter((s) => pattern.test(s.text)).map((s) => s.f);
      expect(hits).toEqual([]);
    });
  }
});
