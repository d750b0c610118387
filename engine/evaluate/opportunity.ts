/**
 * What the scoring counts: an opportunity, something the play could do well or badly (a report owed, a duty, a need,
 * the outcome), worth rubric points. The sections build them (reporting.ts, linkage.ts, dispatch.ts, outcome-worth.ts …);
 * credit.ts scores the findings against them.
 */
import type { LocalText } from "../model/ids.ts";
import type { Correction } from "./corrections.ts";
import type { FindingCode, SectionId } from "./report-model.ts";

/** Something the play could do well or badly; worth the points of `failCodes` × count. */
export interface Opportunity {
  id: string;
  section: SectionId;
  failCodes: FindingCode[];
  count?: number;
  /** worth in rubric points, instead of failCodes × count (the outcome: what no response loses there, outcome-worth.ts) */
  worth?: number;
  /** what it is, for the method paragraph (scenario-opportunities.ts opportunityLabel) */
  label?: LocalText;
  /** the scenario's, but this play never gave rise to it (a report owed only once its reporter is told): not achieved */
  notArisen?: boolean;
  /** only these parts were decided when the drill stopped (a notice given, its action still ahead: not-due.ts) */
  decidedCodes?: FindingCode[];
  /** met before a deadline the drill did not reach: judged because done (not-due.ts) */
  metEarly?: boolean;
  /** parts this play did not achieve itself, though no finding is on them (a notice the scenario's inject gave instead) */
  unearnedCodes?: FindingCode[];
  /** a follow-up that only corrects a 瞒报 (corrections.ts): set aside whole under it, none earned */
  correction?: Correction;
  /** a follow-up that never arose: the concealing report (message id) that kept its trigger from its owner (corrections.ts) */
  keptBy?: string;
  /** a notice part not earned though a participant gave it in time: the report (message id) a 瞒报 or 谎报 finding condemns */
  noticeBy?: string;
  /** a notice part not earned: the notifier's first report to the agency (its opportunity id), whose missing or late finding it follows */
  noticeReport?: string;
  /** the duty is unverified (tag U, domain.md §0): what is set aside of it is said to be so, not "随 Fx" (review16 school) */
  unverified?: boolean;
  /** a linkage duty with no act deadline: why its act is not judged (the rule's `actNotJudged`), printed beside its notice (review21 mine 1) */
  actNotJudged?: LocalText;
}
