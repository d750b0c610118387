/**
 * A resource requirement not yet due when the drill stopped is 未到期 in the dispatch table, never 不足,
 * and the headline card 力量需求按时满足 n / m counts the rows the table judges (newcomer review 4).
 * The chemical leak's poor play stopped at 01:06:00: per scenarios/chemical-leak.yaml the ambulances
 * (due 01:15 from 120's notice at 00:30 + 45 min), air monitoring and the weather vehicle are due later.
 */
import { describe, expect, it } from "vitest";
import { headlines, requirementVerdict } from "../../cli/report/headlines.ts";
import { renderHtml } from "../../cli/report/html.ts";
import { rendered } from "./reports.ts";

const STOP = 66 * 60_000;

describe("chemical leak, poor play stopped at 01:06:00: requirements not yet due", () => {
  const { worded } = rendered("chemical-leak", "poor", STOP);
  const raw = renderHtml(worded, "zh");
  const reqs = worded.dispatch.requirements;

  it("no requirement due after the stop reads 不足; those rows read 未到期", () => {
    const later = reqs.filter((q) => (q.deadlineMs ?? 0) > STOP && q.status !== "met");
    expect(later.length).toBeGreaterThan(0);
    for (const q of later) {
      expect(requirementVerdict(worded, q)).toBe("notDue");
      // the table row (the text's last mention): its verdict cell, before the next row's text
      const row = raw.split("<tr>").find((r) => r.split("</td>")[0]!.includes(q.text.zh)) ?? "";
      expect(row, q.text.zh).toMatch(/<td>[^<]*(<[^>]*>)?未到期/);
      expect(row, q.text.zh).not.toContain("不足");
    }
  });

  it("the card's m = the rows judged met / late / 不足 in the table, n = those met", () => {
    const judged = reqs.filter((q) => ["met", "late", "insufficient"].includes(requirementVerdict(worded, q)));
    const met = judged.filter((q) => requirementVerdict(worded, q) === "met");
    const card = headlines(worded).find((h) => h.label.zh === "力量需求按时满足")!;
    expect(card.value.zh).toBe(`${met.length} / ${judged.length}`);
    expect(judged.length).toBeLessThan(reqs.length);
  });
});
