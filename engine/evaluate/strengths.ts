/**
 * 经验 that an evaluator would sign (issue 10 §10): a strength never cites a command that a finding
 * condemns, nor a duty that a finding on the same agency condemns — a duty met "in time" by a traffic
 * post is no strength when findings on that agency cite the same duty for the cordon or the people it
 * left unprotected (the strength would have to name only the part done; it is dropped instead).
 *
 * A strength is the agency's only when its own acts on that work are all sound (review9 school 11, chem 4): a
 * strength crediting tasks (`work`: a duty's action tasks, a requirement's, the control tasks) is no strength of
 * an agency that a finding condemns for its work on one of them — the met bureau "on time" with a wind message
 * while its observation van never came, a fire "under control in 17 min" by a brigade whose engine turned out late
 * and one short. An outcome (control in time) is then kept as the outcome fact it is, credited to nobody; a
 * duty's or a requirement's strength is dropped.
 */
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import { dutyTasks } from "./duty-prompt.ts";
import type { Evidence, Finding, Strength } from "./report-model.ts";

/** The strengths no finding condemns: neither a command they cite (by log sequence, or given by the same agency at the same moment as one a finding cites) nor, on the same agency, a duty they cite; each command credited once. */
export function uncondemned(events: readonly DrillEvent[], findings: readonly Finding[], strengths: Strength[], c?: Pick<Compiled, "scenario" | "rules">): Strength[] {
  const sound = c ? soundWork(c, findings) : (s: Strength) => s;
  return kept(events, findings, strengths).flatMap((s) => {
    const t = sound(s);
    if (t === undefined) return [];
    const { work: _work, ...out } = t;
    return [out];
  });
}

/** The tasks a finding condemns an agency's work on: a requirement's task, or a duty's action tasks when it is not done in time (issue 10 §10). */
function condemnedTasks(c: Pick<Compiled, "scenario" | "rules">, f: Finding): string[] {
  const req = c.scenario.requirements.find((r) => r.id === f.ruleId);
  if (req) return [req.task];
  if (!["LINKAGE_SLOW", "LINKAGE_IDLE", "LINKAGE_PART_UNDONE", "PLAN_NOT_STARTED", "PLAN_NOT_DECLARED"].includes(f.code)) return [];
  const rule = c.rules.linkage[c.scenario.kind].find((r) => r.id === f.ruleId);
  return rule ? dutyTasks(rule) : [];
}

/** A strength as the agency's own when its work on it is sound; else the outcome fact credited to nobody, or undefined (dropped). */
function soundWork(c: Pick<Compiled, "scenario" | "rules">, findings: readonly Finding[]): (s: Strength) => Strength | undefined {
  return (s) => {
    if (s.work === undefined || s.work.length === 0 || s.agency === null) return s;
    const bad = findings.some((f) => f.agency === s.agency && condemnedTasks(c, f).some((t) => s.work!.includes(t)));
    if (!bad) return s;
    return s.section === "outcomes" ? { ...s, agency: null } : undefined;
  };
}

function kept(events: readonly DrillEvent[], findings: readonly Finding[], strengths: Strength[]): Strength[] {
  const seqOf = (i: number) => (events[i] as { seq?: number } | undefined)?.seq;
  // one decision: the commands an agency gave at the same moment (two engines ordered out at 00:02:35, one of them
  // to the wrong place) stand or fall together
  const momentOf = (i: number) => {
    const e = events[i] as { seq?: number; by?: string; agency?: string; at: number } | undefined;
    const by = e?.by ?? e?.agency;
    return e?.seq !== undefined && by !== undefined ? `${by}@${e.at}` : undefined;
  };
  const condemned = new Set(findings.flatMap((f) => f.evidence.events.map(seqOf).filter((s): s is number => s !== undefined)));
  const moments = new Set(findings.flatMap((f) => f.evidence.events.map(momentOf).filter((m): m is string => m !== undefined)));
  return onceEach(events, strengths).filter((s) => {
    if (s.evidence.events.some((i) => { const q = seqOf(i); return q !== undefined && condemned.has(q); })) return false;
    if (s.evidence.events.some((i) => { const m = momentOf(i); return m !== undefined && moments.has(m); })) return false;
    const duties = dutiesCited(events, s.evidence);
    return !findings.some((f) => f.agency === s.agency && [...dutiesCited(events, f.evidence)].some((d) => duties.has(d)));
  });
}

/** The obligation ids evidence cites: by id, or through an event that opened, met or missed one. */
function dutiesCited(events: readonly DrillEvent[], ev: Evidence): Set<string> {
  const ids = new Set(ev.obligations);
  for (const i of ev.events) {
    const e = events[i];
    if (e?.type === "obligationOpened") ids.add(e.obligation.id);
    else if (e?.type === "obligationMet" || e?.type === "obligationMissed") ids.add(e.id);
  }
  return ids;
}

/**
 * Each command credited once per section (review8 mine 12): one order that meets two agencies' duties (the
 * dispatch room's withdrawal order meets the mine's own 先撤人 too) is one strength, the issuer's; when
 * neither strength is the issuer's, the first. Strengths citing no command are kept as they are.
 */
function onceEach(events: readonly DrillEvent[], strengths: Strength[]): Strength[] {
  const commands = (s: Strength) => s.evidence.events.flatMap((i) => {
    const e = events[i] as { seq?: number; by?: string } | undefined;
    return e?.seq !== undefined && e.by !== undefined ? [{ seq: e.seq, by: e.by }] : [];
  });
  const keep = new Map<string, Strength>();
  for (const s of strengths) {
    for (const c of commands(s)) {
      const k = `${s.section}|${c.seq}`;
      const held = keep.get(k);
      if (!held || (held.agency !== c.by && s.agency === c.by)) keep.set(k, s);
    }
  }
  return strengths.filter((s) => commands(s).every((c) => keep.get(`${s.section}|${c.seq}`) === s));
}
