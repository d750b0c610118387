/**
 * The corrections of the monotonicity checks (issue 10 §9/§11: correcting one agency's fault never raises another
 * agency's share or charge of the preventable harm, nor its own charge; tests/evaluate/harm-charges.ts), shared by the
 * suite's representative cases (school-harm-monotone.test.ts, causal-share-monotone.test.ts: one case per kind of
 * correction, each with its hand values) and the exhaustive sweep outside the suite (tests/long/monotone.check.ts,
 * `npm run check:long`, printed as a table). Each case is a shipped poor play with one fault corrected as the rules or
 * the best play ask: a late command moved to its deadline (`moved`), a missing one added at it (`added`), a wrong unit
 * replaced by the right one (`replaced`), a call that hid what its caller knew said again with the facts (`reworded`).
 * Why each correction is what it is: the headers of the two test files.
 */
import type { Command } from "../../engine/model/commands.ts";
import type { Finding, ReportModel } from "../../engine/evaluate/report-model.ts";
import { playVariant, type Extra } from "./play-variant.ts";
import { harmCharges, harmShares, rises } from "./harm-charges.ts";

/** A matcher of the poor play's commands: by `who`, of `type`, naming `what` among its units or addressees, given at `at` ("HH:MM:SS"). */
export const by = (who: string, type: string, what?: string, at?: string) => (c: Command) => {
  const x = c as { by?: string; type?: string; units?: unknown; to?: unknown; at: number };
  const clock = at === undefined ? undefined : at.split(":").reduce((s, p) => s * 60 + Number(p), 0) * 1000;
  return x.by === who && x.type === type && (what === undefined || JSON.stringify(x.units ?? x.to).includes(what)) && (clock === undefined || x.at === clock);
};

/** the finding a correction removes: [agency, code, ruleId, opportunity or atMs] */
export type Fault = [agency: string, code: string, ruleId: string, where?: string | number];
export type Kind = "moved" | "added" | "replaced" | "reworded";
export interface Case { scenario: string; fixed: string; kind: Kind; what: string; fault: Fault; drop?: (c: Command) => boolean; extra: Extra }

const SCHOOL_119 = "119吗？临江县第二实验小学教学楼二楼西头科学实验准备室着火，浓烟已进入走廊和西楼梯，楼内约680名师生正在疏散，请立即出警！";
const CHEM_119 = "119吗？临江化工有限公司液氯罐区V-101储罐底部出料阀法兰泄漏，氯气向东扩散，罐区有人员倒地，请求特勤站防化力量立即增援！厂门在化工一路，我们派人在门口引导。";

/** The school fire's poor play (seed 7: the pupil in the third-floor toilets dies at 00:20), each fault bearing on its harm. */
export const SCHOOL: Case[] = [
  { scenario: "school-fire", fixed: "fire", kind: "moved", what: "the turn-out at the 00:07:30 call", fault: ["fire", "LINKAGE_SLOW", "LNK-SCH-FIRE"], drop: by("fire", "dispatch", "cg-e1"), extra: [["00:07:30", "fire", { type: "dispatch", units: "cg-e1", place: "school", task: "suppression" }]] },
  { scenario: "school-fire", fixed: "fire", kind: "added", what: "the second tender cd-e1 with the first at 00:09:30", fault: ["fire", "DISPATCH_INSUFFICIENT", "req-engines"], extra: [["00:09:30", "fire", { type: "dispatch", units: "cd-e1", place: "school", task: "suppression" }]] },
  { scenario: "school-fire", fixed: "fire", kind: "moved", what: "the search crew at the 00:07:30 call", fault: ["fire", "DISPATCH_LATE", "req-search"], drop: by("fire", "dispatch", "cg-rescue"), extra: [["00:07:30", "fire", { type: "dispatch", units: "cg-rescue", place: "school", task: "search" }]] },
  { scenario: "school-fire", fixed: "sch", kind: "moved", what: "the evacuation signal at 00:01:40", fault: ["sch", "LINKAGE_SLOW", "LNK-SCH-SCHOOL"], drop: by("sch", "evacuate"), extra: [["00:01:40", "sch", { type: "evacuate", place: "school", destination: "playground" }]] },
  { scenario: "school-fire", fixed: "sch", kind: "moved", what: "the 119 call at 00:01:50", fault: ["sch", "LINKAGE_NOTIFIED_LATE", "LNK-SCH-FIRE"], drop: by("sch", "message", "fire"), extra: [["00:01:50", "sch", { type: "message", to: "fire", channel: "phone", text: SCHOOL_119 }]] },
  { scenario: "school-fire", fixed: "sch", kind: "moved", what: "the mini fire station sent at 00:02:00, on scene within its 3 min", fault: ["sch", "DISPATCH_LATE", "req-mini"], drop: by("sch", "dispatch", "sch-mini"), extra: [["00:02:00", "sch", { type: "dispatch", units: "sch-mini", place: "school", task: "suppression" }]] },
  { scenario: "school-fire", fixed: "sch", kind: "reworded", what: "the 119 call at 00:07:30 with the facts it knew", fault: ["sch", "ALARM_INACCURATE", "TELL-RESCUERS", 450_000], drop: by("sch", "message", "fire"), extra: [["00:07:30", "sch", { type: "message", to: "fire", channel: "phone", text: `${SCHOOL_119}学校在育才路，南大门有人引导。我是校长，电话0714-5231200。` }]] },
  { scenario: "school-fire", fixed: "sch", kind: "added", what: "the pupil's place told at 00:14:00", fault: ["sch", "TRAPPED_NOT_PASSED_ON", "TELL-RESCUERS"], extra: [["00:14:00", "sch", { type: "message", to: "fire", channel: "inPerson", text: "清点人数发现三年级二班学生王小明下落不明，最后有人看见他去了三楼卫生间，请搜救组重点搜索三楼西侧卫生间！" }]] },
];

/** The other shipped poor plays' (chemical leak, mine flood; seed 7) faults among their harm's causes. */
export const OTHERS: Case[] = [
  { scenario: "chemical-leak", fixed: "fire", kind: "replaced", what: "the hazmat teams for the plugging at 00:12:00, when it was told, as the best play sends them, not the water tenders", fault: ["fire", "DISPATCH_WRONG_TYPE", "req-plug"], drop: (c) => by("fire", "dispatch", "ce-e1")(c) || by("fire", "dispatch", "hz-chem1")(c), extra: [["00:12:00", "fire", { type: "dispatch", units: ["hz-chem1", "hz-chem2"], place: "tank-v101", task: "plugLeak" }]] },
  { scenario: "chemical-leak", fixed: "fire", kind: "moved", what: "the hazmat team sent at 00:36:00, on scene by its 00:40:00 deadline", fault: ["fire", "DISPATCH_LATE", "req-plug"], drop: by("fire", "dispatch", "hz-chem1"), extra: [["00:36:00", "fire", { type: "dispatch", units: "hz-chem1", place: "tank-v101", task: "plugLeak" }]] },
  { scenario: "chemical-leak", fixed: "ent", kind: "moved", what: "the 119 call at 00:10:00, the deadline", fault: ["ent", "LINKAGE_NOTIFIED_LATE", "LNK-CHEM-FIRE"], drop: by("ent", "message", "fire"), extra: [["00:10:00", "ent", { type: "message", to: "fire", text: "119，我们厂里有点漏气，自己处理不了，你们派个车来看看。" }]] },
  { scenario: "chemical-leak", fixed: "ent", kind: "reworded", what: "the 119 call at 00:12:00 with the facts it knew", fault: ["ent", "ALARM_INACCURATE", "TELL-RESCUERS"], drop: by("ent", "message", "fire"), extra: [["00:12:00", "ent", { type: "message", to: "fire", text: CHEM_119 }]] },
  { scenario: "chemical-leak", fixed: "ent", kind: "added", what: "the report to the police at 00:10:00, the deadline", fault: ["ent", "REPORT_MISSING", "RPT-ENT-CHEM-PSB"], extra: [["00:10:00", "ent", { type: "report", to: "police", kind: "initial", mode: "oral", content: { unit: "临江化工有限公司", time: "9时20分", location: "江湾化工园区临江化工液氯罐区", scene: "液氯储罐泄漏，氯气向东扩散，可能影响江湾村", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, measures: ["启动企业应急预案", "厂区人员撤离"] } }]] },
  { scenario: "mine-flood", fixed: "dispatch", kind: "moved", what: "the withdrawal at 00:07:00, the deadline", fault: ["dispatch", "LINKAGE_SLOW", "LNK-MINE-DISPATCH"], drop: by("dispatch", "evacuate"), extra: [["00:07:00", "dispatch", { type: "evacuate", place: "mine" }]] },
  { scenario: "mine-flood", fixed: "mine", kind: "added", what: "the mine head's withdrawal at 00:20:00, the deadline", fault: ["mine", "LINKAGE_SLOW", "LNK-MINE-MINE"], extra: [["00:20:00", "mine", { type: "evacuate", place: "mine" }]] },
];

/** The case of `cases` correcting `what` (throws when none: a renamed case must not silently drop out of a test). */
export function pick(cases: readonly Case[], what: string): Case {
  const c = cases.find((x) => x.what === what);
  if (c === undefined) throw new Error(`no monotonicity case "${what}"`);
  return c;
}

const has = (r: ReportModel, [agency, code, ruleId, where]: Fault) =>
  r.findings.some((f: Finding) => f.agency === agency && f.code === code && f.ruleId === ruleId && (where === undefined || (typeof where === "number" ? f.atMs === where : f.opportunity === where)));

export interface Corrected {
  /** the fault found in the poor play, and in the corrected one */
  before: boolean;
  after: boolean;
  /** per agency, rubric points: shares and charges of the harm, poor play then corrected play */
  shares: [Map<string, number>, Map<string, number>];
  charges: [Map<string, number>, Map<string, number>];
  /** "agency: before → after" for each share of another agency, and each charge (the corrected agency's included), that rose */
  rose: string[];
}

/** The poor play and the play with `c` corrected, evaluated with their cause reruns (seed 7, default rubric, best play); once per test run. */
export function corrected(c: Case): Corrected {
  const poor = playVariant(c.scenario, undefined, [], true).report;
  const r = playVariant(c.scenario, c.drop, c.extra, true).report;
  const shares: Corrected["shares"] = [harmShares(poor), harmShares(r)];
  const charges: Corrected["charges"] = [harmCharges(poor), harmCharges(r)];
  return { before: has(poor, c.fault), after: has(r, c.fault), shares, charges, rose: [...rises(shares[0], shares[1], (a) => a !== c.fixed), ...rises(charges[0], charges[1], () => true)] };
}

/** `{ sch: 5.5 }` of a map, for messages and toEqual */
export const plain = (m: ReadonlyMap<string, number>) => Object.fromEntries(m);
