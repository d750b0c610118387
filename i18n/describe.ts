/**
 * One line per event in the reader's language, for the CLI timeline, the report and the client.
 * Ids become the scenario's own names (agencies, units, places, groups, spots inside the site);
 * codes become catalogue entries (i18n/*.json); ids a scenario does not name stay as given.
 */
import type { TFunction } from "i18next";
import type { Compiled } from "../engine/compile.ts";
import type { DrillEvent } from "../engine/model/events.ts";
import type { Coded, HazardChange, ParamValue, Params } from "../engine/model/params.ts";
import { formatClock } from "../engine/model/time.ts";
import { nameKey, translator, type Locale } from "./index.ts";
import { tidyZh } from "./spacing.ts";

/** Turns ids into names for one scenario and locale. */
export interface Words {
  t: TFunction;
  /** which half of the scenario's `{ zh, en }` texts to use */
  k: "zh" | "en";
  agency(id: string): string;
  unit(id: string): string;
  place(id: string): string;
  group(id: string): string;
  spot(id: string): string;
  /** a catalogue label (`task`, `unitType`, `agencyKind`, …) with the group's `other` for unknown ids */
  label(group: string, id: string | number): string;
  list(items: readonly string[]): string;
  /** parameters with ids, codes and `{ zh, en }` names turned into words */
  params(p: Params): Record<string, string | number>;
}

/** Parameter names and what they name; the engine uses them consistently (model/params.ts). */
const PARAM_KIND: Record<string, (w: Words, v: string) => string> = {
  agency: (w, v) => w.agency(v), owner: (w, v) => w.agency(v), by: (w, v) => w.agency(v),
  unit: (w, v) => w.unit(v), place: (w, v) => w.place(v), from: (w, v) => w.place(v), to: (w, v) => w.place(v),
  destination: (w, v) => w.place(v), group: (w, v) => w.group(v), target: (w, v) => w.spot(v),
  task: (w, v) => w.label("task", v), status: (w, v) => w.label("unitStatus", v), kind: (w, v) => w.label("agencyKind", v),
  unitType: (w, v) => w.label("unitType", v), field: (w, v) => w.label("commandField", v.split(".")[0] ?? ""), capabilities: (w, v) => w.list(v.split(",").filter(Boolean).map((x) => w.label("task", x))),
};

/** The words of one scenario in one locale: its names for ids, the catalogue's for codes. */
export function words(c: Compiled, locale: Locale = "zh-CN"): Words {
  const k = nameKey(locale);
  return namedWords(locale, {
    agencies: [...c.agencies.values()], units: [...c.units.values()], places: c.scenario.map.places,
    groups: [...c.groups.values()], spots: c.hazard.siteTargets?.(c.scenario) ?? [],
  }, k);
}

type Named = ReadonlyArray<{ id: string; name: { zh: string; en: string } }>;

/**
 * Words from lists of names (a scenario's, or what a console model holds of it: a seat has no compiled
 * scenario): `names` gives each kind of id its `{ zh, en }` names; an id not listed reads as itself.
 */
export function namedWords(locale: Locale, names: { agencies: Named; units: Named; places: Named; groups?: Named; spots?: Named }, k = nameKey(locale)): Words {
  const t = translator(locale);
  const of = (list: Named | undefined) => new Map((list ?? []).map((x) => [x.id, x.name[k]]));
  const agencies = of(names.agencies), units = of(names.units), places = of(names.places), groups = of(names.groups), spots = of(names.spots);
  const w: Words = {
    t,
    k,
    agency: (id) => (id === "director" ? t("role.director") : id === "" ? t("role.unknown") : agencies.get(id) ?? id),
    unit: (id) => units.get(id) ?? id,
    place: (id) => places.get(id) ?? id,
    group: (id) => groups.get(id) ?? id,
    spot: (id) => spots.get(id) ?? places.get(id) ?? id,
    label: (group, id) => (t(`${group}.${id}`, { defaultValue: "" }) as string) || (t(`${group}.other`) as string),
    list: (items) => items.join(t("list.sep") as string),
    params: (p) => {
      const out: Record<string, string | number> = {};
      for (const [key, v] of Object.entries(p)) out[key] = word(w, key, v);
      return out;
    },
  };
  return w;
}

function word(w: Words, key: string, v: ParamValue): string | number {
  if (typeof v === "object") return v[w.k];
  if (typeof v === "number") return v;
  return PARAM_KIND[key]?.(w, v) ?? v;
}

/** A unit's order that could not be carried out (a taskFailed event, or a seat's standing failure): "⚠ <unit> 无法执行「<task>」：<reason>". */
export function taskFailedText(w: Words, f: { unit: string; task: string; code: string; params: Params }): string {
  const line = w.t("event.taskFailed", { unit: w.unit(f.unit), task: w.label("task", f.task), reason: w.t(`taskFailed.${f.code}`, w.params(f.params)) }) as string;
  return w.k === "zh" ? tidyZh(line) : line;
}

/** A hazard change (`hazardChanged`): `hazard.<what>`, or `hazard.<what>_<variant>` for its cause or method. */
export function hazardText(w: Words, ch: HazardChange): string {
  const p = ch.params ?? {};
  const variant = typeof p.how === "string" ? `_${p.how}` : typeof p.cause === "string" ? `_${p.cause}` : "";
  return w.t(`hazard.${ch.what}${variant}`, { ...w.params(p), defaultValue: w.t("hazard.other") }) as string;
}

/** A hazard's status line (`status.<code>`). */
export function statusText(w: Words, s: Coded): string {
  return w.t(`status.${s.code}`, w.params(s.params)) as string;
}

/** Why a command was rejected, in words (`rejected.<code>` with its parameters). */
export function rejectionText(w: Words, e: Extract<DrillEvent, { type: "rejected" }>): string {
  if (e.code === "badCommand" && !e.params.field) return w.t("rejected.badCommandWhole") as string;
  return w.t(`rejected.${e.code}`, w.params(e.params)) as string;
}

/**
 * One event as a line in `w`'s language (`event.<type>` in the catalogues), or undefined for
 * events the timeline leaves out (a unit back at base). `c` gives the scenario's own texts
 * (title, inject and obligation wording); `w = words(c, locale)`.
 * @example describeEvent(c, words(c, "zh-CN"), { type: "unitRecalled", at: 0, seq: 3, unit: "hz-e1" }) // "特勤站水罐消防车1 奉命返回"
 */
/** "Told" variant of an obligation's wording: ids of notification obligations read "RULE:notified:AGENCY" (engine/rules/obligations.ts). */
// a linkage rule's act obligation is met by the duty's first act on time: its line says the duty began, not that all of it was done
// (review9 chemical 7: "✓ 按时" on the police's duty, met by one traffic car, beside four findings on the rest of it)
const told = (id: string): string => (id.includes(":notified:") ? "Told" : id.includes(":act:") ? "Act" : "");

export function describeEvent(c: Compiled, w: Words, e: DrillEvent): string | undefined {
  const line = eventLine(c, w, e);
  // names fill templates written with spaces around them: Chinese keeps none between characters
  return line !== undefined && w.k === "zh" ? tidyZh(line) : line;
}

/**
 * A report's casualty figures as a reader of the language says them: a number as itself (0 as 0), a figure left out or
 * given as "unknown so far" (快报事实) as not yet known — "dead: not yet known", 死亡 不详 — and all four unknown as one
 * phrase ("casualties not yet known"), never "not known dead" (review19, a newcomer's reading of the event list).
 */
function casualtiesText(t: (key: string, p?: Record<string, unknown>) => string, cas: Partial<Record<string, number | string | undefined>>): string {
  const figures = ["deaths", "seriousInjuries", "injured", "missing"] as const;
  if (figures.every((f) => typeof cas[f] !== "number")) return t("reportCasualtiesUnknown");
  const parts = figures.map((f) => (typeof cas[f] === "number" ? t(`reportFigure.${f}`, { n: cas[f] }) : t(`reportFigureUnknown.${f}`)));
  return t("reportCasualties", { figures: parts.join(t("reportFigureSep")) });
}

function eventLine(c: Compiled, w: Words, e: DrillEvent): string | undefined {
  const t = (key: string, p: Record<string, unknown> = {}) => w.t(`event.${key}`, p) as string;
  const k = w.k;
  switch (e.type) {
    case "drillStarted": return t("drillStarted", { title: c.scenario.title[k], seed: e.seed });
    case "rejected": return t("rejected", { by: w.agency(e.by), command: w.label("command", e.command), reason: rejectionText(w, e) });
    // a scripted seat's message in the reader's language (its localText); a person's in their own words
    case "messageSent": return t("messageSent", { from: w.agency(e.from), to: w.list(e.to.map(w.agency)), text: e.localText?.[k] ?? e.text });
    case "acknowledged": return t("acknowledged", { from: w.agency(e.from), to: w.agency(e.to) });
    case "reportSubmitted": {
      const cas = e.content.casualties;
      return t("reportSubmitted", {
        from: w.agency(e.from), to: w.agency(e.to), mode: w.label("reportMode", e.mode), kind: w.label("reportKind", e.kind),
        casualties: cas ? casualtiesText(t, cas) : "",
        missing: e.missingFields.length > 0 ? t("reportMissingFields", { fields: w.list(e.missingFields.map((f) => w.label("reportField", f))) }) : "",
      });
    }
    case "injectDelivered": return t("injectDelivered", { to: w.list(e.to.map(w.agency)), text: e.text[k] });
    case "unitDispatched":
      return t(e.target ? "unitDispatchedTarget" : "unitDispatched", { agency: w.agency(e.agency), unit: w.unit(e.unit), place: w.place(e.place), task: w.label("task", e.task), target: e.target ? w.spot(e.target) : "" });
    case "unitDeparted": return t("unitDeparted", { unit: w.unit(e.unit) });
    case "unitArrived": return t("unitArrived", { unit: w.unit(e.unit), place: w.place(e.place), minutes: Math.round((e.at - e.dispatchedAt) / 60000) });
    case "taskStarted": return t("taskStarted", { unit: w.unit(e.unit), task: w.label("task", e.task) });
    case "taskCompleted": return t("taskCompleted", { unit: w.unit(e.unit), task: w.label("task", e.task) });
    case "taskFailed": return taskFailedText(w, e);
    case "unitRecalled": return t("unitRecalled", { unit: w.unit(e.unit) });
    case "unitReturned": return undefined;
    case "unitExposed": return t("unitExposed", { unit: w.unit(e.unit), level: e.level === "aegl3" ? "AEGL-3" : "AEGL-2", ppm: e.ppm, protection: t(e.protected ? "protected" : "unprotected") });
    case "groupExposed": return t("groupExposed", { group: w.group(e.group), count: e.count, level: e.level === "aegl3" ? "AEGL-3" : "AEGL-2", time: formatClock(e.crossedAtMs), meaning: t(e.level === "aegl3" ? "aegl3Meaning" : "aegl2Meaning") });
    case "cordonSet": return t("cordonSet", { by: w.agency(e.by), place: w.place(e.place), radiusM: e.radiusM });
    case "evacuationOrdered":
      // a mine withdraws its people (撤人), it does not "evacuate" them (review8 mine 12)
      if (c.scenario.kind === "mine-flood" && !e.destination) return t("withdrawalOrdered", { by: w.agency(e.by), groups: w.list(e.groups.map(w.group)) || t("peopleUnderground") });
      return t(e.destination ? "evacuationOrderedTo" : "evacuationOrdered", { by: w.agency(e.by), groups: w.list(e.groups.map(w.group)) || t("peopleOnSite"), destination: e.destination ? w.place(e.destination) : "" });
    case "shelterOrdered": return t("shelterOrdered", { by: w.agency(e.by), groups: w.list(e.groups.map(w.group)) || t("peopleOnSite") });
    case "groupEvacuated": return t("groupEvacuated", { group: w.group(e.group), count: e.count });
    case "groupSheltered": return t("groupSheltered", { group: w.group(e.group), count: e.count });
    case "warningIssued": return t("warningIssued", { by: w.agency(e.by), level: w.label("warningLevel", e.level), place: w.place(e.place), radiusM: e.radiusM });
    case "responseActivated": return t("responseActivated", { by: w.agency(e.by), level: w.label("responseLevel", e.level) });
    // a site owner's own plan, never the county's response level (review22 mine B1)
    case "unitPlanActivated": return t("unitPlanActivated", { by: w.agency(e.by), level: w.label("responseLevel", e.level) });
    case "supportRequested":
      return t(e.place ? "supportRequestedTo" : "supportRequested", { by: w.agency(e.by), from: w.agency(e.from), unitType: w.label("unitType", e.unitType), count: e.count, place: e.place ? w.place(e.place) : "" });
    case "hazardChanged": return t("hazardChanged", { detail: hazardText(w, e) });
    case "casualtiesChanged": return t("casualtiesChanged", { deaths: e.deaths, seriousInjuries: e.seriousInjuries, injured: e.injured, exposed: e.exposed });
    case "gradeChanged": return t("gradeChanged", { from: w.label("grade", e.from), to: w.label("grade", e.to) });
    case "obligationOpened": return t("obligationOpened", { text: e.obligation.text[k], agency: w.agency(e.obligation.agency), due: formatClock(e.obligation.deadlineMs) });
    // a linkage rule's "notified" obligation is met when the agency is told, not when it does the duty in its text
    case "obligationMet": return t(`${e.late ? "obligationMetLate" : "obligationMetOnTime"}${told(e.id)}`, { agency: w.agency(e.agency), text: e.text[k], due: formatClock(e.deadlineMs) });
    case "obligationMissed": return t(`obligationMissed${told(e.id)}`, { agency: w.agency(e.agency), text: e.text[k], due: formatClock(e.deadlineMs) });
    case "drillEnded": return t(e.note ? "drillEndedNote" : "drillEnded", { reason: w.label("drillEnded", e.reason), note: e.note ?? "" });
  }
}
