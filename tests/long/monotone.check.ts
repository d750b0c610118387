/**
 * The exhaustive sweep of the monotonicity rule (issue 10 §9/§11, outside the suite: `npm run check:long`): every
 * correction of every fault bearing on a shipped poor play's preventable harm (tests/evaluate/monotone-cases.ts: the
 * school fire's eight, the chemical leak's five, the mine flood's two), each replayed and evaluated with its cause
 * reruns; no other agency's share of the harm, and no agency's charge, may rise. Fails on a rise like any test, and
 * prints one table: per case, the shares and charges (rubric points) before → after. The suite keeps one case per kind
 * of correction with its hand values (school-harm-monotone.test.ts, causal-share-monotone.test.ts); this is the rest,
 * some five minutes of replays on a loaded 2-core machine.
 */
import { afterAll, describe, expect, it } from "vitest";
import { printTable } from "../../bench/table.ts";
import { corrected, OTHERS, plain, SCHOOL, type Case } from "../evaluate/monotone-cases.ts";

const rows: string[][] = [];
const json = (m: ReadonlyMap<string, number>) => JSON.stringify(plain(m)).replace(/"/g, "");

describe("monotone under correction: every shipped poor play's every fault corrected", () => {
  it.each([...SCHOOL, ...OTHERS].map((c) => [c.scenario, c.fixed, c.what, c] as const))("%s, %s corrected (%s)", (_s, _f, _w, c: Case) => {
    const r = corrected(c);
    rows.push([c.scenario, c.fixed, c.kind, c.what, `${json(r.shares[0])} → ${json(r.shares[1])}`, `${json(r.charges[0])} → ${json(r.charges[1])}`, r.rose.join("; ") || "none"]);
    expect([r.before, r.after]).toEqual([true, false]);
    expect(r.rose).toEqual([]);
  }, 900_000);

  afterAll(() => {
    console.log("");
    printTable(["scenario", "corrected", "kind", "correction", "shares before → after", "charges before → after", "rose"], rows);
  });
});
