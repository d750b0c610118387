/**
 * A stop on the way is staging, not 派错地点 (newcomer review 5; README: a crew without protection stops at the last
 * place before the hazard zone and goes on once the source is stopped). Chemical leak: the ambulances' requirement
 * (req-treat, triage at the plant) lies down the road ems-station > j-county > j-east > fire-city > j-park > plant;
 * 园区大道与滨江路交叉口 (j-park) is on that road, 江湾村口 (j-village) is not. AQ/T 9009-2015 附录A 应急资源管理 condemns
 * resources sent where they are not needed; a crew waiting on its way there is late, if anything, never misplaced.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";
import { basisCatalogue, basisText } from "../../cli/report/basis.ts";
import { bestPlay, rubric } from "./fixtures.ts";

const c = compiled("chemical-leak");
const told = cmd("00:01:00", "ent", { type: "message", to: ["health"], channel: "phone", text: "120，液氯泄漏，厂里有人中毒倒地，请派救护车。" }, 1);
const send = (place: string) => cmd("00:03:00", "health", { type: "dispatch", units: ["amb-1", "amb-2"], place, task: "treat" }, 2);

function judged(play: Command[], end: string) {
  const r = runPlay(c, [...play, { at: ms(end), by: "director", seq: 1_000_000, type: "end" } as Command], 7);
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c));
}
const misplaced = (play: Command[], end = "01:10:00") => judged(play, end).findings.filter((f) => f.code === "DISPATCH_WRONG_PLACE" && f.ruleId === "req-treat");

describe("ambulances for triage at the plant", () => {
  it("waiting at 园区大道与滨江路交叉口, on their road to the plant: no 派错地点 (the requirement is judged short instead)", () => {
    expect(misplaced([told, send("j-park")])).toEqual([]);
    const r = judged([told, send("j-park")], "01:10:00");
    expect(r.findings.some((f) => f.ruleId === "req-treat" && (f.code === "DISPATCH_INSUFFICIENT" || f.code === "DISPATCH_LATE"))).toBe(true);
  });

  it("sent to 江湾村口, off their road: 派错地点 on the health bureau, and the drill's end is not called a stay", () => {
    const f = misplaced([told, send("j-village")]);
    expect(f.map((x) => [x.agency, x.quantity])).toEqual([["health", 2]]);
    expect(f[0]!.message.zh).toContain("至演练结束仍在该处");
    expect(f[0]!.message.zh).not.toContain("停留");
  });

  it("its basis reads whole in English, the requirement with its place (newcomer review 4)", () => {
    const f = misplaced([told, send("j-village")])[0]!;
    const b = basisText(f.basis, basisCatalogue(c, rubric()), c);
    expect(b.untranslated).toEqual([]);
    expect(b.en).toMatch(/^the drill plan's resource requirement “.+” \(place: .+\)/);
  });
});
