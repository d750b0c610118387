/** The headline figures of a report, shared by the Markdown and HTML renderers. */
import type { LocalText } from "../../engine/model/ids.ts";
import { formatClock } from "../../engine/model/time.ts";
import type { FindingCode, LinkageHeadline, ReportModel } from "../../engine/evaluate/report-model.ts";
import { harmPercent } from "../../engine/evaluate/preventable.ts";
import { agencyText, isNote, jointAgencies, kindText, pct } from "./text.ts";
import { neverTold } from "./never-told.ts";
import { label } from "../../engine/evaluate/glossary.ts";
import { CONTROL_WORDS } from "../../engine/evaluate/control.ts";
import { notReachedWords } from "../../engine/evaluate/people-words.ts";

export interface Headline {
  label: LocalText;
  value: LocalText;
  bad: boolean;
  /** neither good nor bad: not yet due */
  neutral?: boolean;
}

/** The 联而不动 card's label, also the linkage section's sentence (domain.md §5, §7.4: told, and no required action by the deadline). */
export const LINKAGE_LABEL: LocalText = { zh: "联而不动（接报后至时限未履职）", en: "Told but idle: no required action by the deadline" };

/**
 * The 联而不动 figure, the same on the card and in the linkage section: the share of judged agencies that
 * never acted (LINKAGE_IDLE), then those that acted late (响应迟缓, LINKAGE_SLOW), counted apart as the findings are.
 */
export function linkageShare(h: LinkageHeadline): LocalText {
  if (h.withActDeadline === 0) return NOTHING_DUE;
  return {
    zh: `${pct(h.idleShare)}（${h.idle} / ${h.withActDeadline}）；另响应迟缓（迟于时限履职） ${h.late} / ${h.withActDeadline}`,
    en: `${pct(h.idleShare)} (${h.idle} / ${h.withActDeadline}); besides, ${h.late} / ${h.withActDeadline} acted late`,
  };
}

export function headlines(r: ReportModel): Headline[] {
  const { judged: reportsDue, onTime } = reportDuties(r);
  const h = r.linkage.headline;
  // a requirement the drill stopped before is not yet due (未到期): not counted either way, as the dispatch table says
  // one met before its deadline is judged (met early: credited, as the section counts it)
  const req = r.dispatch.requirements.filter((q) => requirementVerdict(r, q) !== "notDue");
  const reqMet = req.filter((q) => q.status === "met").length;
  const f = r.outcomes.figures;
  // a notice whose deadline the drill never reached is not yet due (未到期), not a failure: listed apart, not in red
  const pending = new Set(r.notYetDue.filter((n) => n.code === "LINKAGE_NOT_NOTIFIED" && n.told !== undefined).map((n) => n.told!));
  const names = (ids: readonly string[]): LocalText => joined(ids.map((a) => agencyText(r, a)));
  // the findings' 未通知 first (never-told.ts), then any row never told that no finding names
  const told = neverTold(r);
  const overdue = [...told.map((n) => n.text), ...h.notNotified.filter((a) => !pending.has(a) && !told.some((n) => n.agency === a)).map((a) => agencyText(r, a))];
  const notYet = h.notNotified.filter((a) => pending.has(a));
  return [
    { label: { zh: "报告义务按时完成", en: "Reporting deadlines met" }, value: ratio(onTime, reportsDue), bad: onTime < reportsDue },
    { label: LINKAGE_LABEL, value: linkageShare(h), bad: h.withActDeadline > h.actedInTime },
    { label: { zh: "未通知的联动单位（已超时）", en: "Linked agencies never told (overdue)" }, value: joined(overdue), bad: overdue.length > 0 },
    ...(notYet.length > 0 ? [{ label: { zh: "尚未通知、未到期的联动单位", en: "Linked agencies not told yet, not yet due" }, value: names(notYet), bad: false, neutral: true }] : []),
    // duties of agencies the scenario does not play: 未演练, listed, never dropped (review8 chemical 9)
    ...(notDrilled(r) ?? []),
    { label: { zh: "力量需求按时满足", en: "Resource requirements met in time" }, value: ratio(reqMet, req.length), bad: reqMet < req.length },
    casualties(f, r.scenario.kind),
    // harm set between the best play and no response (issue 10 §9), when the scenario names a best play
    ...(r.outcomes.harm.status === "graded" ? [harmCard(r.outcomes.harm, r.findings)] : []),
    f.toxic
      // those above AEGL-3 are among those above AEGL-2: said so, never two figures a reader might add
      ? { label: { zh: "暴露超过AEGL-2的人数", en: "People exposed above AEGL-2" }, value: { zh: `${f.exposedAegl2}（其中超过AEGL-3 ${f.exposedAegl3} 人）`, en: `${f.exposedAegl2} (${f.exposedAegl3} of them above AEGL-3)` }, bad: f.exposedAegl2 > 0 }
      : { label: { zh: "受危害暴露人数", en: "People exposed to harm" }, value: { zh: String(f.exposedAegl2), en: String(f.exposedAegl2) }, bad: f.exposedAegl2 > 0 },
    control(r),
  ];
}

/** Dead, seriously injured, injured, and the people still trapped or unaccounted for when there are any (not yet out is not safe). */
/** "未演练的联动职责（情景未设该单位）: 工会、人民检察院（493号令 第十条）…": neutral when the scenario declared them out of scope. */
function notDrilled(r: ReportModel): Array<{ label: LocalText; value: LocalText; bad: boolean; neutral?: boolean }> | undefined {
  const n = r.linkage.notDrilled ?? [];
  if (n.length === 0) return undefined;
  // grouped by the scenario's reason (undeclared: none given)
  const groups = new Map<string, { reason?: LocalText; kinds: string[] }>();
  for (const d of n) {
    const key = d.reason?.zh ?? "";
    const g = groups.get(key) ?? { ...(d.reason ? { reason: d.reason } : {}), kinds: [] };
    if (!g.kinds.includes(d.agencyKind)) g.kinds.push(d.agencyKind);
    groups.set(key, g);
  }
  const part = (g: { reason?: LocalText; kinds: string[] }, lang: "zh" | "en") => {
    const names = g.kinds.map((k) => label("agencyKind", k)[lang]).join(lang === "zh" ? "、" : ", ");
    const why = g.reason ? g.reason[lang] : lang === "zh" ? "情景未声明其不在演练范围内" : "the scenario does not declare them out of scope";
    return lang === "zh" ? `${names}（${why}）` : `${names} (${why})`;
  };
  const undeclared = n.some((d) => !d.declared);
  return [{
    label: { zh: "未演练的联动职责（情景未设该单位）", en: "Linkage duties not drilled (no such agency in the scenario)" },
    value: { zh: [...groups.values()].map((g) => part(g, "zh")).join("；"), en: [...groups.values()].map((g) => part(g, "en")).join("; ") },
    bad: undeclared,
    ...(undeclared ? {} : { neutral: true }),
  }];
}

function casualties(f: ReportModel["outcomes"]["figures"], kind: string): Headline {
  const out = Math.max(f.trapped, f.missing);
  // a mine's 下落不明 are the trapped no survey has reached, not people nobody can place (people-words.ts; review23 mine B6)
  const not = notReachedWords(kind);
  const trapped = out === 0 ? { zh: "", en: "" } : {
    zh: `；仍被困 ${out} 人${f.missing > 0 ? (f.missing >= out ? `（均${not.short}）` : `（其中${not.short} ${f.missing} 人）`) : ""}`,
    en: `; ${out} still trapped${f.missing > 0 ? (f.missing >= out ? ` (none ${not.enShort.replace(/^not /, "")})` : ` (${f.missing} ${not.enShort})`) : ""}`,
  };
  return {
    label: { zh: "伤亡（死亡 / 重伤 / 受伤）", en: "Casualties (dead / serious / injured)" },
    value: { zh: `${f.deaths} / ${f.seriousInjuries} / ${f.injured}（情景设定 ${f.scriptedDeaths} / ${f.scriptedSeriousInjuries}）${trapped.zh}`, en: `${f.deaths} / ${f.seriousInjuries} / ${f.injured} (scenario-set ${f.scriptedDeaths} / ${f.scriptedSeriousInjuries})${trapped.en}` },
    bad: f.deaths > f.scriptedDeaths || f.seriousInjuries > f.scriptedSeriousInjuries || out > 0,
  };
}

/**
 * The preventable harm not prevented, as the outcomes section charges it: the share of the item every
 * OUTCOME_PREVENTABLE_HARM finding charges, 0–100 % — the public's beyond the best play (the figure its finding
 * shows, `h.charged`) and each crew sent into harm (preventable.ts crewFinding: `quantity`, the item's share), at
 * most the whole item (harm-costs.ts). One source with the section (newcomer 23 item 9: the card read 0 % while the
 * section deducted 14.82 under 可避免伤亡 for the rescuers' deaths).
 */
function harmCard(h: ReportModel["outcomes"]["harm"], findings: ReportModel["findings"]): Headline {
  const crews = findings.filter((f) => f.code === "OUTCOME_PREVENTABLE_HARM" && f.ruleId === "OUT-CREW").reduce((s, f) => s + f.quantity, 0);
  const charged = Math.min(1, (h.charged ?? h.share ?? 0) + crews);
  return {
    label: { zh: "未避免的可避免伤亡", en: "Preventable harm not prevented" },
    value: { zh: `${harmPercent(charged)}%（占本项分值，最佳处置 0%）`, en: `${harmPercent(charged)}% (of the item's points; best play 0%)` },
    bad: charged > 0,
  };
}

/**
 * A resource requirement's verdict as the dispatch table prints it and the headline card counts it:
 * met / late / insufficient once its deadline has passed; before that (the drill stopped first) not yet
 * due — "notDueMet" when already met early (judged and counted as met, issue 10 §11), "notDue" when not yet met (未到期, never 不足).
 */
export function requirementVerdict(r: ReportModel, q: ReportModel["dispatch"]["requirements"][number]): "met" | "late" | "insufficient" | "notDue" | "notDueMet" {
  const open = r.notYetDue.some((n) => n.ruleId === q.id);
  const due = (q.deadlineMs ?? 0) <= r.endMs;
  if (q.status === "met") return due ? "met" : "notDueMet";
  if (q.status === "insufficient" && (open || !due)) return "notDue";
  return q.status;
}

/**
 * Report duties judged and met on time. One report owed by one agency to one addressee at one
 * stage is one duty, whatever number of rules ask for it (issue 10 §2: the county's 一般 rule and,
 * after a re-grade, its 较大/敏感 rule for the same first report count once); it is met on time when
 * every rule asking for it was. A rule is judged once its deadline has passed or once it was met (met
 * early in a drill stopped before its deadline: judged and credited, as the section counts it; issue 10 §11).
 */
export function reportDuties(r: ReportModel): { judged: number; onTime: number } {
  const judged = r.reporting.obligations.filter((o) => o.status !== "open");
  const duties = new Map<string, boolean>();
  for (const o of judged) {
    const k = o.report ?? o.id;
    duties.set(k, (duties.get(k) ?? true) && o.status === "met");
  }
  return { judged: duties.size, onTime: [...duties.values()].filter(Boolean).length };
}

/** When the hazard came under control; not yet under control is no fault while its target time lies ahead (未到期). */
function control(r: ReportModel): Headline {
  const f = r.outcomes.figures;
  const label = CONTROL_WORDS[r.scenario.kind]?.at ?? { zh: "危险源控制时间", en: "Hazard under control at" };
  if (f.controlledAtMs !== undefined) return { label, value: { zh: formatClock(f.controlledAtMs), en: formatClock(f.controlledAtMs) }, bad: r.findings.some((x) => x.code === "HAZARD_CONTROL_LATE") };
  const target = r.notYetDue.find((n) => n.ruleId === "OUT-CONTROL")?.dueMs;
  if (target !== undefined) return { label, value: { zh: `未控制（目标 ${formatClock(target)}，未到期）`, en: `not yet (target ${formatClock(target)}, not yet due)` }, bad: false, neutral: true };
  return { label, value: { zh: "未控制", en: "not controlled" }, bad: true };
}

/** "甲、乙" / "A, B", or 无 / none. */
function joined(n: readonly LocalText[]): LocalText {
  return n.length === 0 ? { zh: "无", en: "none" } : { zh: n.map((x) => x.zh).join("、"), en: n.map((x) => x.en).join(", ") };
}

const NOTHING_DUE: LocalText = { zh: "—（尚无到期事项）", en: "— (nothing due yet)" };

/** "3 / 12", or a dash when nothing was due. */
function ratio(a: number, b: number): LocalText {
  return b === 0 ? NOTHING_DUE : { zh: `${a} / ${b}`, en: `${a} / ${b}` };
}

/**
 * Findings counted by code, for 不足: each fault once (issue 10 §2) — `count` the findings that are
 * faults of their own, `following` those that follow from another finding (cited, not deducted again).
 */
export function countByCode(r: ReportModel): Array<{ code: FindingCode; label: LocalText; count: number; following: number; points: number; agencies: string[] }> {
  const m = new Map<string, { code: FindingCode; label: LocalText; count: number; following: number; points: number; agencies: string[] }>();
  // a fact stated without charge (quantity 0, a note) is not a shortcoming; one line per kind as the findings name it (警戒缺失 apart from 警戒迟延)
  for (const f of r.findings.filter((g) => g.quantity > 0 && !isNote(g))) {
    const label = kindText(f);
    const x = m.get(label.zh) ?? { code: f.code, label, count: 0, following: 0, points: 0, agencies: [] };
    if (f.causedBy === undefined) x.count++;
    else x.following++;
    x.points += f.points;
    // a fault excused onto the agency that caused it (非…之责: the bureau's late report set aside onto the brigade's
    // 未通知) is not that agency's act of this kind: it adds no name to the line (review11 school 7)
    for (const a of [f.agency, ...(f.jointly ?? [])]) if (a !== null && !excused(f) && !x.agencies.includes(a)) x.agencies.push(a);
    // a harm charged jointly names every agency that shares it (joint-share.ts; review15 school 1)
    if (f.agency === null && (f.shares?.length ?? 0) > 0) for (const a of jointAgencies(r, f)) if (!x.agencies.includes(a)) x.agencies.push(a);
    m.set(label.zh, x);
  }
  return [...m.values()].sort((a, b) => b.points - a.points || b.count - a.count || b.following - a.following);
}

/** A finding set aside as not its actor's fault ("非…之责", reporting.ts, dispatch.ts): its agency names who caused it instead. */
const excused = (f: { causedBy?: string; message: LocalText }): boolean => f.causedBy !== undefined && /非.+?之责/.test(f.message.zh);

/** "3" or "3（另 2 项随其他问题，不重复计）": a kind's count of faults, and of those following from others. */
export function countText(c: { count: number; following: number }): LocalText {
  if (c.following === 0) return { zh: String(c.count), en: String(c.count) };
  return { zh: `${c.count}（另 ${c.following} 项随其他问题，不重复计）`, en: `${c.count} (and ${c.following} following from other findings, not counted twice)` };
}
