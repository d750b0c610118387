/**
 * The synced state of a drill room (Colyseus schema, builder style; stack-notes.md §4). Nothing
 * is public: seat presence is behind `.view()` for the control view (director, evaluators) only,
 * and per seat, behind `.view()`, one SeatView per seat, which only that seat's clients (one
 * shared StateView) receive, with the drill clock in it, absent while the seat may not know the
 * time (a double-blind seat not yet told: review 18 item 1). Often-changing things are fields (clock, unit
 * positions and status, obligation status); messages are appended once; slow-changing pictures
 * are JSON text (`info`, and the director's hazard `overlay`) re-assigned only when they change.
 * Nothing hidden lives anywhere else in the state: the handshake sends the schema of all of it.
 */
import { schema, t } from "@colyseus/schema";

export const Clock = schema(
  {
    /** simulated ms from the drill's start */
    tMs: t.float64(),
    speed: t.float32(),
    paused: t.boolean(),
    ended: t.boolean(),
  },
  "Clock",
);

export const SeatPresence = schema({ seat: t.string(), mode: t.string(), people: t.uint16() }, "SeatPresence");

export const Unit = schema(
  { id: t.string(), status: t.string(), x: t.float32(), y: t.float32(), at: t.string(), destination: t.string(), task: t.string(), target: t.string(), etaMs: t.float64() },
  "Unit",
);

export const Obligation = schema(
  {
    id: t.string(), kind: t.string(), agency: t.string(), to: t.string(), openedAtMs: t.float64(), deadlineMs: t.float64(),
    status: t.string(), metAtMs: t.float64(),
    /** JSON {zh, en} */
    text: t.string(),
    basis: t.string(),
    /** who owes it (protocol/views.ts ObligationRow.owner) */
    owner: t.string(),
    /** who first told a notice's agency (protocol/views.ts ObligationRow.toldBy) */
    toldBy: t.string(),
    /** JSON of protocol/views.ts ObligationRow.partsLeft */
    partsLeft: t.string(),
    /** JSON of protocol/views.ts ObligationRow.why ("" when none: every row but the control view's requirements) */
    why: t.string(),
  },
  "Obligation",
);

/** One delivered message; `json` is a protocol/views.ts MessageRow. */
export const Msg = schema({ id: t.string(), atMs: t.float64(), json: t.string() }, "Msg");

export const SeatView = schema(
  {
    seat: t.string(),
    units: t.map(Unit),
    obligations: t.map(Obligation),
    messages: t.array(Msg),
    /** JSON: SeatInfo (agency seats), ControlInfo (control), Situation (public) */
    info: t.string(),
    /** JSON hazard overlay for the director's map (control view only; "" elsewhere) */
    overlay: t.string(),
    /** JSON: the recent engine events, protocol/views.ts Projection.feed (control view only; "" elsewhere) */
    feed: t.string(),
    /** the drill clock; unset while the view may not know the time (server/live/views.ts hidesIncident) */
    clock: Clock,
  },
  "SeatView",
);

export const DrillState = schema(
  {
    /** who is on each seat: the control view's only (an agency id names the scenario's agencies, the incident unit among them) */
    seats: t.map(SeatPresence).view(),
    views: t.map(SeatView).view(),
  },
  "DrillState",
);

export type DrillStateT = InstanceType<typeof DrillState>;
export type SeatViewT = InstanceType<typeof SeatView>;
