/**
 * The replay page compares the hash it computes in the browser with the one the server recorded at its clock
 * position (r19-client's screenshot: a drill paused at T+0 read ✖ 不一致). The server replays a running drill to
 * exactly its clock (engine/replay.ts run: a tick runs only if it closes by `untilMs`); the browser must stop at
 * the same tick, so the same log gives the same hash at T+0, mid-drill and at the end.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Replay } from "../../client/local/replay.ts";
import { run, stateHash } from "../../engine/replay.ts";

const scenario = readFileSync("scenarios/school-fire.yaml", "utf8");
const rules = readFileSync("scenarios/rules/county-default.yaml", "utf8");
const log = readFileSync("scenarios/plays/school-fire.poor.yaml", "utf8");

describe("the replay's hash beside the server's", () => {
  for (const untilMs of [0, 60_000, 7 * 60_000 + 30_000]) {
    it(`matches a running drill's at its clock T+${untilMs / 1000} s`, () => {
      const r = new Replay(scenario, rules, log);
      const browser = r.finish(untilMs);
      expect(r.now.tMs).toBe(untilMs);
      const server = run(r.c, r.seed, (r as unknown as { commands: never[] }).commands, { untilMs });
      expect(browser).toBe(stateHash(r.c, server.state));
    });
  }

  it("matches an ended drill's (no clock given: run to the end)", () => {
    const r = new Replay(scenario, rules, log);
    const browser = r.finish();
    expect(r.now.ended).toBe(true);
    const server = run(r.c, r.seed, (r as unknown as { commands: never[] }).commands);
    expect(browser).toBe(stateHash(r.c, server.state));
  });
});
