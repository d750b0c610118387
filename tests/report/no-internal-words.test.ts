/**
 * The shipped poor plays' reports carry no author's note, internal code or placeholder, in either language and format
 * (review19: an emergency-office evaluator and a newcomer read them as signed reports). Each pattern is one that was
 * printed before this stop: the remark 条文序号未核对 / "article number not checked" after a cited document (an
 * evaluator cites the document alone when the article is unknown); the rules profile's tag U (unverified) as （U） /
 * "(U)" / "rules tagged U"; an order's code used as a verb ("first it dispatch for fire suppression at 00:05:30") or
 * for the act ("first acted only at 00:58:00 (message; duty: …)");
 * a scripted seat's drill title for the incident (…多部门联动应急（地点）; and ids or rule codes (RPT-…, LNK-…, inj-…).
 */
import { describe, expect, it } from "vitest";
import { rendered } from "./reports.ts";

const INTERNAL: Array<[string, RegExp]> = [
  ["an unchecked-article remark", /条文序号未核对|article number not checked/],
  ["the rules profile's tag U", /（U）|\(U\)|标注 ?U|tagged U/],
  ["an order's code as a verb", /first it (dispatch|evacuate|shelter|cordon|message)/],
  ["a command's code for an act", /\(message;|（消息；/],
  ["the drill's title as the incident", /联动应急（地点|联动（地点|drill \(at /],
  ["a rule code or an id", /\b(RPT|LNK|CTY|GOV|ZONE|SPOT)-[A-Z0-9-]+|\binj-\d|\b(deadlineMs|ruleId|notArisen)\b|\{\{|undefined|NaN/],
];

describe.each(["chemical-leak", "mine-flood", "school-fire"])("%s poor play: no internal words in the report", (id) => {
  const r = rendered(id, "poor");
  it.each(INTERNAL)("none of: %s (md and html, zh and en)", (_what, re) => {
    for (const text of [r.md.zh, r.md.en, r.html.zh, r.html.en]) expect(text.match(re)?.[0]).toBeUndefined();
  });
});
