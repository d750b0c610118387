/**
 * Why dropping a command moved no finding (newcomer leftover, issue 10 §11: `whatif` explains a change, or its absence).
 * Told only from what the evaluator holds: the rules profile's linkage duties (which commands meet each: `actions`) and
 * the engine's obligation events (when each duty was met, and by which event). Codes and data only; the shells word it.
 *
 *   droppedWhy(c, commands, changes, base, variant) → one note per dropped command (1-based `index` in the play):
 *     `duties`: each linkage duty the command is a way of meeting (its agency holds it, or a spec's `by` names its kind,
 *       and its type, task and addressees fit the duty's `actions`), with how the base run met it — `by`, the index of the
 *       play command whose event met it (the dropped one or another), `at`, `late` — or missed/never opened (`met`
 *       undefined) — and how the variant run met it (`variantBy`, `variantAt`, `variantLate`);
 *     `moved`: every other obligation the runs met differently (at another time, late or not, or not at all): a report's
 *       duty met by a later report, a notice given later;
 *     both empty: the command is no way of meeting any linkage duty, and no timed duty was met otherwise without it.
 *   Only drops are explained; commands whose event is absent from the base run (refused) have no duties.
 */
import type { Compiled } from "../compile.ts";
import type { Command } from "../model/commands.ts";
import type { DrillEvent } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import type { SimMs } from "../model/time.ts";
import { actionOf, meetsSpec } from "../rules/actions.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import type { Change } from "./whatif.ts";

/** One way the command could meet a duty, and how each run met that duty. */
export interface DutyMet {
  id: string;
  text: LocalText;
  /** the base run: index of the play command whose event met it, when, late or not (undefined: not met) */
  met?: { by?: number; at: SimMs; late: boolean };
  /** the variant run, likewise */
  variantMet?: { by?: number; at: SimMs; late: boolean };
}

export interface DroppedNote {
  index: number;
  duties: DutyMet[];
  /** every other timed obligation (a report, a notice, a linkage or dispatch duty) met otherwise, or not at all, without it */
  moved: DutyMet[];
}

type Met = Extract<DrillEvent, { type: "obligationMet" }>;

/** See the module note. */
export function droppedWhy(c: Compiled, commands: readonly Command[], changes: readonly Change[], base: readonly DrillEvent[], variant: readonly DrillEvent[]): DroppedNote[] {
  const kindOf = (id: string) => c.agencies.get(id)?.kind;
  const rules = c.rules.linkage[c.scenario.kind];
  const indexOf = new Map(commands.map((k, i) => [k.seq, i + 1]));
  const metIn = (events: readonly DrillEvent[]) => new Map(events.filter((e): e is Met => e.type === "obligationMet").map((e) => [e.id, e]));
  const baseMet = metIn(base);
  const variantMet = metIn(variant);
  // the play command whose event met obligation `m` under `specs`: an event of the holder at the time it was met
  const metBy = (events: readonly DrillEvent[], m: Met, specs: Parameters<typeof meetsSpec>[0], holder: string): number | undefined => {
    const e = events.find((x) => x.at === m.at && "seq" in x && (() => { const a = actionOf(x); return a !== undefined && meetsSpec(specs, a, kindOf, holder) !== undefined; })());
    return e && "seq" in e ? indexOf.get(e.seq) : undefined;
  };
  return changes.flatMap((ch) => {
    if (ch.type !== "drop") return [];
    const cmd = commands[ch.index - 1];
    const ev = cmd && base.find((e) => "seq" in e && e.seq === cmd.seq && e.type !== "rejected");
    const act = ev ? actionOf(ev) : undefined;
    if (!act) return [{ index: ch.index, duties: [], moved: [] }];
    const duties = rules.flatMap((r) => resolveAgencies(c, r.agency).flatMap((holder): DutyMet[] => {
      if (!meetsSpec(r.actions, act, kindOf, holder)) return [];
      const id = `${r.id}:act:${holder}`;
      const note = (m: Met | undefined, events: readonly DrillEvent[]) => (m ? { ...(metBy(events, m, r.actions, holder) !== undefined ? { by: metBy(events, m, r.actions, holder)! } : {}), at: m.at, late: m.late } : undefined);
      const b = note(baseMet.get(id), base);
      const v = note(variantMet.get(id), variant);
      return [{ id, text: r.text, ...(b ? { met: b } : {}), ...(v ? { variantMet: v } : {}) }];
    }));
    const own = new Set(duties.map((d) => d.id));
    // a report's or message's obligation names it (byEvent "report m16"): the play command that sent it
    const sentBy = (events: readonly DrillEvent[], m: Met) => { const e = events.find((x) => "id" in x && "seq" in x && m.byEvent.endsWith(` ${String(x.id)}`)); return e && "seq" in e ? indexOf.get(e.seq) : undefined; };
    const note = (m: Met | undefined, events: readonly DrillEvent[]) => (m ? { ...(sentBy(events, m) !== undefined ? { by: sentBy(events, m)! } : {}), at: m.at, late: m.late } : undefined);
    const moved = [...new Set([...baseMet.keys(), ...variantMet.keys()])].flatMap((id): DutyMet[] => {
      const [b, v] = [baseMet.get(id), variantMet.get(id)];
      if (own.has(id) || (b && v && b.at === v.at && b.late === v.late)) return [];
      return [{ id, text: (b ?? v)!.text, ...(b ? { met: note(b, base)! } : {}), ...(v ? { variantMet: note(v, variant)! } : {}) }];
    });
    return [{ index: ch.index, duties, moved }];
  });
}
