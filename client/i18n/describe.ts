/**
 * Everything the engine sends as codes, rendered for people, in one place: messages and
 * reports, obligations, task and status names, rejection reasons. When the engine's events
 * move to codes + parameters with i18next catalogues (i18n/ at the top level), this module is
 * the one to switch.
 */
import { translator } from "../../i18n/index.ts";
import { namedWords, taskFailedText } from "../../i18n/describe.ts";
import type { UnitFailure } from "../../engine/units/failures.ts";
import { formatClock, formatDuration, wallClock } from "../../engine/model/time.ts";
import type { Message, Obligation } from "../../engine/model/state.ts";
import type { OutCommand } from "../net/session.ts";
import type { ConsoleModel } from "../model/console.ts";
import { figureLabel } from "../model/labels.ts";
import { lang, local, t } from "./index.ts";
import type { LocalText } from "../../engine/model/ids.ts";

export const simClock = (ms: number): string => formatClock(ms);
export const wall = (m: Pick<ConsoleModel, "startIso">, ms: number): string => wallClock(m.startIso, ms);
/** The wall time without its zone ("10:25:00", "D2 00:10:00"), for a table that says the zone once in its header (wallZone). */
export const wallTime = (m: Pick<ConsoleModel, "startIso">, ms: number): string => wall(m, ms).replace(/ UTC[+-]\d\d:\d\d$/, "");
/** The drill's zone as the wall times print it ("UTC+08:00"); "" when the start has none (times are then drill times). */
export const wallZone = (m: Pick<ConsoleModel, "startIso">): string => / (UTC[+-]\d\d:\d\d)$/.exec(wall(m, 0))?.[1] ?? "";
export const duration = (ms: number): string => formatDuration(ms);

export function agencyName(m: ConsoleModel, id: string): string {
  if (id === "scenario") return t("inbox.scenario");
  if (id === "director") return t("director.title");
  return local(m.agencies.find((a) => a.id === id)?.name, id);
}

/** Agencies' names (agencyName) as a list in the page's language: 消防、公安 / Fire, Police. */
export function agencyNames(m: ConsoleModel, ids: readonly string[]): string {
  return ids.map((a) => agencyName(m, a)).join(t("punct.list"));
}

/**
 * Who a message is from, as this console shows it (review 8 item 11). A scenario inject on a
 * player's seat comes from its in-fiction caller (the inject's `source`: 临江日报记者), or a
 * neutral 外部来电 when the scenario names none: "情景" would tell a double-blind player it is a
 * test. The director's and evaluators' consoles say 情景 and the caller. A spot question with no caller
 * (the director's own 随机提问) is from whoever asks it, the one its 回复 goes to (`asker`: the 导调台),
 * never an outside caller (newcomer trial 14: 来自 外部来电 above 回复 → 导调台).
 */
export function senderName(m: Pick<ConsoleModel, "omniscient" | "agencies">, x: Pick<Message, "from"> & { source?: LocalText; asker?: string }): string {
  if (x.from !== "scenario") return agencyName(m as ConsoleModel, x.from);
  const caller = x.source ? local(x.source) : undefined;
  if (m.omniscient) return caller ? t("inbox.scenarioAs", { caller }) : t("inbox.scenario");
  return caller ?? (x.asker ? agencyName(m as ConsoleModel, x.asker) : t("inbox.outside"));
}

/** A message's kind as this console shows it: an inject reads as a plain message on a player's seat, 情景注入 on control consoles. */
export function shownKind(m: Pick<ConsoleModel, "omniscient">, x: Pick<Message, "kind">): Message["kind"] {
  return x.kind === "inject" && !m.omniscient ? "message" : x.kind;
}

export function placeName(m: ConsoleModel, id: string | undefined): string {
  if (!id) return "";
  return local(m.places.find((p) => p.id === id)?.name, id);
}

export function unitName(m: ConsoleModel, id: string): string {
  return local(m.units.find((u) => u.id === id)?.info.name, id);
}

export function taskName(task: string): string {
  const t = translator(lang() === "en" ? "en" : "zh-CN");
  return (t(`task.${task}`, { defaultValue: "" }) as string) || (t("task.other") as string);
}

/** A unit type (fireEngine, aerialLadder …) in words, from the shared catalogue's `unitType` group; the code when unknown. */
export function unitTypeName(type: string): string {
  const t = translator(lang() === "en" ? "en" : "zh-CN");
  return (t(`unitType.${type}`, { defaultValue: "" }) as string) || type;
}

export function statusName(status: string): string {
  const s = t(`status.${status}`);
  return s === `status.${status}` ? status : s;
}

/** The reason a command was refused, in the user's language (client/i18n/refusals.ts). */
export { rejection } from "./refusals.ts";

/** The body text of a message: injects carry both languages, people's messages their own words; `kind`: the scenario's (figure labels). */
export function messageText(m: Message, kind?: string, model?: ConsoleModel): string {
  if (m.localText) return local(m.localText);
  if (m.report) return reportSummary(m, kind);
  if (m.request) return requestText(m.request, model);
  return m.text ?? "";
}

/**
 * A support request as its sender and its receiver read it (newcomer 22 #11): what, how many and
 * where, in the shared catalogue's words (`request.text` / `request.textTo`): 「请求支援：救护车 × 2，前往 江湾村口（滨江路）」.
 * The place is named from `model` (its id when no model is given).
 */
export function requestText(r: NonNullable<Message["request"]>, model?: ConsoleModel): string {
  const tr = translator(lang() === "en" ? "en" : "zh-CN");
  const place = r.place ? (model ? placeName(model, r.place) : r.place) : undefined;
  return tr(place ? "request.textTo" : "request.text", { unitType: unitTypeName(r.unitType), count: r.count, place }) as string;
}

const FIELD_ORDER = ["unit", "time", "location", "scene", "sequence", "casualties", "lossCNY", "measures", "cause", "other"] as const;

/** A report as one line: its kind and mode, then its 第十二条 fields; casualty labels in the terms of the scenario `kind`. */
export function reportSummary(m: Message, kind?: string): string {
  const r = m.report!;
  const c = r.content as Record<string, unknown>;
  // label and value apart, lists in the language's own punctuation (newcomer 17: "DeadUnknown、Seriously injured…Unknown")
  const head = `${t("punct.tagOpen")}${t(`report.${r.kind}`)}${t("punct.tagJoin")}${t(`report.${r.mode}`)}${t("punct.tagClose")}`;
  const parts = FIELD_ORDER.filter((f) => c[f] !== undefined).map((f) => {
    const v = c[f];
    if (f === "casualties") {
      // a figure given as "unknown" (快报事实) or left out reads 未知, never 0
      const x = v as Record<string, number | string | undefined>;
      const fig = (k: string) => (typeof x[k] === "number" ? String(x[k]) : t("report.unknown"));
      return ["deaths", "seriousInjuries", "injured", "missing"].map((k) => `${figureLabel(kind, k)}${lang() === "en" ? t("punct.colon") : ""}${fig(k)}`).join(t("punct.list"));
    }
    if (Array.isArray(v)) return v.join(t("punct.fields"));
    return String(v);
  });
  return `${head}${parts.join(t("punct.fields"))}`;
}

/**
 * What an obligation asks, as an evaluator would write it. A linkage rule's "notified" duty is that
 * its holder be told: on the board (`owner`: every agency's rows) 「通知<agency>（其职责：…）」, on
 * the holder's own list 「接到事故通知（本单位职责：…）」, never the duty's text alone (being told is
 * not doing the duty). An "arrive" duty names its unit and, while it is on its way, the place, so
 * two units under one dispatch standard are two different rows; the unit comes from the obligation
 * or its id (`<standard>:<unit>:<n>`, engine/rules/obligations.ts). Other duties: their own text.
 */
export function obligationText(o: Obligation, m?: ConsoleModel, owner = false): string {
  const text = local(o.text, o.ruleId);
  // a notice on the board of the seat that must give it (board-parties.ts seatDuties) reads as a notice to give
  if (o.kind === "notified") return m && (owner || (!m.omniscient && m.role !== o.agency)) ? t("dir.notify", { agency: agencyName(m, o.agency), text }) : t("dir.toldUs", { text });
  if (o.kind === "arrive" && m) {
    const id = o.unit ?? o.id.split(":").at(-2);
    const u = id ? m.units.find((x) => x.id === id) : undefined;
    if (!id) return text;
    const place = o.status === "open" ? u?.destination ?? undefined : undefined;
    return place ? t("dir.arrive", { unit: unitName(m, id), place: placeName(m, place), text }) : t("dir.arriveUnit", { unit: unitName(m, id), text });
  }
  return text;
}

/**
 * An obligation's state word and its time column: never colour alone. While the drill runs an open
 * duty counts down ("剩余 8:57") or up once overdue; after the end nothing counts: an open duty whose
 * deadline lies after the end is 未到期 (not yet due, as the report lists it, neither a fault nor a
 * credit), one whose deadline passed is 未完成 with how late it stood at the end. `state` names the
 * row's look: open, overdue, notDue, met, late, missed, toldByOther, partial (met, with `partsLeft`),
 * partialOverdue (partial, past its deadline). Times are wall times without the zone: the table says it once
 * in its header (round 23: 「UTC+08:00」 was repeated on every row).
 */
export function obligationState(o: ConsoleModel["obligations"][number], m: Pick<ConsoleModel, "tMs" | "startIso" | "ended"> & Partial<Pick<ConsoleModel, "agencies">>): { word: string; left: string; overdue: boolean; state: string } {
  const tMs = m.tMs;
  // a notice whose agency someone else told first (a scenario inject, another agency): not its notifier's ✔ nor its ⚠
  if (o.kind === "notified" && o.status !== "open" && o.toldBy && o.owner && o.toldBy !== o.owner) {
    return { word: t("duties.toldByOther", { who: agencyName(m as ConsoleModel, o.toldBy) }), left: o.metAtMs !== undefined ? wallTime(m, o.metAtMs) : "", overdue: false, state: "toldByOther" };
  }
  // an act met with a part still undone (the school's evacuation ordered, 119 not yet called): not done
  if ((o.status === "met" || o.status === "late") && o.partsLeft?.length) {
    // past its deadline with a part still undone it is overdue like an open duty (newcomer 22 #4): 部分完成 · 已超时 while
    // the drill runs, 未完成 after the end, as the report charges it (职责未完成); at the deadline instant not yet
    const late = tMs - o.deadlineMs;
    if (late > 0) return { word: m.ended ? t("duties.missed") : t("deskAid.partialOverdue"), left: t("duties.overdue", { t: duration(late) }), overdue: true, state: "partialOverdue" };
    return { word: t("deskAid.partial"), left: o.metAtMs !== undefined ? wallTime(m, o.metAtMs) : "", overdue: false, state: "partial" };
  }
  if (o.status !== "open") return { word: t(`duties.${o.status}`), left: o.metAtMs !== undefined ? wallTime(m, o.metAtMs) : "", overdue: o.status !== "met", state: o.status };
  const left = o.deadlineMs - tMs;
  if (m.ended) {
    // a deadline at the end instant itself was not yet missed (the evaluator's rule, evaluate/not-due.ts)
    return left >= 0
      ? { word: t("dir.notDue"), left: "", overdue: false, state: "notDue" }
      : { word: t("duties.missed"), left: t("duties.overdue", { t: duration(-left) }), overdue: true, state: "overdue" };
  }
  if (left < 0) return { word: t("duties.missed"), left: t("duties.overdue", { t: duration(-left) }), overdue: true, state: "overdue" };
  // a requirement row kept on the board while its start has moved ahead of now (engine/evaluate/seat-requirements.ts
  // listedFromMs): not yet counting, 未到期, its countdown still shown
  if (o.openedAtMs > tMs) return { word: t("dir.notDue"), left: t("duties.left", { t: duration(left) }), overdue: false, state: "notDue" };
  // due this very second (the countdown would read 0:00): the deadline has come; done now it is still on time — the
  // engine misses a duty only once the clock is past its deadline and judges one met at it on time (rules/obligations.ts
  // checkDeadlines tx.t > deadline, metLate atMs > deadline; the report the same)
  if (Math.round(left / 1000) === 0) return { word: t("duties.dueNow"), left: t("duties.dueNowLeft"), overdue: false, state: "due" };
  return { word: t("duties.open"), left: t("duties.left", { t: duration(left) }), overdue: false, state: "open" };
}

/** A command this person gave, by name (the outbox, the command log): never the play format's code. */
export function commandLabel(c: OutCommand): string {
  const k = `actions.${c.type}`;
  const named = t(k);
  if (named !== k) return named;
  if (c.type === "report") return t("kind.reportOf", { kind: t(`report.${String(c.kind)}`) });
  if (c.type === "message") return t("kind.message");
  if (c.type === "acknowledge") return t("ack.title");
  if (c.type === "dispatch") return t("units.dispatch");
  if (c.type === "recall") return t("units.recall");
  if (c.type === "adHocInject" && c.spotQuestion) return t("director.spot");
  // the director's commands, and any other, by name: never the play format's code
  const other = `cmdType.${c.type}`;
  return t(other) !== other ? t(other) : t("cmdType.other");
}

/**
 * A command as a seat's command log names it: a site owner's activation is its own plan's (启动本单位应急预案:
 * client/model/console.ts startsOwnPlan), as its measures tab says (newcomer 23 item 12); any other as commandLabel.
 */
export function seatCommandLabel(c: OutCommand, ownPlan: boolean | undefined): string {
  return c.type === "activateResponse" && ownPlan ? t("actions.activatePlan") : commandLabel(c);
}

/**
 * How long until a unit arrives, as a span, never a clock reading: "约 3分45秒后到达" (about 3 min
 * 45 s from now), whole seconds; hours and minutes past an hour. `ms`: simulated ms from now.
 */
export function arrivalIn(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const min = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const span = h > 0 ? t("units.hm", { h, m: min }) : min > 0 ? (sec > 0 ? t("units.ms", { m: min, s: sec }) : t("units.m", { m: min })) : t("units.s", { s: sec });
  return t("units.arrivesIn", { t: span });
}

/**
 * A seat's unit order that could not be carried out (ConsoleModel.unitFailures), in the console's language:
 * the shared catalogue's `event.taskFailed` with `taskFailed.<code>`, ids named from what the model holds.
 */
export function failureText(m: ConsoleModel, f: UnitFailure): string {
  const names = { agencies: m.agencies, units: m.units.map((u) => u.info), places: m.places, spots: [...m.siteTargets, ...(m.spots ?? [])] };
  return taskFailedText(namedWords(lang() === "en" ? "en" : "zh-CN", names), f);
}
