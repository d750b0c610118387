/**
 * The English report of each shipped poor play (newcomer 17 item 5) uses English punctuation:
 * none of （）：，。 in what a reader of English sees, Markdown or HTML, outside the players' own
 * words quoted “…” (a message written in Chinese is quoted as written).
 */
import { describe, expect, it } from "vitest";
import { WITH_PLAYS } from "../evaluate/fixtures.ts";
import { rendered } from "./reports.ts";

const FULL_WIDTH = /[（）：，。]/;

/** Each line holding full-width punctuation outside a quotation, cut to where it stands. */
function fullWidth(text: string): string[] {
  return text.replace(/“[^”]*”/g, "“…”").split("\n").flatMap((line) => {
    const i = line.search(FULL_WIDTH);
    return i < 0 ? [] : [line.slice(Math.max(0, i - 40), i + 20).trim()];
  });
}

describe("the English report of each poor play", () => {
  for (const id of WITH_PLAYS) {
    it(`${id}: no full-width （）：，。 in Markdown or HTML`, () => {
      const r = rendered(id, "poor");
      expect(fullWidth(r.md.en)).toEqual([]);
      expect(fullWidth(r.html.en)).toEqual([]);
    });
  }
});
