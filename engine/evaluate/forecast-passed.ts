/**
 * A weather forecast sat on (review12 chemical 3; issue 10 §6: judge completion, not only the first message). The
 * meteorological duty is to give the wind AND help forecast where the gas goes (rules profile LNK-CHEM-MET:
 * 市危化品事故应急预案 气象部门职责, domain.md §5.2 "help forecast the plume"). A forecast of a change of wind is
 * worth something only before the change: a duty holder that received one (an inject to it that speaks of what
 * is expected — 预计, 预报, forecast — delivered before a scheduled change of wind direction in the scenario's
 * weather) owes it, as a forecast, to one of its duty's message addressees by the time of the change. Not passed
 * on by then (no message of the duty's kinds after the inject, at or before the change, that speaks of what is
 * expected): LINKAGE_PART_UNDONE on the duty holder, in its duty's opportunity. The deadline (before the change)
 * is this county's reading of "协助预测" (本县设定). A change after the drill's end is not judged.
 * Shapes: at most one finding per duty; dated at the change; evidence the inject, any late message, the end.
 */
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { meetsSpec } from "../rules/actions.ts";
import { dutyAction } from "../rules/telling.ts";
import { clock, type EvalContext, type ObligationTrace } from "./context.ts";
import { finding } from "./findings.ts";
import type { Finding } from "./report-model.ts";

/** Words that speak of what is expected, not what is (zh, en). */
const FORECAST = /预计|预报|预测|将转|将由|将会|forecast|expected|will (?:back|veer|turn|shift)/i;

export function forecastNotPassed(x: EvalContext, rule: LinkageRule, agency: string, act: ObligationTrace | undefined): Finding[] {
  const messages = rule.actions.filter((a) => a.type === "message");
  if (messages.length === 0 || !act?.met) return [];
  const kind = (a: string) => x.c.agencies.get(a)?.kind;
  for (const [i, e] of x.events.entries()) {
    if (e.type !== "injectDelivered" || !e.to.includes(agency) || !FORECAST.test(`${e.text.zh} ${e.text.en}`)) continue;
    // the first scheduled change of wind direction after the forecast
    const prev = (ms: number) => [...x.c.weather].reverse().find((w) => w.atMs <= ms)?.w.windFromDeg;
    const change = x.c.weather.find((w) => w.atMs > e.at && w.w.windFromDeg !== prev(w.atMs - 1));
    if (change === undefined || change.atMs > x.endMs) continue;
    const sent = x.events.flatMap((m, j) => {
      if (j <= i || m.type !== "messageSent" || m.from !== agency) return [];
      const a = dutyAction(x.c, m);
      return a !== undefined && meetsSpec(messages, a, kind, agency) !== undefined ? [{ m, j }] : [];
    });
    if (sent.some(({ m }) => m.at <= change.atMs && FORECAST.test(m.text))) return [];
    const name = x.agencyName(agency);
    const later = sent.find(({ m }) => m.at > change.atMs);
    const what = later
      ? FORECAST.test(later.m.text)
        ? { zh: `风向转变前未向指挥部报送该预报，${clock(later.m.at)} 才报送（已在转变后）`, en: `and did not pass it on before the change, only at ${clock(later.m.at)}` }
        // what is missing is the forecast before the change, only that (review r22 chemical 6: its 01:20 report of the
        // current wind is the duty's first act, judged as such on its mark, which cites this finding for the forecast)
        : { zh: `风向转变前未向指挥部报送该预报；${clock(later.m.at)} 才报送，且只报实况、未报预报和扩散方向预测`, en: `and did not pass it on before the change; its report at ${clock(later.m.at)} gave only the current wind, no forecast of the wind or of where the gas would go` }
      : { zh: "始终未向指挥部报送该预报", en: "and never passed the forecast on" };
    // the duty's first act gave the current weather, not the forecast: what "done" covers is that part (part-words.ts)
    const first = x.events.find((m) => m.type === "messageSent" && m.from === agency && m.at === act.met!.atMs);
    const part = first?.type === "messageSent" && FORECAST.test(first.text) ? {} : {
      part: {
        done: { zh: "实况部分", en: "the current weather" },
        undone: later && FORECAST.test(later.m.text) ? { zh: "预报部分转变后才报送", en: "the forecast only after the change" } : { zh: "预报部分未报送", en: "the forecast never passed on" },
      },
    };
    return [{ ...finding({
      code: "LINKAGE_PART_UNDONE", section: "linkage", opportunity: `link:${rule.id}:${agency}`, agency, atMs: change.atMs, ruleId: rule.id,
      basis: `${rule.basis}；风向转变前报送预报为本县设定（协助预测毒气扩散方向）`,
      message: {
        zh: `职责未完成：${name.zh} ${clock(e.at)} 已获知风向将于 ${clock(change.atMs)} 前后转变的预报，${what.zh}（职责：${rule.text.zh}），时限 ${clock(change.atMs)}`,
        en: `Duty left undone: ${name.en} had the forecast at ${clock(e.at)} that the wind would change around ${clock(change.atMs)}, ${what.en} (duty: ${rule.text.en}); due by ${clock(change.atMs)}`,
      },
      // the duty's met mark cites this finding: its forecast part is here (review r22 chemical 6: #143 「预报部分见 F36」)
      evidence: { events: [i, ...(later ? [later.j] : [x.endEvent]), act.met.event], obligations: [act.ob.id] },
    }), ...part }];
  }
  return [];
}
