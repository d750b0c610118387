/**
 * What an agency knows is what reached it (knowledge/deliver.ts): a call it makes itself, routine or giving facts, does
 * not date its knowledge. Round 20 tried dating knowledge by an agency's own act (review19 mine A1); a double-blind seat
 * on standby that called the director ("值班室例行通话") then became told, its duties opened (联而不动 on an incident it
 * never heard of, issue 10 §1) and its view opened on the scenario, and a school that called the 120 at 01:59 instead of
 * 00:25 scored above the poor play (v1-120late). The silence that left an agency to act on its own carries its duty
 * instead (silenced-duty.ts). Mine-flood poor play, seed 7: the county police are first told at 01:50.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { playFromText } from "../../cli/files.ts";
import { playCommands } from "../../engine/replay.ts";
import { isTold } from "../../server/live/views.ts";
import { SCENARIOS } from "../helpers.ts";
import { drill } from "../evaluate/fixtures.ts";

const d = drill("mine-flood", "poor");
const POOR = readFileSync(`${SCENARIOS}/plays/mine-flood.poor.yaml`, "utf8");
const MIN = 60_000;

/** The poor play with one more call from the police to the director at 00:31, its final state. */
function withCall(text: string) {
  const extra = `\n  - at: "00:31:00"\n    by: police\n    type: message\n    to: director\n    text: ${text}\n`;
  const play = playFromText(POOR.trimEnd() + extra, "variant.yaml", d.c);
  if (!play.ok) throw new Error(play.problems.map((p) => p.message).join("\n"));
  return runKeepingReference(d.c, 7, playCommands(play.value), undefined).state;
}
const police = (s: ReturnType<typeof withCall>) => s.knowledge.find((k) => k.agency === "police")!;

describe("an agency's own call does not date what it knows", () => {
  it("a routine call to the director: the police are still first told at 01:50", () => {
    expect(police(withCall("值班室例行通话")).notifiedAtMs).toBe(110 * MIN);
  });
  it("a call giving facts (a time, a figure): still first told at 01:50, and told then", () => {
    const s = withCall("00:25 1203工作面透水，6人被困");
    expect(police(s).notifiedAtMs).toBe(110 * MIN);
    expect(isTold(s, "police")).toBe(true);
  });
});
