/**
 * Knowing by one's own act (engine/commands/apply.ts actsOnIncident, knowledge/deliver.ts noteKnown; review19 mine A1):
 * an agency that acts on the incident knew of it, but only a field order or a call that gives facts is such an act. A
 * routine call from a seat nobody told ("值班室例行通话", as a double-blind seat on standby may make) is not: it would open
 * that seat's duties and charge it 联而不动 for an incident it never heard of (issue 10 §1), and a seat judged as knowing
 * by its own act has still been told nothing (knownByAct), so a double-blind seat stays on standby (server isTold).
 * Mine-flood poor play, seed 7: the county police are first told at 01:50 (the bureau's notice).
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

describe("an agency knows by its own act only when the act is on the incident", () => {
  it("a routine call to the director tells nothing of the police's knowledge: still first known at 01:50", () => {
    const s = withCall("值班室例行通话");
    expect(police(s).notifiedAtMs).toBe(110 * MIN);
    expect(police(s).knownByAct).toBeUndefined();
  });
  it("a call giving facts (a time, a figure) dates its knowledge at 00:31, yet being told came later: knownByAct ends at 01:50", () => {
    const s = withCall("00:25 1203工作面透水，6人被困");
    expect(police(s).notifiedAtMs).toBe(31 * MIN);
    // told at 01:50, so no longer known by its act alone
    expect(police(s).knownByAct).toBeUndefined();
    expect(isTold(s, "police")).toBe(true);
  });
});
