/**
 * The after-action evaluator (design.md: "a pure projection of the log"): from the compiled
 * scenario, the drill's events and final state, a rubric and optional evaluator observations,
 * the report model. No I/O, no clock: the same log always gives the same report.
 *
 * @example
 *   const { state, events } = run(compiled, seed, playCommands(play));
 *   const report = evaluate(compiled, events, state, rubric);
 *   report.score; report.findings.filter((f) => f.code === "LINKAGE_IDLE");
 *
 * `bestPlay`: the scenario's best play as the shell loaded it (`bestPlay:`); with it, harm is
 * graded between that play and no response (preventable.ts), both replayed here; without it the
 * report says so and grades casualties absolutely.
 */
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import type { DrillState } from "../model/state.ts";
import { parseClock } from "../model/time.ts";
import type { Observations, RubricProfile } from "../scenario/rubric-schema.ts";
import { recommendations } from "./advice.ts";
import { buildContext } from "./context.ts";
import { evaluateDispatch } from "./dispatch.ts";
import { searchWhereTold } from "./told-search.ts";
import { numberFindings } from "./findings.ts";
import { partWords } from "./part-words.ts";
import { seeNotice } from "./see-notice.ts";
import { attributeOutcomes, sharing } from "./causes.ts";
import { harmCleared } from "./cause-reruns.ts";
import { controlMeasure, lossMeasure } from "./control-rerun.ts";
import { protectRerun } from "./protect-rerun.ts";
import { harmItem } from "./harm-costs.ts";
import type { Command } from "../model/commands.ts";
import { outcomeWorth } from "./outcome-worth.ts";
import { evaluateLinkage } from "./linkage.ts";
import { evaluateOutcomes } from "./outcomes.ts";
import { uncondemned } from "./strengths.ts";
import { withProtectionRisk } from "./strength-protection.ts";
import { TELL_RESCUERS_RULE, tellOpportunities } from "./told-rescuers.ts";
import { alarmOpportunities } from "./alarm-call.ts";
import { alarmNeverCalled } from "./alarm-never.ts";
import { gradeHarm, withHarm } from "./preventable.ts";
import { referenceStateAt, type BestPlay } from "./references.ts";
import { owedNews } from "./owed-news.ts";
import type { ReportModel } from "./report-model.ts";
import { evaluateReporting } from "./reporting.ts";
import { hiddenAccident } from "./hidden-accident.ts";
import { evacuationWithHarm } from "./evacuation-left.ts";
import { relayedLies } from "./relayed-lie.ts";
import { blockedReports } from "./blocked-report.ts";
import { linkLateness } from "./late-share.ts";
import { onceWithNotice } from "./notice-shortfall.ts";
import { causedWords } from "./caused-words.ts";
import { followRoots } from "./follows-root.ts";
import { noticeLateness } from "./notice-lateness.ts";
import { reportChainLateness } from "./report-chain.ts";
import { silencedFollowUps } from "./silenced-follow-ups.ts";
import { keptFollowUps } from "./kept-by-lie.ts";
import { silencedDuty } from "./silenced-duty.ts";
import { evaluateResponderSafety } from "./responder-safety.ts";
import { evaluateSpotQuestions } from "./spot.ts";
import { evaluateHelpRequests } from "./help-requests.ts";
import { evaluateForwarding } from "./forwarding.ts";
import { scoreByOpportunity } from "./credit.ts";
import { arising, scenarioOpportunities } from "./scenario-opportunities.ts";
import { rubricForHazard } from "./rubric.ts";
import { buildTimeline } from "./timeline.ts";
import { splitDue } from "./not-due.ts";

/**
 * The 演练评估报告 model of a drill: its events and final state judged against the rules profile
 * and `rubric`, with `observations` beside the findings. `bestPlay`: the scenario's best play, harm
 * is graded between it and no response (preventable.ts). `options.scoreOnly`: skip what only the
 * written report needs (Monte-Carlo seeds: no recommendations or timeline, the no-response replay
 * only as far as it proves the outcome judged, outcome-worth.ts); the score, sections and findings
 * are the same.
 */
export function evaluate(c: Compiled, events: readonly DrillEvent[], finalState: DrillState, rubric: RubricProfile, observations?: Observations, bestPlay?: BestPlay, options: { scoreOnly?: boolean; commands?: readonly Command[] } = {}): ReportModel {
  // what the agencies' own duties would have told them, judged as known (owed-news.ts; review18 school 1)
  const x = buildContext(c, events, finalState, owedNews(c, events, bestPlay ? referenceStateAt(c, finalState.seed, bestPlay.commands, finalState.tMs) : undefined));
  const reported = evaluateReporting(x);
  // the incident unit that reported the accident to nobody hid it: its missing first reports are 瞒报 (review15 mine 1)
  // a false figure passed on after its originator corrected it is the originator's 谎报 (relayed-lie.ts; review16 mine A1)
  const relays = relayedLies(x, hiddenAccident(x, reported.findings));
  const reporting = { ...reported, findings: relays.findings, opportunities: [...reported.opportunities, ...relays.opportunities] };
  const spot = evaluateSpotQuestions(x);
  // requests for help from people at risk (the school asking the police to keep order at its gate: review r15 chemical 2)
  const help = evaluateHelpRequests(x);
  // a notice never given carries the duty its silence made impossible in time (silenced-duty.ts; review19 mine A1); then
  // the lateness a late notice caused its addressee, once on the notifier's finding, for owners silence has not already
  // charged (notice-lateness.ts)
  const linked = evaluateLinkage(x);
  const unsaid = silencedDuty(x, linked.findings);
  // … and the lateness a late report caused its addressee's own reports up the chain (report-chain.ts; r31)
  const noticed = [...noticeLateness(x, unsaid, [...reporting.findings, ...unsaid]), ...reportChainLateness(x, [...reporting.findings, ...unsaid])];
  // reports from the public passed on by their receivers (a 110 call to the emergency bureau, to 119: review16 chemical A2);
  // the lateness a report held past its limit caused its agency, charged once on the holder's finding (relay-lateness.ts; review18 chemical A1),
  // shared by causal share with the late notice owed to the same agency (late-share.ts; review20 chemical A2)
  const forwarding = evaluateForwarding(x);
  const links = linkLateness(x, forwarding.findings, noticed, [...reporting.findings, ...noticed]);
  const linkage = { ...linked, findings: links.linkage };
  const forwarded = { ...forwarding, findings: links.relays };
  // harm the response could have prevented, between the best play and no response (issue 10 §9)
  const harm = gradeHarm(x, rubric, bestPlay, options.scoreOnly);
  // a protective order is condemned only when its correction, replayed, does less harm (protect-rerun.ts)
  const dispatched = evaluateDispatch(x, options.commands && bestPlay && harm.measure && !options.scoreOnly ? protectRerun(x, options.commands, bestPlay.commands, harm.measure) : undefined);
  // an evacuation unmet only for who was left inside restates the harm: it follows it, never charged again (review17 school 2)
  // a need made late by a late notice that already carries its owner's lateness follows that notice (notice-shortfall.ts; review20 school 3)
  const dispatch = { ...dispatched, findings: onceWithNotice(x, evacuationWithHarm(x, dispatched.findings, { graded: harm.grading.status === "graded", harmCharged: harm.findings.length > 0 }), linkage.findings) };
  // crews in the hot zone without the protection their work needs (人员保护; dispatch section)
  // a searcher told where people in danger are, not searching there at once (told-search.ts; dispatch section)
  const safety = [...evaluateResponderSafety(x), ...searchWhereTold(x)];
  const bestState = bestPlay ? referenceStateAt(c, finalState.seed, bestPlay.commands, finalState.tMs) : undefined;
  const absolute = evaluateOutcomes(x, rubric, bestState);
  const outcomes = { ...absolute, findings: [...harm.findings, ...withHarm(absolute.findings, harm)], strengths: [...absolute.strengths, ...harm.strengths] };
  // the outcome is graded between the best play and no response: worth what no response loses there (§11)
  const worth = outcomeWorth(x, rubric, outcomes.findings, bestPlay, bestState, options.scoreOnly);
  const outcomeWorthPts = worth.points;
  // the report shows how W was found beside the harm's references, so a reader can recompute the section
  const harmGrading = worth.working ? { ...harm.grading, note: { zh: `${harm.grading.note.zh}。${worth.working.zh}`, en: `${harm.grading.note.en}. ${worth.working.en}` } } : harm.grading;
  // the alarm calls the incident unit never made, on the rows the scenario's best play made them (alarm-never.ts)
  const noAlarm = alarmNeverCalled(x, linkage.findings, new Set(alarmOpportunities(x, [], bestState).map((o) => o.id)));
  // a deadline after the last simulated time (ended early, or live) is open, not a fault
  const all = [
    ...reporting.opportunities, ...spot.opportunities, ...help.opportunities, ...forwarded.opportunities, ...linkage.opportunities, ...dispatch.opportunities,
    // telling the searchers where the trapped and missing are (review12 school 1)
    ...tellOpportunities(x, reporting.findings, bestState),
    // raising the alarm with each rescuer in full (review15 school 3); a call never made loses it (alarm-never.ts)
    ...alarmOpportunities(x, [...reporting.findings, ...noAlarm], bestState),
    // the outcome is one opportunity: harm, exposure and control cost points from it
    { id: "outcomes", section: "outcomes" as const, failCodes: [], worth: outcomeWorthPts },
  ];
  const due = splitDue(x, [...reporting.findings, ...noAlarm, ...spot.findings, ...help.findings, ...forwarded.findings, ...linkage.findings, ...dispatch.findings, ...safety, ...outcomes.findings], all, dispatch.requirements);
  // each outcome named on the agency whose failure caused it, citing its causes (issue 10 §1)
  // with the play's own commands, a fault is the harm's cause only when its correction, replayed, reduces the harm (cause-reruns.ts)
  // (the late control likewise, measured by when the rerun is in control: control-rerun.ts)
  const rerunnable = options.commands && bestPlay && !options.scoreOnly ? { commands: options.commands, best: bestPlay } : undefined;
  const cleared = rerunnable ? {
    ...(harm.measure ? { OUTCOME_PREVENTABLE_HARM: harmCleared(x, rerunnable.commands, rerunnable.best, harm.measure, harmItem(rubric).points) } : {}),
    HAZARD_CONTROL_LATE: harmCleared(x, rerunnable.commands, rerunnable.best, controlMeasure(x)),
    // the flooded pump room: only a measure whose correction, replayed, saves it (review r15 mine 4)
    OUTCOME_INSTALLATION_LOST: harmCleared(x, rerunnable.commands, rerunnable.best, lossMeasure(x)),
  } : undefined;
  const numbered = attributeOutcomes(x, numberFindings(due.findings), absolute.subjects, cleared);
  // W from the scenario (its best play's opportunities), the same for every play of it (§11)
  // a report condemned as 谎报 earns no notice (scenario-opportunities.ts); a call to rescuers that left facts out is criticised, not condemned
  const condemned = new Set(due.findings.filter((f) => f.code === "REPORT_FALSE" && f.ruleId !== TELL_RESCUERS_RULE).flatMap((f) => f.evidence.events));
  // (a duty the scenario's own course gives rise to with no response is the scenario's too: scenario-opportunities.ts)
  const noneState = bestPlay ? referenceStateAt(c, finalState.seed, [], finalState.tMs) : undefined;
  const planned = scenarioOpportunities(x, all, due.opportunities, bestState, condemned, noneState);
  // the rubric's rows that apply to this hazard, in its words (issue 10 §8)
  const fig = c.hazard.summary(finalState.hazard, finalState.tMs, c.scenario).figures;
  const rows = rubricForHazard(rubric, c.scenario.kind, { toxic: fig.ergIsolateM !== undefined, building: fig.selfEvacuated !== undefined, installations: c.hazard.losses !== undefined, requests: c.scenario.injects.some((i) => (i.requests?.length ?? 0) > 0), forwards: c.scenario.injects.some((i) => i.forwardTo !== undefined) }, new Set(numbered.map((f) => f.code)));
  // a 漏报 that cut the reporting chain takes what it cut (blocked-report.ts; review17 mine A1)
  const blocked = blockedReports(x, numbered, planned);
  // a first report never made carries the follow-ups its silence made impossible (silenced-follow-ups.ts; review18 mine A1)
  const silenced = silencedFollowUps(x, blocked.findings, planned);
  // a 谎报 left standing carries the casualty 续报 its addressee never could send (kept-by-lie.ts)
  const kept = keptFollowUps(x.events, silenced.findings, planned);
  const graded = scoreByOpportunity(rows, kept, planned, [...arising(x, due.opportunities, planned), ...blocked.opportunities, ...silenced.opportunities]);
  // a fault deducting nothing itself that bears a share of a harm is a finding, not a note (review19 chemical A1)
  // a caused lateness that added nothing (the duty at its cap) says so (caused-words.ts; review20 mine 5)
  // a consequence (随 Fx) names only the agencies its root charges, its root's 'none' mirrored (follows-root.ts; newcomer r22)
  // a duty met by its first act with a part left undone is said done for that part only (part-words.ts; review23 chemical 7)
  // a duty late on an agency told late cites the notice finding that carries the rest (see-notice.ts; r27 plan 1)
  const scored = { ...graded, findings: seeNotice(partWords(x, followRoots(causedWords(sharing(graded.findings)), x.agencyName))) };
  const s = c.scenario;
  return {
    scenario: {
      id: s.id, title: s.title, ...(s.summary ? { summary: s.summary } : {}), kind: s.kind, start: s.clock.start, durationMs: c.durationMs,
      blindness: s.blindness, rules: c.rules.id,
    },
    seed: finalState.seed,
    endMs: x.endMs,
    eventCount: events.length,
    agencies: s.agencies.map((a) => ({ id: a.id, name: a.name, kind: a.kind, simulated: a.simulated })),
    rubric: { id: rubric.id, title: rubric.title, ...(rubric.basis ? { basis: rubric.basis } : {}) },
    score: scored.score,
    band: scored.band,
    sections: scored.sections,
    findings: scored.findings,
    notYetDue: due.notYetDue,
    strengths: withProtectionRisk(x, uncondemned(events, scored.findings, [...reporting.strengths, ...linkage.strengths, ...dispatch.strengths, ...outcomes.strengths], c)),
    observations: (observations?.observations ?? [])
      .map((o) => ({ ...o, atMs: parseClock(o.at) ?? 0 }))
      .sort((a, b) => a.atMs - b.atMs),
    // the recommendations and the timeline are the written report's alone (none for a Monte-Carlo seed)
    recommendations: options.scoreOnly ? [] : recommendations(x, scored.findings),
    reporting: { obligations: reporting.obligations, reports: reporting.reports },
    linkage: { rows: linkage.rows, edges: linkage.edges, headline: linkage.headline, notDrilled: linkage.notDrilled },
    dispatch: { requirements: dispatch.requirements, units: dispatch.units, standards: dispatch.standards },
    outcomes: { figures: outcomes.figures, curve: outcomes.curve, gradeChanges: outcomes.gradeChanges, harm: harmGrading },
    timeline: options.scoreOnly ? [] : buildTimeline(x, scored.findings),
  };
}
