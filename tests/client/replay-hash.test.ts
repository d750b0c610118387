/**
 * The replay page compares the hash it computes in the browser with the one the server recorded at its clock
 * position (r19-client's screenshot: a drill paused at T+0 read ✖ 不一致). The server replays a running drill to
 * exactly its clock (engine/replay.ts run: a tick runs only if it closes by `untilMs`); the browser must stop at
 * the same tick, so the same log gives the same hash at T+0, mid-drill and at the end.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Replay } from "../../client/local/replay.ts";
import { scrubRange } from "../../client/local/scrub.ts";
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

/**
 * The replay's last frame is the drill's recorded end, not one tick past it (newcomer 20 item 6: T+02:00:01 after a
 * two-hour drill). The school fire is planned for 02:00:00 (scenarios/school-fire.yaml duration), and the poor play
 * runs to it: its drillEnded event is at 02:00:00, as the report's 至 says; a director's end at 00:33:44 ends it there.
 */
describe("the replay's last frame", () => {
  it("a drill run to its planned length: the slider ends at 02:00:00 and shows the ended drill there", () => {
    const r = new Replay(scenario, rules, log);
    r.finish();
    expect(r.endMs).toBe(2 * 3600_000);
    expect(scrubRange(r.endMs, r.c.tickMs).max).toBe(2 * 3600_000);
    const last = r.frame(r.endMs);
    expect(last.ended).toBe(true);
    expect(r.events.some((e) => e.type === "drillEnded" && e.at === 2 * 3600_000)).toBe(true);
    // a frame before the end is the drill still running
    expect(r.frame(3600_000).ended).toBe(false);
    expect(r.frame(r.endMs).ended).toBe(true);
  });

  it("a drill the director ended at 00:33:44 ends there, not at 00:33:45", () => {
    const ended = "scenario: school-fire\nseed: 7\ncommands:\n  - { at: \"00:33:44\", by: director, type: end }\n";
    const r = new Replay(scenario, rules, ended);
    r.finish();
    expect(r.endMs).toBe(33 * 60_000 + 44_000);
    expect(scrubRange(r.endMs, r.c.tickMs).max).toBe(33 * 60_000 + 44_000);
    expect(r.frame(r.endMs).ended).toBe(true);
  });
});
