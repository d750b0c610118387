/**
 * The README's whatif example is what the command prints (newcomer 22 #8: the README said 部门联动 9.39 → 10.9,
 * 应得分 87.62 → 89.81, +5.75 ≈ +5.8; the command printed 8.79, 88.23, +6.57 ≈ +6.6). The test runs the README's
 * own first whatif line, as written there, and reads the figures the README quotes for it ("the first line above:
 * 综合得分 A → B; PART A → B, …, in all +X ≈ +Y"): each quoted part must be printed with those figures, every part
 * the command prints must be quoted, and the total must match. When a change to the evaluator moves these
 * figures, this fails until the README says what the command now prints.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drill } from "./drill-cli.ts";

const readme = readFileSync("README.md", "utf8");

describe("the README's whatif example", () => {
  it("quotes the figures the command prints", async () => {
    const command = /^ {4}npx drill (whatif .+)$/m.exec(readme);
    expect(command, "a `npx drill whatif …` line in the README").not.toBeNull();
    const flat = readme.replace(/\s*\n\s*/g, " ");
    const quote = /\(the first line above: (.+?), in all ([+−][\d.]+) ≈ ([+−][\d.]+)\)/.exec(flat);
    expect(quote, "the README's quoted figures").not.toBeNull();
    const [head, ...rest] = quote![1]!.split("; ");
    const parts = rest.join("; ").split(", ").map((p) => /^(\S+) (\S+) → (\S+)$/.exec(p)!);
    const score = /^综合得分 (\S+) → (\S+)$/.exec(head!)!;
    expect(parts.every(Boolean) && score, quote![1]).toBeTruthy();

    const r = await drill(...command![1]!.split(/\s+/));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`综合得分: ${score[1]} → ${score[2]} (`);
    // every part the command prints, "  NAME（…）: A → B (" or "  应得分: A → B (", by its short name
    const printed = [...r.out.matchAll(/^ {2}(\S+?)(?:（[^）]*）)?: (\S+) → (\S+) \(/gm)].map((m) => `${m[1]} ${m[2]} → ${m[3]}`);
    expect(parts.map((p) => p[0])).toEqual(printed);
    expect(r.out).toContain(`= ${quote![2]} ≈ ${quote![3]} 分`);
  }, 240_000);
});
