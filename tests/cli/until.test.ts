/**
 * `drill evaluate --until T` judges the drill as stopped at T exactly, as the server's report does
 * when the director ends the drill at T (README "Evaluate a drill"; design.md: the report is a pure
 * projection of the log): the report says 止于 T, its endMs is T, and its score, sections, findings
 * and 未到期 list are those of the same log with the director's end at T. Seed 7, default rubric.
 */
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "../evaluate/fixtures.ts";

async function cli(args: string[]): Promise<string> {
  const out: string[] = [];
  expect(await main(args, { log: (s: string) => out.push(s), err: () => undefined })).toBe(0);
  return out.join("\n");
}

describe.each([["chemical-leak", "00:35:00"], ["school-fire", "00:10:00"]])("%s poor play, --until %s", (id, at) => {
  const args = ["evaluate", `${SCENARIOS}/${id}.yaml`, "--play", `${SCENARIOS}/plays/${id}.poor.yaml`, "--seed", "7", "--until", at];

  it("prints 止于 T (not one second before) and reports endMs = T", async () => {
    expect(await cli([...args, "--format", "md"])).toContain(`（止于 ${at}）`);
    const r = JSON.parse(await cli([...args, "--format", "json"])) as { endMs: number };
    expect(r.endMs).toBe(ms(at));
  });

  it("judges as the report of the same log ended by the director at T", async () => {
    const c = compiled(id);
    const cut = ms(at);
    const play = playOf(c, `${SCENARIOS}/plays/${id}.poor.yaml`).filter((k) => k.at <= cut);
    const log = [...play, { at: cut, by: "director", seq: 1_000_000, type: "end" } as Command];
    const ended = runPlay(c, log, 7);
    // with its command log, as the CLI evaluates (the harm's causes are replayed corrections of it: cause-reruns.ts)
    const server = evaluate(c, ended.events, ended.state, rubric(), undefined, bestPlay(id, c), { commands: log });
    const r = JSON.parse(await cli([...args, "--format", "json"])) as typeof server;
    expect(server.endMs).toBe(cut);
    expect(r.score).toBe(server.score);
    expect(r.sections.map((s) => [s.id, s.judged, s.score])).toEqual(server.sections.map((s) => [s.id, s.judged, s.score]));
    expect(r.findings.map((f) => [f.code, f.agency, f.atMs])).toEqual(server.findings.map((f) => [f.code, f.agency, f.atMs]));
    expect(r.notYetDue.map((n) => [n.ruleId, n.agency, n.dueMs])).toEqual(server.notYetDue.map((n) => [n.ruleId, n.agency, n.dueMs]));
  });
});
