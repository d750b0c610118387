/**
 * Rule-based bots as competent unstaffed seats (README "Bots"): the chemical-leak drill with every
 * seat a bot, run headless through LiveDrill (the server's intake, log and clock, no sockets) to
 * 02:00:00. Deadlines come from the rules profile file itself (scenarios/rules/county-default.yaml,
 * read here as plain YAML); the isolation distance is ERG 2024 Table 3's for chlorine from a
 * highway tank (domain.md §4.2: 600 m; the scenario's tank holds 20 t).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { EventOf } from "../../engine/model/events.ts";
import { crewCasualties } from "../../engine/people/tick.ts";
import { resolveAgencies } from "../../engine/rules/agencies.ts";
import { crewProtectedFor } from "../../engine/units/protection.ts";
import { LiveDrill } from "../../server/live/drill.ts";
import { liveFindings } from "../../server/live/tools.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

const YAML = readFileSync("scenarios/chemical-leak.yaml", "utf8");
const RULES = parseYaml(readFileSync("scenarios/rules/county-default.yaml", "utf8")) as {
  reporting: Array<{ id: string; from: string; to: string; withinMin: number; clockStartsAt: string; scenarioKinds?: string[] }>;
  linkage: Record<string, Array<{ id: string; notifiedWithinMin?: number }>>;
};
const MIN = 60_000;
const TWO_HOURS = 120 * MIN;
/** ERG 2024 Table 3, chlorine, highway tank truck or trailer: initial isolation 600 m (domain.md §4.2) */
const ISOLATE_M = 600;
/** the scenario's agencies of the kinds the enterprise must report to (危化条例 第七十一条, 493号令 第九条) */
const BY_KIND: Record<string, string> = { emergencyBureau: "eb", ecoEnvironmentBureau: "eco", publicSecurity: "police", healthBureau: "health" };
const SEATS = ["ent", "duty", "eb", "fire", "police", "health", "eco", "met", "town"];

function drillWith(yaml: string, bots: string[]): LiveDrill {
  const store = openSqliteStore(":memory:");
  return LiveDrill.create(store, { scenarioYaml: yaml, file: "chemical-leak.yaml", seed: 7, settings: { blindness: "DOUBLE_BLIND", speed: 1, bots } }).drill;
}

/**
 * A drill already stored whose scenario is then read as `yaml` (a stored drill compiles as it began, scenario-text.ts):
 * a new drill with a unit stranded by its roads is refused at creation, as drill validate refuses it (check-roads.ts).
 */
function storedDrillWith(yaml: string, bots: string[]): LiveDrill {
  const store = openSqliteStore(":memory:");
  const { drill } = LiveDrill.create(store, { scenarioYaml: YAML, file: "chemical-leak.yaml", seed: 7, settings: { blindness: "DOUBLE_BLIND", speed: 1, bots } });
  return LiveDrill.rebuild({ ...store.getDrill(drill.id)!, scenarioYaml: yaml }, [], { store });
}

function runTo(drill: LiveDrill, ms: number): void {
  while (!drill.state.ended && drill.state.tMs < ms) drill.tick(Math.min(600, (ms - drill.state.tMs) / drill.c.tickMs));
}

function score(drill: LiveDrill): number {
  const f = liveFindings(drill);
  if ("error" in f || f.score === null) throw new Error("no score");
  return f.score;
}

describe("every seat of the chemical leak a rule-based bot, to 02:00:00", () => {
  const drill = drillWith(YAML, SEATS);
  runTo(drill, TWO_HOURS);
  const findings = (() => {
    const f = liveFindings(drill);
    if ("error" in f) throw new Error(f.error);
    return f.findings;
  })();
  const sent = <T extends string>(type: T) => drill.events.filter((e): e is EventOf<T & EventOf<never>["type"]> => e.type === type);

  it("the enterprise calls 119 within the profile's 10 minutes and reports to the four departments within their 10 minutes (危化条例 第七十一条), every 第十二条 field filled", () => {
    const fireRule = RULES.linkage["chemical-leak"]!.find((r) => r.id === "LNK-CHEM-FIRE")!;
    expect(fireRule.notifiedWithinMin).toBe(10);
    const call = drill.state.messages.find((m) => m.kind === "message" && m.from === "ent" && m.to.includes("fire"));
    expect(call?.atMs).toBeLessThanOrEqual(fireRule.notifiedWithinMin! * MIN);
    expect(call?.text).toContain("119");
    // the alarm (inj-01) reaches the enterprise at 00:00:00: the receipt-clocked minutes run from there
    const entRules = RULES.reporting.filter((r) => r.from === "incidentAgency" && r.clockStartsAt === "receipt" && r.scenarioKinds?.includes("chemical-leak"));
    expect(entRules.map((r) => r.id).sort()).toEqual(["RPT-ENT-CHEM-EB", "RPT-ENT-CHEM-ECO", "RPT-ENT-CHEM-HEALTH", "RPT-ENT-CHEM-PSB"]);
    expect(entRules.map((r) => r.withinMin)).toEqual([10, 10, 10, 10]);
    const reports = drill.events.filter((e): e is EventOf<"reportSubmitted"> => e.type === "reportSubmitted" && e.from === "ent");
    for (const r of entRules) {
      const first = reports.find((e) => e.to === BY_KIND[r.to]);
      expect(first, r.id).toBeDefined();
      expect(first!.at, r.id).toBeLessThanOrEqual(r.withinMin * MIN);
      expect(first!.missingFields, r.id).toEqual([]);
    }
  });

  it("every reporting duty due by 02:00:00 was met in time; no REPORT_MISSING or REPORT_LATE on any seat", () => {
    const due = drill.state.obligations.filter((o) => o.kind === "report" && o.deadlineMs <= TWO_HOURS);
    expect(due.length).toBeGreaterThanOrEqual(8);
    expect(due.filter((o) => o.status !== "met").map((o) => `${o.id}:${o.status}`)).toEqual([]);
    expect(findings.filter((f) => f.code === "REPORT_MISSING" || f.code === "REPORT_LATE").map((f) => f.message.zh)).toEqual([]);
  });

  it("no crew is sent into the hazard unprotected: unprotected units stop outside the 600 m isolation circle, no exposure finding, no responder hurt", () => {
    expect(findings.filter((f) => f.code === "HOT_ZONE_UNPROTECTED" || f.code === "UNSAFE_ENTRY")).toEqual([]);
    const tank = drill.c.scenario.map.places.find((p) => p.id === "tank-v101")!;
    const stoppedAt = drill.c.hazard.summary(drill.state.hazard, drill.state.tMs, drill.c.scenario).controlledAtMs ?? Infinity;
    const dispatched = drill.events.filter((e): e is EventOf<"unitDispatched"> => e.type === "unitDispatched");
    expect(dispatched.length).toBeGreaterThanOrEqual(8);
    for (const e of dispatched) {
      const def = drill.c.units.get(e.unit)!;
      const at = drill.c.scenario.map.places.find((p) => p.id === e.place)!;
      // the ERG circle binds until the source is stopped; after that only the measured cloud does
      if (def.protection === "none" && e.at < stoppedAt) expect(Math.hypot(at.x - tank.x, at.y - tank.y), `${e.unit} → ${e.place}`).toBeGreaterThan(ISOLATE_M);
      // only units of a type some requirement asks for, doing that requirement's task, or sent by their agency on a task its
      // own linkage duty names (LNK-CHEM-ENT: the enterprise organises the rescue at once, 危化条例 第七十一条: its own
      // team, SCBA-protected for rescue, crewProtectedFor), a crew the ERG circle does not bar only if protected for it
      const ownDuty = drill.c.rules.linkage["chemical-leak"]!.some((r) => resolveAgencies(drill.c, r.agency).includes(def.agency) && r.actions.some((a) => a.type === "dispatch" && a.task === e.task));
      expect(drill.c.scenario.requirements.some((r) => r.unitType.includes(def.type) && r.task === e.task) || ownDuty, `${e.unit} ${e.task}`).toBe(true);
      if (def.protection !== "none" && e.at < stoppedAt && Math.hypot(at.x - tank.x, at.y - tank.y) <= ISOLATE_M) expect(crewProtectedFor(def, e.task), `${e.unit} ${e.task} protected`).toBe(true);
    }
    expect(drill.events.some((e) => e.type === "unitExposed" && !e.protected)).toBe(false);
    const tox = drill.c.hazard.toxicology!(drill.c.scenario);
    const hurt = drill.state.units.map((u) => crewCasualties(u, drill.c.units.get(u.id)!.crew, tox)).reduce((a, c) => a + c.deaths + c.seriousInjuries, 0);
    expect(hurt).toBeLessThan(0.5);
  });

  it("crews staged outside the isolation circle go on to the plant once the leak is stopped and the air there is clear (ERG 2024: zones adjusted on monitoring after the release ends)", () => {
    const stoppedAt = drill.c.hazard.summary(drill.state.hazard, drill.state.tMs, drill.c.scenario).controlledAtMs;
    expect(stoppedAt).toBeDefined();
    const treat = drill.c.scenario.requirements.find((r) => r.task === "treat")!;
    const arrivals = drill.events.filter((e): e is EventOf<"unitArrived"> => e.type === "unitArrived" && e.place === treat.place && drill.c.units.get(e.unit)!.type === "ambulance");
    expect(arrivals.length).toBeGreaterThanOrEqual(treat.count);
    for (const a of arrivals) expect(a.at).toBeGreaterThan(stoppedAt!);
    expect(findings.filter((f) => f.code === "DISPATCH_INSUFFICIENT" && f.agency === "health")).toEqual([]);
  });

  it("no seat acts before it is told of the incident (double-blind), and no command was refused", () => {
    for (const e of drill.events) {
      if (e.type !== "messageSent" && e.type !== "unitDispatched" && e.type !== "reportSubmitted") continue;
      const by = e.type === "unitDispatched" ? e.agency : e.from;
      const told = drill.state.knowledge.find((k) => k.agency === by)?.notifiedAtMs;
      expect(told, by).toBeDefined();
      expect(e.at, `${by} ${e.type}`).toBeGreaterThanOrEqual(told!);
    }
    expect(sent("rejected")).toEqual([]);
  });

  it("scores far above the same drill with nobody acting", () => {
    const idle = drillWith(YAML, []);
    runTo(idle, TWO_HOURS);
    const none = score(idle);
    expect(none).toBe(0);
    expect(score(drill)).toBeGreaterThanOrEqual(none + 60);
  });
});

describe("the school fire with every seat a bot", () => {
  it("the school calls 119 within the profile's minutes and sounds the evacuation within its own duty's minutes", () => {
    const store = openSqliteStore(":memory:");
    const yaml = readFileSync("scenarios/school-fire.yaml", "utf8");
    const seats = ["sch", "fire", "ems", "police", "edu", "eb", "duty", "town"];
    const { drill } = LiveDrill.create(store, { scenarioYaml: yaml, file: "school-fire.yaml", seed: 7, settings: { blindness: "DOUBLE_BLIND", speed: 1, bots: seats } });
    runTo(drill, 15 * MIN);
    const rules = RULES.linkage["school-fire"] as Array<{ id: string; notifiedWithinMin?: number; actWithinMin?: number }>;
    const call = drill.state.messages.find((m) => m.kind === "message" && m.from === "sch" && m.to.includes("fire"));
    expect(call?.atMs).toBeLessThanOrEqual(rules.find((r) => r.id === "LNK-SCH-FIRE")!.notifiedWithinMin! * MIN);
    const told = drill.state.knowledge.find((k) => k.agency === "sch")!.notifiedAtMs!;
    const signal = drill.events.find((e) => e.type === "evacuationOrdered" && e.by === "sch");
    expect(signal?.at).toBeLessThanOrEqual(told + rules.find((r) => r.id === "LNK-SCH-SCHOOL")!.actWithinMin! * MIN);
  });
});

describe("a bot's refused command", () => {
  it("is tried again corrected (another unit), each job at most its tries, never in a loop", () => {
    // the special-service station's only road made one-way into the station: its units cannot leave
    const yaml = YAML.replace("- { from: fire-hazmat, to: j-park, speedKmh: 50,", "- { from: j-park, to: fire-hazmat, oneway: true, speedKmh: 50,");
    expect(yaml).not.toBe(YAML);
    // refused as a new drill (the road check), so stored before the change: the bot meets the refusal the engine gives
    expect(() => drillWith(yaml, ["ent", "fire"])).toThrow("invalid scenario");
    const drill = storedDrillWith(yaml, ["ent", "fire"]);
    runTo(drill, 40 * MIN);
    const refused = drill.events.filter((e): e is EventOf<"rejected"> => e.type === "rejected");
    // the plugging job: hz-chem1 refused as unreachable, then the other hazmat team, refused too; no third try
    expect(refused.map((e) => `${e.code}:${(e.params as { unit?: string }).unit ?? ""}`)).toEqual(["unreachable:hz-chem1", "unreachable:hz-chem2"]);
    // the water curtain gets its two engines from the east station (the nearest units that can get there)
    const curtain = drill.events.filter((e): e is EventOf<"unitDispatched"> => e.type === "unitDispatched" && e.task === "waterCurtain").map((e) => e.unit);
    expect(curtain.sort()).toEqual(["ce-e1", "ce-e2"]);
    const before = drill.events.length;
    runTo(drill, 80 * MIN);
    expect(drill.events.slice(before).some((e) => e.type === "rejected")).toBe(false);
  });
});
