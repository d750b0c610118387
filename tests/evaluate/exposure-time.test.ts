/**
 * An exposure finding is dated when the exposure happened, not when the drill ended. Source:
 * issue 10 §8 ("an exposure finding carries the time of the first exposure") and AQ/T 9009-2015
 * 附录A 人员保护 (the evaluator places each fault on the drill's timeline). Toxic loads only grow
 * (hazards.md §1.6: load = Σ Cⁿ·Δt), so a load above AEGL-3 began no later than the group's first
 * exposure above AEGL-2 recorded in the log.
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/model/events.ts";
import { drill } from "./fixtures.ts";

describe("chemical-leak poor play: people above AEGL-3", () => {
  const { report, events } = drill("chemical-leak", "poor");
  const a3 = report.findings.find((f) => f.code === "OUTCOME_EXPOSED_AEGL3");
  const firstExposure = events.findIndex((e) => e.type === "casualtiesChanged" && (e as EventOf<"casualtiesChanged">).exposed > 0);

  it("someone is above AEGL-3 and the drill ran to its end", () => {
    expect(a3).toBeDefined();
    expect(firstExposure).toBeGreaterThanOrEqual(0);
  });

  it("is dated at the first exposure in the log (00:05:40), not the drill's end", () => {
    expect(a3!.atMs).toBe(events[firstExposure]!.at);
    expect(a3!.atMs).toBeLessThan(report.endMs);
    expect(a3!.evidence.events).toEqual([firstExposure]);
    expect(a3!.message.zh).toContain(`自 00:05:40 起暴露`);
  });
});
