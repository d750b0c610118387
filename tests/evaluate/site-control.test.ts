/**
 * Site control for a toxic release: a cordon round the source of at least the ERG 2024 initial
 * isolation distance (600 m for the scenario's 20 t of chlorine) within the first 30 minutes.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";
import { drill, rubric } from "./fixtures.ts";

const c = compiled("chemical-leak");
const cordonFindings = (play: Parameters<typeof runPlay>[1]) => {
  const r = runPlay(c, play, 7, ms("01:00:00"));
  return evaluate(c, r.events, r.state, rubric()).findings.filter((f) => f.code.startsWith("CORDON")).map((f) => ({ code: f.code, agency: f.agency, atMs: f.atMs }))
    .sort((a, b) => a.code.localeCompare(b.code));
};
const cordon = (at: string, radiusM: number) => cmd(at, "police", { type: "cordon", place: "tank-v101", radiusM }, 1);

describe("cordon against the ERG initial isolation distance", () => {
  it("the scenario's spill maps to 600 m (ERG 2024 Table 3, chlorine, highway tank truck)", () => {
    expect(c.hazard.summary(c.hazard.init(c.scenario), 0, c.scenario).figures.ergIsolateM).toBe(600);
  });

  it("a 600 m cordon at 00:09 is in time and large enough: no finding (the good play)", () => {
    expect(drill("chemical-leak", "good").report.findings.filter((f) => f.code.startsWith("CORDON"))).toEqual([]);
    expect(cordonFindings([cordon("00:09:00", 600)])).toEqual([]);
  });

  // the police owe the cordon 30 min from their receipt of the 110 call at 00:11 (review12 chemical 4, receipt-due.ts): 00:41
  it("no cordon at all is a finding at 00:41:00 (the poor play)", () => {
    expect(drill("chemical-leak", "poor").report.findings.filter((f) => f.code.startsWith("CORDON")).map((f) => [f.code, f.atMs])).toEqual([["CORDON_LATE", ms("00:41:00")]]);
  });

  it("a 600 m cordon at 00:45 is late; a 300 m one is too small (and so also late)", () => {
    expect(cordonFindings([cordon("00:45:00", 600)])).toEqual([{ code: "CORDON_LATE", agency: "police", atMs: ms("00:45:00") }]);
    expect(cordonFindings([cordon("00:10:00", 300)])).toEqual([
      // the cordon is the police's duty (domain.md §5.2), whoever set the small one; the police's own cordon at 00:10 shows
      // they knew by then (knewAt, r22-chem2/r23-chem: a command about the incident is knowledge of it), so the 30 min run
      // from 00:10, not from the 110 call at 00:11: due 00:10 + 30 min = 00:40
      { code: "CORDON_LATE", agency: "police", atMs: ms("00:40:00") },
      { code: "CORDON_TOO_SMALL", agency: "police", atMs: ms("00:10:00") },
    ]);
  });

  it("scenarios without an airborne toxic have no cordon rule", () => {
    expect(drill("school-fire", "poor").report.findings.filter((f) => f.code.startsWith("CORDON"))).toEqual([]);
  });
});

describe("protective actions for the public (ERG isolation circle and downwind protective-action zone)", () => {
  const protective = (play: Parameters<typeof runPlay>[1]) => {
    const r = runPlay(c, play, 7, ms("01:00:00"));
    return evaluate(c, r.events, r.state, rubric()).findings.filter((f) => f.code === "PROTECTIVE_ACTION_LATE");
  };

  it("the good play shelters or evacuates everyone in both zones within 30 minutes", () => {
    expect(drill("chemical-leak", "good").report.findings.filter((f) => f.code === "PROTECTIVE_ACTION_LATE")).toEqual([]);
  });

  it("the poor play leaves the hamlet unprotected and protects the village, farmers and school late", () => {
    const found = drill("chemical-leak", "poor").report.findings.filter((f) => f.code === "PROTECTIVE_ACTION_LATE");
    const byGroup = (name: string) => found.find((f) => f.message.en.includes(name));
    // four groups, each on its first holder, and the joint holders told and silent (joint-protection.ts, review15 chemical 4):
    // the township (told 00:18) for the farmers, the village and the hamlet, the police (told 00:11) for the school
    expect(found).toHaveLength(8);
    expect(found.filter((f) => f.message.zh.includes("负有组织其避险或转移之责")).map((f) => [f.agency, f.opportunity]).sort())
      .toEqual([["police", "protect:pupils"], ["town", "protect:farmers"], ["town", "protect:hamlet-residents"], ["town", "protect:villagers"]]);
    // each names the agency whose duty it was (公安: organise the evacuation of threatened people, domain.md §5.2)
    // due 00:41: the police's receipt of the 110 call at 00:11 + 30 min (review12 chemical 4)
    expect(byGroup("Wangjiazui")).toMatchObject({ agency: "police", atMs: ms("00:41:00") });
    // ordered to walk out at 01:05:00 while the leak went on (stopped 01:18:47), the cloud there since 00:36:50: sheltering
    // instead at 01:05 does more harm in the replay (621 or 635 injured against 609, review12 chemical 1, protect-rerun.ts),
    // so the order is late, not wrong: dated when they were all out (01:50:00), saying they should have sheltered before
    const villagers = byGroup("Jiangwan villagers")!;
    expect(villagers).toMatchObject({ agency: "police", atMs: ms("01:50:00") });
    expect(villagers.message.zh).toContain("毒气团 00:36:50 已到达，应在此前组织就地避险");
    // the school's shelter was ordered late by the township (its order at 01:20:00): the township answers for it
    expect(byGroup("Primary School")).toMatchObject({ agency: "town", atMs: ms("01:20:00") });
  });

  it("inside the isolation circle only evacuation counts: sheltering the plant's workers is not enough", () => {
    const others = [cmd("00:05:00", "town", { type: "shelter", groups: ["villagers", "hamlet-residents", "pupils", "farmers"] }, 2)];
    const sheltered = protective([cmd("00:02:00", "ent", { type: "shelter", groups: ["workers"] }, 1), ...others]);
    const evacuated = protective([cmd("00:02:00", "ent", { type: "evacuate", groups: ["workers"] }, 1), ...others]);
    expect(sheltered.map((f) => f.ruleId)).toEqual(["ERG-ISOLATE"]);
    expect(evacuated).toEqual([]);
  });
});
