/**
 * The report's overview card 未避免的可避免伤亡 reads the share of the item the outcomes section charges (newcomer 23
 * item 9: the card read 0 %（最佳处置 0%） while 处置结果 deducted 14.82 under 可避免伤亡 for F5, the three crew of
 * ambulance 3 dead after the health bureau sent it into the hazard: OUT-CREW, quantity 1, the whole item).
 * The good chemical play (no harm beyond the best play: share 0) with that crew finding added: 0 % + 100 % = 100 %;
 * with a crew finding of quantity 0.3 (0.3 of the item's points): 30 %.
 */
import { describe, expect, it } from "vitest";
import { headlines } from "../../cli/report/headlines.ts";
import { drill } from "../evaluate/fixtures.ts";

const good = drill("chemical-leak", "good").report;
const crew = (quantity: number) => ({ ...good, findings: [...good.findings, { id: "F99", code: "OUTCOME_PREVENTABLE_HARM", section: "outcomes", agency: "health", atMs: 660_000, ruleId: "OUT-CREW", quantity, points: 10 * quantity, basis: "", message: { zh: "", en: "" }, evidence: { events: [], messages: [], obligations: [] } }] }) as typeof good;
const card = (r: typeof good) => headlines(r).find((h) => h.label.zh === "未避免的可避免伤亡")!;

describe("the overview's preventable-harm card and the outcomes section agree", () => {
  it("the good play alone: 0 %", () => {
    expect(card(good).value.zh).toMatch(/^0%/);
  });
  it("a crew killed by an order (the item's whole share): 100 %, as the section charges it", () => {
    expect(card(crew(1)).value.zh).toMatch(/^100%/);
    expect(card(crew(1)).bad).toBe(true);
  });
  it("a crew charged 0.3 of the item: 30 %", () => {
    expect(card(crew(0.3)).value.zh).toMatch(/^30%/);
  });
});
