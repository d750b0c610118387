/**
 * Evaluation file formats: the scoring rubric (scenarios/rubrics/*.yaml, or a scenario's
 * `rubric:` block) and evaluators' observations (a YAML/JSON file beside the drill log).
 * A rubric is data so an office can use its own: sections weighted to 100 points, each with
 * items that deduct points per finding code, every item mapped to an AQ/T 9009-2015 Annex A area.
 */
import { z } from "zod";
import { Clock, Id, LocalText } from "./common.ts";
import { parseWith } from "./parse-with.ts";
import type { Parsed } from "./problems.ts";

/** The evaluator's stable finding codes (engine/evaluate). Renaming one breaks rubrics: add, never rename. */
export const FINDING_CODES = [
  // reporting (信息报告): 迟报 漏报 谎报 瞒报, 第十二条 completeness
  "REPORT_LATE", "REPORT_MISSING", "REPORT_INCOMPLETE", "REPORT_FALSE", "REPORT_CONCEALED",
  // a call to the rescuers (报警, 消防法 第四十四条) leaving out what the caller knew: 报警遗漏已知情况, not 瞒报 (review9 chem 6)
  "ALARM_INACCURATE",
  // linkage (联动): never told, told late, told but idle (联而不动), acted late; refused commands
  "LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE", "LINKAGE_IDLE",
  // the incident unit's own plan (LNK-*-PLAN: its seat's activatePlan) never started: not 联而不动, which is a linked agency
  // told and idle; priced by what the omission cost (own-plan.ts): 未启动本单位应急预案 when its measures (alarm, own
  // people out, reports) were not all taken in time, 未明确宣布启动预案 (a procedural fault) when they were (review23
  // chemical §2, school (10), mine B1); listed beside 联而不动, so findings keep their order and numbers
  "PLAN_NOT_STARTED", "PLAN_NOT_DECLARED",
  "LINKAGE_SLOW", "COMMAND_REJECTED",
  // a part of a duty (the profile's `parts`: the bureau head to the scene) never done after its first act (review9 mine 6)
  "LINKAGE_PART_UNDONE",
  // the incident's unit never told (or told late) the rescuers it called in where the trapped and missing are: on-scene
  // command information (AQ/T 9009 附录A 4 指挥和协调), not a report to government (told-rescuers.ts; review12 school 1)
  "TRAPPED_NOT_PASSED_ON", "TRAPPED_PASSED_ON_LATE",
  // dispatch (力量调派)
  "DISPATCH_LATE", "DISPATCH_WRONG_TYPE", "DISPATCH_INSUFFICIENT", "DISPATCH_IDLE_UNITS", "UNSAFE_ENTRY",
  // units of the right kind sent for a requirement's task to another place (wrong-place.ts)
  "DISPATCH_WRONG_PLACE",
  // crews in the hot zone (≥ AEGL-3 / IDLH) without the protection their work there needs (responder-safety.ts)
  "HOT_ZONE_UNPROTECTED",
  // site control (警戒与管制): the cordon, and the public's protection, against the ERG distances
  "CORDON_LATE", "CORDON_TOO_SMALL", "PROTECTIVE_ACTION_LATE",
  // outcomes (处置结果): quantities are people, or minutes over the control target
  "OUTCOME_DEATHS", "OUTCOME_SERIOUS_INJURIES", "OUTCOME_EXPOSED_AEGL2", "OUTCOME_EXPOSED_AEGL3", "OUTCOME_EXPOSED", "OUTCOME_TRAPPED",
  "HAZARD_NOT_CONTROLLED", "HAZARD_CONTROL_LATE",
  // a critical installation (a mine's pump room) lost that the scenario's best play saved (outcome-losses.ts)
  "OUTCOME_INSTALLATION_LOST",
  // harm the response did not prevent, graded between the scenario's best play and no response (issue 10 §9):
  // its quantity is that share, 0–1
  "OUTCOME_PREVENTABLE_HARM",
  // completion (issue 10 §6): the last person out late; a unit slow to leave its base; an indicative
  // arrival standard missed (reported, never deducted: leave it out of rubrics)
  "EVACUATION_SLOW", "DISPATCH_TURNOUT_SLOW", "ARRIVAL_INDICATIVE",
  // an unprotected entry below the hot zone that harmed no one: a 防护提示, reported, never deducted (order-faults.ts)
  "PROTECTION_ADVISORY",
  // spot questions (随机提问, 附录A 2.5): no answer by the deadline, or an answer after it
  "SPOT_QUESTION_UNANSWERED", "SPOT_QUESTION_LATE",
  // a request for help from a party at risk (the school at its gate asking the police to keep order) not acted on
  // by its limit, or acted on after it (help-requests.ts; review r15 chemical 2)
  "HELP_REQUEST_UNANSWERED", "HELP_REQUEST_LATE",
  // a report of the incident from the public its receiver never passed on to the competent agency, or passed on late,
  // while that agency did not know (forwarding.ts; review16 chemical A2, school 4a: 突发事件应对法 第六十条)
  "REPORT_NOT_FORWARDED", "REPORT_FORWARDED_LATE",
  // figures a report states as fact against what its sender was told, or on no word at all: 报告失实, a fault of care,
  // not 谎报 (untrue-figures.ts; review17 school 3)
  "REPORT_UNVERIFIED",
  // a searcher told where people in danger are that does not search there within 5 min (told-search.ts; r22 school d3)
  "SEARCH_NOT_AIMED",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const SECTION_IDS = ["reporting", "linkage", "dispatch", "outcomes"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * AQ/T 9009-2015 Annex A evaluation areas (domain.md §3.6). Areas 1, 2 and 4 were seen in a
 * template [S2] and carry their numbers; the others are from the standard's list as remembered [U]:
 * `no` is what the memory says, never printed for them (not in VERIFIED_AREAS): a report cites them
 * by name only (review8 chemical 13b, school 10b).
 */
export const ANNEX_A_AREAS = {
  warningAndReporting: { no: "A.1", zh: "预警与信息报告", en: "Warning and information reporting" },
  mobilisation: { no: "A.2", zh: "紧急动员", en: "Emergency mobilisation" },
  monitoringAndAssessment: { no: "A.3", zh: "事故监测与研判", en: "Monitoring and assessment" },
  commandAndCoordination: { no: "A.4", zh: "指挥和协调", en: "Command and coordination" },
  incidentHandling: { no: "A.5", zh: "事故处置", en: "Incident handling" },
  resourceManagement: { no: "A.6", zh: "应急资源管理", en: "Emergency resource management" },
  communications: { no: "A.7", zh: "应急通信", en: "Emergency communications" },
  publicInformation: { no: "A.8", zh: "信息公开", en: "Public information" },
  personnelProtection: { no: "A.9", zh: "人员保护", en: "Personnel protection" },
  cordonAndControl: { no: "A.10", zh: "警戒与管制", en: "Cordon and control" },
  medicalRescue: { no: "A.11", zh: "医疗救护", en: "Medical rescue" },
  siteControlAndRecovery: { no: "A.12", zh: "现场控制及恢复", en: "Site control and recovery" },
} as const;

/**
 * An Annex A area as a report prints it: "A.1 (1.7) 预警与信息报告" for a verified area (with the
 * item's criterion `ref` when given), the name alone for an unverified one ("人员保护"), so no
 * remembered number is passed off as the standard's.
 */
export function annexAreaLabel(area: AnnexArea, lang: "zh" | "en", ref?: string): string {
  const a = ANNEX_A_AREAS[area];
  const name = lang === "zh" ? a.zh : a.en;
  return VERIFIED_AREAS.has(area) ? `${a.no}${ref ? ` (${ref})` : ""} ${name}` : name;
}
export type AnnexArea = keyof typeof ANNEX_A_AREAS;
/** the Annex A areas seen in a template (domain.md §3.6: 1, 2 and 4), whose numbers a report may print */
const VERIFIED_AREAS: ReadonlySet<AnnexArea> = new Set(["warningAndReporting", "mobilisation", "commandAndCoordination"]);
/** Whether the area's number was seen in the standard's text (domain.md §3.6), rather than remembered [U]. */
export function annexNumberVerified(area: AnnexArea): boolean {
  return VERIFIED_AREAS.has(area);
}
/**
 * Why some Annex A areas are printed without a number, for a report that prints any: undefined when every area in
 * `areas` is verified. The numbers of 1, 2 and 4 were seen in a template of the standard [S2]; the others are known
 * from memory [U] (domain.md §3.6), so a report names them only (newcomer r30b: the list left them unnumbered unsaid).
 */
export function annexNumbersNote(areas: Iterable<AnnexArea>): { zh: string; en: string } | undefined {
  const unnumbered = [...new Set(areas)].filter((a) => !VERIFIED_AREAS.has(a));
  if (unnumbered.length === 0) return undefined;
  const seen = [...VERIFIED_AREAS].map((a) => ANNEX_A_AREAS[a].no);
  return {
    zh: `附录A要素编号只标注已与标准文本核对的（${seen.join("、")}）；${unnumbered.map((a) => ANNEX_A_AREAS[a].zh).join("、")}的编号尚未核对，只列名称。`,
    en: `Annex A areas carry a number only where it was checked against the standard's text (${seen.join(", ")}); ${unnumbered.map((a) => ANNEX_A_AREAS[a].en).join(", ")} are named without a number until theirs is checked.`,
  };
}
const AnnexAreaId = z.enum(Object.keys(ANNEX_A_AREAS) as [AnnexArea, ...AnnexArea[]]);

const RubricItem = z
  .object({
    id: Id,
    text: LocalText,
    /** findings with these codes count against this item */
    codes: z.array(z.enum(FINDING_CODES)).min(1),
    annexA: AnnexAreaId,
    /** the Annex A criterion, e.g. "1.7" */
    annexRef: z.string().optional(),
    /** points of the overall 100 deducted per finding (times its quantity: people, minutes) */
    points: z.number().min(0),
    /** at most this many points for the item (default: the section's weight) */
    cap: z.number().positive().optional(),
    /**
     * a missing follow-up (续报, 493号令 第十三条 及时补报) weighs this many points instead of `points` when the office
     * weighs it apart from a missing first report (the first report puts the authorities on notice and starts the
     * response; a 续报 updates a picture they already have): the `report-made` row's (engine/evaluate/report-weight.ts)
     */
    followUpPoints: z.number().min(0).optional(),
  })
  .strict();

const RubricSection = z
  .object({
    id: z.enum(SECTION_IDS),
    text: LocalText.optional(),
    /** points of the overall 100 this section is worth */
    weight: z.number().positive().max(100),
    items: z.array(RubricItem).min(1),
  })
  .strict();

const Band = z.object({ min: z.number().min(0).max(100), text: LocalText }).strict();

export const RubricProfile = z
  .object({
    id: Id,
    title: LocalText,
    basis: z.string().optional(),
    /** the basis in English, for English reports */
    basisEn: z.string().optional(),
    sections: z.array(RubricSection).min(1),
    /** rating bands, highest first: the first whose min the score reaches */
    bands: z
      .array(Band)
      .min(1)
      .default([
        { min: 90, text: { zh: "优秀", en: "Excellent" } },
        { min: 75, text: { zh: "良好", en: "Good" } },
        { min: 60, text: { zh: "合格", en: "Adequate" } },
        { min: 0, text: { zh: "不合格", en: "Inadequate" } },
      ]),
    /**
     * How much each casualty weighs when harm is graded between the best play and no response
     * (OUTCOME_PREVENTABLE_HARM). Default 10 : 3 : 1: 493号令 第三条 draws its grade lines at
     * 3 deaths or 10 serious injuries (10 / 50, 30 / 100), so a death weighs about three serious
     * injuries; an injury a third of a serious one is a design choice [D].
     */
    harmWeights: z
      .object({ deaths: z.number().min(0), seriousInjuries: z.number().min(0), injured: z.number().min(0) })
      .strict()
      .default({ deaths: 10, seriousInjuries: 3, injured: 1 }),
    /** targets the outcome findings are measured against */
    targets: z
      .object({
        /** the hazard should be under control within this many minutes of the drill's start */
        controlWithinMin: z.number().positive().optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .superRefine((r, ctx) => {
    const total = r.sections.reduce((s, x) => s + x.weight, 0);
    if (Math.abs(total - 100) > 1e-6) ctx.addIssue({ code: "custom", path: ["sections"], message: `section weights add up to ${total}, not 100` });
    const seenSections = new Set<string>();
    const seenCodes = new Map<string, string>();
    r.sections.forEach((s, i) => {
      if (seenSections.has(s.id)) ctx.addIssue({ code: "custom", path: ["sections", i, "id"], message: `section "${s.id}" appears twice` });
      seenSections.add(s.id);
      s.items.forEach((it, j) => {
        it.codes.forEach((code, k) => {
          const prev = seenCodes.get(code);
          if (prev) ctx.addIssue({ code: "custom", path: ["sections", i, "items", j, "codes", k], message: `code ${code} is already scored by item "${prev}"` });
          seenCodes.set(code, it.id);
        });
      });
    });
  });

/** The scenario's `rubric:` key: the id of a profile in scenarios/rubrics/, or a whole profile inline. */
export const Rubric = z.union([Id, RubricProfile]);

export type RubricProfile = z.infer<typeof RubricProfile>;
export type RubricItem = z.infer<typeof RubricItem>;
export type RubricSection = z.infer<typeof RubricSection>;
export type Rubric = z.infer<typeof Rubric>;

export const RATINGS = ["met", "partlyMet", "notMet"] as const;

/** One evaluator's timestamped observation (AQ/T 9009 §6: observe, record, collect data). */
const Observation = z
  .object({
    at: Clock,
    evaluator: z.string().min(1),
    section: z.enum(SECTION_IDS),
    agency: Id.optional(),
    annexA: AnnexAreaId.optional(),
    /** met / partly met / not met, per the Annex A items */
    rating: z.enum(RATINGS),
    text: z.string().min(1),
    justification: z.string().min(1),
  })
  .strict();

export const Observations = z.object({ drill: z.string().optional(), observations: z.array(Observation) }).strict();
export type Observation = z.infer<typeof Observation>;
export type Observations = z.infer<typeof Observations>;

/** Text of a rubric profile (YAML or JSON) → a validated profile, or problems with file:line:col. */
export function parseRubric(text: string, file: string): Parsed<RubricProfile> {
  return parseWith(RubricProfile, text, file);
}

/** Text of an observations file (YAML or JSON) → validated observations, or problems. */
export function parseObservations(text: string, file: string): Parsed<Observations> {
  return parseWith(Observations, text, file);
}
