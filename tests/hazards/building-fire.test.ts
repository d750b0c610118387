/**
 * The building-fire model against hand calculations (hazards.md §2): the t² design fire, the
 * SFPE hydraulic evacuation of one floor, sprinkler control, the Yamana–Tanaka smoke layer,
 * bad floor plans as validation errors, determinism, and the school-fire scenario's plays.
 */
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { buildingFire } from "../../engine/hazards/building-fire.ts";
import { ALPHA } from "../../engine/hazards/fire/growth.ts";
import { ytStep } from "../../engine/hazards/fire/smoke.ts";
import type { FireState } from "../../engine/hazards/fire/state.ts";
import type { Worker } from "../../engine/hazards/types.ts";
import { parseScenario } from "../../engine/scenario/load.ts";
import type { Scenario } from "../../engine/scenario/schema.ts";
import { cmd, compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";

type Hazard = Record<string, any>;

/**
 * One storey: four 8 × 9 m classrooms (40 pupils each) off a 32 × 3 m corridor that ends in a
 * 1.2 m exit door. `edit` changes the hazard block before it is parsed like a scenario file.
 */
function floorDoc(edit: (h: Hazard) => void = () => {}): Record<string, unknown> {
  const rooms: Hazard[] = [];
  const doors: Hazard[] = [];
  const occupants: Hazard[] = [];
  for (let i = 0; i < 4; i++) {
    rooms.push({ id: `c${i + 1}`, name: { zh: `教室${i + 1}`, en: `Classroom ${i + 1}` }, floor: 1, kind: "classroom", rect: [i * 8, 0, 8, 9], windows: { areaM2: 6, heightM: 1.5 } });
    doors.push({ id: `d${i + 1}`, from: `c${i + 1}`, to: "corr", widthM: 1.0, at: [i * 8 + 6, 8] });
    occupants.push({ id: `k${i + 1}`, name: { zh: `${i + 1}班`, en: `Class ${i + 1}` }, room: `c${i + 1}`, pupils: 40, staff: 0, premovementS: { median: 0, p99: 0 } });
  }
  rooms.push({ id: "corr", name: { zh: "走廊", en: "Corridor" }, floor: 1, kind: "corridor", rect: [0, 9, 32, 3] });
  rooms.push({ id: "out", name: { zh: "东门", en: "East exit" }, floor: 1, kind: "exit", rect: [32, 9, 3, 3] });
  doors.push({ id: "dx", from: "corr", to: "out", widthM: 1.2, at: [32, 10] });
  const hazard: Hazard = {
    model: "building-fire",
    place: "school",
    floors: [{ level: 1, name: { zh: "一层", en: "First floor" }, heightM: 3.2 }],
    rooms, doors, occupants,
    fire: { origin: "c1", startAt: "00:00:00", growth: "medium" },
  };
  edit(hazard);
  return {
    id: "fixture", title: { zh: "测试", en: "Test" }, kind: "school-fire", eventClass: "ACCIDENT_DISASTER", blindness: "NONE",
    rules: "county-default", clock: { start: "2026-05-12T10:00:00+08:00", tickS: 1, duration: "01:00:00" },
    incidentPlace: "school", incidentAgency: "sch", leadAgency: "sch",
    map: {
      places: [{ id: "school", name: { zh: "学校", en: "School" }, kind: "school", x: 0, y: 0 }, { id: "st", name: { zh: "消防站", en: "Station" }, kind: "fireStation", x: 2000, y: 0 }],
      roads: [{ from: "school", to: "st", speedKmh: 40 }],
    },
    agencies: [{ id: "sch", name: { zh: "学校", en: "School" }, kind: "school" }],
    units: [], populations: [], hazard,
    weather: [{ at: "00:00:00", windFromDeg: 90, windSpeedMs: 2, stability: "D" }],
    injects: [],
  };
}

function floor(edit?: (h: Hazard) => void): Scenario {
  const r = parseScenario(stringify(floorDoc(edit)), "fixture.yaml");
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join("\n"));
  return r.value;
}

/** Run the model alone, 1-s ticks; `alarmS` sounds the alarm (an evacuate order at the school). */
function runModel(s: Scenario, seconds: number, opts: { alarmS?: number; seed?: number; workers?: (tMs: number) => Worker[]; each?: (st: FireState, tMs: number) => void } = {}): FireState {
  let st = buildingFire.init(s);
  let rng = {};
  for (let t = 0; t < seconds * 1000; t += 1000) {
    if (opts.alarmS !== undefined && t === opts.alarmS * 1000) st = buildingFire.order!(st, { type: "evacuate", by: "sch", place: "school", tMs: t }).state;
    const r = buildingFire.tick(st, { scenario: s, tMs: t, dtMs: 1000, weather: s.weather[0]!, workers: opts.workers?.(t) ?? [], seed: opts.seed ?? 7, rng });
    st = r.state;
    if (r.rng) rng = r.rng;
    opts.each?.(st, t + 1000);
  }
  return st;
}

/** heat release rate of the building now, kW */
const hrr = (st: FireState) => st.rooms.reduce((sum, r) => sum + r.qKW, 0);

describe("fire growth", () => {
  it("follows the medium t² curve: 0.01172 × 300² = 1,054.8 kW at 300 s", () => {
    const st = runModel(floor(), 300);
    expect(ALPHA.medium).toBe(0.01172);
    expect(hrr(st)).toBeCloseTo(0.01172 * 300 * 300, 0);
  });

  it("sprinklers limit the HRR: activation at a few hundred kW, then the CFAST decay", () => {
    let peakFree = 0;
    let peakSprinklered = 0;
    const free = runModel(floor(), 600, { each: (st) => (peakFree = Math.max(peakFree, hrr(st))) });
    const sprinklered = floor((h) => (h.rooms[0].sprinklers = {}));
    const st = runModel(sprinklered, 600, { each: (s) => (peakSprinklered = Math.max(peakSprinklered, hrr(s))) });
    const activatedAtKW = st.rooms[0]!.sprinklerKW;
    // a quick-response head (RTI 50, 68 °C) 2.1 m from a medium fire under a 3.2 m ceiling
    expect(activatedAtKW).toBeGreaterThan(100);
    expect(activatedAtKW).toBeLessThan(600);
    expect(peakSprinklered).toBeCloseTo(activatedAtKW, 0);
    // unsprinklered the fire keeps growing (4.2 MW at 600 s); sprinklered it has decayed
    expect(hrr(free)).toBeCloseTo(0.01172 * 600 * 600, 0);
    expect(hrr(st)).toBeLessThan(0.5 * activatedAtKW);
    expect(peakSprinklered).toBeLessThan(peakFree / 5);
  });
});

describe("smoke layer", () => {
  it("matches the Yamana–Tanaka table: 72 m² × 3.2 m room, 500 kW steady → 1.36 m at 60 s, 0.79 m at 120 s", () => {
    // hazards.md §2.4 table; its numbers imply ρ_u ≈ 0.95 kg/m³, a ~100 °C layer
    let z = 3.2;
    for (let i = 0; i < 60; i++) z = ytStep(z, 500, 1, 72, 100);
    expect(z).toBeCloseTo(1.36, 1);
    // the step is exact for constant Q: one 120-s step equals 120 one-second steps
    expect(ytStep(3.2, 500, 120, 72, 100)).toBeCloseTo(0.79, 2);
    expect(ytStep(3.2, 100, 60, 72, 100)).toBeCloseTo(1.83, 2);
  });

  it("descends faster in a smaller room for the same fire", () => {
    const shut = (h: Hazard) => (h.doors[0].closed = true);
    const bigPlan = floor(shut);
    const smallPlan = floor((h) => (shut(h), (h.rooms[0].rect = [4, 5, 4, 4]), (h.fire.at = [5, 6])));
    const layer = (s: Scenario) => {
      const st = runModel(s, 90);
      return buildingFire.summary(st, st.tMs, s).figures["layerM.c1"]!;
    };
    expect(layer(smallPlan)).toBeLessThan(layer(bigPlan) - 0.5);
  });
});

describe("evacuation", () => {
  it("one floor empties as the SFPE hydraulic hand calculation says, within 10%", () => {
    // Hand calculation (SFPE Handbook hydraulic model, hazards.md §2.5):
    //  • exit door 1.2 m clear − 2 × 0.15 m jambs = 0.90 m effective; F_s,max = 1.32 p/(s·m) → F_c = 1.188 p/s
    //  • each classroom door 1.0 − 0.30 = 0.70 m → 0.924 p/s, four of them 3.7 p/s > 1.188: the exit controls
    //  • flow time N/F_c = 160 / 1.188 = 134.7 s
    //  • the first person out: from the nearest classroom's centre (28, 4.5) to its door (30.5, 8.5) and on to
    //    the exit door (32.5, 10.5), 6.5 + 4 = 10.5 m walked at the unimpeded 0.85·k = 0.85 × 1.40 = 1.19 m/s
    //  • no pre-movement (0 s), alarm at t = 0: RSET = 10.5 / 1.19 + 134.7 ≈ 143.5 s
    const effectiveExit = 1.2 - 2 * 0.15;
    const flowTime = 160 / (effectiveExit * 1.32);
    const firstOut = (2.5 + 4 + 2 + 2) / (0.85 * 1.4);
    const hand = firstOut + flowTime;
    const plan = floor((h) => (h.fire.startAt = "00:50:00"));
    const st = runModel(plan, 300, { alarmS: 0 });
    const figures = buildingFire.summary(st, st.tMs, plan).figures;
    expect(figures.evacuated).toBe(160);
    expect(Math.abs(figures.evacuationS! - hand) / hand).toBeLessThan(0.1);
  });

  it("without an alarm the classes next door leave only when smoke reaches them", () => {
    const warned = runModel(floor(), 180, { alarmS: 0 });
    const unwarned = runModel(floor(), 180);
    expect(warned.counts.evacuated).toBe(160);
    // only the class in the burning room saw the fire
    expect(unwarned.counts.evacuated).toBe(40);
  });
});

describe("determinism", () => {
  const withDraws = floor((h) => h.occupants.forEach((o: Hazard) => (o.premovementS = { median: 40, p99: 120 })));
  it("gives the same state for the same seed, tick for tick", () => {
    const a = runModel(withDraws, 400, { alarmS: 30, seed: 11 });
    const b = runModel(withDraws, 400, { alarmS: 30, seed: 11 });
    expect(buildingFire.hashable(b)).toEqual(buildingFire.hashable(a));
    expect(b).toEqual(a);
  });

  it("draws different pre-movement times for another seed", () => {
    const a = runModel(withDraws, 2, { seed: 11 });
    const b = runModel(withDraws, 2, { seed: 12 });
    expect(a.premoveMs).not.toEqual(b.premoveMs);
    for (const ms of a.premoveMs) expect(ms).toBeLessThanOrEqual(3 * 120_000);
  });
});

describe("bad floor plans are validation errors with a line", () => {
  const problems = (edit: (h: Hazard) => void) => {
    const r = parseScenario(stringify(floorDoc(edit)), "bad.yaml");
    return r.ok ? [] : r.problems;
  };
  it.each([
    ["a door of zero width", (h: Hazard) => (h.doors[1].widthM = 0), ["hazard", "doors", 1, "widthM"], /no effective width/],
    ["a door to an unknown room", (h: Hazard) => (h.doors[2].to = "corridor9"), ["hazard", "doors", 2, "to"], /unknown room "corridor9"/],
    ["a room with no exit path", (h: Hazard) => h.doors.splice(4, 1), ["hazard", "rooms", 0], /no path to an exit/],
    [
      "stairs to a missing floor",
      (h: Hazard) => h.stairs = [{ id: "s1", name: { zh: "楼梯", en: "Stair" }, rect: [32, 0, 3, 6], floors: [1, 2], widthM: 1.4 }],
      ["hazard", "stairs", 0, "floors", 1],
      /floor 2, which is not in floors/,
    ],
  ])("%s", (_name, edit, path, message) => {
    const found = problems(edit as (h: Hazard) => void).find((p) => JSON.stringify(p.path) === JSON.stringify(path));
    expect(found?.message).toMatch(message as RegExp);
    expect(found!.line).toBeGreaterThan(1);
  });
});

describe("the school-fire scenario", () => {
  const c = compiled("school-fire");
  const good = runPlay(c, playOf(c, `${SCENARIOS}/plays/school-fire.good.yaml`));
  const harm = (r: typeof good) => {
    const k = r.state.casualties;
    // deaths weigh most, then serious injuries; anyone still trapped or missing at the end counts as harmed
    return 100 * k.deaths + 10 * k.seriousInjuries + k.injured + k.trapped + k.missing;
  };

  it("with no action at all causes more harm than with the good play", () => {
    const none = runPlay(c, []);
    expect(none.state.casualties.deaths).toBeGreaterThan(good.state.casualties.deaths);
    expect(harm(none)).toBeGreaterThan(harm(good));
  });

  it("the good play meets every obligation and traps a class that the ladder brings out", () => {
    expect(good.state.obligations.filter((o) => o.status !== "met").map((o) => o.id)).toEqual([]);
    const what = good.events.flatMap((e) => (e.type === "hazardChanged" ? [e.what] : []));
    expect(what).toContain("classTrapped");
    expect(what).toContain("groupRescued");
    expect(good.state.casualties.deaths).toBe(0);
    expect(good.state.casualties.missing).toBe(0);
  });

  it("the poor play is late or misses obligations and ends worse", () => {
    const poor = runPlay(c, playOf(c, `${SCENARIOS}/plays/school-fire.poor.yaml`));
    const late = poor.state.obligations.filter((o) => o.status === "late" || o.status === "missed").map((o) => o.ruleId);
    expect(late).toEqual(expect.arrayContaining(["LNK-SCH-SCHOOL", "LNK-SCH-FIRE", "CTY-02-oral", "CTY-02-written"]));
    expect(harm(poor)).toBeGreaterThan(harm(good));
  });
});

describe("a search aimed at a room (dispatch target)", () => {
  const c = compiled("school-fire");
  const base = playOf(c, `${SCENARIOS}/plays/school-fire.good.yaml`);
  // the missing pupil is the last person the search finds
  const foundAt = (commands: typeof base) => runPlay(c, commands, 7, 40 * 60_000).events.filter((e) => e.type === "hazardChanged" && e.what === "personFound").at(-1)?.at;

  it("the school's rooms are the targets a dispatch may name", () => {
    expect(c.hazard.siteTargets!(c.scenario).map((t) => t.id)).toContain("toilet-3");
  });

  it("finds the missing pupil in the third-floor toilets (三楼卫生间) sooner than searching in plan order", () => {
    // the same response, the second search crew (sent at 00:02:40) searching in plan order or aimed at the toilets
    const plain = base.filter((cmd) => !(cmd.type === "dispatch" && cmd.target));
    const aimed = plain.map((cmd) => (cmd.type === "dispatch" && cmd.units.includes("cd-e1") && cmd.task === "search" ? { ...cmd, target: "toilet-3" } : cmd));
    const [a, p] = [foundAt(aimed), foundAt(plain)];
    expect(a).toBeDefined();
    expect(p).toBeDefined();
    expect(a!).toBeLessThan(p! - 60_000);
  });

  it("a target that is not a room of the school is rejected with its code", () => {
    const r = runPlay(c, [cmd("00:01:00", "fire", { type: "dispatch", units: ["cg-rescue"], place: "school", task: "search", target: "boiler-room" }, 1)], 7, 5 * 60_000);
    expect(r.events.find((e) => e.type === "rejected")).toMatchObject({ code: "unknownSpot", params: { target: "boiler-room" } });
  });
});
