/**
 * When a duty's clock started from its work, not from its holder's notice (review16 mine C): the mine, told of the
 * warning signs at 00:15, owes the rescue of trapped miners (LNK-MINE-RESCUE, `workWhen: trapped`) only from when it
 * learnt six were cut off (01:05:50, the positioning system's inject #48). A finding on that duty says so and cites
 * that event, not the 00:15 call (#7) that told it nothing of the trapped.
 *
 *   workLearnt(x, rule, agency, notifiedAtMs, act) → { atMs, event (its index, when one reached the agency then),
 *   what (the work, in words) }, or undefined when the duty's clock started with the notice.
 */
import type { LocalText } from "../model/ids.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import type { EvalContext, ObligationTrace } from "./context.ts";

const WORK_TEXT: Record<NonNullable<LinkageRule["workWhen"]>[number], LocalText> = {
  casualties: { zh: "人员伤亡", en: "casualties" },
  trapped: { zh: "人员被困", en: "people trapped" },
  evacuation: { zh: "人员疏散", en: "an evacuation" },
};

export function workLearnt(x: EvalContext, rule: LinkageRule, agency: string, notifiedAtMs: number, act: ObligationTrace): { atMs: number; event?: number; what: LocalText } | undefined {
  if (rule.workWhen === undefined) return undefined;
  const atMs = x.events[act.opened]?.at;
  if (atMs === undefined || atMs <= notifiedAtMs) return undefined;
  // what reached the agency at that instant (the inject, report or message that told it of the work)
  let event: number | undefined;
  for (let i = act.opened; i >= 0 && x.events[i]!.at === atMs && event === undefined; i--) {
    const e = x.events[i]!;
    if ((e.type === "injectDelivered" && e.to.includes(agency)) || (e.type === "reportSubmitted" && e.to === agency) || (e.type === "messageSent" && e.to.includes(agency))) event = i;
  }
  const what = rule.workWhen.map((w) => WORK_TEXT[w]);
  return { atMs, ...(event !== undefined ? { event } : {}), what: { zh: what.map((w) => w.zh).join("或"), en: what.map((w) => w.en).join(" or ") } };
}
