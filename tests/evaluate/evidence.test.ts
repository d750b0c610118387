/**
 * Evidence links show the fault (issue 10 §13: "evidence links point at the events that show the
 * fault"; AQ/T 9009-2015 §6 评估实施: observe, record and collect data, domain.md §3.6). Over every
 * finding of every shipped play (good, poor, no action): each cited event, message and obligation is
 * of a kind that bears on the finding's code (the table below, from what each code asserts), and an
 * event that belongs to agencies (a unit's, a sender's or addressee's, an order's author, a duty's
 * owner) belongs to an agency the finding involves: the one it names, the owners and addressees of
 * the obligations it cites, and for a resource requirement the agencies that hold such units.
 */
import { describe, expect, it } from "vitest";
import type { Compiled } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Finding, FindingCode } from "../../engine/evaluate/report-model.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { Obligation } from "../../engine/model/state.ts";
import { runPlay } from "../helpers.ts";
import { bestPlay, drill, rubric, WITH_PLAYS } from "./fixtures.ts";

type EventType = DrillEvent["type"];
interface Allowed {
  events: readonly EventType[];
  obligations?: readonly Obligation["kind"][];
  /** the kinds of event that carried a cited message */
  messages?: readonly EventType[];
}

const DUTY: readonly EventType[] = ["obligationOpened", "obligationMissed", "obligationMet"];
/** how an agency is told or answers: the notice itself */
const NOTICE: readonly EventType[] = ["messageSent", "injectDelivered", "reportSubmitted", "acknowledged", "supportRequested"];
/** what an agency does to act on a linkage duty (the commands of the rules profile's `actions`) */
const ACTS: readonly EventType[] = [...NOTICE, "unitDispatched", "cordonSet", "evacuationOrdered", "shelterOrdered", "warningIssued", "responseActivated", "unitPlanActivated"];
const UNIT: readonly EventType[] = ["unitDispatched", "unitDeparted", "unitArrived", "taskStarted", "taskCompleted", "taskFailed"];
const HARM: readonly EventType[] = ["casualtiesChanged", "groupExposed", "drillEnded"];
/** the accident a deadline runs from (scenario incidentAt: the inrush at 00:25), cited by findings timed from it (review r15 mine) */
const ONSET: readonly EventType[] = ["hazardChanged"];

/** code → the kinds of evidence that can show it */
const TABLE: Record<FindingCode, Allowed> = {
  // a report duty asking for no written form is met late by a call that tells (engine/rules/telling.ts)
  // a report another made late (迟报（他方所致）, relay-lateness.ts reportCaused) shows how its sender learnt at last: the
  // city's question to a bureau the brigade never told (school poor F37)
  REPORT_LATE: { events: [...DUTY, "reportSubmitted", "messageSent", "injectDelivered"], obligations: ["report"], messages: ["reportSubmitted", "messageSent"] },
  REPORT_MISSING: { events: [...DUTY, "drillEnded"], obligations: ["report"] },
  REPORT_INCOMPLETE: { events: ["reportSubmitted"], messages: ["reportSubmitted"] },
  // figures below what the sender knew: the report, and where it learnt what it left out (known-from.ts)
  // …and, left standing to the end, the correcting 续报 it owed and the drill's end (reporting.ts standing, review16 school 3)
  REPORT_FALSE: { events: [...NOTICE, "reportSubmitted", ...DUTY, "drillEnded"], obligations: ["report"], messages: ["reportSubmitted"] },
  // figures untrue to what the sender was told, or stated on no word (untrue-figures.ts): the report, what it had heard,
  // the casualties as they then were
  REPORT_UNVERIFIED: { events: [...NOTICE, "casualtiesChanged"], messages: ["reportSubmitted"] },
  // the accident never reported (瞒报, hidden-accident.ts): the report duty and the drill's end, as a missing report
  REPORT_CONCEALED: { events: [...DUTY, "drillEnded"], obligations: ["report"] },
  // a call to the rescuers leaving out what its caller had heard: the call, and what it heard (told-rescuers.ts)
  // the fire's state a call understated (its flashover: review16 school F3, told-rescuers.ts understated)
  // an alarm call never made (未报警, alarm-never.ts) shows the notice duty it left: its obligation, opened and missed
  // (a report phoned to 119/120 is an alarm call too: the rescuer's rule lists it under `alarm`, alarm-call.ts)
  ALARM_INACCURATE: { events: [...NOTICE, ...DUTY, "hazardChanged", "reportSubmitted"], obligations: ["notified"], messages: ["messageSent", "reportSubmitted"] },
  // where the trapped are, never or late passed on (told-rescuers.ts): the news, the calls, the telling or the end
  TRAPPED_NOT_PASSED_ON: { events: [...NOTICE, "drillEnded"], messages: ["messageSent"] },
  TRAPPED_PASSED_ON_LATE: { events: [...NOTICE], messages: ["messageSent"] },
  // a holding reply ("正在核实，稍后报告") shows the question went unanswered (engine/rules/telling.ts)
  SPOT_QUESTION_UNANSWERED: { events: [...DUTY, "injectDelivered", "drillEnded", "messageSent", "acknowledged"], obligations: ["act"] },
  SPOT_QUESTION_LATE: { events: [...DUTY, ...NOTICE], obligations: ["act"], messages: NOTICE },
  // the request as delivered, the act that answered it late (or the drill's end): help-requests.ts
  HELP_REQUEST_UNANSWERED: { events: ["injectDelivered", "drillEnded", ...ACTS] },
  HELP_REQUEST_LATE: { events: ["injectDelivered", ...ACTS] },
  // the message that told the searcher where people are, and its late aimed dispatch or the drill's end (told-search.ts)
  SEARCH_NOT_AIMED: { events: ["messageSent", "unitDispatched", "drillEnded"], messages: ["messageSent"] },
  // a relay late or never also carries the lateness it caused its agency's duties (relay-lateness.ts, r19-chem): those
  // duties and when they were met are its evidence too
  REPORT_NOT_FORWARDED: { events: ["injectDelivered", "drillEnded", ...DUTY], obligations: ["act", "notified", "report"] },
  REPORT_FORWARDED_LATE: { events: ["injectDelivered", "messageSent", "reportSubmitted", ...DUTY], obligations: ["act", "notified", "report"] },
  // a notice the notifier's own report carries (危化条例 第七十一条, notice-due.ts) cites that report's duty; one owed
  // before the notifier itself knew cites how the notifier learnt (engine/evaluate/evidence.ts noticeEvidence)
  // a silence or a late notice carries the addressee's duty to act that it made late (silenced-duty.ts, notice-lateness.ts),
  // and cites that duty as a late relay does
  LINKAGE_NOT_NOTIFIED: { events: [...DUTY, ...NOTICE, ...ONSET, "drillEnded"], obligations: ["act", "notified", "report"] },
  // the owner's act that began the duty the late notice delayed, when it is no duty-met event (r27 chem 2: the brigade's 00:14
  // water curtain, the first order no finding condemns; its 00:13 wrong-type tenders met the engine's duty, not the verdict's)
  LINKAGE_NOTIFIED_LATE: { events: [...DUTY, ...ACTS, ...ONSET], obligations: ["act", "notified", "report"], messages: NOTICE },
  LINKAGE_IDLE: { events: [...DUTY, ...NOTICE, "drillEnded"], obligations: ["act"], messages: NOTICE },
  // the incident unit's own plan never started (own-plan.ts): the same evidence as the 联而不动 it used to be
  PLAN_NOT_STARTED: { events: [...DUTY, ...NOTICE, "drillEnded"], obligations: ["act"], messages: NOTICE },
  PLAN_NOT_DECLARED: { events: [...DUTY, ...NOTICE, "drillEnded"], obligations: ["act"], messages: NOTICE },
  LINKAGE_SLOW: { events: [...DUTY, ...ACTS], obligations: ["act"], messages: NOTICE },
  // a part of the duty left undone; for a forecast held back (forecast-passed.ts, review12 chemical 3) also what the agency
  // was told (the forecast inject) and what it sent instead (its late message)
  // a part whose clock runs from the holder's first unit on scene cites that arrival, and one done late the act that did
  // it (duty-parts.ts partDue, partDoneBy; review22 school 7/8)
  LINKAGE_PART_UNDONE: { events: [...DUTY, ...NOTICE, ...ACTS, "unitArrived", "drillEnded"], obligations: ["act"], messages: NOTICE },
  COMMAND_REJECTED: { events: ["rejected"] },
  DISPATCH_LATE: { events: [...UNIT, ...NOTICE, ...DUTY, ...ONSET], obligations: ["arrive"] },
  // a turn-out counted from the call (DSP-MRT 接警后) cites the call
  DISPATCH_TURNOUT_SLOW: { events: [...UNIT, ...DUTY, ...NOTICE], obligations: ["arrive"] },
  ARRIVAL_INDICATIVE: { events: [...UNIT, ...DUTY], obligations: ["arrive"] },
  DISPATCH_WRONG_TYPE: { events: UNIT },
  DISPATCH_WRONG_PLACE: { events: ["unitDispatched"] },
  DISPATCH_INSUFFICIENT: { events: [...UNIT, ...NOTICE, ...ONSET, "drillEnded"] },
  DISPATCH_IDLE_UNITS: { events: [...UNIT, ...NOTICE, ...ONSET, "drillEnded"] },
  UNSAFE_ENTRY: { events: ["unitExposed", "unitDispatched", "unitArrived"] },
  PROTECTION_ADVISORY: { events: ["unitExposed"] },
  HOT_ZONE_UNPROTECTED: { events: ["unitDispatched", "unitArrived", "unitExposed"] },
  EVACUATION_SLOW: { events: ["evacuationOrdered", "groupEvacuated", "injectDelivered", "hazardChanged", "drillEnded", ...DUTY], obligations: ["act"] },
  CORDON_LATE: { events: [...DUTY, "cordonSet", "drillEnded"], obligations: ["act", "notified"] },
  CORDON_TOO_SMALL: { events: ["cordonSet"] },
  // an evacuation ordered through the cloud cites the group's exposure it led to (protective-action.ts)
  PROTECTIVE_ACTION_LATE: { events: [...DUTY, "evacuationOrdered", "shelterOrdered", "groupEvacuated", "groupSheltered", "groupExposed", "drillEnded"], obligations: ["act", "notified"] },
  OUTCOME_DEATHS: { events: HARM },
  OUTCOME_SERIOUS_INJURIES: { events: HARM },
  OUTCOME_EXPOSED_AEGL2: { events: HARM },
  OUTCOME_EXPOSED_AEGL3: { events: HARM },
  OUTCOME_EXPOSED: { events: HARM },
  OUTCOME_TRAPPED: { events: HARM },
  // dated at the harm's worst with the hazard's own events at that moment (the water cutting the crew off; preventable.ts)
  OUTCOME_PREVENTABLE_HARM: { events: [...HARM, "hazardChanged"] },
  HAZARD_NOT_CONTROLLED: { events: ["hazardChanged", "taskCompleted", "drillEnded"] },
  HAZARD_CONTROL_LATE: { events: ["hazardChanged", "taskCompleted"] },
  // the hazard's own record of the loss (a pump room flooded)
  OUTCOME_INSTALLATION_LOST: { events: ["hazardChanged", "drillEnded"] },
};

/** The agencies an event belongs to (none for the hazard's and the people's own events). */
function agenciesOf(c: Compiled, e: DrillEvent, obligations: Map<string, Obligation>): string[] {
  const unit = (id: string) => c.units.get(id)?.agency ?? "";
  switch (e.type) {
    case "messageSent":
    case "injectDelivered":
      return [...("from" in e ? [e.from] : []), ...e.to];
    case "reportSubmitted":
    case "acknowledged":
      return [e.from, e.to];
    case "supportRequested":
      return [e.by, e.from];
    case "unitDispatched":
      return [e.agency, unit(e.unit)];
    case "unitDeparted":
    case "unitArrived":
    case "taskStarted":
    case "taskCompleted":
    case "taskFailed":
    case "unitExposed":
      return [unit(e.unit)];
    case "cordonSet":
    case "evacuationOrdered":
    case "shelterOrdered":
    case "warningIssued":
    case "responseActivated":
    case "unitPlanActivated":
    case "rejected":
      return [e.by];
    case "obligationOpened":
      return [e.obligation.agency, ...(e.obligation.to ? [e.obligation.to] : [])];
    case "obligationMet":
    case "obligationMissed": {
      const o = obligations.get(e.id);
      return o ? [o.agency, ...(o.to ? [o.to] : [])] : [e.agency];
    }
    default:
      return [];
  }
}

function involved(c: Compiled, f: Finding, obligations: Map<string, Obligation>): Set<string> {
  const out = new Set<string>(f.agency !== null ? [f.agency] : []);
  for (const id of f.evidence.obligations) {
    const o = obligations.get(id);
    if (o) [o.agency, o.to].forEach((a) => a && out.add(a));
  }
  const req = c.scenario.requirements.find((r) => r.id === f.ruleId);
  if (req) for (const u of c.scenario.units) if (req.unitType.includes(u.type)) out.add(u.agency);
  // the incident unit is one unit with its organs (the mine's dispatch room, whose hearing of the signs starts the mine's
  // clocks: notice-due.ts, review r15 mine 3)
  if (f.agency === c.scenario.incidentAgency) for (const [id, a] of c.agencies) if (a.reportsTo === f.agency) out.add(id);
  // a searcher never told where the trapped are: what it found out for itself (its reconnaissance) is evidence of what it
  // still lacked (review16 school F9)
  if (f.code === "TRAPPED_NOT_PASSED_ON" || f.code === "TRAPPED_PASSED_ON_LATE") for (const [id, a] of c.agencies) if (a.kind === "fireRescue" || a.kind === "mineRescueTeam") out.add(id);
  // a part another agency may do for the holder (the police's traffic car for the brigade's traffic control) and did late:
  // the finding names that agency beside the act (duty-parts.ts partDoneBy)
  if (f.code === "LINKAGE_PART_UNDONE") for (const [id, a] of c.agencies) if (f.message.zh.includes(`（${a.name.zh}`)) out.add(id);
  return out;
}

/** Each problem with `f`'s evidence, in words (empty: every item bears on the fault). */
function problems(c: Compiled, events: readonly DrillEvent[], f: Finding): string[] {
  const out: string[] = [];
  const allowed = TABLE[f.code];
  const obligations = new Map<string, Obligation>();
  const messageEvent = new Map<string, DrillEvent>();
  for (const e of events) {
    if (e.type === "obligationOpened") obligations.set(e.obligation.id, e.obligation);
    if ("id" in e && typeof e.id === "string" && e.type !== "obligationMet" && e.type !== "obligationMissed") messageEvent.set(e.id, e);
  }
  const who = involved(c, f, obligations);
  // a 谎报 carried on in another's report (relayed-lie.ts: the bureau passing the mine's 0 to the duty office) is shown by
  // that report: its sender and addressee bear on it
  if (f.relayed) for (const m of f.evidence.messages) {
    const e = messageEvent.get(m);
    if (e?.type === "reportSubmitted") [e.from, e.to].forEach((a) => who.add(a));
  }
  for (const i of f.evidence.events) {
    const e = events[i]!;
    if (!allowed.events.includes(e.type)) out.push(`event ${i} (${e.type}) is not evidence of ${f.code}`);
    const owners = agenciesOf(c, e, obligations);
    if (owners.length > 0 && !owners.some((a) => who.has(a))) out.push(`event ${i} (${e.type}) belongs to ${owners.join("/")}, not to ${[...who].join("/")}`);
    if (e.type === "obligationOpened" && !f.evidence.obligations.includes(e.obligation.id)) out.push(`event ${i} opens ${e.obligation.id}, which the finding does not cite`);
    if ((e.type === "obligationMet" || e.type === "obligationMissed") && !f.evidence.obligations.includes(e.id)) out.push(`event ${i} (${e.type} ${e.id}) is of an obligation the finding does not cite`);
  }
  for (const id of f.evidence.obligations) {
    const o = obligations.get(id);
    if (!o) out.push(`obligation ${id} was never opened`);
    else if (!(allowed.obligations ?? []).includes(o.kind)) out.push(`obligation ${id} (${o.kind}) is not evidence of ${f.code}`);
  }
  for (const m of f.evidence.messages) {
    const e = messageEvent.get(m);
    if (!e) out.push(`message ${m} was never sent`);
    else if (!(allowed.messages ?? []).includes(e.type)) out.push(`message ${m} (${e.type}) is not evidence of ${f.code}`);
  }
  return out;
}

describe.each(WITH_PLAYS)("%s: every finding's evidence shows its fault", (id) => {
  for (const which of ["good", "poor", "none"] as const) {
    it(`${which} play`, () => {
      const g = drill(id, "good");
      const r = which === "none" ? runPlay(g.c, []) : drill(id, which);
      const report = which === "none" ? evaluate(g.c, r.events, r.state, rubric(), undefined, bestPlay(id, g.c)) : drill(id, which).report;
      const bad = report.findings.flatMap((f) => problems(g.c, r.events, f).map((p) => `${f.id} ${f.code} (${f.agency}): ${p}`));
      expect(bad).toEqual([]);
    });
  }
});

describe("a late cordon cites the cordon duty and the cordon when it was finally set (chemical leak)", () => {
  it("poor play (no cordon by 00:41): the cordon duties of its holders (the police, and the brigade jointly: review15 chemical 5) and the drill's end, not a report or a casualty count", () => {
    const { report, events } = drill("chemical-leak", "poor");
    const f = report.findings.find((x) => x.code === "CORDON_LATE")!;
    expect(f.agency).toBe("police");
    expect(f.evidence.obligations).toEqual(["LNK-CHEM-PSB:act:police", "LNK-CHEM-FIRE:act:fire"]);
    expect(f.evidence.events.map((i) => events[i]!.type)).not.toContain("reportSubmitted");
    expect(f.evidence.events.map((i) => events[i]!.type)).toContain(events.some((e) => e.type === "cordonSet") ? "cordonSet" : "drillEnded");
  });
});
