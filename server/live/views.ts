/**
 * Per-seat projections (issue 7 §4). An agency's projection is built from the engine's
 * view(state, role) and nothing else; in a double-blind drill (domain.md §3.8) it carries no
 * title, incident place, hazard, public situation or obligations until something about the
 * incident has reached that agency. The control view (director, evaluators) is the ground
 * truth without the random streams or the hazard's internals; observers get the public one.
 */
import { GENERIC_TASKS, type Compiled } from "../../engine/compile.ts";
import { boardParties, partsLeft, seatDuties } from "../../engine/evaluate/board-parties.ts";
import { seatRequirements } from "../../engine/evaluate/seat-requirements.ts";
import { seatHelpRequests } from "../../engine/evaluate/seat-help-requests.ts";
import type { StartWhy } from "../../engine/evaluate/requirement-why.ts";
import { view, type AgencyView } from "../../engine/knowledge/view.ts";
import { standingFailures } from "../../engine/units/failures.ts";
import type { NameKind } from "../../engine/scenario/check-play.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { DrillState, Message, Obligation, UnitState } from "../../engine/model/state.ts";
import { arrivalMs, FEED_SIZE, type ControlInfo, type MessageRow, type ObligationRow, type Projection, type SeatInfo, type Situation, type UnitRow } from "../../protocol/views.ts";
import type { WelcomeMessage } from "../../protocol/messages.ts";
import { genericUnitKinds, unitKinds } from "../../protocol/unit-kinds.ts";
import { GLOSSARY } from "../../engine/evaluate/glossary.ts";
import type { Blindness, SeatCode } from "../store/store.ts";
import { translator } from "../../i18n/index.ts";
// type only: the roster file is read by the room (roster.ts, node:fs), never by what imports the views
import type { Roster } from "./roster.ts";

export function unitRow(u: UnitState): UnitRow {
  return {
    id: u.id, status: u.status, x: Math.round(u.pos.x), y: Math.round(u.pos.y), at: u.at,
    destination: u.destination ?? "", task: u.task ?? "", target: u.target ?? "", etaMs: arrivalMs(u) ?? -1,
  };
}

/**
 * An obligation as synced. `owner`: who owes it, the agency itself, or for a notice (kind
 * "notified") the agency that must give it (engine/evaluate/blame.ts notifierIn: the rules
 * profile's `notifiedBy`, else the reporting rules, else the lead agency), so the director's
 * board says who is late (review 8 item 10); `toldBy`: for a notice met, who told its agency first, so
 * the board never credits the notifier with a scenario inject's telling (engine/evaluate/board-parties.ts);
 * `partsLeft`: what is still undone of an act duty met (board-parties.ts partsLeft, its rule's parts judged on
 * `events`, the drill's events so far).
 */
/** `withWhy`: the control view's board, which says what a requirement's deadline rests on (seat rows never name who owed whom a notice). */
export function obligationRow(o: Obligation & { why?: StartWhy }, c: Compiled, state: Pick<DrillState, "knowledge" | "messages" | "obligations">, events?: readonly DrillEvent[], withWhy = false): ObligationRow {
  return {
    id: o.id, kind: o.kind, agency: o.agency, to: o.to ?? "", openedAtMs: o.openedAtMs, deadlineMs: o.deadlineMs,
    status: o.status, metAtMs: o.metAtMs ?? -1, text: o.text, basis: o.basis, ...boardParties(c, state, o), partsLeft: partsLeft(c, state, o, events),
    ...(withWhy && o.why ? { why: o.why } : {}),
  };
}

/** A delivered message as synced; a scenario inject carries its in-fiction caller (`source`) when the scenario names one. */
export function messageRow(m: Message, c?: Compiled): MessageRow {
  const source = m.inject !== undefined ? c?.injects.get(m.inject)?.source : undefined;
  return {
    id: m.id, atMs: m.atMs, kind: m.kind, from: m.from, to: m.to, channel: m.channel,
    ...(m.text !== undefined ? { text: m.text } : {}),
    ...(m.localText ? { localText: m.localText } : {}),
    ...(m.report ? { report: { kind: m.report.kind, mode: m.report.mode, content: { ...m.report.content } } } : {}),
    ...(m.request ? { request: { ...m.request } } : {}),
    ...(m.inject ? { inject: m.inject } : {}),
    ...(source ? { source } : {}),
  };
}

function brief(c: Compiled): SeatInfo["brief"] & object {
  const s = c.scenario;
  return { title: s.title, incidentPlace: s.incidentPlace, hazard: s.hazard.model, kind: s.kind };
}

function situation(state: Pick<DrillState, "cordons" | "warnings"> & { responseLevel?: number }): Situation {
  return {
    cordons: state.cordons.map((x) => ({ place: x.place, radiusM: x.radiusM, by: x.by, atMs: x.atMs })),
    warnings: state.warnings.map((x) => ({ level: x.level, place: x.place, radiusM: x.radiusM, by: x.by, atMs: x.atMs })),
    ...(state.responseLevel !== undefined ? { responseLevel: state.responseLevel } : {}),
  };
}

/** Whether an agency's projection carries the scenario (title, place, hazard, situation, obligations) and its time: always, but in a double-blind drill only once the agency is told, or the drill has ended. */
export function seatOpen(state: DrillState, agency: string, blindness: Blindness): boolean {
  return blindness !== "DOUBLE_BLIND" || state.ended || isTold(state, agency);
}

/**
 * An untold seat's messages as it may see them: no time, and ids of its own ("u1", "u2"… in the
 * order it got them, an ad hoc inject's "adhoc-u2") in place of the drill's ("m37" says 36
 * messages went before it: the drill is under way). `alias`: the drill's id → the seat's.
 */
function withheld(rows: MessageRow[]): { rows: MessageRow[]; alias: Map<string, string> } {
  const alias = new Map<string, string>();
  const out = rows.map((m, i) => {
    const id = `u${i + 1}`;
    alias.set(m.id, id);
    const inject = m.inject?.startsWith("adhoc-") ? `adhoc-${id}` : m.inject;
    if (m.inject && inject) alias.set(m.inject, inject);
    return { ...m, id, atMs: 0, ...(inject ? { inject } : {}) };
  });
  return { rows: out, alias };
}

/**
 * One agency's projection. Not yet open (seatOpen), it carries no time either: the drill clock
 * is the scenario's (review 18), so its messages' and readings' times read 0 and its messages' ids
 * are its own (withheld) until it is told, when its messages are
 * sent again as they are; nor any unit (standby: blindStatics).
 */
export function seatProjection(c: Compiled, state: DrillState, agency: string, blindness: Blindness, events?: readonly DrillEvent[]): Projection<SeatInfo> {
  const v = view(c, state, agency) as AgencyView;
  const k = v.knowledge;
  const told = k.notifiedAtMs !== undefined;
  const open = seatOpen(state, agency, blindness);
  const at = (ms: number) => (open ? ms : 0);
  const rows = v.messages.map((m) => messageRow(m, c));
  const shown = open ? { rows, alias: undefined } : withheld(rows);
  // an ad hoc inject's fact names its message: the seat's own id for it, as in its messages
  const fact = (f: string) => (shown.alias && f.startsWith("inject:") ? `inject:${shown.alias.get(f.slice(7)) ?? f.slice(7)}` : f);
  const failed = open && events ? standingFailures(events, new Set(v.units.map((u) => u.id))) : [];
  const info: SeatInfo = {
    seat: agency,
    told,
    ...(told && k.notifiedAtMs !== undefined ? { notifiedAtMs: k.notifiedAtMs } : {}),
    ...(open ? { brief: brief(c) } : {}),
    knownCasualties: { ...k.knownCasualties },
    claimedCasualties: { ...k.claimedCasualties },
    facts: k.facts.map(fact),
    readings: k.readings.map((r) => ({ ...r, atMs: at(r.atMs) })),
    ...(open ? situation(v) : { cordons: [], warnings: [] }),
    // its units' orders that failed on arrival (no capability, out of reach, …): the crew tells its own seat
    ...(failed.length ? { unitFailures: failed } : {}),
  };
  return {
    // standby: no units (their ids, types and bases are the scenario's: blindStatics)
    units: open ? v.units.map(unitRow) : [],
    // every duty the evaluator judges this seat on: its own and the notices it must give (newcomer 19 item 1)
    // and the resource requirements it owns (力量需求, engine/evaluate/seat-requirements.ts: newcomer 20 item 7), and the
    // requests for help put to it (engine/evaluate/seat-help-requests.ts: newcomer 23 item 1)
    obligations: open ? [...seatDuties(c, state, agency), ...(events ? [...seatRequirements(c, state, events, agency), ...seatHelpRequests(c, state, events, agency)] : [])].map((o) => obligationRow(o, c, state, events)) : [],
    messages: shown.rows,
    info,
  };
}

/** each state's requirement rows: a state is replaced every tick, pushes come 10 times a second */
const requirementRows = new WeakMap<DrillState, { events: number; rows: Array<Obligation & { why?: StartWhy }> }>();

/**
 * Every agency's resource requirements (力量需求) and requests for help put to it (seat-help-requests.ts) as board rows, each under its owner (engine/evaluate/seat-requirements.ts,
 * the rows a seat's own tab shows): due (open), met, late or missed at `state`. The director's board had only the
 * engine's obligations, so the requirements the evaluator charges were on each seat's tab and not on the board.
 */
export function everySeatRequirement(c: Compiled, state: DrillState, events: readonly DrillEvent[]): Array<Obligation & { why?: StartWhy }> {
  const known = requirementRows.get(state);
  if (known?.events === events.length) return known.rows;
  const rows = c.scenario.agencies.flatMap((a) => [...seatRequirements(c, state, events, a.id), ...seatHelpRequests(c, state, events, a.id)]);
  requirementRows.set(state, { events: events.length, rows });
  return rows;
}

/**
 * The director's and evaluators' projection: everything but the random streams and hazard
 * internals, with the last FEED_SIZE of `events` (the drill's events so far) as its feed; its board holds the
 * engine's obligations and, given `events`, every seat's resource requirements (everySeatRequirement).
 */
export function controlProjection(c: Compiled, state: DrillState, people: Record<string, string[]> = {}, events?: readonly DrillEvent[]): Projection<ControlInfo> {
  const cas = state.casualties;
  const info: ControlInfo = {
    seat: "control",
    brief: brief(c),
    casualties: { deaths: cas.deaths, seriousInjuries: cas.seriousInjuries, injured: cas.injured, missing: cas.missing, exposed: cas.exposed, evacuated: cas.evacuated, trapped: cas.trapped },
    grade: state.grade,
    lossCNY: state.lossCNY,
    ended: state.ended,
    ...(state.endReason !== undefined ? { endReason: state.endReason } : {}),
    injects: [...c.injects.values()].map((i) => ({
      id: i.id, fired: state.injectsFired.includes(i.id), ...(i.atMs !== undefined ? { atMs: i.atMs } : {}), to: i.to, spotQuestion: i.spotQuestion === true, text: i.text,
    })),
    groups: state.groups.map((g) => ({ id: g.id, status: g.status, count: g.count })),
    agencies: state.knowledge.map((k) => ({
      id: k.agency,
      ...(k.notifiedAtMs !== undefined ? { notifiedAtMs: k.notifiedAtMs } : {}),
      ...(k.firstActionAtMs !== undefined ? { firstActionAtMs: k.firstActionAtMs } : {}),
      knownCasualties: { ...k.knownCasualties },
    })),
    people,
    ...situation(state),
  };
  return { units: state.units.map(unitRow), obligations: [...state.obligations, ...(events ? everySeatRequirement(c, state, events) : [])].map((o) => obligationRow(o, c, state, events, true)), messages: state.messages.map((m) => messageRow(m, c)), info, feed: (events ?? []).slice(-FEED_SIZE) };
}

/** Observers (观摩): the public situation only; none while `hidden` (double-blind, nobody told yet: whatever is out there is the incident's). */
export function publicProjection(state: DrillState, hidden = false): Projection<Situation> {
  return { units: [], obligations: [], messages: [], info: hidden ? { cordons: [], warnings: [] } : situation(state) };
}

/** The hazard overlay for the director's map (puffs, threat-zone rasters, ERG circle), or null. */
export function hazardOverlay(c: Compiled, state: DrillState): unknown {
  return c.hazard.overlay?.(state.hazard, c.scenario) ?? null;
}

/**
 * The static scenario data a seat may see, sent on join (protocol WelcomeMessage). With
 * `hideIncident` (a double-blind seat not yet told) the map lacks the incident place and its
 * roads; the room sends the complete welcome again once the seat is told.
 */
/** Whether an agency has been told of the incident yet. */
export function isTold(state: DrillState, agency: string): boolean {
  return state.knowledge.some((k) => k.agency === agency && k.notifiedAtMs !== undefined);
}

/** Whether any agency has been told of the incident yet: from then on it is no longer the drill's secret. */
export function anyoneTold(state: DrillState): boolean {
  return state.knowledge.some((k) => k.notifiedAtMs !== undefined);
}

/**
 * In a double-blind drill (domain.md §3.8: 事前不通知…不明确演练时间、地点和内容; only controllers
 * and evaluators see the script) a seat not yet told, and observers (观摩) until any seat is told
 * (they usually sit in the hall with the players: review 8 item 9), get neither the scenario nor
 * its time: a welcome without the incident, the roster or the start, and no clock. Each gets all
 * once that changes, or once the drill has ended (its sources are every code's then). Director and
 * evaluators see all.
 */
export function hidesIncident(state: DrillState, blindness: Blindness, code: SeatCode): boolean {
  if (code.kind === "observer") return observerHidden(state, blindness);
  return code.kind === "seat" && blindness === "DOUBLE_BLIND" && !state.ended && !isTold(state, code.seat);
}

/** hidesIncident for the observers (the public view): in a double-blind drill until any seat is told, or it ends. */
export function observerHidden(state: DrillState, blindness: Blindness): boolean {
  return blindness === "DOUBLE_BLIND" && !state.ended && !anyoneTold(state);
}

/**
 * What a double-blind seat not yet told (and an observer before anyone is) may see of the scenario:
 * its own seat, as its standby console shows it whatever the scenario (review 19 item 2): the
 * seat's id and its agency's kind, named from the county roster or by the kind (standbyName), no units, no
 * places, the generic tasks. Review 18 left it its agency's own name, units and bases, but those
 * are the scenario's too: a 矿山救护队 says "a mine", 特勤站化学救援车 "a chemical release", and the
 * same county fire brigade is based at its hazmat station in chemical-leak and at 城关站 in
 * school-fire; even the county's name (临江县, 岭北县) narrows it down. So an agency's standby frames
 * are byte for byte the same in every scenario (tests/server/standby-frames.test.ts). The complete
 * welcome follows once it is told.
 */
function blindStatics(c: Compiled, code: SeatCode): { places: Set<string>; agencies: Set<string> } {
  const agencies = new Set(c.scenario.agencies.filter((a) => code.kind === "seat" && a.id === code.seat).map((a) => a.id));
  return { places: new Set(), agencies };
}

/**
 * An agency as a standby console names it, the same in every scenario: the county roster's name for its kind
 * (roster.ts: 青石县应急管理局), else the kind in both languages (应急管理局). The catalogue's kind is a common noun
 * ("fire and rescue", said mid-sentence); as the name of the seat's organisation its English is title case as every
 * agency's name is (newcomer 20 item 5; tests/scenario/proper-names.test.ts).
 */
function standbyName(kind: string, roster: Roster): { zh: string; en: string } {
  const listed = roster.agencies[kind as keyof Roster["agencies"]];
  if (listed) return { zh: listed.zh, en: listed.en };
  const word = (locale: "zh-CN" | "en") => translator(locale)(`agencyKind.${kind}`, { defaultValue: translator(locale)("agencyKind.other") }) as string;
  return { zh: word("zh-CN"), en: titleCase(word("en")) };
}

const SMALL_WORDS = new Set(["and", "of", "the", "a", "an", "for", "in", "on", "or", "to"]);

/** "fire and rescue" → "Fire and Rescue": each word capitalised but the small ones after the first. */
export function titleCase(en: string): string {
  return en.split(" ").map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(" ");
}

/**
 * The names a double-blind seat not yet told was shown (its partial welcome, and the agencies its
 * messages name: who wrote to it, whom it wrote to, who asked its spot questions), by kind: the
 * intake refuses a command naming any other as one the scenario lacks (server/live/intake.ts), so
 * that guessing ids ("mrt", "tank-v101", "plugLeak") cannot tell the scenario from the answers.
 */
export function shownNames(c: Compiled, state: DrillState, code: SeatCode): Partial<Record<NameKind, ReadonlySet<string>>> {
  const { places, agencies: own } = blindStatics(c, code);
  const agencies = new Set(own);
  for (const m of state.messages) {
    if (m.from !== code.seat && !m.to.includes(code.seat)) continue;
    for (const a of [m.from, ...m.to, ...(m.inject ? [c.injects.get(m.inject)?.askedBy] : [])]) if (a && c.agencies.has(a)) agencies.add(a);
  }
  return {
    agency: agencies, unit: new Set(), place: places, group: new Set(), inject: new Set(),
    task: new Set(GENERIC_TASKS), target: new Set(), unitType: new Set(genericUnitKinds(Object.keys(GLOSSARY.unitType)).map((k) => k.type)),
  };
}

/**
 * What a client is sent on joining: its seat, the map, the agencies, its units and the tasks; with `hideIncident` (a
 * double-blind seat not yet told) its standby console's, the same in every scenario, its agency named by `roster`.
 */
export function welcome(c: Compiled, drill: { id: string; blindness: Blindness }, code: SeatCode, name: string, viewKey: string, hideIncident = false, roster: Roster = { agencies: {} }): WelcomeMessage {
  const s = c.scenario;
  const blind = hideIncident ? blindStatics(c, code) : undefined;
  const shown = (place: string) => !blind || blind.places.has(place);
  const listed = (agency: string) => !blind || blind.agencies.has(agency);
  const own = (agency: string) => code.kind === "director" || code.kind === "evaluator" || (code.kind === "seat" && agency === code.seat);
  return {
    seat: code.seat, kind: code.kind, name, view: viewKey, drillId: drill.id, blindness: drill.blindness,
    // the scenario's time and length are the scenario's: none before it is told (0, 0, "")
    tickMs: blind ? 0 : c.tickMs, durationMs: blind ? 0 : c.durationMs, start: blind ? "" : s.clock.start,
    map: {
      places: s.map.places.filter((p) => shown(p.id)).map((p) => ({ id: p.id, kind: p.kind, x: p.x, y: p.y, name: p.name })),
      roads: s.map.roads.filter((r) => shown(r.from) && shown(r.to)).map((r) => ({ from: r.from, to: r.to, speedKmh: r.speedKmh })),
      complete: !hideIncident,
    },
    agencies: s.agencies.filter((a) => listed(a.id)).map((a) => ({ id: a.id, kind: a.kind, name: blind ? standbyName(a.kind, roster) : a.name, simulated: a.simulated === true })),
    units: blind ? [] : s.units.filter((u) => own(u.agency)).map((u) => ({ id: u.id, type: u.type, agency: u.agency, base: u.base, name: u.name, capabilities: [...u.capabilities] })),
    tasks: blind ? [...GENERIC_TASKS].sort() : [...c.tasks].sort(),
    // what a support request may ask for: the form lists these, the intake accepts only these (round 22 item 2)
    unitKinds: blind ? genericUnitKinds(Object.keys(GLOSSARY.unitType)) : unitKinds(s.units),
    // the site view names its rooms and roadways by these, not by their ids (newcomer 17 item 8)
    ...(blind || siteSpots(c).length === 0 ? {} : { spots: siteSpots(c) }),
    // a dispatch's target room or node, as the local console offers it (newcomer 18: the live list was empty)
    ...(blind || targets(c).length === 0 ? {} : { siteTargets: targets(c) }),
  };
}

/** The spots a dispatch may target, from the hazard model (a building's rooms, a mine's nodes), with both names. */
function targets(c: Compiled): Array<{ id: string; name: { zh: string; en: string } }> {
  return (c.hazard.siteTargets?.(c.scenario) ?? []).map((t) => ({ id: t.id, name: { zh: t.name.zh, en: t.name.en ?? t.name.zh } }));
}

/** The named spots of a mine's or a building's site (nodes, roadways, rooms, stairs): what its site view labels. */
function siteSpots(c: Compiled): Array<{ id: string; name: { zh: string; en: string } }> {
  const h = c.scenario.hazard as unknown as Record<string, unknown>;
  if (h.model !== "mine-flood" && h.model !== "building-fire") return [];
  return ["nodes", "segments", "rooms", "stairs"].flatMap((k) => (Array.isArray(h[k]) ? (h[k] as Array<{ id: string; name?: { zh: string; en: string } }>) : []))
    .flatMap((x) => (x.name ? [{ id: x.id, name: x.name }] : []));
}
