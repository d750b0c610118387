/**
 * The report model's section scores: each section's points, items and how it was counted (credit.ts), and
 * each opportunity as the method paragraph lists it (report-model.ts re-exports them). Plain JSON data.
 */
import type { LocalText } from "../model/ids.ts";
import type { AnnexArea, FindingCode, SectionId } from "../scenario/rubric-schema.ts";

export interface SectionScore {
  id: SectionId;
  text: LocalText;
  weight: number;
  /** points lost, at most the weight */
  deducted: number;
  /** 0–100 within the section */
  score: number;
  /** false: nothing in this section could be judged (未展示); left out of the total */
  judged: boolean;
  /**
   * `capApplies` false: the item's cap bounds nothing in this section (its opportunities bound what findings take, credit.ts);
   * `deducted` what its findings took, `unearned` the share of U (neither deducted nor earned) its faults left
   * behind elsewhere; all items' deducted + unearned = the section's deducted (credit.ts apportion).
   */
  items: Array<{ id: string; text: LocalText; annexA: AnnexArea; annexRef?: string; points: number; /** a missed 续报's points where the row weighs it apart (report-weight.ts) */ followUpPoints?: number; cap: number; capApplies?: boolean; deducted: number; unearned?: number; findings: number }>;
  /**
   * How the section was counted (credit.ts): its opportunities by kind (rep: a report owed, spot: a spot
   * question, link: a linkage duty, req: a resource requirement, cordon, protect: a group to protect,
   * evac: a building's evacuation, own: a finding outside any, outcomes) with their worth in rubric
   * points, the total `worth` (= `planned`, the scenario's W₀, + what the play's own unplanned faults cost), the rubric points `lost` on findings and those `unearned` (opportunities failed
   * only through another finding, or never arisen: no finding deducted, no credit either).
   * deducted = (lost + unearned) × weight / worth.
   */
  /** points (of the section's weight) its faults outside W cost (credit.ts: a 瞒报's excess, a fault outside any opportunity): part of its deduction, never added to W */
  outside?: number;
  /** the points attainable (应得分): weight × (W − S) / W, present when judged; the total is 100 × (Σ attainable − Σ deducted) / Σ attainable (credit.ts) */
  attainable?: number;
  /** W (the scenario's opportunities, rubric points), L lost, S (`unearned`) set aside, `base` = W − S the points judged (credit.ts) */
  scoring?: { worth: number; planned?: number; lost: number; unearned?: number; base?: number; opportunities: Array<{ kind: string; count: number; worth: number }>; items?: OpportunityScore[] };
}

/**
 * One opportunity of a section as the method paragraph lists it (credit.ts): `inW` false for what the
 * scenario did not plan (kind "arising": a duty this play alone gave rise to; "own": a fault outside
 * any), which costs its points against W without adding to it. worth = Σ parts' points × count (the
 * outcome: what no response loses there); `findings`: the ids of the findings on it.
 */
export interface OpportunityScore {
  id: string;
  kind: string;
  inW: boolean;
  label?: LocalText;
  worth: number;
  parts: Array<{ code: FindingCode; points: number }>;
  count: number;
  lost: number;
  findings: string[];
  /** those of `findings` that follow from another finding (cost nothing again) */
  consequences?: string[];
  /** the part of a 瞒报 or 谎报 beyond what the report is worth (lost on its own, outside W) */
  beyond?: number;
  /** the 瞒报 or 谎报 findings that took it */
  beyondBy?: string[];
  /** set aside (neither deducted nor earned, out of W − S): left undone only through `follows` (finding ids), done by the scenario's inject (`unearnedParts`), or never arose (none) */
  unearned?: number;
  follows?: string[];
  /** its duty is unverified (tag U): the part set aside is so for that reason, whatever it follows */
  unverified?: boolean;
  /** a linkage duty with no act deadline: why its act is not judged; its worth is its notice alone (review21 mine 1) */
  actNotJudged?: LocalText;
  /** the parts not achieved, when only some were (a notice the scenario's inject gave instead of a player) */
  unearnedParts?: FindingCode[];
  /** met before its deadline, which the drill did not reach (judged because met: not-due.ts); `decided`: the parts judged so */
  early?: { decided?: FindingCode[] };
  /** a follow-up that only corrects the 瞒报 `of` (a finding id, made at `atMs`): the sender's own (`own`) or passed on (corrections.ts) */
  correction?: { of: string; own: boolean; atMs: number; /** `of` is a late report whose old news the follow-up passes on, not a 瞒报 */ late?: boolean };
}
