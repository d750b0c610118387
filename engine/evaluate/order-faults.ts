/**
 * Faults of one order rather than of a requirement (力量调派): a unit sent for a task it cannot do
 * (派遣力量类型错误, one finding per order however many units it sent), and a crew that entered a
 * toxic zone without respiratory protection (无防护进入危险区, ERG 2024). evaluateDispatch (dispatch.ts)
 * adds them to the section's findings.
 * An unprotected entry that stayed below the hot zone (under AEGL-3 and under the chemical's NIOSH IDLH, the
 * bound harmful-orders.ts draws) and harmed nobody in the crew is a 防护提示 (PROTECTION_ADVISORY: reported, no
 * rubric item, never deducted): the crew did the order's work in air the public it served was breathing, and
 * a charge outside every opportunity would make answering a call for help cost more than ignoring it
 * (review16 chemical A1: 警车2 at 3.7 ppm, IDLH 10 ppm, answering the school's request under 人民警察法 第二十一条).
 */
import { clock, span, type EvalContext } from "./context.ts";
import { finding, wrongOrderKey } from "./findings.ts";
import { label, labels } from "./glossary.ts";
import { crewHarm, idlhPpm } from "./harmful-orders.ts";
import { ergGuide } from "./erg-basis.ts";
import type { Finding } from "./report-model.ts";
import { canDo } from "../units/capability.ts";

const AQ_RESOURCES = "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 应急资源管理";
/** a requirement the scenario sets, judged under AQ/T 9009 附录A 应急资源管理 */
export const BASIS_REQ = `演练方案（情景）规定的力量需求；${AQ_RESOURCES}`;
/** the drill plan alone: the agency's own linkage duty is unverified (tag U, domain.md §0), so only the plan binds it */
export const PLAN_ONLY = "该单位的联动职责本次不评判，本项仅以演练方案的力量需求为依据";

/**
 * A requirement's basis for `agency`: BASIS_REQ, and, when every linkage duty of its kind in this scenario is unverified
 * (tag U), that the drill plan is the only basis (review16 school F26: the police's 警力20分钟 judged though its duty is U).
 */
export function reqBasis(x: EvalContext, agency: string | null): string {
  const kind = agency !== null ? x.c.agencies.get(agency)?.kind : undefined;
  const duties = kind ? x.c.rules.linkage[x.c.scenario.kind].filter((r) => r.agency === kind) : [];
  return duties.length > 0 && duties.every((r) => r.tag === "U") ? `${BASIS_REQ}；${PLAN_ONLY}` : BASIS_REQ;
}
const BASIS_ZONE = "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 人员保护；《应急响应指南》（ERG 2024）：进入危险区须佩戴正压式空气呼吸器（本评估以AEGL-2浓度为界，评估组设定）";

/** The unit can do the task (its capabilities list it). */
export function capable(x: EvalContext, unit: string, task: string): boolean {
  const def = x.c.units.get(unit);
  return def !== undefined && canDo(def, task);
}

/** DISPATCH_WRONG_TYPE: each taskFailed of a unit without the task's capability, dated on scene, with its idle time. */
export function wrongType(x: EvalContext): Finding[] {
  const out: Finding[] = [];
  x.events.forEach((e, i) => {
    if (e.type !== "taskFailed" || capable(x, e.unit, e.task)) return;
    const def = x.c.units.get(e.unit);
    const agency = def?.agency ?? null;
    let dispatchEvent = -1;
    for (let j = i - 1; j >= 0; j--) {
      const d = x.events[j]!;
      if (d.type === "unitDispatched" && d.unit === e.unit) {
        dispatchEvent = j;
        break;
      }
    }
    const next = x.events.find((n, j) => j > i && (n.type === "unitDispatched" || n.type === "unitRecalled") && n.unit === e.unit);
    const idle = span((next?.at ?? x.endMs) - e.at);
    // a need another agency owns (the school's own mini fire station, req-mini) is not the one a wrong unit was sent to
    const open = x.c.scenario.requirements.filter((r) => r.owner === undefined || r.owner === agency);
    const req = open.find((r) => r.task === e.task && r.place === e.place) ?? open.find((r) => r.task === e.task);
    const un = x.unitName(e.unit);
    const type = label("unitType", def?.type ?? "");
    const task = label("task", e.task);
    const need = req ? labels("unitType", req.unitType) : undefined;
    const dispatchedAt = dispatchEvent >= 0 ? x.events[dispatchEvent]!.at : e.at;
    // one wrong order sending several units is one fault: the first unit's finding carries it
    const order = wrongOrderKey(agency, dispatchedAt, e.task);
    const link = out.some((f) => f.key === order) ? { rootKey: order } : { key: order };
    out.push(finding({
      code: "DISPATCH_WRONG_TYPE", section: "dispatch", agency, atMs: e.at, ruleId: req?.id ?? "DISPATCH-CAPABILITY", ...link,
      // sent for one of the scenario's requirements: a failure on that need, within what it is worth (review10 chemical 2)
      ...(req ? { opportunity: `req:${req.id}` } : {}),
      // the document and its item, in the report's language; the unit's own name says what it is
      basis: req ? `演练方案力量需求“${req.text.zh}”；${AQ_RESOURCES}` : BASIS_REQ,
      message: {
        zh: `派遣力量类型错误：${clock(dispatchedAt)} 派 ${un.zh}（${type.zh}）执行${task.zh}任务，${clock(e.at)} 到场后无法执行，在现场闲置 ${idle.zh}${need ? `；应派 ${need.zh}` : ""}`,
        en: `Wrong unit type: ${un.en} (${type.en}) was sent at ${clock(dispatchedAt)} for ${task.en}; on scene at ${clock(e.at)} it could not carry it out, and stood idle for ${idle.en}${need ? `; the task needs ${/^[aeiou]/i.test(need.en) ? "an" : "a"} ${need.en}` : ""}`,
      },
      evidence: { events: [...(dispatchEvent >= 0 ? [dispatchEvent] : []), i] },
    }));
  });
  return out;
}

/**
 * UNSAFE_ENTRY: each unit that entered an AEGL zone unprotected, once, at its first entry and worst level; a
 * PROTECTION_ADVISORY (0 points) instead when it stayed below AEGL-3 and the IDLH and its crew took no harm
 * (see the module note). Without an IDLH for the hazard every such entry is UNSAFE_ENTRY.
 */
export function unsafeEntry(x: EvalContext): Finding[] {
  const first = new Map<string, { events: number[]; level: string; ppm: number; atMs: number }>();
  x.events.forEach((e, i) => {
    if (e.type !== "unitExposed" || e.protected) return;
    const f = first.get(e.unit);
    if (!f) first.set(e.unit, { events: [i], level: e.level, ppm: e.ppm, atMs: e.at });
    else {
      f.events.push(i);
      if (e.level === "aegl3") f.level = "aegl3";
      f.ppm = Math.max(f.ppm, e.ppm);
    }
  });
  const idlh = idlhPpm(x);
  const aegl3 = x.c.hazard.toxicology?.(x.c.scenario).aegl3;
  const harmed = new Set(crewHarm(x).flatMap((g) => g.units));
  return [...first.entries()].map(([unit, f]) => {
    const un = x.unitName(unit);
    const lvl = f.level.toUpperCase().replace("AEGL", "AEGL-");
    const advisory = idlh !== undefined && f.level !== "aegl3" && f.ppm < idlh && (aegl3 === undefined || f.ppm < aegl3) && !harmed.has(unit);
    if (advisory) {
      const guide = ergGuide(x) ?? "";
      return finding({
        code: "PROTECTION_ADVISORY", section: "dispatch", agency: x.c.units.get(unit)?.agency ?? null, atMs: f.atMs, ruleId: "ZONE-PROTECT",
        basis: `《应急响应指南》（ERG 2024）${guide}：进入泄漏区域佩戴呼吸防护；美国国家职业安全卫生研究所（NIOSH）立即危及生命或健康浓度（IDLH）${idlh} ppm`,
        message: {
          zh: `防护提示：${un.zh}未佩戴呼吸防护进入 ${lvl} 浓度区（最高 ${f.ppm} ppm，低于 IDLH ${idlh} ppm），乘员未受伤害；应配发并佩戴呼吸防护，不扣分`,
          en: `Protection note: ${un.en} entered the ${lvl} zone (at most ${f.ppm} ppm, below the IDLH of ${idlh} ppm) without respiratory protection, and its crew took no harm; it should carry and wear respiratory protection (no deduction)`,
        },
        evidence: { events: f.events },
      });
    }
    return finding({
      code: "UNSAFE_ENTRY", section: "dispatch", agency: x.c.units.get(unit)?.agency ?? null, atMs: f.atMs, ruleId: "ZONE-PROTECT", basis: BASIS_ZONE,
      message: {
        zh: `无防护进入危险区：${un.zh}在无呼吸防护的情况下进入 ${lvl} 浓度区（${f.ppm} ppm）`,
        en: `Unprotected entry: ${un.en} entered the ${lvl} zone (${f.ppm} ppm) without respiratory protection`,
      },
      evidence: { events: f.events },
    });
  });
}
