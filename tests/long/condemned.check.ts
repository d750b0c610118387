/**
 * Every command a shipped poor play's findings condemn, dropped in turn (issue 10 §11, outside the suite:
 * `npm run check:long`): the score never falls, save where the drop leaves the accident concealed (瞒报, at least what
 * the 谎报 cost), and a changed score comes with the findings that moved. The suite drops the first command of each
 * condemning code (tests/evaluate/ordering.test.ts); this drops the rest too and prints them as one table.
 */
import { afterAll, describe, expect, it } from "vitest";
import { printTable } from "../../bench/table.ts";
import { condemned, drop } from "../evaluate/condemned.ts";
import { drill, WITH_PLAYS } from "../evaluate/fixtures.ts";

const rows: string[][] = [];

describe("dropping any condemned command of a shipped poor play never lowers its score", () => {
  it.each(WITH_PLAYS)("%s", (id) => {
    const poor = drill(id, "poor");
    const cs = condemned(poor);
    expect(cs.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const { index, code } of cs) {
      const d = drop(id, poor, index);
      const ok = d.concealed ? d.variant <= d.base : d.variant >= d.base && (d.variant === d.base || d.moved > 0);
      rows.push([id, d.what, code, String(d.base), String(d.variant), d.concealed ? "yes" : "no", String(d.moved), ok ? "ok" : "WRONG"]);
      if (!ok) wrong.push(`${d.what}: ${d.base} → ${d.variant}`);
    }
    expect(wrong).toEqual([]);
  }, 900_000);

  afterAll(() => {
    console.log("");
    printTable(["scenario", "dropped", "condemned as", "score before", "after", "concealed", "findings moved", ""], rows);
  });
});
