/**
 * Synced state → ConsoleModel, as plain objects (protocol/schema.ts, protocol/views.ts): the
 * welcome message gives the static picture (map, agencies, own units, tasks); the room's clock,
 * seat presence and this seat's SeatView (units, obligations, messages, info JSON, overlay
 * JSON) give the rest. Messages are parsed once each; the static arrays keep their identity
 * so the map does not refit on every patch.
 */
import type { StartWhy } from "../../engine/evaluate/requirement-why.ts";
import type { Room } from "@colyseus/sdk";
import { COMMAND_TYPES, DIRECTOR_COMMANDS, type CommandType } from "../../engine/model/commands.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { Message, Obligation, UnitState } from "../../engine/model/state.ts";
import { mayGive } from "../../engine/rules/powers.ts";
import type { WelcomeMessage } from "../../protocol/messages.ts";
import type { ControlInfo, MessageRow, ObligationRow, Projection, SeatInfo, Situation, UnitRow } from "../../protocol/views.ts";
import type { AgencyInfo, ConsoleModel, PlaceInfo, RoadInfo, SeatInfo as SeatRow, UnitInfo } from "../model/console.ts";
import { Store } from "./store.ts";
import { oncePer, oncePerId } from "../model/once.ts";

interface SyncedObligation { id: string; kind: string; agency: string; to: string; openedAtMs: number; deadlineMs: number; status: string; metAtMs: number; text: string; basis: string; owner: string; toldBy: string; partsLeft: string; why?: string }
interface SyncedClock { tMs: number; speed: number; paused: boolean; ended: boolean }
interface SyncedView { units: Map<string, UnitRow>; obligations: Map<string, SyncedObligation>; messages: Array<{ id: string; json: string }>; info: string; overlay: string; feed?: string; clock?: SyncedClock }
/** `seats` reaches the control view only; each view carries its own clock (none while the seat may not know the time) */
interface Synced { seats?: Map<string, { seat: string; mode: string; people: number }>; views: Map<string, SyncedView> }

/** What a double-blind seat not yet told shows for a clock it is not given: standing by, no time. */
const NO_CLOCK: SyncedClock = { tMs: 0, speed: 1, paused: true, ended: false };

const each = <V>(m: { forEach(f: (v: V, k: string) => void): void } | undefined): V[] => {
  const out: V[] = [];
  m?.forEach((v) => out.push(v));
  return out;
};

export class ViewStore {
  readonly model = new Store<ConsoleModel | undefined>(undefined);
  private welcome?: WelcomeMessage;
  private statics?: { places: PlaceInfo[]; roads: RoadInfo[]; agencies: AgencyInfo[]; units: Map<string, UnitInfo>; powers: CommandType[] };
  private parsed = new Map<string, { json: string; message: Message }>();
  private state?: Synced;
  private infoText = "";
  private info?: SeatInfo | ControlInfo | Situation;
  private overlayText = "";
  private overlay?: unknown;
  private feedText = "";
  private feed?: DrillEvent[];

  attach(room: Room): void {
    room.onStateChange((s: unknown) => {
      this.state = s as Synced;
      this.rebuild();
    });
  }

  /** Messages other than ack/rejected: the welcome carries the static picture. */
  message(type: string, payload: unknown): void {
    if (type !== "welcome") return;
    const w = payload as WelcomeMessage;
    this.welcome = w;
    const me = w.agencies.find((a) => a.id === w.seat);
    this.statics = {
      places: w.map.places.map((p) => ({ ...p })),
      roads: w.map.roads.map((r) => ({ from: r.from, to: r.to })),
      agencies: w.agencies.map((a) => ({ id: a.id, kind: a.kind, name: a.name, ...(a.simulated ? { simulated: true } : {}) })),
      units: new Map(w.units.map((u) => [u.id, { id: u.id, name: u.name, type: u.type, agency: u.agency, capabilities: u.capabilities }])),
      powers: w.kind === "director" ? [...DIRECTOR_COMMANDS]
        : w.kind === "seat" && me ? COMMAND_TYPES.filter((t) => !DIRECTOR_COMMANDS.has(t) && mayGive(me.kind, t)) : [],
    };
    this.rebuild();
  }

  get seatKind(): string | undefined {
    return this.welcome?.kind;
  }

  private rebuild(): void {
    const w = this.welcome, s = this.state;
    if (!w || !this.statics || !s) return;
    const v = s.views?.get(w.view);
    if (!v) return;
    // no clock: the time is withheld (a partial welcome: standing by), or it is on its way
    if (!v.clock && w.map.complete) return;
    const clock = v.clock ?? NO_CLOCK;
    if (v.info !== this.infoText) {
      this.infoText = v.info;
      this.info = v.info ? (JSON.parse(v.info) as SeatInfo | ControlInfo | Situation) : undefined;
    }
    if (v.overlay && v.overlay !== this.overlayText) {
      this.overlayText = v.overlay;
      this.overlay = JSON.parse(v.overlay);
    }
    if (v.feed && v.feed !== this.feedText) {
      this.feedText = v.feed;
      this.feed = JSON.parse(v.feed) as DrillEvent[];
    }
    // a message is parsed once, and again if it is re-sent changed (a double-blind seat, once told, gets its messages' times)
    const messages = each<{ id: string; json: string }>(v.messages as never).map((m) => {
      let x = this.parsed.get(m.id);
      if (!x || x.json !== m.json) this.parsed.set(m.id, (x = { json: m.json, message: JSON.parse(m.json) as MessageRow as unknown as Message }));
      return x.message;
    });
    const projection: Projection<SeatInfo | ControlInfo | Situation> = {
      units: each<UnitRow>(v.units as never),
      obligations: each<SyncedObligation>(v.obligations as never).map(({ why, ...o }) => ({ ...o, status: o.status as ObligationRow["status"], text: JSON.parse(o.text || '{"zh":"","en":""}'), partsLeft: JSON.parse(o.partsLeft || "[]"), ...(why ? { why: JSON.parse(why) as StartWhy } : {}) })),
      messages: messages as unknown as MessageRow[],
      info: this.info ?? { cordons: [], warnings: [] },
    };
    // seat presence (modes, counts) reaches the control view only, whose info names who is on each seat
    const names = (this.info as ControlInfo | undefined)?.people;
    const seats: SeatRow[] = each<{ seat: string; mode: string; people: number }>(s.seats as never).map((p) => ({ seat: p.seat, kind: "seat", people: names?.[p.seat] ?? Array.from({ length: p.people }, () => "●"), bot: p.mode === "bot" }));
    const model = this.fromProjection(projection, clock, seats, this.overlay);
    const shown = v.clock ? model : { ...model, standby: true };
    this.model.set(shown.omniscient && this.feed ? { ...shown, feed: this.feed } : shown);
  }

  /** A projection (synced, or a past one from `viewAt`) as a console model. */
  fromProjection(p: Projection<SeatInfo | ControlInfo | Situation>, clock: { tMs: number; speed: number; paused: boolean; ended: boolean }, seats?: SeatRow[], overlay?: unknown): ConsoleModel {
    const w = this.welcome!, st = this.statics!;
    const info = p.info;
    const control = (info as ControlInfo).seat === "control" ? (info as ControlInfo) : undefined;
    const seat = (info as SeatInfo).seat !== undefined && !control ? (info as SeatInfo) : undefined;
    const brief = control?.brief ?? seat?.brief;
    const role = seat ? seat.seat : w.kind === "seat" ? w.seat : w.kind;
    const omniscient = !!control;
    return {
      role, omniscient, mode: w.blindness,
      ...(brief ? { title: brief.title, incidentPlace: brief.incidentPlace, hazardKind: brief.kind } : {}),
      startIso: w.start, tMs: clock.tMs, ended: clock.ended, paused: clock.paused, speed: clock.speed,
      agencies: st.agencies, places: st.places, roads: st.roads,
      units: p.units.map((u) => ({
        id: u.id, status: u.status as UnitState["status"], pos: { x: u.x, y: u.y }, at: u.at,
        ...(u.destination ? { destination: u.destination } : {}), ...(u.task ? { task: u.task } : {}), ...(u.target ? { target: u.target } : {}),
        ...(u.etaMs >= 0 ? { etaMs: u.etaMs } : {}),
        crewToxicLoad: 0, crewPeakPpm: 0, exposureFlags: [],
        info: st.units.get(u.id) ?? { id: u.id, name: { zh: u.id, en: u.id }, type: "", agency: "", capabilities: [] },
      })),
      // one row per id, however many times the synced list (or a past view) carries it (model/once.ts)
      messages: oncePerId(p.messages as unknown as Message[]),
      obligations: p.obligations.map((o): ConsoleModel["obligations"][number] => ({
        id: o.id, ruleId: o.id, kind: o.kind as Obligation["kind"], agency: o.agency, ...(o.to ? { to: o.to } : {}),
        openedAtMs: o.openedAtMs, deadlineMs: o.deadlineMs, status: o.status, ...(o.metAtMs >= 0 ? { metAtMs: o.metAtMs } : {}),
        basis: o.basis, text: o.text, ...(o.owner ? { owner: o.owner } : {}), ...(o.toldBy ? { toldBy: o.toldBy } : {}),
        ...(o.partsLeft?.length ? { partsLeft: o.partsLeft } : {}), ...(o.why ? { why: o.why } : {}),
      })),
      cordons: info.cordons as ConsoleModel["cordons"], warnings: info.warnings as ConsoleModel["warnings"],
      ...(info.responseLevel !== undefined ? { responseLevel: info.responseLevel } : {}),
      ...(seat ? { knowledge: { agency: seat.seat, ...(seat.notifiedAtMs !== undefined ? { notifiedAtMs: seat.notifiedAtMs } : {}), acted: {}, inbox: [], knownCasualties: seat.knownCasualties, claimedCasualties: seat.claimedCasualties, facts: seat.facts, readings: seat.readings } } : {}),
      powers: seat && w.kind !== "seat" ? [] : st.powers, tasks: w.tasks, unitKinds: w.unitKinds ?? [], siteTargets: w.siteTargets ?? [], ...(w.spots ? { spots: w.spots } : {}),
      ...(control && overlay ? { hazardModel: control.brief.hazard, overlay } : {}),
      ...(control ? { injects: control.injects.map((i) => ({ ...i })), truth: { ...control.casualties, grade: control.grade }, ...(seats ? { seats } : {}) } : {}),
      // one warning per unit: a failure standing is the unit's last (engine/units/failures.ts)
      ...(seat?.unitFailures?.length ? { unitFailures: oncePer(seat.unitFailures, (f) => f.unit) } : {}),
      ...(w.recovered ? { recovered: w.recovered } : {}),
      ...(w.earlierRecoveries?.length ? { earlierRecoveries: w.earlierRecoveries } : {}),
    };
  }
}
