/**
 * Who answers for a resource requirement, and which units are idle against it (review r15 mine, kinds):
 *  - the owner is the agency the scenario makes responsible (`owner`, or the one agency with units of its types), never
 *    whoever was told first: the mine that calls its rescue team at 00:15, the minute its dispatch room tells it of the
 *    signs, still answers for its own pumps (req-pumps, owner: mine) — the squadron was asked for one squad, to survey;
 *  - another agency's units are idle only as many as were asked of it and not sent (AQ/T 9009-2015 附录A 应急资源管理):
 *    a request for one rescue squad, met by the squad sent to survey, leaves the second squad nobody's idle unit;
 *  - a requirement units of several agencies could meet must name its owner: a scenario without it is a problem.
 */
import { describe, expect, it } from "vitest";
import { scenarioFromText } from "../../cli/files.ts";
import type { EvalContext } from "../../engine/evaluate/context.ts";
import { askedIdle } from "../../engine/evaluate/idle-on-scene.ts";
import { formatProblem } from "../../engine/scenario/problems.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { compiled, playOf, SCENARIOS, text } from "../helpers.ts";
import { bestPlay, MIN, rubric } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const SIGNS = "矿长，1203迎头有点出水，探放水钻孔水量也大了，我们让他们先观察着。";

describe("mine flood: the poor play with the mine calling its rescue team at 00:15, when it hears of the signs (a tie)", () => {
  const c = compiled("mine-flood");
  // the poor play's one change: the call to the squadron (00:30) moved to 00:15, the minute the mine head is told
  const commands = playOf(c, `${SCENARIOS}/plays/mine-flood.poor.yaml`).map((k) => (k.type === "requestSupport" && k.by === "mine" ? { ...k, at: 15 * MIN } : k));
  const r = runKeepingReference(c, 7, commands, bestPlay("mine-flood", c));
  const report = evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("mine-flood", c), { commands });
  const of = (code: string, agency?: string) => report.findings.filter((f) => f.code === code && (agency === undefined || f.agency === agency));

  it("moves the call (fixture check: one requestSupport, at 00:15)", () => {
    expect(commands.filter((k) => k.type === "requestSupport").map((k) => k.at)).toEqual([15 * MIN]);
  });

  it("leaves the pumps the mine's shortfall, not the squadron's (req-pumps owner: mine)", () => {
    const short = of("DISPATCH_INSUFFICIENT").filter((f) => f.ruleId === "req-pumps");
    expect(short.map((f) => f.agency)).toEqual(["mine"]);
    expect(of("DISPATCH_IDLE_UNITS", "mrt")).toEqual([]);
  });

  it("puts the lost pump room on the mine, whose missing wall and pumps caused it, not on nobody (—)", () => {
    const lost = of("OUTCOME_INSTALLATION_LOST");
    expect(lost).toHaveLength(1);
    expect(lost[0]!.agency).toBe("mine");
  });
});

describe("idle units of another agency: as many as were asked of it and not sent", () => {
  const run = (count: number) => small("mine-flood", [
    ["00:15:00", "dispatch", { type: "message", to: ["mine"], channel: "phone", text: SIGNS }],
    ["00:16:00", "mine", { type: "requestSupport", from: "mrt", unitType: "mineRescueTeam", count, place: "mine" }],
    ["00:18:00", "mrt", { type: "dispatch", units: "mrt-sq1", place: "mine", task: "survey" }],
  ], 30 * MIN);
  const idleOf = (count: number) => {
    const d = run(count);
    const x = { events: d.events, c: d.c } as unknown as EvalContext;
    const sq2 = d.c.scenario.units.filter((u) => u.id === "mrt-sq2");
    return askedIdle(x, sq2, "mine", () => 30 * MIN).map((u) => u.id);
  };

  it("one squad asked for and sent (to survey): the second squad was never asked for, so it is not idle", () => {
    expect(idleOf(1)).toEqual([]);
  });

  it("two squads asked for, one sent: the second is idle", () => {
    expect(idleOf(2)).toEqual(["mrt-sq2"]);
  });
});

describe("a requirement units of several agencies could meet names its owner", () => {
  const FILE = "scenarios/mine-flood.yaml";
  const original = text(FILE);

  it("the shipped scenario names the mine for its pumps and passes", () => {
    expect(scenarioFromText(original, FILE).ok).toBe(true);
  });

  it("without the owner, the scenario is refused with the agencies to choose from", () => {
    const r = scenarioFromText(original.replace(/\n\s*owner: mine\n/, "\n"), FILE);
    expect(r.ok).toBe(false);
    const msgs = r.ok ? [] : r.problems.map(formatProblem);
    expect(msgs.some((m) => /requirement "req-pumps": say which agency answers for it \(expected owner: one of: mine, mrt\)/.test(m))).toBe(true);
  });
});
