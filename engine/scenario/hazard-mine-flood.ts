/**
 * Scenario block for the coal-mine flood (透水) model (hazards.md §3). The roadway network is
 * stored in the scenario so a client can draw it: nodes (with plan x/y and floor elevation) and
 * roadway segments between them. Cross-references (a segment's ends are nodes, every node reaches
 * an exit, …) are checked in check-mine-flood.ts, which knows paths.
 */
import { z } from "zod";
import { Clock, Id, LocalText } from "./common.ts";

export const MINE_NODE_KINDS = [
  "portal", // a surface exit (shaft mouth, adit): reaching one is safety
  "shaft", // shaft bottom / station (井底车场)
  "junction",
  "sump", // 水仓
  "pumpRoom", // 水泵房
  "refuge", // 避难硐室
  "face", // working face or heading (工作面 / 掘进头)
  "chamber", // other chambers: substation, drilling site (钻场)
] as const;

const Node = z
  .object({
    id: Id,
    name: LocalText,
    kind: z.enum(MINE_NODE_KINDS),
    /** plan position in the mine's own frame, metres (for drawing the roadway network) */
    x: z.number().min(-100_000).max(100_000),
    y: z.number().min(-100_000).max(100_000),
    /** floor elevation, m above sea level (negative underground) */
    elevationM: z.number().min(-3000).max(3000),
    /** the level (水平) it belongs to, for labels */
    level: Id.optional(),
    /** a sump pit below the floor: effective volume and depth (《煤矿安全规程》: ≥ 8 h of normal inflow) */
    sump: z.object({ volumeM3: z.number().positive(), depthM: z.number().positive().max(20) }).strict().optional(),
  })
  .strict();

/** Cumulative stored volume by water-surface elevation, when the prism formula does not fit. */
const StoragePoint = z.object({ elevationM: z.number(), m3: z.number().min(0) }).strict();

const Segment = z
  .object({
    id: Id,
    from: Id,
    to: Id,
    name: LocalText.optional(),
    /** roadway: walked; incline: walked (a 上山/下山); shaft: vertical, ridden in the cage */
    kind: z.enum(["roadway", "incline", "shaft"]).default("roadway"),
    lengthM: z.number().positive().max(20000),
    /** net cross-section (main roadways ≈ 12–20 m², gate roads ≈ 8–15 m²) */
    areaM2: z.number().positive().max(100),
    /** roadway height; the width is area / height */
    heightM: z.number().positive().max(20).default(3),
    /** optional stage–storage table (elevation ascending) replacing the inclined-prism formula */
    storage: z.array(StoragePoint).min(2).optional(),
    /** a water-retaining wall or closed water door (挡水墙 / 防水闸门) from the start */
    walled: z.boolean().default(false),
  })
  .strict();

const Level = z.object({ id: Id, name: LocalText, elevationM: z.number() }).strict();

const Pump = z
  .object({
    id: Id,
    /** rated capacity (MD/D main pumps ≈ 150–720 m³/h) */
    m3h: z.number().positive().max(5000),
    running: z.boolean().default(true),
  })
  .strict();

const PumpRoom = z
  .object({
    id: Id,
    name: LocalText.optional(),
    /** the pump-room node: its pumps fail when its floor floods */
    node: Id,
    /** the node the pumps draw from (the sump) */
    suction: Id,
    /** water on the pump-room floor that stops the motors (hazards.md §3.4: 0.3 m) */
    floodDepthM: z.number().positive().max(5).default(0.3),
    pumps: z.array(Pump).min(1),
  })
  .strict();

const Refuge = z
  .object({
    id: Id,
    name: LocalText.optional(),
    node: Id,
    capacity: z.number().int().min(1).max(500),
    /** rated survival at full occupancy (≥ 96 h) */
    airHours: z.number().positive().max(1000).default(96),
    /** water at the door that floods the chamber */
    floodDepthM: z.number().positive().max(5).default(1),
  })
  .strict();

const InflowPoint = z.object({ at: Clock, m3h: z.number().min(0).max(100000) }).strict();

const Source = z
  .object({
    id: Id,
    name: LocalText.optional(),
    node: Id,
    /** step-wise inflow: each value holds from `at` until the next entry */
    schedule: z.array(InflowPoint).min(1).optional(),
    /** or the aquifer shape Q = Qs + (Qpeak − Qs)·e^(−t/τ) from startAt (hazards.md §3.2) */
    decay: z
      .object({ startAt: Clock, peakM3h: z.number().positive(), steadyM3h: z.number().min(0), tauMin: z.number().positive() })
      .strict()
      .optional(),
    /** a finite reservoir (老空水): the inflow stops once this much has drained */
    reservoirM3: z.number().positive().optional(),
    /** inflow at or above this counts as the inrush (for the `inrushStarted` change) */
    inrushM3h: z.number().positive().default(300),
  })
  .strict()
  .refine((s) => (s.schedule === undefined) !== (s.decay === undefined), {
    message: "a source needs exactly one of `schedule` or `decay`",
  });

const Miners = z
  .object({
    id: Id,
    name: LocalText.optional(),
    count: z.number().int().min(1).max(1000),
    node: Id,
    /** isolating self-rescuer rating carried (ZYX30/45/60) */
    selfRescuerMin: z.number().min(0).max(240).default(45),
  })
  .strict();

const Work = (workS: number) => z.object({ workS: z.number().int().positive().default(workS) }).strict();

const Tasks = z
  .object({
    /** 侦察: locate trapped people, measure water; reveals facts */
    survey: Work(1800).prefault({}),
    /** 救人: a team walks in to trapped or refuge groups and leads them out */
    rescue: z
      .object({ speedMs: z.number().positive().max(3).default(0.7), maxDepthM: z.number().positive().max(2).default(1.1) })
      .strict()
      .prefault({}),
    /** 安装排水泵: each completed installation adds `perUnit` submersible pumps at `node` */
    installPumps: z
      .object({ workS: z.number().int().positive().default(5400), m3h: z.number().positive().max(2000).default(200), perUnit: z.number().int().min(1).max(10).default(1), node: Id })
      .strict(),
    /** 打钻: a borehole to trapped people above the water line (air, water, food, phone) */
    drillBorehole: Work(7200).prefault({}),
    /** 构筑挡水墙: each completion walls off the next segment in the list */
    buildWall: z
      .object({ workS: z.number().int().positive().default(3600), segments: z.array(Id).min(1), maxDepthM: z.number().positive().max(3).default(0.5) })
      .strict()
      .optional(),
  })
  .strict();

export const MineFloodParams = z
  .object({
    model: z.literal("mine-flood"),
    /** the map place that is the mine: units arriving there work underground */
    site: Id,
    /** the water step, s (a whole multiple of the tick) */
    stepS: z.number().int().positive().max(600).default(10),
    /** depth that stops walking (hazards.md §3.5: ≈ 1.3 m, chest) */
    chestDepthM: z.number().positive().max(3).default(1.3),
    /** depth at a person's position that drowns them */
    drownDepthM: z.number().positive().max(5).default(1.6),
    /** minutes the air stays foul where the water front passes (老空水 brings CO₂/H₂S); 0 = clean water */
    foulAirMin: z.number().min(0).max(1440).default(0),
    speeds: z
      .object({
        /** walking on a level dry roadway */
        walkMs: z.number().positive().max(3).default(1.2),
        /** effective speed in a shaft (cage wait and hoist) */
        shaftMs: z.number().positive().max(20).default(2),
      })
      .strict()
      .prefault({}),
    /** the water front: Manning n and nominal front depth (hazards.md §3.3) */
    front: z
      .object({ manningN: z.number().min(0.01).max(0.1).default(0.025), depthM: z.number().positive().max(2).default(0.3), minSpeedMs: z.number().positive().max(5).default(0.2) })
      .strict()
      .prefault({}),
    levels: z.array(Level).default([]),
    nodes: z.array(Node).min(2),
    segments: z.array(Segment).min(1),
    pumpRooms: z.array(PumpRoom).default([]),
    refuges: z.array(Refuge).default([]),
    sources: z.array(Source).min(1),
    miners: z.array(Miners).default([]),
    tasks: Tasks,
  })
  .strict();
export type MineFloodParams = z.infer<typeof MineFloodParams>;
