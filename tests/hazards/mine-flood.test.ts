/**
 * The mine-flood model against hand calculations (hazards.md §3): a roadway of volume V at
 * inflow Q fills in V/Q; pumps stronger than the inflow hold the level; crews stop at chest
 * depth; boreholes go only to people above the water line; same inputs, same hash. Small
 * hand-built mines are parsed through the real loader, so their layout is validated too.
 */
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { mineFlood, type MineState } from "../../engine/hazards/mine-flood.ts";
import { depths } from "../../engine/hazards/mine/depth.ts";
import { depthAt, type MinerCtx } from "../../engine/hazards/mine/miners.ts";
import { network } from "../../engine/hazards/mine/network.ts";
import type { Worker } from "../../engine/hazards/types.ts";
import { parseScenario } from "../../engine/scenario/load.ts";
import type { Scenario } from "../../engine/scenario/schema.ts";
import { compiled, playOf, runPlay } from "../helpers.ts";

const TICK_MS = 10_000;

/** A minimal scenario around a mine hazard block (one agency, no units: the model is driven directly). */
function scenarioText(hazard: Record<string, unknown>): string {
  return stringify({
    id: "mine-test", title: { zh: "测试矿井", en: "Test mine" }, kind: "mine-flood", eventClass: "ACCIDENT_DISASTER",
    blindness: "NONE", rules: "county-default", clock: { start: "2026-06-01T08:00:00+08:00", tickS: 10, duration: "12:00:00" },
    incidentPlace: "mine", incidentAgency: "mine-co", leadAgency: "mine-co",
    map: {
      places: [
        { id: "mine", kind: "mine", x: 0, y: 0, name: { zh: "矿井", en: "Mine" } },
        { id: "town", kind: "town", x: 5000, y: 0, name: { zh: "镇", en: "Town" } },
      ],
      roads: [{ from: "mine", to: "town", speedKmh: 40 }],
    },
    agencies: [{ id: "mine-co", kind: "coalMine", base: "mine", name: { zh: "煤矿", en: "Coal mine" } }],
    units: [], populations: [], injects: [],
    weather: [{ at: "00:00:00", windFromDeg: 0, windSpeedMs: 2, stability: "D" }],
    hazard: { model: "mine-flood", site: "mine", stepS: 10, tasks: { installPumps: { node: "B" } }, ...hazard },
  });
}

function mine(hazard: Record<string, unknown>): Scenario {
  const r = parseScenario(scenarioText(hazard), "test.yaml");
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}:${p.col} ${p.path.join(".")} ${p.message}`).join("\n"));
  return r.value;
}

const node = (id: string, kind: string, elevationM: number, x = 0) => ({ id, kind, elevationM, x, y: 0, name: { zh: id, en: id } });

/** Portal P, a narrow shaft to station A (−300 m), and roadway A→B falling 10 m over 500 m (12 m², 3 m high). */
function incline(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nodes: [node("P", "portal", 0), node("A", "shaft", -300), node("B", "sump", -310, 500)],
    segments: [
      { id: "shaft", from: "P", to: "A", kind: "shaft", lengthM: 300, areaM2: 1 },
      { id: "road", from: "A", to: "B", lengthM: 500, areaM2: 12, heightM: 3 },
    ],
    sources: [{ id: "inrush", node: "B", schedule: [{ at: "00:00:00", m3h: 1200 }] }],
    ...extra,
  };
}

interface Run {
  st: MineState;
  log: Array<{ t: number; st: MineState; failed: string[]; completed: string[] }>;
}

/** Drive the model alone: `orders` are withdrawals (evacuate at the site), `workers(t)` the units working. */
function drive(s: Scenario, untilMs: number, opts: { orders?: number[]; workers?: (t: number) => Worker[] } = {}): Run {
  let st = mineFlood.init(s);
  const log: Run["log"] = [];
  for (let t = 0; t <= untilMs; t += TICK_MS) {
    for (const at of opts.orders ?? []) if (at === t) st = mineFlood.order!(st, { type: "evacuate", by: "mine-co", place: "mine", tMs: t }).state;
    const r = mineFlood.tick(st, { scenario: s, tMs: t, dtMs: TICK_MS, weather: s.weather[0]!, workers: opts.workers?.(t) ?? [], seed: 1, rng: {} });
    st = r.state;
    log.push({ t, st, failed: (r.failed ?? []).map((f) => f.reason.code), completed: (r.completed ?? []).map((c) => c.task) });
  }
  return { st, log };
}

const worker = (task: string, unit = "team-1"): Worker => ({ unit, type: "mineRescueSquad", task, place: "mine", pos: { x: 0, y: 0 }, crew: 9, capabilities: [task], protection: "scba", sinceMs: 0 });
const depthCm = (st: MineState, seg: string) => st.segDepthCm[st.ids.segs.indexOf(seg)]!;
const hours = (ms: number) => ms / 3_600_000;

describe("filling", () => {
  it("fills a roadway of volume V at inflow Q in V/Q (within 5%)", () => {
    const s = mine(incline());
    const vM3 = 500 * 12; // the whole prism is under water once the level is a roadway height above A
    const { log } = drive(s, 8 * 3_600_000);
    const full = log.find((e) => e.st.water.lakes.some((l) => l.levelM >= -300 + 3))!;
    expect(full).toBeDefined();
    expect(Math.abs(hours(full.t) - vM3 / 1200) / (vM3 / 1200)).toBeLessThan(0.05);
  });

  it("fills lowest first: the low end is chest-deep while the high end is still dry", () => {
    const s = mine(incline());
    const { log } = drive(s, 3_600_000);
    const st = log[log.length - 1]!.st;
    // 1200 m³ after an hour: the wedge W·L/Δz·(H²/2 + H·(h − H)) = 200·(4.5 + 3(h − 3)) gives h = 3.5 m at B.
    expect(st.nodeDepthCm[st.ids.nodes.indexOf("B")]!).toBeGreaterThan(130);
    expect(st.nodeDepthCm[st.ids.nodes.indexOf("A")]!).toBe(0);
  });

  it("delays the water by the front's travel time down a roadway", () => {
    // Pour at A: the water runs 500 m down a 2 % slope before it pools at B (Manning front ≈ 2.3 m/s).
    const s = mine(incline({ sources: [{ id: "inrush", node: "A", schedule: [{ at: "00:00:00", m3h: 1200 }] }] }));
    const { log } = drive(s, 600_000);
    const firstLake = log.find((e) => e.st.water.lakes.length > 0)!;
    expect(firstLake.t).toBeGreaterThanOrEqual(200_000);
    expect(firstLake.t).toBeLessThanOrEqual(240_000);
  });
});

describe("pumps", () => {
  const room = (m3h: number) => ({
    nodes: [node("P", "portal", 0), node("A", "shaft", -300), node("B", "sump", -310, 500), node("R", "pumpRoom", -299.5, -40)],
    segments: [
      { id: "shaft", from: "P", to: "A", kind: "shaft", lengthM: 300, areaM2: 1 },
      { id: "road", from: "A", to: "B", lengthM: 500, areaM2: 12, heightM: 3 },
      { id: "toRoom", from: "A", to: "R", lengthM: 40, areaM2: 12 },
    ],
    pumpRooms: [{ id: "central", node: "R", suction: "B", pumps: [{ id: "p1", m3h }] }],
  });

  it("hold the level when their capacity exceeds the inflow", () => {
    const s = mine(incline(room(1500)));
    const { log } = drive(s, 5 * 3_600_000);
    const volumes = log.filter((e) => e.t >= 3_600_000).map((e) => e.st.water.lakes.reduce((a, l) => a + l.volL, 0));
    // Never more than one step's inflow (1200 m³/h × 10 s = 3.3 m³) stands in the mine.
    expect(Math.max(...volumes)).toBeLessThanOrEqual(3334);
    expect(depthCm(log[log.length - 1]!.st, "road")).toBeLessThan(30);
    expect(mineFlood.summary(log[log.length - 1]!.st, 5 * 3_600_000, s).controlled).toBe(true);
  });

  it("only slow the filling when weaker than the inflow: V/(Q − P) (within 5%)", () => {
    // The pump room up a 50 % ramp stays dry; the ramp's foot holds W·L/Δz·H²/2 = 4·40/20·4.5 = 36 m³ below −297.
    const high = room(600);
    high.nodes[3] = node("R", "pumpRoom", -280, -40);
    const s = mine(incline(high));
    const { log } = drive(s, 12 * 3_600_000);
    const full = log.find((e) => e.st.water.lakes.some((l) => l.levelM >= -300 + 3))!;
    const vM3 = 6000 + 36 + 3; // roadway + ramp foot + 3 m of a 1 m² shaft
    expect(Math.abs(hours(full.t) - vM3 / 600) / (vM3 / 600)).toBeLessThan(0.05);
    expect(full.st.pumps[0]!.failedMs).toBe(-1);
    expect(mineFlood.summary(full.st, full.t, s).controlled).toBe(false);
  });

  it("fail when their pump room floods (0.3 m on its floor)", () => {
    const s = mine(incline(room(600)));
    const { log } = drive(s, 12 * 3_600_000);
    const failed = log.find((e) => e.st.pumps[0]!.failedMs >= 0)!;
    expect(failed.st.water.lakes[0]!.levelM).toBeGreaterThanOrEqual(-299.5 + 0.3);
    expect(failed.st.water.lakes[0]!.levelM).toBeLessThan(-299.5 + 0.3 + 0.05);
    // Without pumps the water then rises at the full inflow: 600 m³ in the next half hour.
    const later = log.find((e) => e.t === failed.t + 1_800_000)!;
    const vol = (e: typeof failed) => e.st.water.lakes.reduce((a, l) => a + l.volL, 0) / 1000;
    expect(vol(later) - vol(failed)).toBeCloseTo(600, -1);
  });
});

/** A face F beyond a dip D: the only way out runs through the dip, where the water collects. */
function dip(minerNode = "F", extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nodes: [node("P", "portal", 0), node("A", "shaft", -300), node("D", "junction", -305, 300), node("F", "face", -300, 600), node("B", "junction", -300, 700)],
    segments: [
      { id: "shaft", from: "P", to: "A", kind: "shaft", lengthM: 300, areaM2: 1 },
      { id: "in", from: "A", to: "D", lengthM: 300, areaM2: 10 },
      { id: "out", from: "D", to: "F", lengthM: 300, areaM2: 10 },
      { id: "face", from: "F", to: "B", lengthM: 100, areaM2: 10 },
    ],
    sources: [{ id: "inrush", node: "D", schedule: [{ at: "00:00:00", m3h: 800 }] }],
    miners: [{ id: "crew", count: 6, node: minerNode }],
    tasks: { installPumps: { node: "D" } },
    ...extra,
  };
}

describe("miners", () => {
  it("walk out through shallow water when withdrawn early", () => {
    const s = mine(dip());
    const { st } = drive(s, 3_600_000, { orders: [0] });
    expect(st.miners[0]!.status).toBe("safe");
  });

  it("are blocked at chest depth and trapped above the water, not drowned", () => {
    const s = mine(dip());
    // After 30 min ≈ 400 m³ stand in the dip: depth at D ≈ 2 m. Withdraw only then.
    const { log, st } = drive(s, 2 * 3_600_000, { orders: [1_800_000] });
    expect(st.miners[0]!.status).toBe("trapped");
    // Where the crew stood, tick by tick: never in water at or over chest depth (1.3 m by default).
    const net = network(s);
    const standing = log.map((e) => depthAt({ net, d: depths(net, e.st.water, 10) } as MinerCtx, e.st.miners[0]!));
    expect(Math.max(...standing)).toBeLessThan(1.3);
  });
});

describe("refuge and rescue", () => {
  it("a shelter order sends a crew to the refuge chamber; a rescue team later leads it out", () => {
    const h = dip("F", {
      nodes: [...(dip().nodes as unknown[]), node("R", "refuge", -299, -50)],
      segments: [...(dip().segments as unknown[]), { id: "toRefuge", from: "A", to: "R", lengthM: 50, areaM2: 8 }],
      refuges: [{ id: "r1", node: "R", capacity: 20 }],
    });
    const s = mine(h);
    let st = mineFlood.order!(mineFlood.init(s), { type: "shelter", by: "mine-co", place: "mine", tMs: 0 }).state;
    const log: MineState[] = [];
    for (let t = 0; t <= 2 * 3_600_000; t += TICK_MS) {
      st = mineFlood.tick(st, { scenario: s, tMs: t, dtMs: TICK_MS, weather: s.weather[0]!, workers: t >= 3_600_000 ? [worker("rescue")] : [], seed: 1, rng: {} }).state;
      log.push(st);
    }
    const beforeRescue = log[3_600_000 / TICK_MS - 1]!;
    expect(beforeRescue.miners[0]!.status).toBe("refuge");
    expect(mineFlood.occupants!(beforeRescue).trapped).toBe(6);
    // In and out from the portal: 300 m of shaft at 2 m/s and 50 m at 0.7 m/s, twice: ≈ 7.4 min.
    const out = log.findIndex((x) => x.miners[0]!.status === "safe");
    expect(out * TICK_MS - 3_600_000).toBeGreaterThan(7 * 60_000);
    expect(out * TICK_MS - 3_600_000).toBeLessThan(8 * 60_000);
    expect(mineFlood.occupants!(st)).toMatchObject({ evacuated: 6, trapped: 0, injured: 6 });
  });
});

describe("boreholes", () => {
  it("reach trapped miners above the water line", () => {
    const s = mine(dip("F", { tasks: { installPumps: { node: "D" }, drillBorehole: { workS: 1800 } } }));
    const { log, st } = drive(s, 3 * 3_600_000, { orders: [1_800_000], workers: (t) => (t >= 3_600_000 ? [worker("drillBorehole")] : []) });
    expect(log.some((e) => e.completed.includes("drillBorehole"))).toBe(true);
    expect(st.miners[0]!.supplied).toBe(true);
  });

  it("go where the order aims them (a dispatch target): to the trapped crew's node, or fail where nobody is trapped", () => {
    const s = mine(dip("F", { tasks: { installPumps: { node: "D" }, drillBorehole: { workS: 1800 } } }));
    const at = (target: string) => drive(s, 3 * 3_600_000, { orders: [1_800_000], workers: (t) => (t >= 3_600_000 ? [{ ...worker("drillBorehole"), target }] : []) });
    expect(mineFlood.siteTargets!(s).map((n) => n.id)).toEqual(expect.arrayContaining(["A", "F"]));
    const there = at("F");
    expect(there.st.miners[0]!.supplied).toBe(true);
    const wrong = at("A");
    expect(wrong.log.flatMap((e) => e.failed)).toContain("noUnsuppliedTrappedAt");
    expect(wrong.st.miners[0]!.supplied).toBe(false);
  });

  it("are refused to miners below the water line, with the reason", () => {
    // A rising dead end K off the low junction L: once L's water covers the mouth's roof (−307) the air is sealed.
    // 1800 m³ in, then the inrush stops: the water outside stands about a metre above the crew's floor (−304).
    const s = mine({
      nodes: [node("P", "portal", 0), node("A", "shaft", -300), node("L", "junction", -310, 300), node("K", "face", -304, 340)],
      segments: [
        { id: "shaft", from: "P", to: "A", kind: "shaft", lengthM: 300, areaM2: 1 },
        { id: "in", from: "A", to: "L", lengthM: 300, areaM2: 10 },
        { id: "heading", from: "L", to: "K", lengthM: 40, areaM2: 9, heightM: 3 },
      ],
      sources: [{ id: "inrush", node: "L", schedule: [{ at: "00:00:00", m3h: 1800 }, { at: "01:00:00", m3h: 0 }] }],
      miners: [{ id: "crew", count: 3, node: "K" }],
      tasks: { installPumps: { node: "L" } },
    });
    const { log, st } = drive(s, 3 * 3_600_000, { orders: [3_600_000], workers: (t) => (t >= 7_200_000 ? [worker("drillBorehole")] : []) });
    const lake = st.water.lakes[0]!;
    expect(lake.levelM).toBeGreaterThan(-304); // the water outside stands above them…
    expect(st.miners[0]!.status).toBe("trapped"); // …yet they are alive in the air pocket
    const reasons = log.flatMap((e) => e.failed);
    expect(reasons).toContain("trappedBelowWater");
    expect(st.miners[0]!.supplied).toBe(false);
  });
});

describe("determinism", () => {
  const s = mine(dip("F", { tasks: { installPumps: { node: "D", workS: 1200 }, drillBorehole: { workS: 1800 } } }));
  const go = (orderAt: number) => JSON.stringify(mineFlood.hashable(drive(s, 3 * 3_600_000, { orders: [orderAt], workers: (t) => (t >= 600_000 ? [worker("installPumps", "pumps-1"), worker("rescue", "team-2")] : []) }).st));

  it("gives the same hashable state for the same inputs", () => {
    expect(go(1_800_000)).toBe(go(1_800_000));
  });

  it("gives a different one when the withdrawal comes at another time", () => {
    expect(go(600_000)).not.toBe(go(1_800_000));
  });

  it("never changes the state it is given", () => {
    const { log } = drive(s, 1_800_000, { orders: [600_000] });
    const before = log[log.length - 1]!.st;
    const frozen = JSON.stringify(before);
    for (let t = 1_810_000; t < 2_400_000; t += TICK_MS) {
      mineFlood.tick(before, { scenario: s, tMs: t, dtMs: TICK_MS, weather: s.weather[0]!, workers: [worker("installPumps"), worker("rescue", "team-2"), worker("drillBorehole", "drill")], seed: 1, rng: {} });
    }
    expect(JSON.stringify(before)).toBe(frozen);
  });
});

describe("scenarios/mine-flood.yaml with its plays", () => {
  const c = compiled("mine-flood");
  const none = runPlay(c, [], 11);
  const good = runPlay(c, playOf(c, "scenarios/plays/mine-flood.good.yaml"), 11);
  const poor = runPlay(c, playOf(c, "scenarios/plays/mine-flood.poor.yaml"), 11);
  const harm = (r: typeof none) => r.state.casualties.deaths + r.state.casualties.trapped + r.state.casualties.missing + r.state.casualties.exposed;
  const count = (r: typeof none, status: string) => r.state.obligations.filter((o) => o.status === status).length;
  const figures = (r: typeof none) => c.hazard.summary(r.state.hazard, r.state.tMs, c.scenario).figures;

  it("good play: everyone out before the dip floods, no obligation late or missed", () => {
    expect(good.state.casualties).toMatchObject({ deaths: 0, trapped: 0, missing: 0, evacuated: 42 });
    expect(count(good, "missed") + count(good, "late")).toBe(0);
    expect(good.state.obligations.length).toBeGreaterThan(15);
    expect(figures(good).pumpsFailed).toBe(0); // the wall in the track incline kept the pump room dry
  });

  it("no action causes more harm than the good play: heading 1205 cut off, the pump room lost", () => {
    expect(harm(none)).toBeGreaterThan(harm(good));
    // ground truth: 6 cut off; nobody has located them, so they are missing to the agencies too
    expect(none.state.casualties.trapped).toBe(6);
    expect(none.state.casualties.missing).toBe(6);
    expect(figures(none).pumpsFailed).toBe(2);
  });

  it("poor play: late and missed obligations and a worse outcome than the good play", () => {
    expect(count(poor, "late")).toBeGreaterThan(0);
    expect(count(poor, "missed")).toBeGreaterThan(0);
    expect(harm(poor)).toBeGreaterThan(harm(good));
    expect(poor.state.casualties.trapped).toBe(6); // located by the rescue team's survey
  });

  it("runs deterministically: the same play gives the same state hash", () => {
    expect(runPlay(c, playOf(c, "scenarios/plays/mine-flood.good.yaml"), 11).hash).toBe(good.hash);
  });
});

describe("a malformed roadway network is a validation error with its line", () => {
  const problems = (hazard: Record<string, unknown>) => {
    const text = scenarioText(hazard);
    const r = parseScenario(text, "bad.yaml");
    expect(r.ok).toBe(false);
    return { text, problems: r.ok ? [] : r.problems };
  };
  const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

  it("a segment whose end is not a node", () => {
    const h = incline();
    (h.segments as Array<Record<string, unknown>>)[1]!.to = "Nowhere";
    const { text, problems: ps } = problems(h);
    const p = ps.find((x) => x.message.includes('no node "Nowhere"'))!;
    expect(p.path).toEqual(["hazard", "segments", 1, "to"]);
    expect(p.line).toBe(lineOf(text, "to: Nowhere"));
  });

  it("a node that connects to nothing, and roadways with no way out to a portal", () => {
    const h = incline();
    (h.nodes as unknown[]).push(node("Lost", "junction", -320), node("C", "junction", -330), node("D", "face", -331));
    (h.segments as unknown[]).push({ id: "island", from: "C", to: "D", lengthM: 100, areaM2: 10 });
    const { problems: ps } = problems(h);
    expect(ps.map((p) => p.message)).toEqual(expect.arrayContaining([
      'node "Lost" connects to nothing',
      'node "C" has no roadway path to a portal',
      'node "D" has no roadway path to a portal',
    ]));
  });

  it("a pump room that is not a pump-room node", () => {
    const { problems: ps } = problems(incline({ pumpRooms: [{ id: "pr", node: "A", suction: "B", pumps: [{ id: "p", m3h: 100 }] }] }));
    expect(ps.find((p) => p.path.join(".") === "hazard.pumpRooms.0.node")?.message).toBe('node "A" is a shaft');
  });
});
