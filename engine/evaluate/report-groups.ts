/**
 * Each fault once (issue 10 §2): one report owed by one agency to one addressee about one event is
 * one finding, whatever number of rules describe it (e.g. the county's 1-hour rule for 一般 and its
 * 30-minute oral rule after a re-grade both ask for the first report to the duty office). A
 * written report is a report of its own, unless nothing at all reached the addressee (then it follows
 * from the missing first report); each follow-up (续报) is about its own new development.
 */
import type { EvalContext, ObligationTrace } from "./context.ts";
import type { Finding } from "./report-model.ts";
import type { Compiled } from "../compile.ts";
import type { Obligation } from "../model/state.ts";
import { gradeClock, gradeKnownAt } from "./grade-known.ts";

export interface ObligationFinding {
  t: ObligationTrace;
  f: Finding;
}

/** The report an obligation asks for: reporter, addressee, stage (first, or which follow-up), written or not. */
export function groupKey(x: EvalContext, t: ObligationTrace): string {
  return reportKey(x.c, t.ob);
}

/** `groupKey` from the compiled scenario and the obligation alone (the shells' summaries count each report duty once with it). */
export function reportKey(c: Compiled, o: Pick<Obligation, "id" | "ruleId" | "agency" | "to" | "mode">): string {
  const followUp = c.rules.followUp.some((r) => r.id === o.ruleId);
  const stage = followUp ? `fu:${o.id.split(":").pop()}` : "first";
  return `${o.agency}>${o.to ?? ""}|${stage}|${o.mode === "written" ? "written" : "any"}`;
}

/** Merge the findings of obligations that ask for the same report into the worst of them. */
export function onePerReport(x: EvalContext, items: readonly ObligationFinding[]): Finding[] {
  const groups = new Map<string, ObligationFinding[]>();
  for (const it of items) {
    const k = groupKey(x, it.t);
    groups.set(k, [...(groups.get(k) ?? []), it]);
  }
  const out: Array<{ k: string; t: ObligationTrace; f: Finding }> = [];
  for (const [k, g] of groups) {
    // missing before late, the reporter's own fault before one it inherited, then the earliest deadline
    // (a missing report is dated at its owner's own deadline, reporting.ts ownWindow: the earliest of those)
    const sorted = [...g].sort((a, b) => rank(a.f) - rank(b.f) || a.f.atMs - b.f.atMs || a.t.ob.deadlineMs - b.t.ob.deadlineMs);
    const [head, ...all] = sorted;
    if (!head) continue;
    // a re-graded rule the reporter did not yet know applied when it reported (or, never reporting, by its deadline) is
    // no part of this report: no clause, no deadline, no evidence (review9 chemical 3: 较大 cited on a 0-death report)
    const rest = all.filter((r) => !unknownGrade(x, r.t, head.t.met?.atMs ?? head.f.atMs));
    const kept = [head, ...rest];
    if (rest.length === 0) {
      out.push({ k, t: head.t, f: head.f });
      continue;
    }
    // the other rules by their text, never their ids (the evaluator reads the rule, not the profile's key);
    // their deadlines are not printed: the finding is judged against one rule and one deadline (issue 10 §5)
    const also = (lang: "zh" | "en") =>
      [...new Set(rest.map((r) => (lang === "zh" ? r.t.ob.text.zh : `“${r.t.ob.text.en}”`)))].join(lang === "zh" ? "；" : "; ");
    const events = [...new Set(kept.flatMap((r) => r.f.evidence.events))].sort((a, b) => a - b);
    const strs = (k: "messages" | "obligations") => [...new Set(kept.flatMap((r) => r.f.evidence[k]))];
    out.push({ k, t: head.t, f: {
      ...head.f,
      message: { zh: `${head.f.message.zh}；同一报告另涉及：${also("zh")}`, en: `${head.f.message.en}; the same report is also required by ${also("en")}` },
      evidence: { events, messages: strs("messages"), obligations: strs("obligations") },
    } });
  }
  return out.map((o) => writtenWithFirst(x, o, out));
}

/** Whether `t` is a rule for a re-grade (grade-known.ts gradeClock) its owner had not learnt of by `atMs`. */
function unknownGrade(x: EvalContext, t: ObligationTrace, atMs: number): boolean {
  const grades = gradeClock(x, t);
  if (!grades) return false;
  const known = gradeKnownAt(x, t.ob.agency, grades);
  return known === undefined || known > atMs;
}

/**
 * A written first report missing where nothing at all reached the addressee is the same silence as
 * the missing first report (issue 10 §2: one missing report to one addressee is one finding): it
 * cites that finding and costs nothing again. A written report missing after an oral one was made
 * stays a fault of its own.
 */
function writtenWithFirst(x: EvalContext, o: { k: string; t: ObligationTrace; f: Finding }, all: ReadonlyArray<{ k: string; f: Finding }>): Finding {
  const [pair, stage, mode] = o.k.split("|");
  if (stage !== "first" || mode !== "written" || o.f.code !== "REPORT_MISSING" || o.f.rootKey !== undefined) return o.f;
  const first = all.find((a) => a.k === `${pair}|first|any`)?.f;
  if (first?.code !== "REPORT_MISSING" || first.key === undefined) return o.f;
  const { agency, to } = o.t.ob;
  if (x.events.some((e) => (e.type === "reportSubmitted" && e.from === agency && e.to === to) || (e.type === "messageSent" && e.from === agency && e.to.includes(to ?? "")))) return o.f;
  const { key: _own, ...f } = o.f;
  return { ...f, rootKey: first.key };
}

function rank(f: Finding): number {
  return (f.code === "REPORT_MISSING" ? 0 : 2) + (f.rootKey !== undefined ? 1 : 0);
}
