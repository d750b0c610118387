/**
 * A linkage duty met in time (domain.md §5): its strength, worded by how it was met (after the notice, before it, or
 * before the duty arose) and resting on the command that met it.
 */
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { notifiedAt } from "./blame.ts";
import { clock, span, type EvalContext, type ObligationTrace } from "./context.ts";
import { commandEventBefore, firstCommandEvent } from "./duty-command.ts";
import { actionText } from "./glossary.ts";
import type { Evidence, Strength } from "./report-model.ts";

/** The tasks linkage duty `rule`'s actions name (a dispatch for weather observation, for suppression): the work its strength credits. */
export function dutyTasks(rule: Pick<LinkageRule, "actions">): string[] {
  return rule.actions.flatMap((a) => (a.task !== undefined ? [a.task] : []));
}

/**
 * The strength of `agency`'s duty `rule` met in time (`act.met`, not late): undefined when met at its very limit.
 * `told` is the event that first told the agency (not cited: another agency's act); `evidence` the duty's act evidence.
 */
export function promptStrength(x: EvalContext, rule: LinkageRule, agency: string, act: ObligationTrace & { met: NonNullable<ObligationTrace["met"]> }, told: { event: number } | undefined, evidence: Evidence): Strength | undefined {
  const name = x.agencyName(agency);
  const lead = span(act.ob.deadlineMs - act.met.atMs);
  // cite the command itself, so a strength never rests on a command a finding condemns; not the notice, which is
  // another agency's act (a concealing 119 call must not cost the brigade that answered it its strength)
  // an action taken before the notice counts from the notice (not "接报后"); a lead in minutes is 分钟, never 分 (points)
  // one taken after the notice but before the duty arose (the 120 sending ambulances before anyone is hurt) says both
  const early = /^acted before (being told|the duty arose) \((.+)\)$/.exec(act.met.byEvent);
  // (an earlier act: the first that meets it, the one the engine names, not a later one before the duty arose)
  const cmd = early ? firstCommandEvent(x, agency, rule) : commandEventBefore(x, act.met.event, agency, rule, act.met.byEvent);
  const cited = { ...evidence, events: [...evidence.events.filter((i) => i !== told?.event), ...(cmd >= 0 ? [cmd] : [])] };
  const how = actionText(act.met.byEvent, x.unitName, x.c.scenario.kind);
  // the action itself, once: "evacuate (before being told)" inside "acted before being told (…)" would say it twice
  const first = early ? actionText(early[2]!, x.unitName, x.c.scenario.kind) : how;
  const ahead = { zh: lead.zh.replace(/^(\d+)分$/, "$1分钟"), en: lead.en };
  const heardMs = notifiedAt(x, agency);
  const actedMs = cmd >= 0 ? x.events[cmd]!.at : undefined;
  const message = early?.[1] === "being told"
    ? { zh: `${name.zh}接报前已采取行动（${first.zh}），于 ${clock(act.met.atMs)} 接报时即已履行职责，早于时限 ${ahead.zh}`, en: `${name.en} had already acted before being told (${first.en}); its duty was met when told at ${clock(act.met.atMs)}, ${ahead.en} inside its limit` }
    : early && heardMs !== undefined
      ? {
          zh: `${name.zh}于 ${clock(heardMs)} 接报，${actedMs !== undefined ? `${clock(actedMs)} ` : "其后"}已采取行动（${first.zh}），于 ${clock(act.met.atMs)} 职责产生时即已履行职责，早于时限 ${ahead.zh}`,
          en: `${name.en}, told at ${clock(heardMs)}, had already acted${actedMs !== undefined ? ` at ${clock(actedMs)}` : ""} (${first.en}); its duty was met when it arose at ${clock(act.met.atMs)}, ${ahead.en} inside its limit`,
        }
      : { zh: `${name.zh}接报后于 ${clock(act.met.atMs)} 履行职责（${how.zh}），早于时限 ${ahead.zh}`, en: `${name.en} acted at ${clock(act.met.atMs)} (${how.en}), ${ahead.en} inside its limit` };
  // a duty met at its very limit is met, not done well: no 经验 "早于时限 0秒"
  return act.met.atMs < act.ob.deadlineMs ? { section: "linkage" as const, agency, message, evidence: cited, work: dutyTasks(rule) } : undefined;
}
