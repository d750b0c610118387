/**
 * The commands a poor play's findings condemn, and what dropping one does to the score (issue 10 §11: removing a command
 * that a finding condemns never lowers the score; AQ/T 9009-2015 §7: the report names problems so that correcting them
 * improves the drill). Shared by ordering.test.ts (in the suite: the first command each condemning code condemns, per
 * scenario) and tests/long/condemned.check.ts (`npm run check:long`: every condemned command, printed as a table).
 */
import { TELL_RESCUERS_RULE } from "../../engine/evaluate/told-rescuers.ts";
import { whatIf } from "../../engine/evaluate/whatif.ts";
import { bestPlay, rubric, type Drill } from "./fixtures.ts";

/**
 * condemned: the command itself should not have been given (wrong unit, false report, unprotected entry, a refused
 * order, a too-small cordon); a late or incomplete report is criticised, not condemned — without it the report would be
 * missing.
 */
const CONDEMNS = new Set(["DISPATCH_WRONG_TYPE", "REPORT_FALSE", "REPORT_CONCEALED", "UNSAFE_ENTRY", "COMMAND_REJECTED", "CORDON_TOO_SMALL"]);

/** A condemned command: its 1-based position in the play's log and the code of the (first) finding condemning it. */
export interface Condemned { index: number; code: string }

/**
 * Every command of `poor` a finding condemns, in log order. A call to the rescuers that hid what its caller knew
 * (told-rescuers.ts, 报警遗漏已知情况) is criticised for what it left out, not condemned: without it the rescuers are not
 * called at all (消防法 第四十四条: 发现火灾应当立即报警), which no evaluator would score above a call that understated.
 * A 谎报 carried on in good faith (relayed-lie.ts, 谎报致转报失实) condemns the lie, not the relay: without the relay its
 * addressee is left wholly uninformed, a 漏报 charged with the reports it cut (blocked-report.ts, review17 mine A1: M4).
 */
export function condemned(poor: Drill): Condemned[] {
  const code = new Map<number, string>();
  for (const f of poor.report.findings) {
    if (!CONDEMNS.has(f.code) || f.ruleId === TELL_RESCUERS_RULE || f.relayed === true) continue;
    for (const i of f.evidence.events) {
      const seq = (poor.events[i] as { seq?: number }).seq;
      if (seq !== undefined && !code.has(seq)) code.set(seq, f.code);
    }
  }
  return poor.commands.flatMap((c, i) => (code.has(c.seq) ? [{ index: i + 1, code: code.get(c.seq)! }] : []));
}

/** The first command each condemning code condemns (one per kind of condemnation), in log order. */
export function firstOfEachCode(cs: readonly Condemned[]): Condemned[] {
  return cs.filter((c, i) => cs.findIndex((d) => d.code === c.code) === i);
}

export interface Dropped {
  /** "dropping command 12 (dispatch by fire)" */
  what: string;
  base: number;
  variant: number;
  /** the variant conceals the accident from everyone (REPORT_CONCEALED): it may cost at least what the dropped 谎报 did */
  concealed: boolean;
  /** how many findings appeared or disappeared (what-if's diff) */
  moved: number;
}

/** The poor play of `id` (seed 7) with its command at 1-based `index` dropped, evaluated with its cause reruns as what-if does. */
export function drop(id: string, poor: Drill, index: number): Dropped {
  // the poor play's own report is the fixture's (the same run, rubric and best play): not replayed and evaluated again per command
  const r = whatIf(poor.c, 7, poor.commands, [{ type: "drop", index }], rubric(), undefined, bestPlay(id, poor.c), { base: poor });
  const c = poor.commands[index - 1]!;
  return { what: `dropping command ${index} (${c.type} by ${c.by})`, base: r.base.score!, variant: r.variant.score!, concealed: r.variantReport.findings.some((f) => f.code === "REPORT_CONCEALED"), moved: r.diff.findings.length };
}
