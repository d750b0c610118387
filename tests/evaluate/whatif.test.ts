/**
 * What-if: the same scenario, seed and log with one change — a command moved, dropped or
 * added — and the difference that decision makes to the score, the findings and the outcome.
 */
import { describe, expect, it } from "vitest";
import { applyChanges, whatIf, WhatIfError } from "../../engine/evaluate/whatif.ts";
import type { Command } from "../../engine/model/commands.ts";
import { cmd } from "../helpers.ts";
import { bestPlay, drill, MIN, rubric } from "./fixtures.ts";

describe("applyChanges", () => {
  const play: Command[] = [
    cmd("00:01:00", "ent", { type: "message", to: ["fire"], text: "a", channel: "phone" }, 1),
    cmd("00:02:00", "fire", { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" }, 2),
    cmd("00:03:00", "eb", { type: "activateResponse", level: 4 }, 3),
  ];

  it("moves, drops and adds commands by their 1-based position in the original play", () => {
    const out = applyChanges(play, [
      { type: "shift", index: 3, atMs: 30_000 },
      { type: "drop", index: 1 },
      { type: "add", command: { at: 60_000, by: "police", type: "cordon", place: "tank-v101", radiusM: 600 } as Omit<Command, "seq"> },
    ]);
    expect(out.map((c) => [c.type, c.at, c.seq])).toEqual([["dispatch", 120_000, 2], ["activateResponse", 30_000, 3], ["cordon", 60_000, 4]]);
    expect(play[2]!.at).toBe(180_000);
  });

  it("refuses positions outside the play and a command dropped twice", () => {
    expect(() => applyChanges(play, [{ type: "drop", index: 4 }])).toThrow(WhatIfError);
    // a code and its parameters, never a sentence (house rule: codes leave the engine; i18n/usage-errors.ts words them)
    const refusal = (changes: Parameters<typeof applyChanges>[1]) => {
      try {
        applyChanges(play, changes);
      } catch (e) {
        return { code: (e as WhatIfError).code, params: (e as WhatIfError).params };
      }
      return undefined;
    };
    expect(refusal([{ type: "drop", index: 0 }])).toEqual({ code: "noSuchCommand", params: { index: 0, count: 3 } });
    expect(refusal([{ type: "drop", index: 2 }, { type: "shift", index: 2, atMs: 0 }])).toEqual({ code: "alreadyDropped", params: { index: 2 } });
    expect(refusal([{ type: "shift", index: 1, atMs: -1 }])).toEqual({ code: "shiftBeforeStart", params: { index: 1 } });
  });
});

describe("what-if on the poor chemical-leak play", () => {
  const poor = drill("chemical-leak", "poor");
  const position = poor.commands.findIndex((c) => c.type === "report" && c.by === "ent" && c.to === "eb") + 1;

  it("moving the enterprise's late report to 00:05 does not lower the score and clears its late and false report findings", () => {
    const r = whatIf(poor.c, 7, poor.commands, [{ type: "shift", index: position, atMs: 5 * MIN }], rubric(), undefined, bestPlay("chemical-leak", poor.c));
    expect(r.base.score).toBe(poor.report.score);
    // told 35 minutes earlier, the emergency bureau's own slowness now shows: the score need not rise
    expect(r.variant.score).toBeGreaterThanOrEqual(r.base.score!);
    expect(r.diff.score).toBeCloseTo(r.variant.score! - r.base.score!, 5);
    // its late initial report (危化条例 第七十一条, due 00:10) is cleared; reported at 00:05, before it knew of the
    // casualties (00:45), it now owes a 续报 by 01:15 that comes at 01:40 — a real fault of its own, so the count of
    // its REPORT_LATE findings need not fall, but the initial report's must go
    const initialLate = (rep: typeof r.baseReport) => rep.findings.filter((f) => f.code === "REPORT_LATE" && f.agency === "ent" && f.ruleId === "RPT-ENT-CHEM-EB");
    expect(initialLate(r.baseReport)).toHaveLength(1);
    expect(initialLate(r.variantReport)).toEqual([]);
    expect(r.variantReport.findings.some((f) => f.code === "REPORT_FALSE" && f.agency === "ent")).toBe(false);
  });

  it("sending the hazmat teams at once instead of the water tenders ends the leak sooner and spares people", () => {
    const tenders = poor.commands.findIndex((c) => c.type === "dispatch" && c.by === "fire" && c.task === "plugLeak") + 1;
    const r = whatIf(poor.c, 7, poor.commands, [
      { type: "drop", index: tenders },
      { type: "add", command: { at: 13 * MIN, by: "fire", type: "dispatch", units: ["hz-chem1", "hz-chem2"], place: "tank-v101", task: "plugLeak" } as Omit<Command, "seq"> },
    ], rubric(), undefined, bestPlay("chemical-leak", poor.c));
    expect(r.diff.outcome.controlledAtMs!).toBeLessThan(0);
    expect(r.variant.outcome.exposedAegl3).toBeLessThanOrEqual(r.base.outcome.exposedAegl3);
    expect(r.diff.findings.find((d) => d.code === "DISPATCH_WRONG_TYPE")).toMatchObject({ agency: "fire", variant: 0 });
    expect(r.diff.score).toBeGreaterThan(0);
  });
});
