/**
 * Which rubric a scenario asks for: its `rubric:` key names a profile in scenarios/rubrics/
 * or holds one inline; without it, the profile "default". Loading a named file is the shell's job.
 * rubricForHazard: the rows that apply to the scenario's hazard, in its words.
 */
import type { LocalText } from "../model/ids.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import type { Scenario } from "../scenario/schema.ts";
import { CONTROL_WORDS, NOT_CONTROLLED } from "./control.ts";
import type { FindingCode } from "./report-model.ts";

export const DEFAULT_RUBRIC = "default";

export type RubricRef = { type: "profile"; profile: RubricProfile } | { type: "id"; id: string };

export function rubricRef(s: Scenario): RubricRef {
  if (s.rubric === undefined) return { type: "id", id: DEFAULT_RUBRIC };
  return typeof s.rubric === "string" ? { type: "id", id: s.rubric } : { type: "profile", profile: s.rubric };
}

/** What the scenario's hazard gives rise to: a toxic release with ERG zones, a building to empty. */
export interface HazardTraits {
  /** a toxic release: AEGL levels, IDLH, an ERG isolation and protective-action distance */
  toxic: boolean;
  /** people inside a building who must all get out (completion.ts) */
  building: boolean;
  /** critical installations the model can lose (HazardModel.losses: a mine's pump rooms) */
  installations?: boolean;
  /** a request for help from people at risk among the scenario's injects (help-requests.ts) */
  requests?: boolean;
  /** a report from the public its receivers must pass on among the scenario's injects (forwarding.ts) */
  forwards?: boolean;
}

/**
 * Codes that arise only for some hazards (issue 10 §8: a mine-flood or fire report lists no ERG
 * isolation distance and no AEGL): the cordon and protective-action zone of the ERG, exposure above
 * AEGL levels and crews in the AEGL-3/IDLH hot zone only for a toxic release; "exposed to harm" in
 * the hazard's own terms (reached by the water, a harmful smoke dose) only for the others; a
 * building's evacuation time only where there is a building to empty; a lost installation only where
 * the model has any.
 */
const ONLY: Partial<Record<FindingCode, (h: HazardTraits) => boolean>> = {
  CORDON_LATE: (h) => h.toxic,
  CORDON_TOO_SMALL: (h) => h.toxic,
  PROTECTIVE_ACTION_LATE: (h) => h.toxic,
  HOT_ZONE_UNPROTECTED: (h) => h.toxic,
  OUTCOME_EXPOSED_AEGL2: (h) => h.toxic,
  OUTCOME_EXPOSED_AEGL3: (h) => h.toxic,
  OUTCOME_EXPOSED: (h) => !h.toxic,
  EVACUATION_SLOW: (h) => h.building,
  // rooms a searcher is told of exist only in a building (told-search.ts)
  SEARCH_NOT_AIMED: (h) => h.building,
  OUTCOME_INSTALLATION_LOST: (h) => h.installations === true,
  // only where the scenario has a request for help to act on (review r15 chemical 2)
  HELP_REQUEST_UNANSWERED: (h) => h.requests === true,
  HELP_REQUEST_LATE: (h) => h.requests === true,
  REPORT_NOT_FORWARDED: (h) => h.forwards === true,
  REPORT_FORWARDED_LATE: (h) => h.forwards === true,
};

/** A row that mixes codes of different hazards, narrowed to one, in that code's own words. */
const NARROWED: Partial<Record<FindingCode, Partial<Record<Scenario["kind"], LocalText>> & { any?: LocalText }>> = {
  OUTCOME_EXPOSED_AEGL2: { any: { zh: "群众暴露超过AEGL-2（每人）", en: "People exposed above AEGL-2 (each)" } },
  OUTCOME_EXPOSED: {
    "mine-flood": { zh: "人员被涌水淹及（每人）", en: "People reached by the inrush water (each)" },
    "school-fire": { zh: "人员吸入烟气达到伤害阈值（FED ≥ 0.1，每人）", en: "People who took a harmful smoke dose (FED ≥ 0.1, each)" },
  },
  EVACUATION_SLOW: { any: { zh: "楼内人员按时全部撤出（疏散完成时间）", en: "Everyone out of the building in time (evacuation completed)" } },
};

/** What an alarm call must say, by hazard, where the profile's chemical wording (介质) does not fit (told-rescuers.ts). */
const ALARM_WORDS: Partial<Record<Scenario["kind"], LocalText>> = {
  "school-fire": { zh: "报警信息准确（说明起火部位和人员情况）", en: "Alarm calls say what the caller knows (where the fire is, the people trapped or missing)" },
  "mine-flood": { zh: "报警信息准确（说明透水地点和人员情况）", en: "Alarm calls say what the caller knows (where the water broke in, the people trapped or missing)" },
};

/** A mixed row's id when narrowed to one code: a flood's or fire's row is not keyed by a chemical threshold ("exposure-aegl2"; review8 mine 12). */
const NARROWED_ID: Partial<Record<FindingCode, string>> = { OUTCOME_EXPOSED: "exposure-harm" };

/**
 * A row's words for this hazard when only `kept` of its codes apply (a row that mixed several
 * hazards' codes, narrowed to one in that code's own words); the row's own text otherwise.
 */
export function rowText(it: { text: LocalText; codes: readonly string[] }, kept: readonly string[], kind: Scenario["kind"]): LocalText {
  // control in the hazard's own words (control.ts): 火势未控制, 水情控制超时, never a generic 危险源
  if (kept.length === 1 && kept[0] === "HAZARD_NOT_CONTROLLED" && NOT_CONTROLLED[kind]) return NOT_CONTROLLED[kind]!;
  if (kept.length === 1 && kept[0] === "HAZARD_CONTROL_LATE" && CONTROL_WORDS[kind]) return CONTROL_WORDS[kind]!.late;
  // the alarm call in the hazard's own language: a fire has a 起火部位, not a 介质 (review11 school 4)
  if (kept.length === 1 && kept[0] === "ALARM_INACCURATE" && ALARM_WORDS[kind]) return ALARM_WORDS[kind]!;
  const one = kept.length === 1 && it.codes.length > 1 ? NARROWED[kept[0] as FindingCode] : undefined;
  return one?.[kind] ?? one?.any ?? it.text;
}

/**
 * The rubric as it applies to this scenario's hazard: rows whose codes cannot arise are left out,
 * and a row that mixed codes of several hazards keeps only this one's, in its words. A code a
 * finding carries is always kept (so nothing is scored by a row the report hides). Shape: the
 * profile itself, fewer items.
 */
export function rubricForHazard(rubric: RubricProfile, kind: Scenario["kind"], h: HazardTraits, codes: ReadonlySet<string>): RubricProfile {
  const applies = (c: FindingCode) => codes.has(c) || (ONLY[c]?.(h) ?? true);
  return {
    ...rubric,
    sections: rubric.sections.map((s) => ({
      ...s,
      items: s.items.flatMap((it) => {
        const keep = it.codes.filter(applies);
        if (keep.length === 0) return [];
        const id = keep.length === 1 && it.codes.length > 1 ? NARROWED_ID[keep[0] as FindingCode] : undefined;
        return [{ ...it, ...(id ? { id } : {}), codes: keep, text: rowText(it, keep, kind) }];
      }),
    })),
  };
}
