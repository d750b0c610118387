/**
 * What an agency's own duty would have told it (应知; review18 school 1). An inject marked `ownDuty` is news its
 * recipients' own duty finds out: the headcount at the assembly point (教基一厅〔2014〕2号: 到集合点清点人数) finds the
 * pupil of class 3-2 missing, last seen going to the third-floor toilets. A school that never sounds the alarm never
 * counts heads, never hears it, and would be cleared by its own omission of passing his place on (TRAPPED_NOT_PASSED_ON)
 * and of reporting him missing (its 「下落不明 0」 an honest figure). A play that omits a duty never escapes what the
 * duty would have exposed: the recipient is judged as knowing the news from when the scenario's best play heard it
 * (the same scenario, seed and time), as the engine counts deadlines from when an agency should have been told
 * (F11, F18 「自应获知时…起算」).
 *
 * Shapes: `owedNews(c, events, best)` → one entry per (inject, recipient) the best play delivered by this drill's end
 * and this play never did: `atMs` the best play's delivery (sim ms), `duty` the duty that finds it out (the
 * scenario's words), `text` the inject's words, `missing` the people it reveals missing, `facts` its fact ids.
 * Empty without a best play. Pure: the best play's state comes from references.ts (memoised, same seed).
 */
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import type { DrillState } from "../model/state.ts";

export interface OwedNews {
  inject: string;
  agency: string;
  atMs: number;
  duty: LocalText;
  text: LocalText;
  missing: number;
  facts: readonly string[];
}

/** The owed news of this play (see the header); `best` the best play's state at this drill's time, if any. */
export function owedNews(c: Compiled, events: readonly DrillEvent[], best: DrillState | undefined): OwedNews[] {
  if (best === undefined) return [];
  const out: OwedNews[] = [];
  for (const inj of c.injects.values()) {
    if (!inj.ownDuty) continue;
    for (const agency of inj.to) {
      if (events.some((e) => e.type === "injectDelivered" && e.inject === inj.id && e.to.includes(agency))) continue;
      const m = best.messages.find((b) => b.kind === "inject" && b.inject === inj.id && b.to.includes(agency));
      if (m === undefined) continue;
      const c0 = inj.reveals?.casualties as { missing?: number } | undefined;
      out.push({ inject: inj.id, agency, atMs: m.atMs, duty: inj.ownDuty.duty, text: inj.text, missing: c0?.missing ?? 0, facts: inj.reveals?.facts ?? [] });
    }
  }
  return out;
}

/** The news owed to `agency` by `beforeMs` (sim ms), earliest first. */
export const owedTo = (owed: readonly OwedNews[], agency: string, beforeMs: number): OwedNews[] =>
  owed.filter((o) => o.agency === agency && o.atMs < beforeMs).sort((a, b) => a.atMs - b.atMs);

/** The news of people missing report `e`'s sender's own duty would have told it by then and it never heard, if any. */
export function owedMissing(owed: readonly OwedNews[], e: { from: string; at: number; senderKnew: { missing: number } }): OwedNews | undefined {
  return owedTo(owed, e.from, e.at + 1).find((o) => o.missing > 0 && e.senderKnew.missing < o.missing);
}
