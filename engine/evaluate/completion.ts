/**
 * Judge completion, not only the order (issue 10 §6): an evacuation is judged on when the last
 * person is out against its rule (the school rule: signal to everyone out ≤ 2 min for a building of
 * up to four floors, 教基一厅〔2014〕2号); a unit's turn-out against its dispatch standard
 * (`turnOutMaxS`, e.g. fire engines ≤ 1 min); an arrival standard the profile calls indicative is
 * reported without deduction (ARRIVAL_INDICATIVE has no rubric item).
 */
import { resolveAgencies } from "../rules/agencies.ts";
import { clock, span, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import type { Finding } from "./report-model.ts";

/** The building's evacuation time from the hazard (figure `evacuationS`: alarm signal → last person out). */
export function evacuationFindings(x: EvalContext): Finding[] {
  const fig = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario).figures;
  const alarm = x.events.findIndex((e) => e.type === "hazardChanged" && e.what === "alarm");
  if (fig.evacuationS === undefined || alarm < 0) return [];
  const out: Finding[] = [];
  for (const r of x.c.rules.linkage[x.c.scenario.kind]) {
    if (r.evacuateWithinMin === undefined || fig.evacuationS <= r.evacuateWithinMin * 60) continue;
    const agency = resolveAgencies(x.c, r.agency)[0] ?? x.c.scenario.incidentAgency;
    const alarmAt = x.events[alarm]!.at;
    const lastOut = alarmAt + fig.evacuationS * 1000;
    const took = span(fig.evacuationS * 1000);
    const over = span((fig.evacuationS - r.evacuateWithinMin * 60) * 1000);
    const orders = x.events.flatMap((e, i) => (e.type === "evacuationOrdered" && e.by === agency ? [i] : []));
    out.push(finding({
      code: "EVACUATION_SLOW", section: "dispatch", agency, atMs: lastOut, ruleId: r.id, basis: r.basis,
      message: {
        zh: `疏散未按时完成：${clock(alarmAt)} 发出疏散信号，最后一人于 ${clock(lastOut)} 撤出，用时 ${took.zh}，超过 ${r.evacuateWithinMin} 分钟的要求 ${over.zh}`,
        en: `Evacuation not completed in time: the signal was given at ${clock(alarmAt)} and the last person was out at ${clock(lastOut)}, ${took.en}, ${over.en} over the ${r.evacuateWithinMin}-minute requirement`,
      },
      evidence: { events: [alarm, ...orders, ...x.events.flatMap((e, i) => (e.type === "hazardChanged" && e.at >= lastOut - 1000 && e.at <= lastOut + x.c.tickMs ? [i] : []))].slice(0, 8) },
    }));
  }
  return out;
}

/** Units that left their base later than their dispatch standard's turn-out limit. */
export function turnOutFindings(x: EvalContext): Finding[] {
  const out: Finding[] = [];
  x.events.forEach((e, i) => {
    if (e.type !== "unitDispatched") return;
    const def = x.c.units.get(e.unit);
    const std = x.c.rules.dispatch.find((d) => d.unitType === def?.type);
    if (!std?.turnOutMaxS) return;
    const dep = x.events.findIndex((d, j) => j > i && d.type === "unitDeparted" && d.unit === e.unit);
    if (dep < 0) return;
    const took = x.events[dep]!.at - e.at;
    if (took <= std.turnOutMaxS * 1000) return;
    const un = x.unitName(e.unit);
    out.push(finding({
      code: "DISPATCH_TURNOUT_SLOW", section: "dispatch", agency: e.agency, atMs: x.events[dep]!.at, ruleId: std.id, basis: std.basis,
      message: {
        zh: `出动超时：${un.zh} ${clock(e.at)} 接到出动指令，${clock(x.events[dep]!.at)} 才出动，用时 ${span(took).zh}（标准 ≤ ${std.turnOutMaxS} 秒）`,
        en: `Slow turn-out: ${un.en} was ordered out at ${clock(e.at)} and left at ${clock(x.events[dep]!.at)}, ${span(took).en} (standard ≤ ${std.turnOutMaxS} s)`,
      },
      evidence: { events: [i, dep] },
    }));
  });
  return out;
}
