/**
 * An agency played through another agency's seat is drilled, never 未演练 (newcomer trial item 5).
 * The chemical leak's 临江县卫生健康局（县急救中心120） runs the county 120 centre: its ambulances
 * (120救护车1–3) are that agency's units and its duty LNK-CHEM-HEALTH asks the same triage and treatment
 * as the 120 centre's LNK-CHEM-EMS. The school fire's 120 centre stands for the health commission
 * (伤员救治由120急救中心演练). Neither report may list the kind it plays as 未演练; a kind nobody plays
 * (工会, 493号令 第十条) still is. `drill validate` refuses a `plays:` that names a kind the scenario has,
 * or one also declared notDrilled.
 */
import { describe, expect, it } from "vitest";
import { checkScenario } from "../../engine/scenario/check-scenario.ts";
import { problemText } from "../../i18n/problems.ts";
import { compiled } from "../helpers.ts";
import { drill } from "./fixtures.ts";

describe("a kind played through another seat is drilled", () => {
  it("chemical leak: the 120 centre, run by the health bureau's seat, is not listed as 未演练; 工会 still is", () => {
    const c = compiled("chemical-leak");
    const health = c.scenario.agencies.find((a) => a.kind === "healthBureau")!;
    expect(health.name.zh).toContain("120");
    for (const play of ["good", "poor"] as const) {
      const nd = drill("chemical-leak", play).report.linkage.notDrilled ?? [];
      expect(nd.map((n) => n.agencyKind), play).not.toContain("ems120");
      expect(nd.map((n) => n.agencyKind), play).toContain("tradeUnion");
    }
  });

  it("school fire: the health commission, played by the 120 centre's seat, is not listed as 未演练", () => {
    const nd = drill("school-fire", "poor").report.linkage.notDrilled ?? [];
    expect(nd.map((n) => n.agencyKind)).not.toContain("healthBureau");
  });

  it("validate: a kind the scenario has, or one declared not drilled, cannot be played through a seat (in zh with file, line, field)", () => {
    const s = compiled("chemical-leak").scenario;
    const i = s.agencies.findIndex((a) => a.kind === "healthBureau");
    const has = { ...s, agencies: s.agencies.map((a, j) => (j === i ? { ...a, plays: ["publicSecurity" as const] } : a)) };
    const p1 = checkScenario(has).find((p) => p.path.join(".") === `agencies.${i}.plays.0`);
    expect(p1?.message).toBe('the scenario has an agency of kind "publicSecurity" already');
    const both = { ...s, agencies: s.agencies.map((a, j) => (j === i ? { ...a, plays: ["tradeUnion" as const] } : a)) };
    const p2 = checkScenario(both).find((p) => p.path.join(".") === `agencies.${i}.plays.0`)!;
    expect(p2.message).toContain("notDrilled");
    const zh = problemText({ file: "s.yaml", line: 3, col: 5, ...p2 }, "zh-CN");
    expect(zh).toBe(`s.yaml:3:5 agencies[${i}].plays[0]：“tradeUnion”同时被声明为未演练（notDrilled）（应为：由本席位兼演的单位类型，或声明为未演练的单位类型，二者只能取其一）`);
  });
});
