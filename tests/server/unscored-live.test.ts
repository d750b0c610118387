/**
 * A live drill before anything falls due (README "Evaluate a drill": a duty whose deadline lies
 * later is neither a fault nor a credit): the live findings and the report route give no score and
 * no band (null), list the duties still ahead as 未到期, and the report says 未评分 — never 0 不合格.
 * At 00:01:00 of the chemical leak the earliest deadline is the fire brigade's notice, 00:10:00
 * (LNK-CHEM-FIRE, notifiedWithinMin 10), and the enterprise's own 5 minutes (LNK-CHEM-ENT).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drillReport } from "../../server/http/report.ts";
import { LiveDrill } from "../../server/live/drill.ts";
import { liveFindings } from "../../server/live/tools.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

describe("a live drill stopped at 00:01:00, nothing due", () => {
  const store = openSqliteStore(":memory:");
  const { drill } = LiveDrill.create(store, { scenarioYaml: readFileSync("scenarios/chemical-leak.yaml", "utf8"), file: "chemical-leak.yaml", seed: 7, settings: { blindness: "DOUBLE_BLIND", speed: 1, bots: [] } }, {});
  drill.tick(60);

  it("live findings: no score, no band, no finding, the enterprise's duty listed as 未到期 at 00:05:00", () => {
    const live = liveFindings(drill);
    if ("error" in live) throw new Error(live.error);
    expect(live.score).toBeNull();
    expect(live.band).toBeNull();
    expect(live.findings).toEqual([]);
    expect(live.notYetDue.find((n) => n.ruleId === "LNK-CHEM-ENT")?.dueMs).toBe(5 * 60_000);
  });

  it("the report route's JSON has score and band null and says 未评分; its HTML names no band", async () => {
    const json = JSON.parse((await drillReport(drill, store, "json", "zh")).body as string) as { score: unknown; band: unknown; unscored?: { zh: string } };
    expect(json.score).toBeNull();
    expect(json.band).toBeNull();
    expect(json.unscored?.zh).toBe("未评分：尚无到期事项");
    const html = (await drillReport(drill, store, "html", "zh")).body as string;
    expect(html).toContain("未评分：尚无到期事项");
    expect(html).not.toMatch(/不合格|优秀/);
  });
});
