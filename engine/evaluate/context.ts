/**
 * One pass over the event log builds the indexes every evaluator section reads: obligations
 * with their opened / missed / met events, messages by id, and names for the messages.
 * The evaluator reads obligations from these events; it never re-derives the rules.
 */
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import type { DrillState, Obligation } from "../model/state.ts";
import type { SimMs } from "../model/time.ts";
import type { ObligationOutcome, ObligationRow } from "./report-model.ts";
import type { OwedNews } from "./owed-news.ts";

export interface ObligationTrace {
  ob: Obligation;
  opened: number;
  missed?: number;
  met?: { event: number; atMs: SimMs; late: boolean; byEvent: string };
}

export interface EvalContext {
  c: Compiled;
  events: readonly DrillEvent[];
  state: DrillState;
  endMs: SimMs;
  endEvent: number;
  /** in the order they were opened */
  obligations: ObligationTrace[];
  obligationById: Map<string, ObligationTrace>;
  /** message id → index of the event that sent it */
  messageEvent: Map<string, number>;
  agencyName(id: string): LocalText;
  unitName(id: string): LocalText;
  placeName(id: string): LocalText;
  /** news the agencies' own duties would have told them, never heard in this play (owed-news.ts); empty without a best play */
  owed: readonly OwedNews[];
}

export function buildContext(c: Compiled, events: readonly DrillEvent[], state: DrillState, owed: readonly OwedNews[] = []): EvalContext {
  const obligations: ObligationTrace[] = [];
  const byId = new Map<string, ObligationTrace>();
  const messageEvent = new Map<string, number>();
  events.forEach((e, i) => {
    switch (e.type) {
      case "obligationOpened": {
        const t: ObligationTrace = { ob: e.obligation, opened: i };
        obligations.push(t);
        byId.set(e.obligation.id, t);
        break;
      }
      case "obligationMissed": {
        const t = byId.get(e.id);
        if (t && t.missed === undefined) t.missed = i;
        break;
      }
      case "obligationMet": {
        const t = byId.get(e.id);
        if (t && !t.met) t.met = { event: i, atMs: e.at, late: e.late, byEvent: e.byEvent };
        break;
      }
      case "messageSent":
      case "reportSubmitted":
      case "acknowledged":
      case "supportRequested":
      case "injectDelivered":
        messageEvent.set(e.id, i);
        break;
      default:
        break;
    }
  });
  const last = events[events.length - 1];
  const text = (id: string, name: LocalText | undefined): LocalText => name ?? { zh: id, en: id };
  return {
    c,
    events,
    state,
    endMs: Math.max(state.tMs - c.tickMs, last?.at ?? 0),
    endEvent: Math.max(0, events.length - 1),
    obligations,
    obligationById: byId,
    messageEvent,
    agencyName: (id) => (id === "scenario" ? { zh: "情景注入", en: "Scenario inject" } : id === "director" ? { zh: "导调", en: "Director" } : text(id, c.agencies.get(id)?.name)),
    unitName: (id) => text(id, c.units.get(id)?.name),
    placeName: (id) => text(id, c.scenario.map.places.find((p) => p.id === id)?.name),
    owed,
  };
}

/** An obligation's outcome as the events tell it: met, met late, missed (never met), or still open. */
export function obligationRow(t: ObligationTrace): ObligationRow {
  const o = t.ob;
  const status: ObligationOutcome = t.met ? (t.met.late ? "late" : "met") : t.missed !== undefined ? "missed" : "open";
  const events = [t.opened, ...(t.missed !== undefined ? [t.missed] : []), ...(t.met ? [t.met.event] : [])];
  return {
    id: o.id,
    ruleId: o.ruleId,
    kind: o.kind,
    agency: o.agency,
    ...(o.to ? { to: o.to } : {}),
    ...(o.mode ? { mode: o.mode } : {}),
    ...(o.unit ? { unit: o.unit } : {}),
    openedAtMs: o.openedAtMs,
    deadlineMs: o.deadlineMs,
    status,
    ...(t.met ? { metAtMs: t.met.atMs } : {}),
    ...(t.met?.late ? { lateByMs: t.met.atMs - o.deadlineMs } : {}),
    basis: o.basis,
    text: o.text,
    events,
  };
}

/** The message id in an obligationMet's `byEvent` ("report m12" or "message m12" → "m12"). */
export function messageOf(byEvent: string): string | undefined {
  const m = /^(?:report|message) (\S+)$/.exec(byEvent);
  return m?.[1];
}

/** "HH:MM:SS" for messages (drill time). */
/** "1 person" / "n people" (English counts in findings). */
/**
 * A message's words in language `k`: a scripted seat's in both languages (its `localText`), a person's in their own
 * (`text`) — so an English report quotes a bot in English (review19). Errors: none; "" when it said nothing.
 */
export function wordsOf(e: { text?: string; localText?: LocalText }, k: "zh" | "en"): string {
  return e.localText?.[k] ?? e.text ?? "";
}

export const people = (n: number): string => `${n} ${n === 1 ? "person" : "people"}`;
/** "was" / "were" for a count. */
export const were = (n: number): string => (n === 1 ? "was" : "were");

export function clock(ms: SimMs): string {
  const s = Math.floor(ms / 1000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}

/**
 * How far the drill has gone, for a finding's words (issue 10 §13: the report says what it knows).
 * `ended`: the log holds drillEnded (its duration ran out, or the director ended it); then `until` is
 * 「至演练结束」 / "by the end of the drill" and `never` 「始终未」. While the drill runs (the live
 * evaluator's findings mid-drill, server/live) they are 「至 HH:MM:SS（当前）」 / "by HH:MM:SS (now, the
 * drill still running)" and 「至 HH:MM:SS（当前）仍未」: a duty not done yet may still be done.
 */
export function asOf(x: Pick<EvalContext, "events" | "endMs">): { ended: boolean; until: LocalText; never: LocalText; now: string } {
  const ended = x.events.some((e) => e.type === "drillEnded");
  const now = clock(x.endMs);
  return ended
    ? { ended, now, until: { zh: "至演练结束", en: "by the end of the drill" }, never: { zh: "始终未", en: "never" } }
    : { ended, now, until: { zh: `至 ${now}（当前）`, en: `by ${now} (now, the drill still running)` }, never: { zh: `至 ${now}（当前）仍未`, en: "not yet" } };
}

/** A duration in words: "1 min 30 s" / "1分30秒". */
export function span(ms: SimMs): LocalText {
  const total = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  // whole minutes say 分钟: "迟 2分" could be read as two points (分); "2分30秒" cannot
  const zh = `${h ? `${h}小时` : ""}${m ? `${m}分${s ? "" : "钟"}` : ""}${s || (!h && !m) ? `${s}秒` : ""}`;
  const en = [h ? `${h} h` : "", m ? `${m} min` : "", s || (!h && !m) ? `${s} s` : ""].filter(Boolean).join(" ");
  return { zh, en };
}
