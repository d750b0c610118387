/**
 * The scenario file format (YAML), as a zod schema. Unknown keys are errors so typos are caught.
 * Cross-references (a unit's base is a place, …) are checked in validate.ts, which knows paths.
 */
import { z } from "zod";
import { Clock, Coordinate, Id, LocalText, MAX_ITEMS } from "./common.ts";
import { HazardParams } from "./hazard.ts";
import { SITE_OWNER_KINDS as OWNERS } from "../model/site-owners.ts";
import { Rubric } from "./rubric-schema.ts";

export const PLACE_KINDS = [
  "plant", "tank", "village", "town", "residential", "school", "hospital", "fireStation", "policeStation",
  "emsStation", "government", "office", "junction", "assembly", "shelter", "monitoringStation", "weatherStation",
  "mine", "shaft", "rescueBase", "depot", "river", "road",
] as const;

export const AGENCY_KINDS = [
  "enterprise", "coalMine", "mineDispatch", "school", "countyDutyOffice", "countyGov", "emergencyBureau",
  "cityEmergencyBureau", "cityDutyOffice", "fireRescue", "publicSecurity", "healthBureau", "ems120",
  "ecoEnvironmentBureau", "meteorologicalBureau", "townshipGov", "transportBureau", "educationBureau",
  "mineRescueTeam", "mineSafetyProvincial", "coalSafetySupervision", "waterResources", "naturalResources",
  "propaganda", "powerGrid", "telecom", "tradeUnion", "procuratorate", "civilAffairs", "humanResources",
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
/** The kinds that own the incident's site (model/site-owners.ts): their activation is their own plan's. */
export const SITE_OWNER_KINDS: readonly AgencyKind[] = OWNERS satisfies readonly AgencyKind[];

const Place = z
  .object({
    id: Id,
    name: LocalText,
    kind: z.enum(PLACE_KINDS),
    x: Coordinate.describe("metres east of the map origin"),
    y: Coordinate.describe("metres north of the map origin"),
  })
  .strict();

const Road = z
  .object({
    from: Id,
    to: Id,
    /** defaults to the straight-line distance */
    lengthM: z.number().positive().max(1_000_000).optional(),
    speedKmh: z.number().positive().max(130),
    oneway: z.boolean().default(false),
    name: LocalText.optional(),
  })
  .strict();

const Agency = z
  .object({
    id: Id,
    name: LocalText,
    kind: z.enum(AGENCY_KINDS),
    /** the agency it reports to (its superior in the reporting chain) */
    reportsTo: Id.optional(),
    base: Id.optional(),
    /** played by a controller (模拟人员), e.g. the city level */
    simulated: z.boolean().default(false),
    /**
     * a source whose casualty figures its recipients may take as known (a hospital's own count,
     * the rescue team's headcount); by default what an agency reports is a claim, possibly false
     */
    reliableSource: z.boolean().default(false),
    /**
     * kinds of agency this one's seat plays too (a county health bureau that runs the county's 120
     * centre: `plays: [ems120]`): their duties are drilled through this agency, so the report never
     * lists them as 未演练 (not-drilled.ts); its own duties judge what they ask, each fault once
     */
    plays: z.array(z.enum(AGENCY_KINDS)).max(8).default([]),
  })
  .strict();

export const PROTECTION = ["none", "scba", "levelA"] as const;

const Unit = z
  .object({
    id: Id,
    name: LocalText,
    type: Id.describe("Unit type, e.g. fireEngine, hazmatTeam, ambulance, policeCar, monitoringVan"),
    agency: Id,
    base: Id,
    crew: z.number().int().min(1).max(200),
    capabilities: z.array(Id).min(1),
    speedKmh: z.number().positive().max(130),
    turnOutS: z.number().int().min(0).max(3600),
    setupS: z.number().int().min(0).max(7200),
    protection: z.enum(PROTECTION).default("none"),
  })
  .strict();

const Population = z
  .object({
    id: Id,
    name: LocalText,
    place: Id,
    count: z.number().int().min(0).max(1_000_000),
    indoors: z.boolean(),
    vulnerability: z.enum(["normal", "children", "elderly", "workers"]).default("normal"),
    /** building air changes per hour, for shelter-in-place (hazards.md §1.5: 0.2–2) */
    airChangesPerHour: z.number().positive().max(20).default(1),
    /** minutes needed to move everyone out once ordered */
    evacuationMin: z.number().positive().max(600).default(30),
    /**
     * minutes people outdoors need to get inside once told to shelter (they breathe outdoor air until then); people
     * already indoors shut the windows at once. Default 5 [S2: a practitioner's planning target, "everyone moved to
     * safety within five minutes of notification that sheltering is necessary", S. Tezak (TRC), Buildings, 2014-02-20]
     */
    shelterMin: z.number().positive().max(120).default(5),
  })
  .strict();

const Weather = z
  .object({
    at: Clock,
    /** direction the wind blows FROM, degrees clockwise from north */
    windFromDeg: z.number().min(0).max(360),
    windSpeedMs: z.number().min(0.5).max(40),
    stability: z.enum(["A", "B", "C", "D", "E", "F"]),
    tempC: z.number().min(-40).max(50).default(20),
    mixingHeightM: z.number().min(50).max(4000).default(800),
    daytime: z.boolean().default(true),
  })
  .strict();

const Casualty = z
  .object({
    deaths: z.number().int().min(0).max(1_000_000).default(0),
    seriousInjuries: z.number().int().min(0).max(1_000_000).default(0),
    injured: z.number().int().min(0).max(1_000_000).default(0),
    missing: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export const CONDITION_EVENTS = ["unitArrived", "taskCompleted", "injectDelivered", "gradeAtLeast", "commandGiven", "hazard"] as const;

const Condition = z
  .object({
    event: z.enum(CONDITION_EVENTS),
    unit: Id.optional(),
    unitType: Id.optional(),
    agency: Id.optional(),
    task: Id.optional(),
    inject: Id.optional(),
    command: Id.optional(),
    grade: z.number().int().min(1).max(4).optional(),
    /** hazard event name, e.g. "sourceStopped" */
    what: z.string().optional(),
  })
  .strict();

export const CHANNELS = ["phone", "radio", "written", "system", "inPerson"] as const;

const Inject = z
  .object({
    id: Id,
    /** fire at this drill time… */
    at: Clock.optional(),
    /** …or when this happens (then after delayS) */
    when: Condition.optional(),
    delayS: z.number().int().min(0).max(7 * 86400).default(0),
    to: z.array(Id).min(1),
    channel: z.enum(CHANNELS).default("phone"),
    /** who the message appears to come from (a simulated caller, a worker, …) */
    source: LocalText.optional(),
    text: LocalText,
    /**
     * whether it tells its recipients of the incident (a worker's alarm, a 110 call about the leak); a
     * weather forecast, a journalist's call or a neighbour's question does not (issue 10 §3)
     */
    notifies: z.boolean().default(false),
    /**
     * true (default): its `reveals` are the ground truth, known to the recipients from then on;
     * false: a claim that may be wrong (a rumour, a caller's guess), kept apart as told, not known
     */
    reliable: z.boolean().default(true),
    /** what it tells the recipients: the ground truth when `reliable` */
    reveals: z
      .object({
        casualties: Casualty.optional(),
        facts: z.array(Id).default([]),
        /** work it tells of without figures (rules/duty-work.ts): families at the gate tell the township miners are trapped */
        work: z.array(z.enum(["casualties", "trapped"])).optional(),
      })
      .strict()
      .optional(),
    /** changes it makes to the ground truth when it fires */
    effects: z
      .object({
        casualties: z.array(Casualty.extend({ group: Id })).default([]),
        lossCNY: z.number().min(0).max(1e13).optional(),
      })
      .strict()
      .optional(),
    /** a spot question (随机提问) expects an answer from each recipient */
    spotQuestion: z.boolean().default(false),
    /**
     * a request for help from a party at risk (the inject's `source`: the school at its gate): each named agency owes
     * one of `actions` (a command type, and its task) within the rules profile's `helpRequests` limit, at `place` when
     * given (a dispatch there); judged by engine/evaluate/help-requests.ts. `basis`: the agency's own duty to help.
     * An action's `to` names the recipients' kinds, or `director` (导调) for a party outside the drill it plays; a message
     * action must name them (no request is answered by a message to anyone), and one to the director needs `party`: the
     * words that name the party asking (华宇, Huayu), which a message to the director must contain to answer it (the
     * director plays several parties; rules profile `helpRequests.requesterOnly`).
     */
    requests: z
      .array(z.object({ agency: Id, actions: z.array(z.object({ type: Id, task: Id.optional(), to: z.array(Id).min(1).optional() }).strict()).min(1), place: Id.optional(), party: z.array(z.string().min(1)).min(1).optional(), text: LocalText, basis: z.string().min(1), basisEn: z.string().min(1) }).strict()
        .refine((r) => r.actions.every((a) => a.type !== "message" || a.to !== undefined), { message: "a request's message action names whom it must reach (`to`): the party that asked" })
        .refine((r) => r.party !== undefined || !r.actions.some((a) => a.type === "message" && a.to?.includes("director")), { message: "a request answered by a message to the director names the party asking (`party`)" }))
      .optional(),
    /**
     * a report of the incident from the public (`notifies: true`) that its receivers (`to`) must verify at once or pass
     * on to these agencies, competent for it, within the rules profile's `forwarding` limit, unless they already know
     * (突发事件应对法（2024）第六十条; judged by engine/evaluate/forwarding.ts): a 110 call about the chemical plant passed to
     * the emergency bureau, a 110 fire call passed to 119
     */
    forwardTo: z.array(Id).min(1).optional(),
    /**
     * population groups the caller speaks for and asks its recipients to protect (the head teacher asking the
     * township whether the pupils stay in class): a recipient holding the public's protection (its linkage duty lists
     * an evacuation or shelter order) is the first to answer for them, whatever order others give (protective-action.ts)
     */
    asksFor: z.array(Id).min(1).optional(),
    /**
     * news its recipients' own duty finds out (the headcount at the assembly point finds the pupil missing): a play
     * that never did the duty never hears it, yet is judged as knowing it (应知) from when the best play heard it
     * (engine/evaluate/owed-news.ts; review18 school 1). `duty`: that duty, as findings name it.
     */
    ownDuty: z.object({ duty: LocalText }).strict().optional(),
    /** the agency a spot question's answer is owed to (one the scenario has); the director (导调) when left out */
    askedBy: Id.optional(),
    /**
     * a demand for a report (the city's 「一小时内报送书面信息」): each recipient owes `askedBy` a report of `mode` within
     * `withinMin` minutes of the inject (engine/rules/inject-duties.ts openDemand), judged like any report owed (迟报、漏报;
     * review18 school 4). `text`: the duty as findings name it; `basis`/`basisEn`: what obliges it (突发事件应对法 第十七条…).
     */
    reportDemand: z
      .object({ withinMin: z.number().positive().max(24 * 60), mode: z.enum(["oral", "written", "any"]).default("any"), text: LocalText, basis: z.string().min(1), basisEn: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((i) => (i.at === undefined) !== (i.when === undefined), {
    message: "an inject needs exactly one of `at` (a time) or `when` (a condition)",
  });

/** A number only known within a spread: each Monte-Carlo seed draws its own value (engine/montecarlo/uncertain.ts). */
const Uncertain = z
  .object({
    path: z
      .string()
      .regex(/^[A-Za-z0-9_*]+(\.[A-Za-z0-9_*]+)*$/, { message: 'a dotted path such as "hazard.holeAreaCm2" or "weather.*.windFromDeg"' })
      .describe('a number in this file, as a dotted path ("weather.*.windFromDeg": * takes every element, with one shared draw)'),
    plusMinus: z.number().positive().describe("half-width of the uniform spread: in the value's unit, or a fraction when relative"),
    relative: z.boolean().default(false).describe("plusMinus is a fraction of the value (0.3 = ±30 %)"),
  })
  .strict();

/** Resources the response needs, for the dispatch evaluation. */
const Requirement = z
  .object({
    id: Id,
    unitType: z.array(Id).min(1).describe("unit types that satisfy it"),
    task: Id,
    count: z.number().int().min(1).max(1000),
    place: Id,
    /** on scene within this many minutes of the first notification of its agency */
    withinMin: z.number().positive().max(7 * 24 * 60),
    /**
     * the agency responsible for meeting it, which answers for its shortfall: required when units of more than one
     * agency can meet it (the mine for its own drainage, the rescue team's pumps coming only when asked), so the
     * owner never turns on who happened to be told first (check-values.ts); the sole such agency when left out
     */
    owner: Id.optional(),
    text: LocalText,
  })
  .strict();

export const Scenario = z
  .object({
    id: Id,
    title: LocalText,
    /**
     * the incident's own name (临江县第二实验小学教学楼火灾), what scripted seats' messages call it: the title names the
     * drill (…多部门联动应急演练), not the incident (review19); left out, the title without its drill words stands in
     */
    incident: LocalText.optional(),
    summary: LocalText.optional(),
    kind: z.enum(["chemical-leak", "mine-flood", "school-fire"]),
    eventClass: z.enum(["ACCIDENT_DISASTER", "NATURAL_DISASTER", "PUBLIC_HEALTH", "SOCIAL_SECURITY"]),
    blindness: z.enum(["NONE", "SINGLE_BLIND", "DOUBLE_BLIND"]),
    /** sensitive events (schools, minors) take the 较大-level reporting deadlines */
    sensitive: z.boolean().default(false),
    /** the jurisdiction rules profile, scenarios/rules/<id>.yaml */
    /** a rules profile: an id in scenarios/rules/, or a path to a profile (…/x.yaml, relative to this file) */
    rules: z.union([Id, z.string().regex(/^[^\s]+\.ya?ml$/, { message: "a profile id, or a path ending in .yaml" })]),
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
    /**
     * expected: casualties are expected values (probit shares × people), rounded over the whole
     * drill — the same for every seed, best for scoring. sampled: each population group's
     * counts are drawn (stochastic rounding from the seeded "casualties" stream), so each seed
     * gives its own whole-person outcome, as Monte Carlo runs need.
     */
    casualtyMode: z.enum(["expected", "sampled"]).default("expected"),
    clock: z
      .object({
        start: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/, {
            message: 'a wall-clock start with time zone, e.g. "2026-06-12T09:40:00+08:00"',
          }),
        tickS: z.number().int().min(1).max(60),
        duration: Clock,
      })
      .strict(),
    /** where the incident happens: a place id */
    incidentPlace: Id,
    /** the agency where the incident happens (the enterprise, mine or school) */
    incidentAgency: Id,
    /**
     * when the accident occurs, drill time (issue 10 §5, domain.md §1.7): the rules counted "from
     * occurrence" (事发后) and the resource requirements start here, not at the drill's start — the
     * mine's inrush (突水) at 00:25, a leak or a fire at the hazard's own start: the hazard's onset, which it
     * must equal (check-incident.ts), and which it is when left out (the shipped scenarios say it)
     */
    incidentAt: Clock.optional(),
    /**
     * when the incident unit first finds the incident or its warning signs (发现火灾, 透水征兆), drill time:
     * the "at once" calls of linkage rules with `noticeFrom: found` start here (a notifying inject to the
     * incident agency or one of its organs at this time, check-incident.ts); the incident's time when left out
     */
    incidentFoundAt: Clock.optional(),
    /** the county agency that leads the government response (usually the emergency bureau) */
    leadAgency: Id,
    map: z
      .object({
        origin: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict().optional(),
        places: z.array(Place).min(1).max(MAX_ITEMS.places),
        roads: z.array(Road).min(1).max(MAX_ITEMS.roads),
      })
      .strict(),
    agencies: z.array(Agency).min(1).max(MAX_ITEMS.agencies),
    units: z.array(Unit).max(MAX_ITEMS.units),
    populations: z.array(Population).max(MAX_ITEMS.populations),
    hazard: HazardParams,
    weather: z.array(Weather).min(1).max(MAX_ITEMS.weather),
    injects: z.array(Inject).max(MAX_ITEMS.injects),
    requirements: z.array(Requirement).max(MAX_ITEMS.requirements).default([]),
    /** parameters known only within a spread, drawn per seed by `drill montecarlo` (and `drill run --uncertain`) */
    uncertain: z.array(Uncertain).max(64).default([]),
    /**
     * agency kinds the rules profile expects that this scenario does not play, declared out of the drill's
     * scope with the reason (493号令 第十条's 工会、检察院、人社 in a county drill): the report lists their duties
     * as 未演练 and does not score them. A kind the profile expects that the scenario neither plays nor
     * declares here is listed as 未演练 too and costs its notice (review8 chemical 9, mine 14c).
     */
    notDrilled: z.array(z.object({ agency: z.enum(AGENCY_KINDS), reason: LocalText }).strict()).max(32).default([]),
    /** the evaluation rubric: a profile id in scenarios/rubrics/, or a profile inline (default: "default") */
    rubric: Rubric.optional(),
    /**
     * the scenario's best play, the reference harm is graded against (with no response as the
     * other end): a play id in scenarios/plays/ (e.g. "chemical-leak.good"), or a path ending in
     * .yaml relative to this file; without it, harm is not graded relatively
     */
    bestPlay: z.union([z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: "a play id" }), z.string().regex(/^[^\s]+\.ya?ml$/, { message: "a play id, or a path ending in .yaml" })]).optional(),
  })
  .strict();

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type Place = Scenario["map"]["places"][number];
export type AgencyDef = Scenario["agencies"][number];
export type UnitDef = Scenario["units"][number];
export type PopulationDef = Scenario["populations"][number];
export type WeatherDef = Scenario["weather"][number];
export type InjectDef = Scenario["injects"][number];
export type ConditionDef = z.infer<typeof Condition>;
export type RequirementDef = Scenario["requirements"][number];
