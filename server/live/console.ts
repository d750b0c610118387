/**
 * Every client message, checked and carried out (issue 7 §6, §7, §11, §12): the sender's role
 * may send it, it fits the size limit, it matches its zod schema; then it becomes a call on the
 * live drill. Answers go back to the sender only. The room is a thin shell around `handle`.
 */
import { ClientMessages, MAX_MESSAGE_BYTES, MESSAGE_ROLES, type ClientMessage, type ClientMessageType } from "../../protocol/messages.ts";
import { formatClock } from "../../engine/model/time.ts";
import type { Observation, SeatCode, Store } from "../store/store.ts";
import type { LiveDrill, Submitted } from "./drill.ts";
import type { ServerRefusalCode } from "../../protocol/refusals.ts";
import { fieldProblem, label, messageId, refusalText, refused, ZOD_ZH } from "./refusal.ts";
import { reissue } from "./seats.ts";
import { commandContent } from "./resend.ts";
import { controlOnce, sealedCode } from "./controls.ts";
import { messageTextProblem } from "./text-check.ts";
import type { Throttle } from "./throttle.ts";
import { deadlineBoard, forecast, liveFindings, viewAt } from "./tools.ts";

export interface Session {
  seat: SeatCode;
  name: string;
  sessionId: string;
  /** the key a code this session has reissued is sealed with (live/controls.ts sealKey); absent: kept without the code */
  seal?: string;
}

export interface Reply {
  type: string;
  body: unknown;
}

/** A refusal for the sender, its reason worded from the catalogue (`refused.<key>`, zh-CN). */
const reject = (type: string, id: string, code: ServerRefusalCode, key: string = code, params: Record<string, string | number> = {}): Reply => refused(type, id, code, key, params);

function answer(type: string, r: Submitted): Reply {
  return r.ok ? { type: "ack", body: r.ack } : { type: "rejected", body: { ...r.rejection, type } };
}

/**
 * Answers for the sender: now, or (commands, injects, spot questions) once the group commit that
 * stores them is on disk (live/commit.ts).
 */
export type Replies = Reply[] | Promise<Reply[]>;

/**
 * Run `receive` and pass its replies to `send`, now or once they settle (a group commit). A throw
 * or a failed promise becomes a plain refusal for the sender; the stack goes to the server log
 * under `where`. The drill runs on.
 */
export function deliver(receive: () => Replies, send: (replies: Reply[]) => void, where: string, type: unknown = "", id = ""): void {
  const failed = (e: unknown) => {
    console.error(`${where}:`, e);
    send([reject(String(type), id, "internal")]);
  };
  let out: Replies;
  try {
    out = receive();
  } catch (e) {
    return failed(e);
  }
  if (Array.isArray(out)) send(out);
  else out.then(send, failed).catch((e: unknown) => console.error(`${where}:`, e));
}

/** `f`, run once at the end of this event-loop turn however often the result is called during it. */
export function onceLater(f: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    setImmediate(() => {
      queued = false;
      f();
    });
  };
}

/** Check and carry out one message; returns the answers for the sender. Never throws on bad input. */
export function handle(drill: LiveDrill, store: Store, s: Session, type: unknown, raw: unknown): Replies {
  const t = typeof type === "string" ? type.slice(0, 40) : String(type).slice(0, 40);
  const id = messageId(raw);
  if (!Object.hasOwn(ClientMessages, t)) return [reject(t, id, "unknownType", "unknownType", { type: t, known: Object.keys(ClientMessages).map((k) => label("liveMessage", k)).join("、") })];
  const key = t as ClientMessageType;
  if (!MESSAGE_ROLES[key].includes(s.seat.kind)) return [reject(t, id, "notAllowed", "roleMayNot", { role: label("refusedRole", s.seat.kind), type: label("liveMessage", t) })];
  let size: number;
  try {
    size = Buffer.byteLength(JSON.stringify(raw ?? null));
  } catch {
    return [reject(t, id, "badMessage", "notJson")];
  }
  if (size > MAX_MESSAGE_BYTES) return [reject(t, id, "tooLarge", "tooLarge", { max: MAX_MESSAGE_BYTES })];
  const text = messageTextProblem(key, raw);
  if (text) return [reject(t, id, text.code, `refusedText.${text.code}`, text.params)];
  const parsed = ClientMessages[key].safeParse(raw, ZOD_ZH);
  if (!parsed.success) {
    // the field and what it must be, as codes and figures the client words (newcomer 19 item 7), and in zh-CN words
    const f = fieldProblem(parsed.error.issues[0], `liveMessage.${t}`, "command", undefined, t);
    return [{ type: "rejected", body: { id, type: t, code: "badMessage", reason: refusalText("badField", f.words), params: f.params } }];
  }
  return carryOut(drill, store, s, key, parsed.data as never);
}

function carryOut<T extends ClientMessageType>(drill: LiveDrill, store: Store, s: Session, type: T, m: ClientMessage<T>): Replies {
  const director = (id: string, command: Record<string, unknown>) => answer(type, drill.submit(s.seat, s.name, id, command, s.sessionId));
  const offer = (id: string, command: unknown) => drill.offer(s.seat, s.name, id, command, s.sessionId).then((r) => [answer(type, r)]);
  switch (type) {
    case "command": {
      const c = m as ClientMessage<"command">;
      return offer(c.id, c.command);
    }
    case "clock": {
      const c = m as ClientMessage<"clock">;
      // once per id: a re-sent jump jumps once (live/controls.ts)
      return controlOnce(store, drill.id, s.seat.seat, type, c, (later) => clock(drill, s, c, later));
    }
    case "end": {
      const c = m as ClientMessage<"end">;
      drill.audit(s.name, "end", c.reason ? { reason: c.reason } : undefined);
      const r = director(c.id, { type: "end", ...(c.reason ? { reason: c.reason } : {}) });
      if (r.type !== "ack") return [r];
      drill.tick(1); // the end takes effect now, even on a paused clock
      // acknowledged at the time the drill actually ended (the end event's time)
      return [{ type: "ack", body: { ...(r.body as object), atMs: drill.nowMs } }];
    }
    case "inject": {
      const c = m as ClientMessage<"inject">;
      if ("inject" in c) return offer(c.id, { type: "injectNow", inject: c.inject });
      return offer(c.id, { type: "adHocInject", to: c.to, text: c.text, channel: c.channel ?? "phone", ...(c.notifies ? { notifies: true } : {}) });
    }
    case "spotQuestion": {
      const c = m as ClientMessage<"spotQuestion">;
      return offer(c.id, { type: "adHocInject", to: c.to, text: c.text, channel: "phone", spotQuestion: true });
    }
    case "seatMode": {
      const c = m as ClientMessage<"seatMode">;
      // after the end nobody plays a seat any more: no bot/person switch, no fresh codes
      if (drill.state.ended) return [reject(type, "", "drillEnded")];
      if (!drill.c.agencies.has(c.seat)) return [reject(type, "", "unknownName", "noAgency", { agency: c.seat })];
      drill.setSeatMode(c.seat, c.mode);
      drill.audit(s.name, "seatMode", { seat: c.seat, mode: c.mode });
      return [{ type: "seatMode", body: { seat: c.seat, mode: c.mode } }];
    }
    case "reissue": {
      const c = m as ClientMessage<"reissue">;
      // once per id: a re-send hands back the code it made, sealed in the store under the asker's code (live/controls.ts)
      return controlOnce(store, drill.id, s.seat.seat, type, c, () => reissueSeat(drill, store, s, c), sealedCode(s.seal));
    }
    case "forecast":
      return [{ type: "forecast", body: forecast(drill, (m as ClientMessage<"forecast">).minutes) }];
    case "viewAt": {
      const c = m as ClientMessage<"viewAt">;
      // a past view is of a time the drill has run through (review 8 item 3: 99:99:99 and 03:59 in a drill at 00:29 rendered empty "views")
      const until = elapsedMs(drill);
      if (c.atMs < 0 || c.atMs > until) return [reject(type, "", "outsideDrill", "viewAtTime", { at: formatClock(c.atMs), start: formatClock(0), end: formatClock(until) })];
      const v = viewAt(drill, store, c.seat, c.atMs);
      return v === undefined ? [reject(type, "", "unknownName", "noSeat", { seat: c.seat })] : [{ type: "viewAt", body: { seat: c.seat, atMs: c.atMs, view: v } }];
    }
    case "findings":
      return [{ type: "findings", body: liveFindings(drill) }];
    case "board":
      return [{ type: "board", body: { tMs: drill.nowMs, rows: deadlineBoard(drill) } }];
    case "observation": {
      const c = m as ClientMessage<"observation">;
      const by = s.seat.seat;
      // a re-send (a retry after a drop, a double submit, or after a restart): the first answer again, looked up before
      // the checks of now (a drill recovered after a stop may be back before the time the first one was dated at)
      const seen = store.findObservation(drill.id, by, c.id);
      if (seen) return [observed(type, seen, c)];
      if (c.agency && !drill.c.agencies.has(c.agency)) return [reject(type, c.id, "unknownName", "noAgency", { agency: c.agency })];
      // an observation is of something seen: from the start to now (the end, once it has ended)
      const last = elapsedMs(drill);
      if (c.atMs !== undefined && (c.atMs < 0 || c.atMs > last)) {
        return [reject(type, c.id, "outsideDrill", "observationTime", { at: formatClock(c.atMs), start: formatClock(0), end: formatClock(last) })];
      }
      const o = { drillId: drill.id, id: c.id, atMs: c.atMs ?? drill.state.tMs, evaluator: s.name, section: c.section, rating: c.rating, seen: c.seen, why: c.why, ...(c.agency ? { agency: c.agency } : {}), ...(c.area ? { area: c.area } : {}) };
      // stored meanwhile by another process on the same file: the same rule as the look-up's
      return [observed(type, store.addObservation(o, by).observation, c)];
    }
  }
  return [];
}

/**
 * A clock control carried out: pause, resume, speed (0.5–60) or jump (1–240 simulated minutes). The jump, held only in
 * memory, is handed to `later` (live/controls.ts: run once its record is committed); the others store what they change.
 */
function clock(drill: LiveDrill, s: Session, c: ClientMessage<"clock">, later: (effect: () => void) => void): Reply[] {
  const type = "clock";
  // an ended drill's clock stays where the end left it: no resume, speed or jump after it
  if (drill.state.ended) return [reject(type, c.id, "drillEnded")];
  if (c.action === "pause") drill.pause();
  else if (c.action === "resume") drill.resume();
  else if (c.action === "speed") {
    if (c.value === undefined || c.value < 0.5 || c.value > 60) return [reject(type, c.id, "badMessage", "speedRange")];
    drill.setSpeed(c.value);
  } else {
    if (c.value === undefined || c.value < 1 || c.value > 240) return [reject(type, c.id, "badMessage", "jumpRange")];
    const minutes = c.value;
    later(() => drill.queueJump(minutes));
  }
  drill.audit(s.name, `clock:${c.action}`, c.value !== undefined ? { value: c.value } : undefined);
  return [{ type, body: { ...drill.clock.status(), tMs: drill.state.tMs } }];
}

/** A seat's code reissued (agency, `evaluator`, `observer`, `director`): the old one revoked, the new one in clear. */
function reissueSeat(drill: LiveDrill, store: Store, s: Session, { id, seat }: ClientMessage<"reissue">): Reply[] {
  const type = "reissue";
  if (drill.state.ended) return [reject(type, id, "drillEnded")];
  const kind = seat === "director" || seat === "evaluator" || seat === "observer" ? seat : "seat";
  if (kind === "seat" && !drill.c.agencies.has(seat)) return [reject(type, id, "unknownName", "noSeat", { seat })];
  drill.audit(s.name, "reissue", { seat });
  return [{ type, body: { seat, code: reissue(store, drill.id, kind, seat) } }];
}

/**
 * The answer to an observation `sent` whose id the store holds as `stored`: the stored observation, the same answer
 * as the first send's, when `sent` says what it says (a re-send); else `idReused`, as a command's reused id is
 * (live/drill.ts intake). Compared on what the client gave: an observation sent without a time was timed by the
 * server, so its time is not compared.
 */
function observed(type: string, stored: Observation, sent: ClientMessage<"observation">): Reply {
  const given = (o: Omit<ClientMessage<"observation">, "id">) => commandContent({ section: o.section, agency: o.agency, area: o.area, rating: o.rating, seen: o.seen, why: o.why, atMs: sent.atMs === undefined ? undefined : o.atMs });
  // no params: the client words it from the shared catalogue's key (live/refusal.ts plainKey); the id is the answer's own
  if (given(stored as Omit<ClientMessage<"observation">, "id">) !== given(sent)) return reject(type, sent.id, "idReused", "observationIdReused");
  return { type: "observation", body: stored };
}

/**
 * One client's gate: its rate limit, then `handle`; refusals are written to the audit log (the
 * first ten, then every hundredth with the count), so a flood cannot flood the disk.
 */
export class ClientGate {
  private refusals = 0;

  /** `limit`: this client's messages (live/throttle.ts, keyed by its session id) */
  constructor(private readonly limit: Throttle) {}

  receive(drill: LiveDrill, store: Store, s: Session, type: unknown, raw: unknown): Replies {
    // counted now, handled once counted: messages keep their order (each waits the same one step)
    return this.limit.take(s.sessionId)
      .then((t): Replies => (t.ok ? handle(drill, store, s, type, raw) : [reject(String(type).slice(0, 40), messageId(raw), "rateLimited")]))
      .then((r) => this.audited(drill, s, r));
  }

  private audited(drill: LiveDrill, s: Session, replies: Reply[]): Reply[] {
    for (const r of replies) {
      if (r.type !== "rejected") continue;
      this.refusals++;
      if (this.refusals <= 10 || this.refusals % 100 === 0) drill.audit(s.name, "refused", { seat: s.seat.seat, refusals: this.refusals, ...(r.body as object) });
    }
    return replies;
  }
}

/**
 * The drill time run through so far, ms: now, or once ended the end instant (LiveDrill.nowMs), and
 * never past the scenario's duration. Observations and past views must lie in 0…this.
 */
function elapsedMs(drill: LiveDrill): number {
  return Math.min(drill.nowMs, drill.c.durationMs);
}
