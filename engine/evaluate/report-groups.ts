/**
 * Each fault once (issue 10 §2): one report owed by one agency to one addressee about one event is
 * one finding, whatever number of rules describe it (e.g. the county's 1-hour rule for 一般 and its
 * 30-minute oral rule after a re-grade both ask for the first report to the duty office). A
 * written report is a report of its own; each follow-up (续报) is about its own new development.
 */
import { clock, type EvalContext, type ObligationTrace } from "./context.ts";
import type { Finding } from "./report-model.ts";

export interface ObligationFinding {
  t: ObligationTrace;
  f: Finding;
}

/** The report an obligation asks for: reporter, addressee, stage (first, or which follow-up), written or not. */
export function groupKey(x: EvalContext, t: ObligationTrace): string {
  const o = t.ob;
  const followUp = x.c.rules.followUp.some((r) => r.id === o.ruleId);
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
  const out: Finding[] = [];
  for (const g of groups.values()) {
    // missing before late, the reporter's own fault before one it inherited, then the earliest deadline
    // (a missing report is dated at its owner's own deadline, reporting.ts ownWindow: the earliest of those)
    const sorted = [...g].sort((a, b) => rank(a.f) - rank(b.f) || a.f.atMs - b.f.atMs || a.t.ob.deadlineMs - b.t.ob.deadlineMs);
    const [head, ...rest] = sorted;
    if (!head) continue;
    if (rest.length === 0) {
      out.push(head.f);
      continue;
    }
    const also = (lang: "zh" | "en") =>
      rest.map((r) => `${r.t.ob.ruleId}（${r.t.ob.text[lang]}，${lang === "zh" ? "时限" : "due"} ${clock(r.t.ob.deadlineMs)}）`).join(lang === "zh" ? "；" : "; ");
    const events = [...new Set(sorted.flatMap((r) => r.f.evidence.events))].sort((a, b) => a - b);
    const strs = (k: "messages" | "obligations") => [...new Set(sorted.flatMap((r) => r.f.evidence[k]))];
    out.push({
      ...head.f,
      message: { zh: `${head.f.message.zh}；同一报告另涉及：${also("zh")}`, en: `${head.f.message.en}; the same report is also required by ${also("en")}` },
      evidence: { events, messages: strs("messages"), obligations: strs("obligations") },
    });
  }
  return out;
}

function rank(f: Finding): number {
  return (f.code === "REPORT_MISSING" ? 0 : 2) + (f.rootKey !== undefined ? 1 : 0);
}
