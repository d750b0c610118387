/**
 * Scenario block for the building-fire model (hazards.md §2): a multi-storey school on a cell
 * grid, the fire, the occupants and what responders' tasks achieve. The floor plan is stored in
 * the scenario so a client can draw it; cross-references are checked in check-building-fire.ts.
 */
import { z } from "zod";
import { Clock, Id, LocalText } from "./common.ts";

const Cell = z.number().int().min(0).max(2000);
/** [column, row, width, height] in grid cells, on the room's floor */
const Rect = z.tuple([Cell, Cell, z.number().int().min(1).max(2000), z.number().int().min(1).max(2000)]);
const At = z.tuple([Cell, Cell]).describe("[column, row] grid cell");

export const ROOM_KINDS = ["classroom", "lab", "office", "toilet", "hall", "corridor", "exit"] as const;
/** SFPE stair geometries (riser/tread mm): hazards.md §2.5 table */
export const RISER_TREAD = ["191/254", "178/279", "165/305", "165/330"] as const;

const Floor = z
  .object({
    level: z.number().int().min(-3).max(60),
    name: LocalText,
    heightM: z.number().min(2.2).max(10).default(3.6),
  })
  .strict();

const Sprinklers = z
  .object({
    /** response time index, (m·s)^½: 50 quick response, 100+ standard */
    rti: z.number().min(10).max(400).default(50),
    activationC: z.number().min(50).max(200).default(68),
    /** head spacing; the fire sits between four heads, r = spacing/√2 */
    spacingM: z.number().min(1).max(6).default(3),
    /** GB 50084 light hazard 4, medium hazard I 6 L/(min·m²) = mm/min */
    sprayDensityMmMin: z.number().min(1).max(30).default(6),
  })
  .strict();

const Room = z
  .object({
    id: Id,
    name: LocalText,
    floor: z.number().int(),
    kind: z.enum(ROOM_KINDS),
    rect: Rect,
    /** defaults to the rectangle's area */
    areaM2: z.number().positive().optional(),
    /** defaults to the floor height */
    heightM: z.number().min(2).max(20).optional(),
    /** fire load density, MJ/m² (EN 1991-1-2 Annex E school 285); default by kind */
    fireLoadMJm2: z.number().min(0).max(2000).optional(),
    /** heat release rate per unit area, kW/m² (Eurocode school 250) */
    hrrpuaKWm2: z.number().min(50).max(2500).default(250),
    /** windows that vent a fire (they fail when it grows): area and height for A·√H */
    windows: z.object({ areaM2: z.number().min(0), heightM: z.number().min(0.3).max(5) }).strict().optional(),
    sprinklers: Sprinklers.optional(),
  })
  .strict();

const Stair = z
  .object({
    id: Id,
    name: LocalText,
    /** the stairwell's footprint, the same on every floor it serves */
    rect: Rect,
    floors: z.array(z.number().int()).min(2),
    /** clear width; the effective width subtracts 0.15 m per side */
    widthM: z.number().min(0),
    /** length along the slope of one floor's flights (both flights and the landing) */
    flightLengthM: z.number().min(2).max(40).default(9),
    riserTread: z.enum(RISER_TREAD).default("178/279"),
  })
  .strict();

const Door = z
  .object({
    id: Id,
    /** room or stairwell ids; a door joins two spaces on the same floor */
    from: Id,
    to: Id,
    /** clear width; a door's effective width subtracts 0.15 m per jamb */
    widthM: z.number().min(0),
    heightM: z.number().min(1.5).max(6).default(2.1),
    /** "opening": a corridor continuing without a door (boundary layer 0.2 m per side, soffit at the ceiling) */
    kind: z.enum(["door", "opening"]).default("door"),
    at: At,
    /** closed doors keep smoke out (people can still open them) */
    closed: z.boolean().default(false),
    /** fire resistance, minutes (0: an ordinary door) */
    fireRatingMin: z.number().min(0).max(240).default(0),
  })
  .strict();

export const GROWTH_CLASSES = ["slow", "medium", "fast", "ultrafast"] as const;

const Fire = z
  .object({
    origin: Id.describe("room id where the fire starts"),
    /** ignition cell; defaults to the room's centre */
    at: At.optional(),
    startAt: Clock.default("00:00:00"),
    growth: z.enum(GROWTH_CLASSES).default("medium"),
    /** overrides the class's α, kW/s² */
    alphaKWs2: z.number().positive().max(1).optional(),
    heatOfCombustionKJkg: z.number().min(5000).max(50000).default(20000),
    sootYield: z.number().min(0).max(0.3).default(0.05),
    coYield: z.number().min(0).max(0.3).default(0.02),
    /** CO yield once a room is ventilation-limited (flashed over) */
    coYieldUnderVentilated: z.number().min(0).max(0.4).default(0.2),
    /** spread to a neighbouring room after flashover: through an open door, through a closed one */
    openDoorSpreadS: z.number().int().min(0).max(3600).default(60),
    closedDoorSpreadMin: z.number().min(1).max(120).default(10),
  })
  .strict();

const Occupants = z
  .object({
    id: Id,
    /** the class, e.g. 三年级(2)班 */
    name: LocalText,
    room: Id,
    /** people in the room: a lecture hall or a canteen holds hundreds */
    pupils: z.number().int().min(0).max(2000),
    staff: z.number().int().min(0).max(200),
    /** class start delay after the alarm: lognormal with this median and 99th percentile */
    premovementS: z
      .object({ median: z.number().min(0).max(1800), p99: z.number().min(0).max(3600) })
      .strict()
      .prefault({ median: 45, p99: 110 }),
    /** false: does not respond to the alarm (a pupil hiding in a toilet); found only by a search */
    aware: z.boolean().default(true),
  })
  .strict();

const Walking = z
  .object({
    pupilLevelMs: z.number().min(0.2).max(2).default(1.2),
    pupilStairMs: z.number().min(0.1).max(1.5).default(0.6),
    staffLevelMs: z.number().min(0.2).max(2).default(1.25),
    staffStairMs: z.number().min(0.1).max(1.5).default(0.8),
    /** max specific flow through doors and corridors, persons/(s·m): SFPE 1.32 */
    doorFsm: z.number().min(0.5).max(2.5).default(1.32),
    /** movement stops at this density, persons/m² (SFPE 3.8) */
    maxDensity: z.number().min(2).max(6).default(3.8),
    /** height of the breathing zone: people are exposed when the smoke layer is below it */
    exposureHeightM: z.number().min(0.5).max(2).default(1.5),
  })
  .strict();

const Tenability = z
  .object({
    layerM: z.number().min(1).max(3).default(1.8),
    tempC: z.number().min(40).max(120).default(60),
    visibilityM: z.number().min(2).max(30).default(10),
    hotLayerC: z.number().min(100).max(400).default(200),
  })
  .strict();

const Health = z
  .object({
    injuredFed: z.number().min(0.05).max(1).default(0.3),
    incapacitatedFed: z.number().min(0.3).max(3).default(1),
    deathFed: z.number().min(1).max(10).default(2),
    /** an incapacitated casualty not triaged this long after reaching the open air dies (hazards.md §4.3, a design choice) */
    untreatedSeriousDeathMin: z.number().min(5).max(600).default(60),
  })
  .strict();

const Tasks = z
  .object({
    /** a crew's way in: base time plus time per floor above the ground */
    access: z.object({ baseS: z.number().min(0).default(60), perFloorS: z.number().min(0).default(30) }).strict().prefault({}),
    search: z.object({ m2PerMin: z.number().positive().default(60), smokeFactor: z.number().min(0.05).max(1).default(0.5) }).strict().prefault({}),
    rescue: z.object({ personsPerMin: z.number().positive().default(6), carryFactor: z.number().min(1).max(20).default(4) }).strict().prefault({}),
    suppression: z
      .object({
        flowLps: z.number().positive().default(12),
        /** by unit type, e.g. a school's mini fire station with extinguishers */
        flowLpsByType: z.record(Id, z.number().positive()).default({}),
        /** share of water's 2.6 MJ/L that cools the fire (hazards.md §2.2: 0.3–0.5) */
        efficiency: z.number().min(0.05).max(1).default(0.4),
        /** decay time constant once knocked down */
        decayS: z.number().positive().default(90),
      })
      .strict()
      .prefault({}),
    triage: z.object({ personsPerMin: z.number().positive().default(2) }).strict().prefault({}),
    transport: z.object({ patientsPerTrip: z.number().int().min(1).max(10).default(2), loadS: z.number().min(0).default(180) }).strict().prefault({}),
  })
  .strict();

export const BuildingFireParams = z
  .object({
    model: z.literal("building-fire"),
    /** the school: a place on the map */
    place: Id.describe("Place id of the building"),
    cellM: z.number().min(0.25).max(5).default(1),
    ambientC: z.number().min(-30).max(45).default(20),
    floors: z.array(Floor).min(1),
    rooms: z.array(Room).min(2),
    stairs: z.array(Stair).default([]),
    doors: z.array(Door).min(1),
    fire: Fire,
    occupants: z.array(Occupants).min(1),
    /** without an alarm a class leaves when smoke this deep reaches its room or the space outside its door */
    smokeCueDepthM: z.number().min(0.1).max(3).default(0.5),
    walking: Walking.prefault({}),
    tenability: Tenability.prefault({}),
    health: Health.prefault({}),
    tasks: Tasks.prefault({}),
  })
  .strict();
export type BuildingFireParams = z.infer<typeof BuildingFireParams>;
