/**
 * The after-action report model: what `evaluate()` returns and every renderer (JSON, Markdown,
 * HTML, PDF) draws from. Plain JSON data. Every finding names the events it rests on (indexes
 * into the drill's event list) so an evaluator can defend it line by line against the log.
 */
import type { NotDrilled } from "./not-drilled.ts";
import type { DrillEvent } from "../model/events.ts";
import type { LocalText } from "../model/ids.ts";
import type { SimMs } from "../model/time.ts";
import type { AnnexArea, FindingCode, Observation, SectionId } from "../scenario/rubric-schema.ts";

import type { HarmGrading, LinkageEdge, LinkageHeadline, LinkageRow, ObligationRow, OutcomeFigures, OutcomePoint, ReportRow, RequirementRow, UnitRow } from "./report-rows.ts";

export type { FindingCode, SectionId };
// the section tables (reporting, linkage, dispatch, outcomes) live in report-rows.ts
export * from "./report-rows.ts";
// a section's score and how it was counted live in report-scores.ts
export * from "./report-scores.ts";
import type { SectionScore } from "./report-scores.ts";

/** What a finding rests on: indexes into the event list, message ids and obligation ids. */
export interface Evidence {
  events: number[];
  messages: string[];
  obligations: string[];
}

/**
 * A duty's lateness for each set of its late causes (late-grade.ts lateGame; priced once and split by causal share,
 * priced-once.ts): `players` the agencies whose delays made it late, the late links first ("*": whichever finding carries
 * the entry, the word furthest up), its owner last; `late[mask]` the windows (hours for a report) it is late with only
 * the players in `mask` late (bit i: players[i]); `key` the duty (obligation id | owner).
 */
export interface LateGame {
  key: string;
  players: string[];
  late: number[];
}

export interface Finding {
  /** unique within one report */
  id: string;
  code: FindingCode;
  section: SectionId;
  /** the agency the finding is about; null for whole-drill outcomes */
  agency: string | null;
  atMs: SimMs;
  ruleId: string;
  basis: string;
  message: LocalText;
  evidence: Evidence;
  /** how many: 1, or people, or minutes (the rubric deducts points × quantity) */
  quantity: number;
  /** filled by the rubric: the item it counts against and the points it costs (after the item's cap) */
  item?: string;
  annexA?: AnnexArea;
  points: number;
  /** the rubric points it takes from its opportunity before the section's scaling (points = rubricPoints × weight / worth) */
  rubricPoints?: number;
  /**
   * how `rubricPoints` were counted (credit.ts), so the report can show the working: the item's
   * points each (× `quantity`), or the whole opportunity's points, and the limit that cut them when
   * less was taken — what was left of the finding's opportunity, or of the rubric item's cap
   */
  counted?: {
    each: number;
    /** a missing report or notice fails its whole opportunity: the points of each way to fail it (codes), × count */
    whole?: { parts: Array<{ code: FindingCode; points: number }>; count: number };
    cap?: { by: "opportunity" | "item" | "section"; at: number };
    /** a 谎报 left standing (`stood`): the rubric points its correction's opportunity took, included in the finding's */
    stood?: number;
    /** a 漏报 that cut the reporting chain (`blocks`): the rubric points of what it cut, included in the finding's */
    blocked?: number;
    /** a relay made late or never (`caused`): the rubric points of the lateness it caused downstream, included in the finding's */
    caused?: number;
    /**
     * a duty late through its notifier's late word too: the rubric points of its own lateness borne by that word's causal
     * share instead (relay-lateness.ts takeCaused), taken off the finding's
     */
    shared?: number;
    /**
     * what each of the finding's `caused` entries added, in order: rubric points, whether the duty's cap cut it (0: already
     * at it), and `share`: priced once with its owner's own lateness and split by causal share (relay-lateness.ts takeCaused;
     * `causes`: how many causes shared it, when more than the word and the owner: priced-once.ts)
     */
    causedEach?: Array<{ points: number; capped: boolean; share?: boolean; causes?: number }>;
  /**
    /** a 漏报 to an addressee never reported to (`silences`): the rubric points of the follow-ups it made impossible, included */
    silenced?: number;
  };
  /** the figures a shell words the finding from (codes and parameters, not sentences; glossary.ts) */
  params?: FindingParams;
  /** a consequence of another finding (its id): shown with its root cause, not deducted again */
  causedBy?: string;
  /**
   * the consequence of a notice never made (its finding's id: 未通知), charged with it: a need its never-told holder could
   * not meet, its points kept on its own opportunity (so dropping the notice never raises a section) and printed as that
   * notice's consequence, 随 Fx 计入 Fx (notice-shortfall.ts chargedWithNotice; review22 mine B2, school 6)
   */
  chargedWith?: string;
  /** failed through a 瞒报 never corrected (its id): a duty it kept from its owner, charged, not set aside (credit.ts keptByUncorrected) */
  uncorrectedBy?: string;
  /**
   * an outcome's causes (finding ids, the principal cause first): the process faults that explain it
   * (causes.ts); the outcome keeps its own points, and `agency` is the principal cause's agency
   */
  causes?: string[];
  /** the opportunity (owed report, linkage duty, requirement, outcome) it takes points from */
  opportunity?: string;
  /** of an outcome's rubric points, the part its `causes` caused (their corrections, replayed, avoid it: harm-share.ts); the rest is on no agency */
  causedPart?: number;
  /** of an outcome's rubric points, what no correction of its causes avoided in the replays: on no agency (harm-share.ts;
   * `reason` BEYOND_FINDINGS, words in restWhy: the best play avoids it by acts no finding requires) */
  unattributed?: { points: number; reason: "BEYOND_FINDINGS" };
  /**
   * of an outcome's rubric points, the part no single correction avoids but its causes' corrections together do,
   * per agency (its faults and its share, rubric points; joint-share.ts): charged jointly, each agency its share
   */
  shares?: Array<{ agency: string; causes: string[]; points: number }>;
  /** the rubric points the shares stand for, deducted once, when they add up to more (joint-share.ts: 连带) */
  sharedPoints?: number;
  /**
   * a process fault that deducts nothing itself (its opportunity used up by another's) but bears a share of an outcome's
   * harm (that outcome's id, causes.ts): a finding, not a note (review19 chemical A1: the township's F52)
   */
  sharesIn?: string;
  /** its quantity is a share of the duty by started windows late (late-correction.ts), not hours */
  lateShare?: true;
  /**
   * a 瞒报 by omission (漏报伤亡: a report giving no casualty figures while its sender knew of some): priced
   * within its report's worth like 迟报、要素不全, never beyond it as a stated false figure is (credit.ts;
   * 应对法 第六十一条 names 漏报 apart from 瞒报; review12 school 4: a late, incomplete report never costs more than none)
   */
  omission?: true;
  /**
   * a 谎报 its sender never corrected by the drill's end (reporting.ts): one fault, the figure left standing its
   * aggravation, charged the correcting 续报 it owed (`opportunity`, failed whole: credit.ts) on top of the 谎报's own
   * points, never as a second finding (review16 school 3)
   */
  stood?: { opportunity: string };
  /**
   * a 漏报 whose addressee was never told of the incident (blocked-report.ts): the opportunities it cut (the addressee's
   * reports up, in W, and what the addressee never learnt, outside W), charged on top of the 漏报 (credit.ts), one finding
   */
  blocks?: string[];
  /**
   * a report from the public passed on late or never (relay-lateness.ts): the lateness it caused its agency's duties
   * (their opportunity, code and windows or hours beyond the agency's own), charged on top of the relay finding (credit.ts)
   */
  caused?: Array<{ opportunity: string; code: FindingCode; quantity: number; alone?: number; duty?: string; game?: LateGame }>;
  /**
   * a 迟报（他方所致） row (relay-lateness.ts reportCaused): its `quantity` (hours beyond the owner's own) is priced only
   * through its `caused` entry, once with the owner's own lateness and split by causal share (credit.ts skips it; r31)
   */
  causedOnly?: true;
  /**
   * the deadlines the lateness in `caused` (or a 迟报（他方所致） row) was measured from: each duty (obligation id) by when it
   * was due had its holder been told when it should have been ("按应获知时起算时限"), as the message prints it; the
   * timeline marks that duty against it (timeline-marks.ts, review21 chemical 1)
   */
  shouldDue?: Array<{ obligation: string; dueMs: number }>;
  /**
   * a first report never made to its addressee (silenced-follow-ups.ts): the follow-ups (续报) its silence made impossible,
   * the developments its reporter learnt afterwards, charged on top of the 漏报 (credit.ts), one finding (review18 mine A1)
   */
  silences?: string[];
  /** a first report never made by an incident unit that reported the accident to nobody (hidden-accident.ts): its one 瞒报, or a 漏报 beside it */
  concealment?: true;
  /**
   * a 谎报 passed on, not made (relayed-lie.ts): another's false figure repeated in a later report. It spoils that
   * report (what is left of its worth) and no more: the 谎报 beyond a report's worth is its originator's, counted once
   */
  relayed?: true;
  /**
   * a notice its notifier never sent though the agency heard of the incident from elsewhere (LINKAGE_NOT_NOTIFIED;
   * notice-sent.ts): 未通知 at the notice part's points, not the whole duty, whose act the agency still owed once it knew
   * (review15 school 4: a controller's spot question is no notice by the response chain)
   */
  heardElsewhere?: true;
  /**
   * the deadline (ms of drill time) of the duty the finding judges, as the finding states it, where its module counts it
   * itself (the cordon and the public's protection from the owing agency's receipt, receipt-due.ts; a building's
   * evacuation from its signal, completion.ts): the one date the cause analysis dates the fault from (causes.ts)
   */
  dueMs?: SimMs;
  /**
   * the duty the finding judges when no engine duty event marks it (a scenario requirement, a duty part with its own
   * deadline, passing on where the trapped are): its words, its deadline as the finding prints it (ms), and the event
   * that did it after that deadline (absent: never done). The timeline gives it a ✗ mark of its own (finding-marks.ts;
   * review22 school 9: 「✗ 时限 00:16:30：两辆水罐消防车到场灭火 ← F12」).
   */
  mark?: { text: LocalText; dueMs: SimMs; doneEvent?: number };
  /** a LINKAGE_PART_UNDONE beside a duty met by its first act: the part done and the part left (forecast-passed.ts, part-words.ts) */
  part?: { done: LocalText; undone: LocalText };
  /**
   * the other agencies that jointly owed the same measure and failed it too (a cordon nobody set: the brigade on
   * scene and the police, cordon.ts): one fault, charged once, named on each of them (`agency` the first due)
   */
  jointly?: string[];
  /** an exposure finding's population groups (the people it is about: outcomes.ts subjects) */
  groups?: string[];
  /**
   * the groups whose exposure at this finding's level began before `agency` knew: stated apart, not on it; `except`:
   * the deeper-level findings (AEGL-3 within AEGL-2) that are on it for some of those same people (exposed-before-known.ts)
   */
  apart?: { agency: string; groups: string[]; except: string[] };
  /** a duty late on an agency told late: the notice finding carrying the rest, cited once numbered (see-notice.ts; r27 plan 1) */
  seeNotice?: { notifier: string; told: string };
  /** grouping keys while findings are built (removed once numbered) */
  key?: string;
  rootKey?: string;
  /** the key of the finding this one is charged with, keeping its own points (removed once numbered: `chargedWith`) */
  chargedKey?: string;
}

/**
 * DISPATCH_INSUFFICIENT's figures: the requirement (its text comes from the scenario), `need`
 * units of `unitTypes` (glossary unitType ids; their measure word, glossary.ts unitCount) at
 * `place` for `task` by `dueMs`; `arrivals` are the units of a type that counts (`arrived` of
 * them), `short` = need − arrived; `others`: units of another type sent to the same task and
 * place, which cannot count. `owner` told only at `toldMs`, so its own deadline was `ownDueMs`;
 * `dark`: the owner was not told in time (its notifier is charged).
 */
export interface InsufficientParams {
  kind: "insufficient";
  requirement: string;
  need: number;
  arrived: number;
  short: number;
  unitTypes: string[];
  task: string;
  place: string;
  dueMs?: SimMs;
  owner?: string;
  toldMs?: SimMs;
  ownDueMs?: SimMs;
  /** when the need's clock started, if when its owner should have been told (not the incident), and it was not moved; `heardMs`: when the owner was told */
  startMs?: SimMs;
  heardMs?: SimMs;
  /** when the owner's notice clock began and its minutes, when `startMs` is that notice's deadline (absent: `startMs` is the owner's own receipt, no rule timed its notice) */
  noticeFromMs?: SimMs;
  noticeMin?: number;
  /** the event `noticeFromMs` is, when the incident or its finding (else a later trigger, by time alone) */
  noticeEvent?: "incident" | "found";
  dark?: boolean;
  /** who kept the need unknown, when the owner was told too late (need-root.ts) */
  root?: NeedRootParams;
  arrivals: Array<{ unit: string; type: string; atMs: SimMs; onTime: boolean }>;
  others: Array<{ unit: string; type: string }>;
}

/**
 * The agency that knew of the incident in time to have a need met and did not pass it on (need-root.ts): `agency`
 * failed to tell `to`; it knew, or should have known, at `knewMs`; the owner had to know by `latestMs`; `concealedAtMs`: its report to `to`
 * that hid casualties it knew of.
 */
export interface NeedRootParams {
  agency: string;
  to: string;
  knewMs: SimMs;
  /** when it was really told, when that was after `knewMs` (when it should have been: notice-due.ts clockFrom) */
  toldMs?: SimMs;
  latestMs: SimMs;
  concealedAtMs?: SimMs;
}

export type FindingParams = InsufficientParams;

/** Something done well, for 经验与不足. */
export interface Strength {
  section: SectionId;
  agency: string | null;
  message: LocalText;
  evidence: Evidence;
  /**
   * the tasks whose work it credits (a duty's action tasks, a requirement's task, the control tasks): it is the
   * agency's only while no finding on that agency condemns its work on one of them (strengths.ts). Internal:
   * never in the written report.
   */
  work?: string[];
}

export interface TimelineEntry {
  index: number;
  atMs: SimMs;
  type: string;
  agency?: string;
  /** the event itself: codes and parameters, worded by the shells (i18n/describe.ts) */
  event: DrillEvent;
  /** quiet events (obligation bookkeeping, departures) are shown greyed */
  quiet: boolean;
  findings: string[];
  /** a duty's mark past its deadline that is no finding, and why (timeline-marks.ts); the shells word it */
  note?: "notCharged" | "unverified" | "turnOutLate" | "arrivedTurnOutLate" | "requirementShort";
  /**
   * a duty whose lateness a finding charges to another (a late notice or relay), measured from when its holder should have
   * been told (timeline-marks.ts, review21 chemical 1): that deadline (`dueMs`), the holder's own from its receipt
   * (`ownDueMs`), whether the mark is late only against the first (`onlyShould`: by its own clock it was on time), and the
   * agencies charged with the findings that charge them; `notice`: the duty is the holder's being told (its clocks are
   * its notifier's); the shells word it after the mark
   */
  should?: { dueMs: number; ownDueMs: number; onlyShould: boolean; by: string[]; findings: string[]; notice: boolean };
}

export interface Recommendation {
  codes: FindingCode[];
  agencies: string[];
  text: LocalText;
}

/** A duty or requirement still open when the drill (or the live view) stopped: due after `endMs`. */
export interface NotYetDue {
  section: SectionId;
  code: FindingCode;
  agency: string | null;
  ruleId: string;
  /** the deadline; absent when the duty's clock has not started (the incident agency not yet aware of its own incident) */
  dueMs?: SimMs;
  message: LocalText;
  /** a notice owed (LINKAGE_NOT_NOTIFIED): the agency still to be told */
  told?: string;
}

export interface ReportModel {
  scenario: { id: string; title: LocalText; summary?: LocalText; kind: string; start: string; durationMs: SimMs; blindness: string; rules: string };
  seed: number;
  endMs: SimMs;
  eventCount: number;
  agencies: Array<{ id: string; name: LocalText; kind: string; simulated: boolean }>;
  rubric: { id: string; title: LocalText; basis?: string };
  /** 0–100; null when nothing was due (未评分: no grade, see worded.ts) */
  score: number | null;
  /** the rubric's band for the score; null when nothing was due */
  band: LocalText | null;
  sections: SectionScore[];
  findings: Finding[];
  /** duties whose deadline falls after the last simulated time: open, listed, never deducted */
  notYetDue: NotYetDue[];
  strengths: Strength[];
  observations: Array<Observation & { atMs: SimMs }>;
  recommendations: Recommendation[];
  reporting: { obligations: ObligationRow[]; reports: ReportRow[] };
  /** notDrilled: duties of agencies the scenario does not play (未演练, not-drilled.ts); optional for models made before it */
  linkage: { rows: LinkageRow[]; edges: LinkageEdge[]; headline: LinkageHeadline; notDrilled?: NotDrilled[] };
  dispatch: { requirements: RequirementRow[]; units: UnitRow[]; standards: ObligationRow[] };
  outcomes: { figures: OutcomeFigures; curve: OutcomePoint[]; gradeChanges: Array<{ atMs: SimMs; from: number; to: number; event: number }>; harm: HarmGrading };
  timeline: TimelineEntry[];
}

export const SECTION_TEXT: Record<SectionId, LocalText> = {
  reporting: { zh: "信息报告", en: "Information reporting" },
  linkage: { zh: "部门联动", en: "Inter-agency linkage" },
  dispatch: { zh: "力量调派", en: "Resource dispatch" },
  outcomes: { zh: "处置结果", en: "Outcomes" },
};

export function emptyEvidence(): Evidence {
  return { events: [], messages: [], obligations: [] };
}
