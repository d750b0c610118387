/**
 * The room's message protocol (issue 7 §11), as zod schemas shared by the server (which
 * validates every message with them) and the client (which can type its sends with them).
 *
 * Client → room: `command` {id, command} (any seat; the director's injects and end are commands
 * too), `clock` {id, action, value?} (director), `end` {id, reason?} (director), `inject` {id, inject} or
 * {id, to, text, channel?, notifies?} (director), `spotQuestion` {id, to, text} (director), `seatMode`
 * {seat, mode} (director), `reissue` {id, seat} (director), `forecast` {minutes} (director, evaluator),
 * `viewAt` {seat, atMs} / `findings` {} / `board` {} (director, evaluator), `observation`
 * {id, ...} (evaluator, director).
 *
 * Room → client: `welcome` (on join, and again complete when a double-blind seat is first told), `history` {commands}
 * (on join: the commands the seat gave, from the log), `ack` {id, seq, atMs}, `rejected` {id, type, code, reason},
 * and one answer of the same name for forecast, viewAt, findings, board, observation, reissue.
 */
import type { UnitKind } from "./unit-kinds.ts";
import { z } from "zod";
import { TEXT_LIMITS } from "./limits.ts";
import { ANNEX_A_AREAS, RATINGS, SECTION_IDS, type AnnexArea } from "../engine/scenario/rubric-schema.ts";

/**
 * WebSocket close code the room uses when the director reissued the code a client joined with:
 * not a drop (the SDK does not reconnect), and the client shows its reason on the join page.
 */
export const REVOKED_CLOSE = 4401;

/**
 * WebSocket close code the room uses when the director handed the client's seat to a bot (r31): not a drop either, and
 * not a reissue — the same code opens the seat again once the director switches it back to a person.
 */
export const BOT_SEAT_CLOSE = 4409;

/** Largest message body the room reads, in bytes of JSON (a full report fits in a few kB). */
export const MAX_MESSAGE_BYTES = 32 * 1024;

/**
 * A client-made id (1–64 of A–Z a–z 0–9 _ . : -) on every message that changes the drill: a command (seat commands,
 * messages between seats, 签收, the director's injects and end), an observation, a clock control or a code reissue.
 * The server stores a message once per (drill, seat, id) and answers a re-send with the first answer
 * (server/live/drill.ts intake, console.ts, controls.ts).
 */
const ClientId = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, { message: "应为 1 至 64 个字母、数字或 - _ : . 符号" });
const Agency = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/);
// the server checks these lengths first, with a reason naming the field (server/live/text-check.ts)
const Text = z.string().min(1).max(TEXT_LIMITS.text);
const Observed = z.string().min(1).max(TEXT_LIMITS.observation);

export const ClientMessages = {
  command: z.object({ id: ClientId, command: z.record(z.string(), z.unknown()) }).strict(),
  // id: a re-send is answered as the first and carried out once (server/live/controls.ts); required, as end's and
  // observation's are: without one a re-sent jump would jump twice (round 30)
  clock: z.object({ id: ClientId, action: z.enum(["pause", "resume", "speed", "jump"]), value: z.number().finite().optional() }).strict(),
  end: z.object({ id: ClientId, reason: z.string().max(TEXT_LIMITS.reason).optional() }).strict(),
  inject: z.union([
    z.object({ id: ClientId, inject: Agency }).strict(),
    // notifies: the director plays the alarm call, telling the recipients of the incident (engine applyAdHocInject)
    z.object({ id: ClientId, to: z.array(Agency).min(1).max(32), text: Text, channel: z.enum(["phone", "radio", "written", "system", "inPerson"]).optional(), notifies: z.boolean().optional() }).strict(),
  ]),
  spotQuestion: z.object({ id: ClientId, to: z.array(Agency).min(1).max(32), text: Text }).strict(),
  seatMode: z.object({ seat: Agency, mode: z.enum(["person", "bot"]) }).strict(),
  reissue: z.object({ id: ClientId, seat: z.string().max(64) }).strict(),
  forecast: z.object({ minutes: z.number().int().min(1).max(240) }).strict(),
  viewAt: z.object({ seat: z.string().max(64), atMs: z.number().int().min(0) }).strict(),
  findings: z.object({}).strict(),
  board: z.object({}).strict(),
  observation: z
    .object({
      id: ClientId,
      atMs: z.number().int().min(0).optional(),
      section: z.enum(SECTION_IDS),
      agency: Agency.optional(),
      /** AQ/T 9009 Annex A area */
      area: z.enum(Object.keys(ANNEX_A_AREAS) as [AnnexArea, ...AnnexArea[]]).optional(),
      rating: z.enum(RATINGS),
      seen: Observed,
      why: Observed,
    })
    .strict(),
} as const;

export type ClientMessageType = keyof typeof ClientMessages;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof ClientMessages)[T]>;

/** Who may send which message: seats command; the director runs the drill; evaluators look and record. */
export const MESSAGE_ROLES: Record<ClientMessageType, ReadonlyArray<"seat" | "director" | "evaluator" | "observer">> = {
  command: ["seat", "director"],
  clock: ["director"],
  end: ["director"],
  inject: ["director"],
  spotQuestion: ["director"],
  seatMode: ["director"],
  reissue: ["director"],
  forecast: ["director", "evaluator"],
  viewAt: ["director", "evaluator"],
  findings: ["director", "evaluator"],
  board: ["director", "evaluator"],
  observation: ["evaluator", "director"],
};

export interface AckMessage {
  id: string;
  seq: number;
  atMs: number;
}

/**
 * On join, to a seat and the director: every command that seat gave, as the drill's log holds it, oldest first (the
 * newest 200): the command without `at`/`by`, its client id, and its log number and time (0 and 0 for a seat that may
 * not know the time). A person joining again in another browser sees the seat's commands, not "none yet".
 */
export interface HistoryMessage {
  /**
   * `refused`: the engine refused the command when its tick came (its code, the zh-CN reason, the parameters the
   * client words it from), as the live `rejected` after an `ack` says; absent while it stands or is still to come.
   */
  commands: Array<AckMessage & { command: { type: string } & Record<string, unknown>; refused?: { code: string; reason: string; params?: Record<string, string | number> } }>;
}

export interface RejectedMessage {
  /** the command's client id ("" for messages without one) */
  id: string;
  /** the message type that was refused */
  type: string;
  code: string;
  reason: string;
}

/**
 * What a drill recovered after its server stopped (a crash, SIGKILL) tells its director (server/live/clock-keep.ts
 * recoveryNote): where it resumed, paused, and how much simulated time at most it had run beyond that and lost.
 */
export interface RecoveryNote {
  /** the simulated ms the drill resumed at (paused) */
  atMs: number;
  /** the last position written before the stop; the last logged command's time (-1: none) */
  keptMs: number;
  lastCommandMs: number;
  /** was its clock running at the stop, and at what speed */
  wasRunning: boolean;
  speed: number;
  /** at most this much simulated time (ms) the drill had run beyond atMs before the stop; 0: nothing was lost */
  lostAtMostMs: number;
}

/** Sent once on join: who you are and the static scenario data your seat may see. */
export interface WelcomeMessage {
  seat: string;
  kind: "seat" | "director" | "evaluator" | "observer";
  name: string;
  /** the key of your view in state.views */
  view: string;
  drillId: string;
  blindness: string;
  /** the scenario's tick and length; 0 in a double-blind seat not yet told */
  tickMs: number;
  durationMs: number;
  /** the scenario's wall-clock start, for labels; "" in a double-blind seat not yet told (its time is the scenario's) */
  start: string;
  /** `complete: false` in a double-blind seat not yet told: its own bases only (a complete welcome follows once told) */
  map: { places: Array<{ id: string; kind: string; x: number; y: number; name: { zh: string; en: string } }>; roads: Array<{ from: string; to: string; speedKmh: number }>; complete: boolean };
  /** the roster; in a double-blind seat not yet told its own agency only (none for an observer) */
  agencies: Array<{ id: string; kind: string; name: { zh: string; en: string }; simulated: boolean }>;
  /** your own units (all units for the director and evaluators) */
  units: Array<{ id: string; type: string; agency: string; base: string; capabilities: string[]; name: { zh: string; en: string } }>;
  /** tasks a dispatch may name */
  tasks: string[];
  /** the unit kinds a support request may ask for (protocol/unit-kinds.ts): the scenario's; a seat not yet told, the catalogue's */
  unitKinds: UnitKind[];
  /**
   * the names of the site's spots the site view labels (a building's rooms, a mine's nodes and
   * roadways), by id; in a complete welcome only (they name the incident's site)
   */
  spots?: Array<{ id: string; name: { zh: string; en: string } }>;
  /**
   * the spots inside the site a dispatch may name as its target (a building's rooms, a mine's
   * nodes: HazardModel.siteTargets); in a complete welcome only, and only when the site has any
   */
  siteTargets?: Array<{ id: string; name: { zh: string; en: string } }>;
  /** the director's only: the drill was recovered after its server stopped (live/recover.ts) */
  recovered?: RecoveryNote;
  /**
   * the director's only: earlier recoveries of this drill the director has not been shown (the server stopped again
   * before a director joined), oldest first; `recovered` is the latest
   */
  earlierRecoveries?: RecoveryNote[];
}
