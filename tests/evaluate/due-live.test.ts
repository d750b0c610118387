/**
 * Findings while the drill runs (server/live evaluates the events so far, with no drillEnded event)
 * say how far the drill has gone — 「至 HH:MM:SS（当前）未…」 — never 「至演练结束」 or 「始终未」: the duty
 * may still be done (domain.md §3.6: the evaluator judges what the drill showed by then; issue 10 §13:
 * the report says what it knows). Only an ended drill (its duration run out or ended by the director)
 * says 至演练结束 / 始终未. The chemical-leak poor play at 01:00:00 leaves the township idle and four
 * groups in the protective-action zone without an order.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { formatClock } from "../../engine/model/time.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

const ENDED = /演练结束|始终/;

function at(id: string, clock: string, end: boolean) {
  const c = compiled(id);
  const cut = ms(clock);
  const play = playOf(c, `${SCENARIOS}/plays/${id}.poor.yaml`).filter((k) => k.at <= cut);
  const r = end ? runPlay(c, [...play, { at: cut, by: "director", seq: 1_000_000, type: "end" } as Command], 7) : runPlay(c, play, 7, cut);
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay(id, c));
}

describe.each(["chemical-leak", "mine-flood", "school-fire"])("%s poor play at 01:00:00", (id) => {
  it("while running: no finding says 至演练结束 or 始终 (nor 'never' / 'end of the drill'); the open ones say 至 HH:MM:SS（当前）", () => {
    const r = at(id, "01:00:00", false);
    // words quoted from the drill's log (an inject's "…never came back!") are evidence, not the finding's own wording
    const own = (m: string) => m.replace(/“[^“”]*”|"[^"]*"/g, "“”");
    expect(r.findings.filter((f) => ENDED.test(own(f.message.zh))).map((f) => f.message.zh)).toEqual([]);
    expect(r.findings.filter((f) => /\bnever\b|end of the drill/.test(own(f.message.en))).map((f) => f.message.en)).toEqual([]);
  });
});

describe("chemical-leak poor play at 01:00:00, running and ended", () => {
  const live = at("chemical-leak", "01:00:00", false);
  const ended = at("chemical-leak", "01:00:00", true);
  const now = `至 ${formatClock(live.endMs)}（当前）`;

  it("the township told at 00:18:00 and idle: 至 HH:MM:SS（当前）未履行职责 while running, 至演练结束未履行职责 once ended", () => {
    const idle = (r: typeof live) => r.findings.find((f) => f.code === "LINKAGE_IDLE" && f.agency === "town")!.message;
    expect(idle(live).zh).toContain(`${now}未履行职责`);
    expect(idle(live).en).toContain("(now, the drill still running)");
    expect(idle(ended).zh).toContain("至演练结束未履行职责");
    expect(idle(ended).en).toContain("never took its required action");
  });

  it("the public never ordered to shelter: 仍未下达 while running, 始终未下达 once ended", () => {
    const unprotected = (r: typeof live) => r.findings.filter((f) => f.code === "PROTECTIVE_ACTION_LATE" && f.message.zh.startsWith("群众未防护")).map((f) => f.message.zh);
    expect(unprotected(live).length).toBeGreaterThan(0);
    for (const m of unprotected(live)) expect(m).toContain(`${now}仍未下达`);
    expect(unprotected(ended).length).toBe(unprotected(live).length);
    for (const m of unprotected(ended)) expect(m).toContain("始终未下达");
  });
});
