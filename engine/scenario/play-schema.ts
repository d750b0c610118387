/**
 * The play format, which is also the format the server persists: timed commands by role.
 * `{ scenario, seed, commands: [ { at: "HH:MM:SS", by, type, ...fields } ] }`.
 *
 * The command bodies are written once (`commandUnion`) and given two envelopes: the play file's
 * (`at` as "HH:MM:SS", an optional `note`) and the engine's (`at` in integer ms, `seq` the log
 * position). The engine's `Command` type is inferred from the latter, so the CLI, the live server
 * (which validates with `PlayCommand`, then fills in `at`/`by`/`seq`) and `step()` share one validator.
 */
import { z } from "zod";
import { Clock, Id, LocalText, MAX_ITEMS } from "./common.ts";
import { CHANNELS } from "./schema.ts";

/**
 * The largest casualty figure a report may carry: a whole number of people, 0…100 000. A county's
 * worst accident on record is counted in hundreds; the bound refuses a slip (1e9) and never a
 * real count, even of people possibly affected (第十二条(四) "可能造成的").
 */
export const MAX_REPORT_FIGURE = 100_000;
/** The largest radius (m) a cordon, evacuation, shelter or warning may name: 100 km covers a county. */
export const MAX_RADIUS_M = 100_000;

/** each figure may be given alone; "unknown" says it is not known yet (快报事实, issue 10 §7); never coerced */
const Figure = z.union([z.number().int().min(0).max(MAX_REPORT_FIGURE), z.literal("unknown")]).optional();

/** 伤亡人数 (包括下落不明), 493号令 第十二条(四) */
const Casualties = z
  .object({ deaths: Figure, seriousInjuries: Figure, injured: Figure, missing: Figure })
  .strict();

/** 493号令 第十二条: the fields a production-safety accident report must carry. */
const ReportContent = z
  .object({
    unit: z.string().optional().describe("(一) 事故发生单位概况"),
    time: z.string().optional().describe("(二) 时间"),
    location: z.string().optional().describe("(二) 地点"),
    scene: z.string().optional().describe("(二) 事故现场情况"),
    sequence: z.string().optional().describe("(三) 事故的简要经过"),
    casualties: Casualties.optional().describe("(四) 已经造成或者可能造成的伤亡人数 (包括下落不明)"),
    lossCNY: z.number().min(0).optional().describe("(四) 初步估计的直接经济损失 (CNY)"),
    measures: z.array(z.string()).optional().describe("(五) 已经采取的措施"),
    cause: z.string().optional().describe("原因 (optional: 快报事实，慎报原因)"),
    other: z.string().optional().describe("(六) 其他应当报告的情况"),
  })
  .strict();

const OneOrMany = z.union([Id, z.array(Id).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** The command bodies inside one envelope (the fields every command carries). */
function commandUnion<B extends z.ZodRawShape>(Base: B) {
  return z.discriminatedUnion("type", [
    z.object({ ...Base, type: z.literal("report"), to: Id, kind: z.enum(["initial", "followUp", "final"]), mode: z.enum(["oral", "written"]), content: ReportContent }).strict(),
    /** `localText`: the text in both languages (a bot's message), shown in the reader's; `text` stays the record */
    z.object({ ...Base, type: z.literal("message"), to: OneOrMany, text: z.string().min(1), localText: LocalText.optional(), channel: z.enum(CHANNELS).default("phone") }).strict(),
    z.object({ ...Base, type: z.literal("acknowledge"), to: Id, text: z.string().optional(), localText: LocalText.optional() }).strict(),
    z.object({ ...Base, type: z.literal("dispatch"), units: OneOrMany, place: Id, task: Id, target: Id.optional().describe("a spot inside the site the hazard model knows: a room of the school, …") }).strict(),
    z.object({ ...Base, type: z.literal("recall"), units: OneOrMany }).strict(),
    z.object({ ...Base, type: z.literal("cordon"), place: Id, radiusM: z.number().positive().max(MAX_RADIUS_M) }).strict(),
    z.object({ ...Base, type: z.literal("evacuate"), groups: z.array(Id).optional(), place: Id.optional(), radiusM: z.number().positive().max(MAX_RADIUS_M).optional(), destination: Id.optional() }).strict(),
    z.object({ ...Base, type: z.literal("shelter"), groups: z.array(Id).optional(), place: Id.optional(), radiusM: z.number().positive().max(MAX_RADIUS_M).optional() }).strict(),
    z.object({ ...Base, type: z.literal("warning"), level: z.enum(["blue", "yellow", "orange", "red"]), place: Id, radiusM: z.number().positive().max(MAX_RADIUS_M), text: z.string().optional() }).strict(),
    z.object({ ...Base, type: z.literal("activateResponse"), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }).strict(),
    z.object({ ...Base, type: z.literal("requestSupport"), from: Id, unitType: Id, count: z.number().int().min(1).max(1000), place: Id.optional() }).strict(),
    z.object({ ...Base, type: z.literal("injectNow"), inject: Id }).strict(),
    /** the director's free-text inject (临机导调) to chosen agencies; a spot question (随机提问) owes an answer */
    z.object({ ...Base, type: z.literal("adHocInject"), to: OneOrMany, text: z.string().min(1), channel: z.enum(CHANNELS).default("phone"), spotQuestion: z.boolean().optional(), notifies: z.boolean().optional() }).strict(),
    z.object({ ...Base, type: z.literal("end"), reason: z.string().optional() }).strict(),
  ]);
}

/** One command as a play file (or a client) writes it. */
export const PlayCommand = commandUnion({ at: Clock, by: Id, note: z.string().optional() });

/**
 * One command as the engine takes it: `at` in ms from the drill's start (the command applies at
 * the first tick at or after it), `by` the acting role (an agency id or "director"), `seq` its
 * position in the log (ties within a tick apply in this order).
 */
export const EngineCommand = commandUnion({
  at: z.number().int().min(0),
  by: z.string().min(1),
  seq: z.number().int(),
});

export const Play = z
  .object({
    scenario: Id,
    seed: z.number().int().min(0).max(2 ** 32 - 1),
    title: z.string().optional(),
    description: z.string().optional(),
    commands: z.array(PlayCommand).max(MAX_ITEMS.commands),
  })
  .strict();

export type Play = z.infer<typeof Play>;
export type PlayCommand = z.infer<typeof PlayCommand>;
export type EngineCommand = z.output<typeof EngineCommand>;
export type ReportContent = z.output<typeof ReportContent>;
