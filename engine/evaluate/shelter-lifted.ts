/**
 * A shelter in place never lifted (ERG 2024: sheltering suits a cloud passing over; once it has passed the building is
 * aired or left): the same fault whether the shelter order came in time or late (review r15 chemical 3: the police's
 * shelter of the village at 00:30, in time, never lifted after the leak was plugged at 01:18:47, was not judged, while
 * the same shelter given late under the cloud was condemned). Judged only when the drill replayed with the people moved
 * once the release stopped does less harm (protect-rerun.ts): a shelter that keeps them safer to the end is no fault.
 *
 * notLifted(x, group, order): the shelterOrdered event `order` (log index) came before the release stopped
 * (hazardChanged sourceStopped), and no evacuation of `group` was ordered after it. Returns the stop's time (ms) and
 * event index, and the group's AEGL-2 crossing (time, event) when it had one; undefined otherwise.
 */
import { formatClock } from "../model/time.ts";
import type { LocalText } from "../model/ids.ts";
import { asOf, type EvalContext } from "./context.ts";

export interface NotLifted {
  stopMs: number;
  stop: number;
  /** the group's load crossing AEGL-2 (groupExposed), if it did */
  crossed?: { ms: number; event: number };
}

export function notLifted(x: EvalContext, group: string, order: number): NotLifted | undefined {
  const stop = x.events.findIndex((e) => e.type === "hazardChanged" && e.what === "sourceStopped");
  if (stop < 0 || x.events[order]!.at >= x.events[stop]!.at) return undefined;
  if (x.events.some((e, j) => j > order && e.type === "evacuationOrdered" && e.groups.includes(group))) return undefined;
  const i = x.events.findIndex((e) => e.type === "groupExposed" && e.level === "aegl2" && e.group === group);
  const crossed = i >= 0 ? { ms: (x.events[i] as { crossedAtMs: number }).crossedAtMs, event: i } : undefined;
  return { stopMs: x.events[stop]!.at, stop, ...(crossed ? { crossed } : {}) };
}

/**
 * The finding's words: who, when sheltered, that they were never moved once the release stopped; when the order came
 * after the cloud had covered them, that too; when it came after its deadline (`dueMs`), that too.
 */
export function notLiftedText(x: EvalContext, name: LocalText, count: number, orderMs: number, dueMs: number, k: NotLifted): LocalText {
  const never = asOf(x).ended ? { zh: "始终", en: "never" } : { zh: "至今", en: "not yet" };
  const under = k.crossed !== undefined && k.crossed.ms <= orderMs;
  const when = under
    ? { zh: `${formatClock(orderMs)} 毒气团已覆盖（群体负荷 ${formatClock(k.crossed!.ms)} 达到 AEGL-2）时才下令就地避险（关闭门窗）`, en: `were told to shelter in place only at ${formatClock(orderMs)}, when the cloud already covered them (their load reached AEGL-2 at ${formatClock(k.crossed!.ms)})` }
    : orderMs > dueMs
      ? { zh: `${formatClock(orderMs)} 才下令就地避险（关闭门窗，时限 ${formatClock(dueMs)}）`, en: `were told to shelter in place only at ${formatClock(orderMs)} (due by ${formatClock(dueMs)})` }
      : { zh: `${formatClock(orderMs)} 按时下令就地避险（关闭门窗）`, en: `were told in time, at ${formatClock(orderMs)}, to shelter in place` };
  const load = !under && k.crossed !== undefined ? { zh: `（群体负荷 ${formatClock(k.crossed.ms)} 达到 AEGL-2）`, en: ` (their load reached AEGL-2 at ${formatClock(k.crossed.ms)})` } : { zh: "", en: "" };
  const should = under
    ? { zh: `应在毒气团到达（${formatClock(k.crossed!.ms)}）前就地避险，泄漏切断后通风或转移`, en: `they should have sheltered before the cloud arrived (at ${formatClock(k.crossed!.ms)}) and been aired or moved once the release stopped` }
    : { zh: "泄漏切断、毒气团过后应通风或转移", en: "they should have been aired or moved once the release stopped and the cloud had passed" };
  return {
    zh: `群众防护不当：${name.zh}（${count} 人）位于下风向防护行动区，${when.zh}，${formatClock(k.stopMs)} 泄漏切断后${never.zh}未组织通风或转移，室内滞留毒气${load.zh}；${should.zh}`,
    en: `Public protection wrong: ${name.en} (${count}) in the downwind protective-action zone ${when.en}, and were ${never.en} aired or moved after the release stopped at ${formatClock(k.stopMs)}, so they stayed in the gas that had come indoors${load.en}; ${should.en}`,
  };
}
