/**
 * The report model as the renderers print it: the timeline worded through the shared i18n
 * catalogues (the engine's report model carries the events, never sentences), each basis in both
 * languages (basis.ts), findings that carry figures worded from them (glossary.ts), the rules
 * profile by its title, and whether anything was due at all (a drill stopped before any deadline
 * is not scored: 未评分, never 100 优秀).
 */
import type { DrillRun } from "./run.ts";
import type { Compiled } from "../../engine/compile.ts";
import type { Finding, NotYetDue, ReportModel, TimelineEntry } from "../../engine/evaluate/report-model.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { describeEvent, words } from "../../i18n/describe.ts";
import { formatClock } from "../../engine/model/time.ts";
import { basisCatalogue, basisText, ruleBasis } from "./basis.ts";
import { insufficientText } from "../../engine/evaluate/glossary.ts";
import { appliedReferences, appliedStandards, plainCitation, profileName } from "./standards.ts";
import { CHEMICALS } from "../../engine/hazards/chemical/properties.ts";

export interface WordedEntry extends TimelineEntry {
  text: LocalText;
}

export interface WordedFinding extends Finding {
  /** the basis in both languages (Finding.basis is the Chinese citation) */
  basisText: LocalText;
}

export interface WordedNotYetDue extends NotYetDue {
  basisText?: LocalText;
}

export type WordedReport = Omit<ReportModel, "timeline" | "findings" | "notYetDue" | "rubric"> & {
  timeline: WordedEntry[];
  findings: WordedFinding[];
  notYetDue: WordedNotYetDue[];
  rubric: ReportModel["rubric"] & { basisText?: LocalText };
  /** the rules profile by its name, not its file id (without the sources its title lists: `standards` gives those applied) */
  rulesTitle: LocalText;
  /** the laws, standards and documents this report applied (standards.ts), AQ/T 9009 first */
  standards: LocalText[];
  /** the drill scripts and plans it borrowed from, with what was borrowed (参考资料; standards.ts appliedReferences) */
  references: LocalText[];
  /** set when no section had anything due: the report gives no grade */
  unscored?: LocalText;
  /** a live drill's run: when, who, which seats bots played (run.ts withRun); absent for a play file evaluated */
  run?: DrillRun;
};

/** Why a duty's mark past its deadline is no finding (engine/evaluate/timeline-marks.ts). */
const MARK_NOTE: Record<NonNullable<TimelineEntry["note"]>, LocalText> = {
  notCharged: { zh: "（不单独计为问题：各单位按其获知时间判定，未超出自身时限或已计入他项）", en: " (no finding of its own: each agency is judged from when it learnt - within its own deadline, or counted elsewhere)" },
  unverified: { zh: "（该职责未经核实，不评分）", en: " (duty unverified: not scored)" },
  turnOutLate: { zh: "（✗ 出动迟于出动标准时限）", en: " (✗ turned out later than its dispatch standard allows)" },
  arrivedTurnOutLate: { zh: "（到达按时；出动迟于时限，标在出动处）", en: " (arrived in time; the turn-out was late, marked where it happened)" },
  // finding-marks.ts: the unit on time by its own standard, the requirement it counted for still short (review22 school 9)
  requirementShort: { zh: "（本车按时到达；其所属力量需求未满足，见所列问题）", en: " (this unit arrived in time; the requirement it counted for was not met, see the findings listed)" },
};

/**
 * Which clock a duty's ✗ mark prints (review21 chemical 1): a deadline counted from when its holder should have been told,
 * whose lateness a finding charges to the late notifier or relayer, said so beside the holder's own deadline from its
 * receipt: "（时限按应获知时起算；自其获知起算时限 00:14:00 内已开始，迟延由临江化工有限公司承担，见 F7）".
 */
function shouldText(s: NonNullable<TimelineEntry["should"]>, zhName: (id: string) => string, enName: (id: string) => string, part?: { id: string; done: LocalText; undone: LocalText }): LocalText {
  const by = { zh: s.by.map(zhName).join("、"), en: s.by.map(enName).join(", ") };
  const see = { zh: s.findings.join("、"), en: s.findings.join(", ") };
  // a notice's clocks are its notifier's: when the notifier should have known, and when it did
  const who = s.notice ? { zh: "通知方", en: "its notifier" } : { zh: "", en: "it" };
  // a duty done in part (a LINKAGE_PART_UNDONE on it: forecast-passed.ts) is done for that part only (review23 chemical 7)
  const done = s.notice ? { zh: "获知", en: "told" } : part
    ? { zh: `履行${part.done.zh}（${part.undone.zh}，见 ${part.id}）`, en: `done for ${part.done.en} (${part.undone.en}: see ${part.id})` }
    : { zh: "履行", en: "done" };
  return s.onlyShould
    ? {
        zh: `（时限按${who.zh}应获知时起算；按${who.zh || "其"}实际获知起算的时限 ${formatClock(s.ownDueMs)} 内已${done.zh}，迟延由${by.zh}承担，见 ${see.zh}）`,
        en: ` (due counted from when ${who.en} should have been told; ${done.en} within the deadline counted from when ${who.en} was told, ${formatClock(s.ownDueMs)}: the delay is charged to ${by.en}, see ${see.en})`,
      }
    : {
        zh: `（时限按${who.zh || "其"}实际获知时起算；按${who.zh}应获知时起算时限 ${formatClock(s.dueMs)}，此前的迟延由${by.zh}承担，见 ${see.zh}）`,
        en: ` (due counted from when ${who.en} was told; counted from when ${who.en} should have been told, due ${formatClock(s.dueMs)}: the delay before that is charged to ${by.en}, see ${see.en})`,
      };
}

/** The part-undone finding (with its parts named) among a mark's findings, on duty `ob`. */
function partOf(r: ReportModel, ids: readonly string[], ob: string): { id: string; done: LocalText; undone: LocalText } | undefined {
  const g = r.findings.find((f) => ids.includes(f.id) && f.part !== undefined && f.evidence.obligations.includes(ob));
  return g?.part ? { id: g.id, ...g.part } : undefined;
}

export const UNSCORED: LocalText = { zh: "未评分：尚无到期事项", en: "Not scored: nothing was due yet" };

/** `rubric`: the rubric profile the report used, for its English basis (`basisEn`); optional. */
export function wordReport(c: Compiled, r: ReportModel, rubric?: { basis?: string; basisEn?: string }): WordedReport {
  const zh = words(c, "zh-CN");
  const en = words(c, "en");
  const cat = basisCatalogue(c, rubric);
  const hazard = hazardWords(c);
  const both = (b: string): LocalText => {
    const t = basisText(ownHazardClauses(b, hazard), cat, c);
    // the Chinese titles an English citation carries are given once, in the standards list
    return { zh: t.zh, en: plainCitation(t.en) };
  };
  // nothing judged: the engine gives no score and no band (credit.ts)
  const nothingDue = r.score === null || (r.sections.length > 0 && r.sections.every((s) => s.judged === false));
  return {
    ...r,
    findings: r.findings.map((f) => ({ ...f, message: fromFigures(c, r, f), basisText: both(f.basis) })),
    notYetDue: r.notYetDue.map((n) => {
      const b = ruleBasis(c, n.ruleId);
      return b ? { ...n, basisText: both(b) } : n;
    }),
    rubric: { ...r.rubric, ...(r.rubric.basis ? { basisText: both(r.rubric.basis) } : {}) },
    rulesTitle: profileName(c.rules.title),
    standards: appliedStandards(r, cat, r.notYetDue.flatMap((n) => ruleBasis(c, n.ruleId) ?? [])),
    references: appliedReferences(r, cat, hazardWords(c), r.notYetDue.flatMap((n) => ruleBasis(c, n.ruleId) ?? [])).map((x) => ({ zh: x.zh, en: x.en })),
    ...(nothingDue ? { unscored: UNSCORED } : {}),
    timeline: r.timeline.map((e) => {
      const part = e.event.type === "obligationMet" ? partOf(r, e.findings, e.event.id) : undefined;
      const sh = e.should ? shouldText(e.should, zh.agency, en.agency, part) : { zh: "", en: "" };
      return { ...e, text: { zh: (describeEvent(c, zh, e.event) ?? "") + (e.note ? MARK_NOTE[e.note].zh : "") + sh.zh, en: (describeEvent(c, en, e.event) ?? "") + (e.note ? MARK_NOTE[e.note].en : "") + sh.en } };
    }),
  };
}

/**
 * A basis without its "参照…" clauses that name another hazard's substance (a liquid-ammonia drill script borrowed
 * by a profile rule, cited on a chlorine report's finding: review9 chemical 12, r14 basis-sources): such a clause is
 * background for that hazard, not this report's; the references list leaves it out the same way (appliedReferences).
 */
function ownHazardClauses(basis: string, hazard: { substances: readonly string[]; own: readonly string[] }): string {
  const foreign = (part: string) => part.startsWith("参照") && hazard.substances.some((w) => part.includes(w)) && !hazard.own.some((w) => part.includes(w));
  return basis.split("；").filter((p) => !foreign(p)).join("；");
}

/** The hazard substances a document's title may name (氯, 氨: the chemicals' names without 液/气), and this scenario's own. */
function hazardWords(c: Compiled): { substances: string[]; own: string[] } {
  const core = (zh: string) => zh.replace(/[液气]/g, "") || zh;
  const h = c.scenario.hazard as { model: string; chemical?: string };
  const own = h.model === "chemical-release" && h.chemical ? CHEMICALS[h.chemical as keyof typeof CHEMICALS]?.name.zh : undefined;
  return { substances: Object.values(CHEMICALS).map((x) => core(x.name.zh)), own: own ? [core(own)] : [] };
}

/** A finding's sentence from its figures when it carries them (codes and parameters leave the engine), else the engine's. */
function fromFigures(c: Compiled, r: ReportModel, f: Finding): LocalText {
  const p = f.params;
  const q = p ? c.scenario.requirements.find((x) => x.id === p.requirement) : undefined;
  if (!p || !q) return f.message;
  const dash = { zh: "—", en: "—" };
  return insufficientText(p, {
    text: q.text,
    place: c.scenario.map.places.find((x) => x.id === p.place)?.name ?? dash,
    unit: (id) => c.units.get(id)?.name ?? dash,
    agency: (id) => r.agencies.find((a) => a.id === id)?.name ?? dash,
  });
}
