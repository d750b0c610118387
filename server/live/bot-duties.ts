/**
 * What a rule-based bot seat owes at a moment, as jobs (a stable key and the command to give),
 * from the rules profile and the engine state (issue 7 §8; domain.md §1, §5):
 * - acknowledge what it receives;
 * - the linkage notices the table gives it (`notifiedBy`: the enterprise calls 119);
 * - its reporting duties (initial, follow-up; oral or written as the rule says) to the rule's
 *   addressee, with every 第十二条 field (493号令 第十二条; figures "unknown" until it knows them);
 * - its linkage duties, each action the rule lists: dispatch of its own units of the type a
 *   scenario requirement asks for (never into the hazard unprotected: bot-zone.ts), messages to
 *   the agencies it coordinates, cordon at the ERG isolation distance, evacuation or shelter of the
 *   people in the ERG zones, activation of the response at the incident's grade;
 * - an answer to a spot question, to whoever asked.
 * A seat acts only once it has been told of the incident (spot questions excepted), `delayMs` after
 * the duty arose or it was told, whichever is later.
 */
import type { Compiled } from "../../engine/compile.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import type { CommandType } from "../../engine/model/commands.ts";
import type { AgencyKnowledge, DrillState, Obligation } from "../../engine/model/state.ts";
import { wallClock } from "../../engine/model/time.ts";
import { heardCasualties } from "../../engine/knowledge/deliver.ts";
import { resolveAgencies } from "../../engine/rules/agencies.ts";
import { developmentOf } from "../../engine/rules/development-news.ts";
import { mayGive } from "../../engine/rules/powers.ts";
import { shortestRoute } from "../../engine/world/graph.ts";
import { ALARM_RESCUERS } from "../../engine/evaluate/alarm-call.ts";
import { destinationFor, protectionFor } from "./bot-zone.ts";
import { label } from "./refusal.ts";

export type BotCommand = Record<string, unknown>;

/** One thing a bot owes: `key` names it for good (its client id), `make` words it now (undefined: not possible now). */
export interface Job {
  key: string;
  make(): BotCommand | undefined;
}

export interface BotView {
  c: Compiled;
  state: DrillState;
  delayMs: number;
  /** a job whose tries are used up (its unit is left to another job) */
  exhausted(key: string): boolean;
}

const SPOT = "SPOT-QUESTION";

/** Every job `agency` has now, in a fixed order (acknowledgements, notices, reports, linkage duties). */
export function jobsFor(v: BotView, agency: string): Job[] {
  const { c, state } = v;
  const t = state.tMs;
  const k = state.knowledge.find((x) => x.agency === agency);
  const jobs: Job[] = [];
  /** units one of this look's dispatch jobs already holds */
  const taken = new Set<string>();
  for (const m of state.messages) {
    if (m.atMs + v.delayMs > t || !m.to.includes(agency) || m.from === agency || m.from === "scenario") continue;
    if (m.kind === "message" || m.kind === "report" || m.kind === "request") jobs.push({ key: `ack-${m.id}`, make: () => ({ type: "acknowledge", to: m.from, ...RECEIVED }) });
  }
  const told = k?.notifiedAtMs;
  const ready = (since: number, deadlineMs?: number) => told !== undefined && dueAt(v, Math.max(since, told), deadlineMs) <= t;
  if (ready(0)) jobs.push(...notices(v, agency));
  else if (told !== undefined) jobs.push(...notices(v, agency).filter((n) => ready(0, n.deadlineMs)));
  for (const o of state.obligations) {
    if (o.agency !== agency) continue;
    const due = o.ruleId === SPOT ? dueAt(v, o.openedAtMs, o.deadlineMs) <= t : ready(o.openedAtMs, o.deadlineMs);
    if (!due) continue;
    const open = o.status === "open" || o.status === "missed";
    if (o.kind === "report" && o.to && open) jobs.push({ key: `duty-${o.id}`, make: () => report(v, agency, k, o) });
    else if (o.kind === "act" && o.to !== undefined) {
      if (open) jobs.push({ key: `duty-${o.id}`, make: () => said(statusText(v, agency), { type: "message", to: [o.to] }) });
    } else if (o.kind === "act") jobs.push(...actJobs(v, agency, o, taken));
  }
  if (ready(0)) jobs.push(...onward(v, agency));
  return jobs;
}

/**
 * Units of this agency waiting on a detour or at a staging point for a requirement elsewhere:
 * sent on once the way there is clear (bot-zone.ts destinationFor), each destination once.
 */
function onward(v: BotView, agency: string): Job[] {
  const { c, state } = v;
  const jobs: Job[] = [];
  for (const u of state.units) {
    const d = c.units.get(u.id);
    if (!d || d.agency !== agency || u.at !== u.destination || !["settingUp", "working", "onScene"].includes(u.status)) continue;
    const r = c.scenario.requirements.find((x) => x.task === u.task && x.place !== u.at && x.unitType.includes(d.type) && !met(v, x.place, x.task, x.count));
    if (!r) continue;
    const next = destinationFor(c, state, u.id, r.task, r.place);
    if (next !== undefined && next !== u.at) jobs.push({ key: `onward-${u.id}-${next}`, make: () => ({ type: "dispatch", units: [u.id], place: next, task: r.task }) });
  }
  return jobs;
}

/** Whether `count` units are at `place` or on their way there for `task`. */
function met(v: BotView, place: string, task: string, count: number): boolean {
  return v.state.units.filter((u) => u.task === task && u.destination === place && u.status !== "returning").length >= count;
}

/**
 * When a duty that arose (or was learnt of) at `fromMs` is acted on: the configured delay later, or
 * halfway to its deadline when that is sooner (a 1-minute turn-out is not met two minutes late).
 */
function dueAt(v: BotView, fromMs: number, deadlineMs?: number): number {
  return fromMs + (deadlineMs === undefined ? v.delayMs : Math.min(v.delayMs, Math.max(0, Math.floor((deadlineMs - fromMs) / 2))));
}

/** Linkage notices this agency gives (a rule's `notifiedBy`): the enterprise's 119 call, the bureau's notices. */
function notices(v: BotView, agency: string): Array<Job & { deadlineMs?: number }> {
  const { c } = v;
  const out: Array<Job & { deadlineMs?: number }> = [];
  for (const r of c.rules.linkage[c.scenario.kind]) {
    if (!r.notifiedBy || !resolveAgencies(c, r.notifiedBy).includes(agency)) continue;
    const to = resolveAgencies(c, r.agency).filter((a) => a !== agency);
    if (to.length === 0) continue;
    const call = to.some((a) => c.agencies.get(a)?.kind === "fireRescue") ? "119报警：" : "";
    // the earliest deadline by which one of them must have been told (the rule's `notifiedWithinMin`)
    const deadlines = v.state.obligations.filter((o) => o.ruleId === r.id && o.kind === "notified" && to.includes(o.agency)).map((o) => o.deadlineMs);
    const deadlineMs = deadlines.length > 0 ? Math.min(...deadlines) : undefined;
    // an alarm to rescuers (119, 120, the mine-rescue team) says who calls too (报警人姓名和电话: alarm-call.ts, after 报火警须知)
    const name = c.agencies.get(agency)?.name;
    const caller: LocalText = to.some((a) => ALARM_RESCUERS.has(c.agencies.get(a)?.kind ?? "")) ? { zh: `报警人：${name?.zh ?? agency}值班人员，电话即本来电号码。`, en: ` Caller: the duty officer of ${name?.en ?? agency}, on this number.` } : { zh: "", en: "" };
    out.push({ key: `notify-${r.id}`, ...(deadlineMs !== undefined ? { deadlineMs } : {}), make: () => said({ zh: `${call}${incidentText(v).zh}，请立即按预案出动处置。${caller.zh}`, en: `${call ? "119 alarm: " : ""}${incidentText(v).en}. Turn out at once per the plan.${caller.en}` }, { type: "message", to }) });
  }
  return out;
}

/** The jobs of a linkage duty: every action its rule lists that this agency can give. */
function actJobs(v: BotView, agency: string, o: Obligation, taken: Set<string>): Job[] {
  const { c, state } = v;
  const kind = c.agencies.get(agency)?.kind ?? "";
  const types = new Set((o.actions ?? []).map((a) => a.type));
  const jobs: Job[] = [];
  for (const a of o.actions ?? []) {
    if (!mayGive(kind, a.type as CommandType)) continue;
    if (a.type === "dispatch") jobs.push(...dispatchJobs(v, agency, a.task, taken));
    else if (a.type === "message") jobs.push({ key: `msg-${o.ruleId}`, make: () => {
      const to = coordinated(v, agency);
      return to.length === 0 ? undefined : said({ zh: `${incidentText(v).zh}。${statusText(v, agency).zh}`, en: `${incidentText(v).en}. ${statusText(v, agency).en}` }, { type: "message", to });
    } });
    else if (a.type === "cordon") jobs.push({ key: "cordon", make: () => ({ type: "cordon", place: c.scenario.incidentPlace, radiusM: figure(v, "ergIsolateM") ?? 300 }) });
    else if (a.type === "activateResponse") jobs.push({ key: `respond-${state.grade}`, make: () => ({ type: "activateResponse", level: state.grade }) });
    // a site owner starts its own plan by the same command (commands/field.ts): the plan's level as the accident's grade
    else if (a.type === "activatePlan") jobs.push({ key: "own-plan", make: () => ({ type: "activateResponse", level: state.grade }) });
    else if (a.type === "warning") jobs.push({ key: "warning", make: () => ({ type: "warning", level: (["red", "orange", "yellow", "blue"] as const)[state.grade - 1], place: c.scenario.incidentPlace, radiusM: figure(v, "ergProtectM") ?? 2000 }) });
    else if (a.type === "evacuate" || a.type === "shelter") jobs.push(...protectJobs(v, agency, kind, types));
    else if (a.type === "report" || a.type === "acknowledge") {
      const boss = c.agencies.get(agency)?.reportsTo ?? c.scenario.leadAgency;
      if (boss !== agency) jobs.push({ key: `${a.type}-${o.ruleId}`, make: () => (a.type === "report" ? report(v, agency, state.knowledge.find((x) => x.agency === agency), { ...o, to: boss }) : { type: "acknowledge", to: boss, ...RECEIVED }) });
    }
  }
  // a duty met only by going to the scene, with no scenario requirement for this agency's units (a
  // working group, the aftermath team): one unit to the scene, as near as the hazard allows
  const go = (o.actions ?? []).find((a) => a.type === "dispatch");
  if (go && jobs.length === 0 && !requirementFor(v, agency, go.task)) jobs.push({ key: `go-${o.ruleId}`, make: () => toScene(v, agency, go.task) });
  return jobs;
}

/** Whether some scenario requirement (for `task`, when given) asks for a type of unit this agency has. */
function requirementFor(v: BotView, agency: string, task: string | undefined): boolean {
  const own = [...v.c.units.values()].filter((d) => d.agency === agency);
  return v.c.scenario.requirements.some((r) => (task === undefined || r.task === task) && own.some((d) => r.unitType.includes(d.type) && d.capabilities.includes(r.task)));
}

/** One available unit of the agency (able to do `task`, when given) to the incident place, or its staging point. */
function toScene(v: BotView, agency: string, task: string | undefined): BotCommand | undefined {
  const { c, state } = v;
  for (const u of state.units) {
    const d = c.units.get(u.id);
    if (!d || d.agency !== agency || u.status !== "available") continue;
    const t = task ?? d.capabilities[0];
    if (!t || !d.capabilities.includes(t)) continue;
    const place = destinationFor(c, state, u.id, t, c.scenario.incidentPlace);
    if (place !== undefined) return { type: "dispatch", units: [u.id], place, task: t };
  }
  return undefined;
}

/**
 * One job per unit a scenario requirement still needs from this agency: its own units of the
 * requirement's type that can do the task (`task`: the duty's, or any the requirements name).
 */
function dispatchJobs(v: BotView, agency: string, task: string | undefined, taken: Set<string>): Job[] {
  const { c, state } = v;
  const jobs: Job[] = [];
  for (const r of c.scenario.requirements) {
    if (task !== undefined && r.task !== task) continue;
    const fits = (id: string) => {
      const d = c.units.get(id);
      return d !== undefined && d.agency === agency && r.unitType.includes(d.type) && d.capabilities.includes(r.task);
    };
    const working = state.units.filter((u) => fits(u.id) && u.task === r.task && u.status !== "returning").length;
    const free = state.units.filter((u) => fits(u.id) && u.status === "available" && !taken.has(u.id) && !v.exhausted(`req-${r.id}-${u.id}`));
    // the nearest first (driving time by road), ties by id
    const eta = (id: string, at: string) => shortestRoute(c.graph, at, r.place, c.units.get(id)!.speedKmh)?.arriveMs.at(-1) ?? Infinity;
    const near = free.map((u) => ({ u, ms: eta(u.id, u.at) })).sort((a, b) => a.ms - b.ms || (a.u.id < b.u.id ? -1 : 1)).map((x) => x.u);
    for (const u of near.slice(0, Math.max(0, r.count - working))) {
      taken.add(u.id);
      jobs.push({ key: `req-${r.id}-${u.id}`, make: () => {
        const place = destinationFor(c, state, u.id, r.task, r.place);
        return place === undefined ? undefined : { type: "dispatch", units: [u.id], place, task: r.task };
      } });
    }
  }
  return jobs;
}

/** Evacuation of the people in the isolation circle, shelter in the downwind square (the enterprise: its own people only). */
function protectJobs(v: BotView, agency: string, kind: string, duty: Set<string>): Job[] {
  const { c, state } = v;
  const own = (place: string) => place === c.scenario.incidentPlace || place === c.agencies.get(c.scenario.incidentAgency)?.base;
  const isIncident = agency === c.scenario.incidentAgency;
  const want = { evacuate: [] as string[], shelter: [] as string[] };
  for (const g of state.groups) {
    // people already moving out need no order; sheltered people may still be told to (the order meets this agency's duty too)
    if (g.status === "evacuating" || g.status === "evacuated") continue;
    const def = c.groups.get(g.id)!;
    if (own(def.place) !== isIncident) continue;
    const need = protectionFor(c, state, g.id);
    // shelter where it is enough and the agency may order it, else evacuation if its duty or powers allow
    const how = need === "shelter" && (duty.has("shelter") || mayGive(kind, "shelter")) ? "shelter" : need === undefined ? undefined : "evacuate";
    if (how && mayGive(kind, how)) want[how].push(g.id);
  }
  const jobs: Job[] = (["evacuate", "shelter"] as const).filter((t) => want[t].length > 0).map((t) => ({ key: `protect-${t}`, make: () => ({ type: t, groups: want[t] }) }));
  // people the hazard model moves itself (pupils in the building, miners underground): the order names the site
  if (c.hazard.order && duty.has("evacuate") && mayGive(kind, "evacuate")) jobs.push({ key: "protect-site", make: () => ({ type: "evacuate", place: c.scenario.incidentPlace }) });
  return jobs;
}

/** Whom a linkage message goes to: every agency the scenario's linkage table names (the lead and the county government coordinate), else the lead agency. */
function coordinated(v: BotView, agency: string): string[] {
  const { c } = v;
  const linked = [...new Set(c.rules.linkage[c.scenario.kind].flatMap((r) => resolveAgencies(c, r.agency)))].filter((a) => a !== agency && !c.agencies.get(a)?.simulated);
  const kind = c.agencies.get(agency)?.kind;
  if (agency === c.scenario.leadAgency || kind === "countyGov" || kind === "emergencyBureau") return linked;
  // a message only up its own reporting line coordinates nobody (engine/rules/obligations.ts onlyUpward)
  const up = new Set<string>();
  for (let a = c.agencies.get(agency)?.reportsTo; a !== undefined && !up.has(a); a = c.agencies.get(a)?.reportsTo) up.add(a);
  const lead = c.scenario.leadAgency;
  return lead !== agency && !up.has(lead) ? [lead] : linked;
}

/** A report to `o.to` meeting `o` (its kind and mode), with every 第十二条 field. */
function report(v: BotView, agency: string, k: AgencyKnowledge | undefined, o: Obligation): BotCommand {
  const { c, state } = v;
  const heard = k ? heardCasualties(k) : undefined;
  const anyKnown = heard !== undefined && Object.values(heard).some((n) => n > 0);
  const figure = (n: number | undefined) => (anyKnown ? n ?? 0 : "unknown");
  const kind = o.actions?.find((a) => a.type === "report")?.task ?? (state.messages.some((m) => m.kind === "report" && m.from === agency && m.to.includes(o.to!)) ? "followUp" : "initial");
  const dev = developmentOf(c, o);
  const news = dev === undefined ? undefined : c.rules.developments[dev]?.zh;
  const measures = Object.keys(k?.acted ?? {}).sort().map((a) => label("command", a.split(":")[0]!));
  return {
    type: "report", to: o.to, kind, mode: o.mode === "written" ? "written" : "oral",
    content: {
      unit: c.agencies.get(c.scenario.incidentAgency)?.name.zh ?? c.scenario.incidentAgency,
      time: wallClock(c.scenario.clock.start, 0),
      location: placeName(c, c.scenario.incidentPlace),
      scene: incidentText(v).zh,
      sequence: `${wallClock(c.scenario.clock.start, k?.notifiedAtMs ?? 0)} 接报，${c.agencies.get(agency)?.name.zh ?? agency}按预案处置`,
      casualties: { deaths: figure(heard?.deaths), seriousInjuries: figure(heard?.seriousInjuries), injured: figure(heard?.injured), missing: figure(heard?.missing) },
      measures: measures.length > 0 ? [...new Set(measures)] : ["已接报并启动本单位应急处置"],
      // a development's 续报 names it, or it meets no duty for it (engine/rules/development-news.ts reportsDevelopment)
      ...(news !== undefined ? { other: news } : {}),
    },
  };
}

/**
 * A bot's words in both languages (review 8 item 12: an English console showed a bot's message in
 * Chinese): `text` keeps the Chinese for the log and the report, `localText` is shown in the reader's.
 */
function said<T extends object>(words: LocalText, command: T): T & { text: string; localText: LocalText } {
  return { ...command, text: words.zh, localText: words };
}

const RECEIVED = { text: "收到", localText: { zh: "收到", en: "Received" } };

/**
 * The incident as a message names it: the scenario's `incident` (临江县第二实验小学教学楼火灾), never the drill's title
 * (review19: 「…火灾多部门联动应急」 is the exercise's name); a scenario without one gives its title less the drill words.
 */
export function incidentText(v: Pick<BotView, "c">): LocalText {
  const { c } = v;
  const zh = c.scenario.incident?.zh ?? c.scenario.title.zh.replace(/(多部门|联动|应急|双盲|综合|演练|\s)+$/g, "");
  const en = c.scenario.incident?.en ?? c.scenario.title.en.replace(/\s+-\s+.*$/, ""); // "… - multi-agency drill"
  const place = c.scenario.map.places.find((p) => p.id === c.scenario.incidentPlace)?.name;
  return { zh: `${zh}（地点：${place?.zh ?? c.scenario.incidentPlace}）`, en: `${en} (at ${place?.en ?? c.scenario.incidentPlace})` };
}

function statusText(v: BotView, agency: string): LocalText {
  const name = v.c.agencies.get(agency)?.name;
  return { zh: `${name?.zh ?? agency}已收到，正在按预案处置，情况将及时续报。`, en: `${name?.en ?? agency} has it and is responding per the plan; updates will follow.` };
}

function figure(v: BotView, name: string): number | undefined {
  return v.c.hazard.summary(v.state.hazard, v.state.tMs, v.c.scenario).figures[name];
}

function placeName(c: Compiled, place: string): string {
  return c.scenario.map.places.find((p) => p.id === place)?.name.zh ?? place;
}
