/**
 * `drill evaluate --out` says how many findings the report holds as the report's cover counts them (cli/report/html.ts:
 * notes — no deduction, not charged — are not 问题), the notes said apart (newcomer r29: the CLI said 问题 63 条 of the
 * chemical poor play, its HTML cover 问题 61).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import { isNote } from "../../cli/report/text.ts";
import { drill } from "../evaluate/fixtures.ts";

describe("the findings counted once, alike in the CLI's line and the report's cover", () => {
  it("chemical leak poor play: 问题 N 条（另有说明 M 条）, N the cover's count", async () => {
    const { report } = drill("chemical-leak", "poor");
    const notes = report.findings.filter((f) => isNote(f)).length;
    expect(notes).toBeGreaterThan(0);
    const out = join(mkdtempSync(join(tmpdir(), "count-")), "r.html");
    const err: string[] = [];
    const code = await main(["evaluate", "scenarios/chemical-leak.yaml", "--play", "scenarios/plays/chemical-leak.poor.yaml", "--format", "html", "--out", out], { log: () => undefined, err: (s: string) => void err.push(s) });
    expect(code).toBe(0);
    const n = report.findings.length - notes;
    expect(err.join("\n")).toContain(`问题 ${n} 条（另有说明 ${notes} 条）`);
    expect(readFileSync(out, "utf8")).toContain(`<span class="zh">问题</span><span class="en">findings</span> ${n}</div>`);
  });
});
