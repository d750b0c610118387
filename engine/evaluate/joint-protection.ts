/**
 * A group's protection owed by more than one agency (review15 chemical 4): the profile's linkage table gives the
 * public's protection to every agency whose duty lists an evacuation or shelter order (the chemical leak: the police,
 * 公安机关组织疏散受威胁群众, and the township, 乡镇政府组织受威胁群众疏散转移 — 市危化品事故应急预案, 乡镇职责;
 * 突发事件应对法 第七十三条 puts protective measures on the local government). When the group was not protected in
 * time, each such agency told of the incident that gave no order for it by its own deadline (30 minutes from its own
 * receipt, receipt-due.ts) failed it too: one finding each, not only on the agency protection-action.ts names first.
 * An agency never told is its notifier's fault (linkage.ts), not judged here. Returns the agencies with their deadline.
 */
import { resolveAgencies } from "../rules/agencies.ts";
import type { EvalContext } from "./context.ts";
import { dueFromReceipt } from "./receipt-due.ts";

const TYPES = ["evacuate", "shelter"] as const;

export interface JointHolder {
  agency: string;
  due: { dueMs: number; from: number | undefined };
  /** the linkage rule that gives it the duty (its basis is the finding's) */
  ruleId: string;
  basis: string;
}

/** `owner`: the agency already charged; `withinMs`: the protection's limit from receipt. */
export function jointHolders(x: EvalContext, group: string, owner: string | null, withinMs: number): JointHolder[] {
  const out: JointHolder[] = [];
  for (const r of x.c.rules.linkage[x.c.scenario.kind]) {
    if (!r.actions.some((a) => (TYPES as readonly string[]).includes(a.type))) continue;
    for (const a of resolveAgencies(x.c, r.agency)) {
      if (a === owner || a === x.c.scenario.incidentAgency || out.some((o) => o.agency === a)) continue;
      // told: its duty to act opened
      const told = x.obligations.some((t) => t.ob.kind === "act" && t.ob.agency === a && t.ob.ruleId === r.id);
      if (!told) continue;
      const due = dueFromReceipt(x, a, TYPES, withinMs);
      if (due.dueMs > x.endMs) continue;
      const ordered = x.events.some((e) => (e.type === "evacuationOrdered" || e.type === "shelterOrdered") && e.by === a && e.groups.includes(group) && e.at <= due.dueMs);
      if (!ordered) out.push({ agency: a, due, ruleId: r.id, basis: r.basis });
    }
  }
  return out;
}
