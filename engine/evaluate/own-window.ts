/**
 * A duty's own window for the agency that had to do it (issue 10 §1, §5; domain.md §1.7: 493号令
 * 第九条 counts from receipt, the county rules and the linkage notices from occurrence). A clock
 * that started before its owner knew of the incident runs for the owner from when it was told:
 * `dueMs` = max(the rule's deadline, told + the rule's span). `dark`: the owner was never told, or
 * did the duty within that window — the rule's deadline was lost before it knew, and whoever had
 * to tell it answers (blame.ts notifierOf). Done later than its own window, or never once told, the
 * fault is the owner's own, counted from `dueMs`.
 */
import { notifiedAt } from "./blame.ts";
import { clock, type EvalContext, type ObligationTrace } from "./context.ts";
import type { LocalText } from "../model/ids.ts";

export interface OwnWindow {
  dark: boolean;
  /**
   * Told after the clock started, but no later than any notice to it was due, and done within its
   * own window: nobody failed (the rule's deadline fell before the owner could be told by the rules
   * themselves), so there is no finding at all.
   */
  excused: boolean;
  /** when the owner was first told (undefined: never) */
  told?: number;
  /** the owner's own deadline, ms */
  dueMs: number;
}

/** `owner`'s window for obligation `t`, done at `doneAtMs` (undefined: not done). */
export function ownWindow(x: EvalContext, owner: string, t: ObligationTrace, doneAtMs: number | undefined): OwnWindow {
  const told = notifiedAt(x, owner);
  if (told === undefined) return { dark: true, excused: false, dueMs: t.ob.deadlineMs };
  if (told <= t.ob.openedAtMs) return { dark: false, excused: false, told, dueMs: t.ob.deadlineMs };
  const dueMs = Math.max(t.ob.deadlineMs, told + (t.ob.deadlineMs - t.ob.openedAtMs));
  const inWindow = doneAtMs !== undefined && doneAtMs <= dueMs;
  // told in time by the notice the rules owe it: whoever told it did not fail either
  const owedBy = noticeDueMs(x, owner);
  const toldInTime = owedBy !== undefined && told <= owedBy;
  return { dark: inWindow && !toldInTime, excused: inWindow && toldInTime, told, dueMs };
}

/** When the earliest notice of the incident owed to `agency` was due (a linkage "notified" obligation), if any. */
export function noticeDueMs(x: EvalContext, agency: string): number | undefined {
  const owed = x.obligations.filter((o) => o.ob.kind === "notified" && o.ob.agency === agency).map((o) => o.ob.deadlineMs);
  return owed.length > 0 ? Math.min(...owed) : undefined;
}

/** "; X learnt of the incident only at T, so its own deadline was D" when the window moved, else "". */
export function learntText(w: OwnWindow, deadlineMs: number, who: LocalText): LocalText {
  return w.told !== undefined && w.dueMs > deadlineMs
    ? { zh: `；${who.zh} ${clock(w.told)} 才获知事故信息，自获知起时限至 ${clock(w.dueMs)}`, en: `; ${who.en} learnt of the incident only at ${clock(w.told)}, so its own deadline was ${clock(w.dueMs)}` }
    : { zh: "", en: "" };
}
