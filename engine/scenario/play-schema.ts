/**
 * The play format, which is also the format the server persists: timed commands by role.
 * `{ scenario, seed, commands: [ { at: "HH:MM:SS", by, type, ...fields } ] }`.
 */
import { z } from "zod";
import { Clock, Id, MAX_ITEMS } from "./common.ts";
import { CHANNELS } from "./schema.ts";

const Base = { at: Clock, by: Id, note: z.string().optional() };

const Casualties = z
  .object({
    deaths: z.number().int().min(0),
    seriousInjuries: z.number().int().min(0),
    injured: z.number().int().min(0),
    missing: z.number().int().min(0).default(0),
  })
  .strict();

const ReportContent = z
  .object({
    unit: z.string().optional(),
    time: z.string().optional(),
    location: z.string().optional(),
    scene: z.string().optional(),
    sequence: z.string().optional(),
    casualties: Casualties.optional(),
    lossCNY: z.number().min(0).optional(),
    measures: z.array(z.string()).optional(),
    cause: z.string().optional(),
    other: z.string().optional(),
  })
  .strict();

const OneOrMany = z.union([Id, z.array(Id).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

export const PlayCommand = z.discriminatedUnion("type", [
  z.object({ ...Base, type: z.literal("report"), to: Id, kind: z.enum(["initial", "followUp", "final"]), mode: z.enum(["oral", "written"]), content: ReportContent }).strict(),
  z.object({ ...Base, type: z.literal("message"), to: OneOrMany, text: z.string().min(1), channel: z.enum(CHANNELS).default("phone") }).strict(),
  z.object({ ...Base, type: z.literal("acknowledge"), to: Id, text: z.string().optional() }).strict(),
  z.object({ ...Base, type: z.literal("dispatch"), units: OneOrMany, place: Id, task: Id, target: Id.optional().describe("a spot inside the site the hazard model knows: a room of the school, …") }).strict(),
  z.object({ ...Base, type: z.literal("recall"), units: OneOrMany }).strict(),
  z.object({ ...Base, type: z.literal("cordon"), place: Id, radiusM: z.number().positive().max(100_000) }).strict(),
  z.object({ ...Base, type: z.literal("evacuate"), groups: z.array(Id).optional(), place: Id.optional(), radiusM: z.number().positive().max(100_000).optional(), destination: Id.optional() }).strict(),
  z.object({ ...Base, type: z.literal("shelter"), groups: z.array(Id).optional(), place: Id.optional(), radiusM: z.number().positive().max(100_000).optional() }).strict(),
  z.object({ ...Base, type: z.literal("warning"), level: z.enum(["blue", "yellow", "orange", "red"]), place: Id, radiusM: z.number().positive().max(100_000), text: z.string().optional() }).strict(),
  z.object({ ...Base, type: z.literal("activateResponse"), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }).strict(),
  z.object({ ...Base, type: z.literal("requestSupport"), from: Id, unitType: Id, count: z.number().int().min(1).max(1000), place: Id.optional() }).strict(),
  z.object({ ...Base, type: z.literal("injectNow"), inject: Id }).strict(),
  z.object({ ...Base, type: z.literal("end"), reason: z.string().optional() }).strict(),
]);

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
