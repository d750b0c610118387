/**
 * ConsoleModel from the engine run in the browser: what the replay viewer (and "as seen by")
 * shows. A seat's model is built from `view(c, state, role)` only, plus the public map and its
 * own units' names; the control roles get the omniscient view.
 */
import { unitKinds } from "../../protocol/unit-kinds.ts";
import type { Compiled } from "../../engine/compile.ts";
import { COMMAND_TYPES, DIRECTOR_COMMANDS, type CommandType } from "../../engine/model/commands.ts";
import type { DrillState, Message, Obligation } from "../../engine/model/state.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { view } from "../../engine/knowledge/view.ts";
import { boardParties, partsLeft, seatDuties } from "../../engine/evaluate/board-parties.ts";
import { seatHelpRequests } from "../../engine/evaluate/seat-help-requests.ts";
import { mayGive } from "../../engine/rules/powers.ts";
import { seatRequirements } from "../../engine/evaluate/seat-requirements.ts";
import { standingFailures } from "../../engine/units/failures.ts";
import type { ConsoleModel, InjectInfo, SiteGeometry, UnitInfo } from "../model/console.ts";

const ON_SITE = new Set(["settingUp", "working", "onScene"]);

export function unitInfo(c: Compiled, id: string): UnitInfo {
  const u = c.units.get(id)!;
  return { id, name: u.name, type: u.type, agency: u.agency, capabilities: [...u.capabilities] };
}

/** The static part every role gets: the public map and the agencies. */
function base(c: Compiled): Pick<ConsoleModel, "startIso" | "agencies" | "places" | "roads" | "tasks" | "unitKinds"> {
  const s = c.scenario;
  return {
    startIso: s.clock.start,
    agencies: s.agencies.map((a) => ({ id: a.id, kind: a.kind, name: a.name, ...(a.simulated ? { simulated: true } : {}) })),
    places: s.map.places.map((p) => ({ id: p.id, kind: p.kind, x: p.x, y: p.y, name: p.name })),
    roads: s.map.roads.map((r) => ({ from: r.from, to: r.to, ...(r.name ? { name: r.name } : {}) })),
    tasks: [...c.tasks].sort(),
    unitKinds: unitKinds(s.units),
  };
}

export function siteGeometry(c: Compiled): SiteGeometry | undefined {
  const h = c.scenario.hazard as { model: string } & Record<string, unknown>;
  if (h.model === "mine-flood") {
    const p = h as unknown as { nodes: Array<{ id: string; x: number; y: number; elevationM: number; kind: string; name: { zh: string; en: string } }>; segments: Array<{ id: string; from: string; to: string; heightM?: number; name: { zh: string; en: string } }> };
    return {
      model: "mine-flood",
      nodes: p.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, elevationM: n.elevationM, kind: n.kind, name: n.name })),
      segments: p.segments.map((s) => ({ id: s.id, from: s.from, to: s.to, heightM: s.heightM ?? 3, name: s.name })),
    };
  }
  if (h.model === "building-fire") {
    const p = h as unknown as { floors: Array<{ level: number; name: { zh: string; en: string } }>; rooms: Array<{ id: string; floor: number; kind: string; rect: [number, number, number, number]; name: { zh: string; en: string } }> };
    return { model: "building-fire", floors: p.floors.map((f) => ({ level: f.level, name: f.name })), rooms: p.rooms.map((r) => ({ id: r.id, floor: r.floor, kind: r.kind, rect: r.rect, name: r.name })) };
  }
  return undefined;
}

export function injectInfos(c: Compiled, fired: readonly string[]): InjectInfo[] {
  return [...c.injects.values()].map((i) => ({
    id: i.id,
    ...(i.atMs !== undefined ? { atMs: i.atMs } : {}),
    ...(i.when ? { when: [i.when.event, i.when.unit ?? i.when.what ?? i.when.task ?? ""].filter(Boolean).join(" ") } : {}),
    to: [...i.to],
    text: i.text,
    spotQuestion: i.spotQuestion,
    fired: fired.includes(i.id),
  }));
}

/**
 * The board's rows: each obligation with its parties and what is still undone of it, as the live server's
 * (server/live/views.ts obligationRow); `events`: the drill's so far, to judge a duty's parts on.
 */
function board(c: Compiled, state: DrillState, list: readonly Obligation[], events?: readonly DrillEvent[]): ConsoleModel["obligations"] {
  return list.map((o) => {
    const left = partsLeft(c, state, o, events);
    return { ...o, ...boardParties(c, state, o), ...(left.length ? { partsLeft: left } : {}) };
  });
}

/** Build the console model of `role` at `state`; `events`: the drill's up to `state` (a duty's parts are judged on them). */
export function consoleModel(c: Compiled, state: DrillState, role: string, clock: { paused: boolean; speed: number } = { paused: true, speed: 1 }, events?: readonly DrillEvent[]): ConsoleModel {
  const v = view(c, state, role);
  const common = { ...base(c), mode: c.scenario.blindness, tMs: state.tMs, ended: state.ended, paused: clock.paused, speed: clock.speed };
  if (v.omniscient) {
    return {
      ...common, role, omniscient: true, title: c.scenario.title, hazardKind: c.scenario.kind,
      units: state.units.map((u) => ({ ...u, info: unitInfo(c, u.id) })),
      messages: withSources(c, state.messages), // the board: the engine's obligations and every seat's resource requirements, each under its owner (as the server's control view)
      obligations: board(c, state, [...state.obligations, ...(events ? c.scenario.agencies.flatMap((a) => [...seatRequirements(c, state, events, a.id), ...seatHelpRequests(c, state, events, a.id)]) : [])], events), cordons: state.cordons, warnings: state.warnings,
      ...(state.responseLevel !== undefined ? { responseLevel: state.responseLevel } : {}),
      incidentPlace: c.scenario.incidentPlace,
      powers: role === "director" ? [...DIRECTOR_COMMANDS] : [],
      siteTargets: c.hazard.siteTargets?.(c.scenario) ?? [],
      hazardModel: c.scenario.hazard.model, overlay: v.hazard,
      ...(siteGeometry(c) ? { site: siteGeometry(c)! } : {}),
      injects: injectInfos(c, state.injectsFired),
      truth: { ...state.casualties, grade: state.grade },
    };
  }
  const agency = c.agencies.get(role)!;
  const told = v.knowledge.notifiedAtMs !== undefined;
  // site views (mine section, school plan) where the agency's own units are on site; an airborne
  // release has no "site view": the agency learns it only through its own monitors' readings
  const eyes = c.scenario.hazard.model !== "chemical-release" && v.units.some((u) => ON_SITE.has(u.status) && u.at === c.scenario.incidentPlace);
  return {
    ...common, role, omniscient: false,
    // as the server's seat view (server/live/views.ts seatProjection): only a double-blind seat waits to be told
    ...(told || c.scenario.blindness !== "DOUBLE_BLIND" ? { title: c.scenario.title, hazardKind: c.scenario.kind } : {}),
    units: v.units.map((u) => ({ ...u, info: unitInfo(c, u.id) })),
    // as the server's seat view: its units' failed orders still standing (engine/units/failures.ts)
    ...(failures(events, v.units)),
    messages: withSources(c, v.messages), obligations: board(c, state, [...seatDuties(c, state, role), ...(events ? [...seatRequirements(c, state, events, role), ...seatHelpRequests(c, state, events, role)] : [])], events), cordons: v.cordons, warnings: v.warnings,
    ...(v.responseLevel !== undefined ? { responseLevel: v.responseLevel } : {}),
    knowledge: v.knowledge,
    ...(told ? { incidentPlace: c.scenario.incidentPlace } : {}),
    powers: COMMAND_TYPES.filter((t: CommandType) => !DIRECTOR_COMMANDS.has(t) && mayGive(agency.kind, t)),
    siteTargets: c.hazard.siteTargets?.(c.scenario) ?? [],
    ...(eyes ? { hazardModel: c.scenario.hazard.model, overlay: c.hazard.overlay?.(state.hazard, c.scenario), ...(siteGeometry(c) ? { site: siteGeometry(c)! } : {}) } : {}),
  };
}

function failures(events: readonly DrillEvent[] | undefined, units: ReadonlyArray<{ id: string }>): Pick<ConsoleModel, "unitFailures"> {
  const list = events ? standingFailures(events, new Set(units.map((u) => u.id))) : [];
  return list.length ? { unitFailures: list } : {};
}

/** Messages with each scenario inject's in-fiction caller, as the server's sync gives them (server/live/views.ts messageRow). */
function withSources(c: Compiled, messages: readonly Message[]): Array<Message & { source?: LocalText }> {
  return messages.map((m) => {
    const source = m.inject !== undefined ? c.injects.get(m.inject)?.source : undefined;
    return source ? { ...m, source } : m;
  });
}
