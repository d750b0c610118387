/**
 * The overview's 演练时间 (newcomer 18): a drill ended at 00:33:44 read "时长 04:00:00" beside "事件记录 … 至 00:33:44",
 * two lengths that seemed to contradict each other. Every rendering (Markdown and HTML, zh and en) gives the
 * scenario's planned length as planned, and where the drill stopped when it stopped before it.
 */
import { describe, expect, it } from "vitest";
import { rendered } from "./reports.ts";
import { ms } from "../helpers.ts";

describe("the overview's drill time", () => {
  // the chemical leak is planned for 4 h (scenarios/chemical-leak.yaml durationMs); a run until 00:30:00 has its last
  // tick at 00:29:59, the time the event log's 至 gives too
  const early = rendered("chemical-leak", "poor", ms("00:30:00"));

  it("a drill stopped early says the planned length and where it stopped, in both formats and languages", () => {
    expect(early.c.durationMs).toBe(4 * 3600_000);
    expect(early.html.zh).toContain("至 00:29:59");
    for (const text of [early.md.zh, early.html.zh]) expect(text).toContain("计划时长 04:00:00（止于 00:29:59）");
    for (const text of [early.md.en, early.html.en]) expect(text).toContain("planned length 04:00:00 (stopped at 00:29:59)");
  });

  it("a drill run to its end gives the planned length alone", () => {
    const full = rendered("chemical-leak", "poor");
    expect(full.md.zh).toContain("计划时长 04:00:00");
    expect(full.md.zh).not.toContain("止于");
    expect(full.html.zh).not.toContain("止于");
  });
});
