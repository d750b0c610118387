/**
 * 改进建议 (AQ/T 9009-2015 §7 评估总结 → 纠正行动; issue 10 §1): one recommendation per kind of
 * problem found, naming the agencies that failed, each asked for an action within its powers.
 *
 * - A consequence (grouped under a root, causedBy) asks nothing of its own: its root's recommendation
 *   covers it. A fact stated without charge (quantity 0) asks nothing either.
 * - Advice that asks for a command (a cordon, an evacuation or shelter order) names only agencies that
 *   may give it (engine/rules/powers.ts); a finding on an agency without that power is advice to the
 *   agency whose linkage duty lists it (blame.ts dutyHolder).
 * - Advice on an outcome is made of clauses, each needing a power or a task some unit can do; only the
 *   clauses the named agencies can act on are given to them (the police are not asked to treat the
 *   poisoned), and an agency that can act on none is left to its own fault's advice (the plant that
 *   never called 119 is advised to notify, not to plug the leak). An outcome no finding explains
 *   names nobody (causes.ts) and gets every clause.
 * - 联而不动 advice names each idle agency with its own duty from the rules profile's linkage table.
 */
import { isOwnPlan } from "./own-plan.ts";
import type { CommandType } from "../model/commands.ts";
import type { LocalText } from "../model/ids.ts";
import { mayGive } from "../rules/powers.ts";
import { dutyHolder } from "./blame.ts";
import type { EvalContext } from "./context.ts";
import { CREW_RULE } from "./harmful-orders.ts";
import { TELL_RESCUERS_RULE } from "./told-rescuers.ts";
import type { Finding, FindingCode, Recommendation } from "./report-model.ts";

/** The hazard's own terms for the advice (issue 10 §8): its chemical, its ERG distance, its kind. */
interface Hazard {
  kind: string;
  chemical: LocalText;
  isolateM?: number;
  /** the incident was re-graded during the drill (a gradeChanged event): only then is re-reporting on a re-grade advised */
  regraded: boolean;
}

const CHEMICAL: Record<string, LocalText> = { chlorine: { zh: "氯气", en: "chlorine" }, ammonia: { zh: "液氨", en: "ammonia" } };

/** One clause of advice and what an agency needs to act on it: a command's power or a unit that can do a task. */
interface Clause {
  text: LocalText;
  power?: CommandType[];
  tasks?: string[];
}

interface Advice {
  codes: FindingCode[];
  text: LocalText | ((h: Hazard) => LocalText) | ((h: Hazard) => Clause[]);
  /** the command the advice asks for: only agencies that may give it are named */
  power?: CommandType[];
  /** only the findings this advice is about (a hazard's own notice); the ones it takes are no later advice's */
  about?: (x: EvalContext, f: Finding) => boolean;
  /** the advice's words for the hits it has (联而不动 or 响应迟缓) */
  words?: (hits: readonly Finding[]) => LocalText;
}

/** A notice finding about the mine rescue team (its rule is the notified agency's linkage rule). */
const noticeToRescueTeam = (x: EvalContext, f: Finding): boolean => x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === f.ruleId)?.agency === "mineRescueTeam";

/** The incident unit's passing-on of the trapped or missing to the searchers (told-rescuers.ts), not a report up. */
const passOn = (_: EvalContext, f: Finding): boolean => f.ruleId === TELL_RESCUERS_RULE && f.code !== "ALARM_INACCURATE";
const notPassOn = (x: EvalContext, f: Finding): boolean => !passOn(x, f);

/** What a call to the rescuers must say, by hazard (消防法 第四十四条; 119 接警要素; 矿山救援规程 召请救护队). */
const ALARM_ADVICE: Record<string, LocalText> = {
  "chemical-leak": {
    zh: "报警时讲清事故单位、地点、泄漏介质、人员倒地或被困情况和已采取的措施，使救援力量按实际险情出动。",
    en: "When calling the rescuers, say the unit, the place, the substance leaking, the people down or trapped and what has been done, so that the crews turn out for the real danger.",
  },
  "school-fire": {
    zh: "报警时讲清学校名称、地址、起火部位、烟气蔓延（楼梯是否可用）、被困和下落不明人数及位置，使救援力量按实际险情出动。",
    en: "When calling the rescuers, say the school's name and address, where the fire is, how the smoke is spreading (whether the stairs can be used), and how many are trapped or missing and where, so that the crews turn out for the real danger.",
  },
  "mine-flood": {
    zh: "召请救护队时讲清矿井名称、透水地点和时间、涌水量、井下人数及被困人员位置和已采取的撤人措施，使救护队按实际险情出动。",
    en: "When calling the mine rescue team, say the mine, where and when the water broke in, the inflow, how many are underground and where the trapped are, and what withdrawal has been ordered, so that the team turns out for the real danger.",
  },
};

const ADVICE: Advice[] = [
  {
    codes: ["REPORT_LATE", "REPORT_MISSING", "REPORT_CONCEALED"],
    about: notPassOn,
    // re-reporting on a re-grade is advised only when the incident was re-graded (review8 mine 16)
    text: (h) => ({
      zh: `落实“接报即报”：值班人员按规定时限（口头、书面）向上级和有关部门报告${h.regraded ? "，事故分级变化后立即重新报告" : ""}；建立报告时限提醒和报告对象清单，杜绝迟报、漏报。`,
      en: `Report on receipt: duty staff report to their superior and the departments concerned within the set limits (oral and written)${h.regraded ? ", and again at once when the incident is re-graded" : ""}; keep a deadline reminder and a list of recipients so that no report is late or missing.`,
    }),
  },
  {
    codes: ["REPORT_INCOMPLETE"],
    text: {
      zh: "使用报告要素模板（单位概况、时间地点、现场情况、简要经过、伤亡人数、已采取措施）起草初报；续报聚焦新进展。坚持“快报事实、慎报原因”。",
      en: "Draft initial reports from a template of the report fields (unit, time and place, scene, sequence, casualties, measures taken); follow-ups give what changed. Report facts fast and causes with care.",
    },
  },
  {
    // a figure stated on no word, or against what the reporter was told (报告失实), and people trapped left out (漏报涉险人员):
    // the same advice (untrue-figures.ts, at-risk.ts; review17 school 3: it named only the school)
    codes: ["REPORT_FALSE", "REPORT_UNVERIFIED"],
    about: notPassOn,
    text: {
      zh: "如实报告已掌握的伤亡和被困（涉险）人数，不得谎报、瞒报；对尚未核实的数字注明“正在核实”并及时续报，不以无据数字作确定报告，伤亡人数变化后在规定时间内补报。",
      en: "Report the casualties and the people trapped (at risk) you know of, truthfully and in full; mark unverified figures as \"being checked\" and follow up, never state unchecked figures as fact, and report changes in casualties within the set time.",
    },
  },
  {
    // the trapped or missing never (or late) passed on to the crews searching (review11 school 9: 未告知被困人员 is no report up)
    codes: ["TRAPPED_NOT_PASSED_ON", "TRAPPED_PASSED_ON_LATE"],
    about: passOn,
    text: {
      zh: "清点人数发现被困或下落不明人员，立即向到场救援力量说明人数和最后位置，并指派知情人引导搜救。",
      en: "When the headcount finds people trapped or missing, tell the crews on scene at once how many and where they were last seen, and send someone who knows to guide the search.",
    },
  },
  {
    // a request for help from people at risk not acted on in time (help-requests.ts; review r15 chemical 2)
    codes: ["HELP_REQUEST_UNANSWERED", "HELP_REQUEST_LATE"],
    text: {
      zh: "受威胁单位和群众求助（如学校请求派人维持秩序）时，接报单位在规定时限内派员到场或采取措施，并告知求助方；不能处置的立即转交有关单位。",
      en: "When people at risk ask for help (a school asking for officers to keep order at its gate), the agency asked sends people or acts within the set time and tells them so; what it cannot handle it passes at once to the agency that can.",
    },
  },
  {
    // a call to the rescuers that left out the medium or the people down (told-rescuers.ts; review9 chem 6)
    codes: ["ALARM_INACCURATE"],
    // in the hazard's own terms (issue 10 §8; review12 school 8: no 泄漏介质 or 人员倒地 in a school fire)
    text: (h) => ALARM_ADVICE[h.kind] ?? ALARM_ADVICE["chemical-leak"]!,
  },
  {
    // the mine's call to its rescue team (domain.md §5.1: on the signs, call the team): its own advice, not the notice list (review8 mine 16)
    codes: ["LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE"],
    about: noticeToRescueTeam,
    text: {
      zh: "发现透水征兆即召请矿山救护队：撤人命令下达的同时由调度室通知救护队出动，不待事故扩大或矿领导到场后再请求。",
      en: "Call the mine rescue team on the first inrush signs: the dispatch room alerts the team as it orders the withdrawal, without waiting for the inrush to grow or for the mine's leaders to arrive.",
    },
  },
  {
    codes: ["LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE"],
    text: {
      zh: "完善联动通知清单：负有通知职责的单位接报后按预案联动表一次性通知全部联动单位，并确认对方收到。",
      en: "Complete the notification list: on receipt the agency that must give notice tells every linked agency in the plan's linkage table at once and confirms receipt.",
    },
  },
  {
    // the incident unit's own plan, never started, never declared or started late (own-plan.ts): its own advice, naming
    // the plan, not 联而不动's (review23 chemical §2: 「企业负责人接报即宣布启动本单位预案、成立应急救援指挥部」)
    codes: ["PLAN_NOT_STARTED", "PLAN_NOT_DECLARED", "LINKAGE_SLOW"],
    about: (x, f) => x.c.rules.linkage[x.c.scenario.kind].some((r) => r.id === f.ruleId && isOwnPlan(r)),
    text: {
      zh: "事故单位负责人获知事故即宣布启动本单位应急预案、成立本单位应急救援指挥部，并向到场的救援力量和上级部门说明已启动预案；将“宣布启动预案”列入本单位预案演练的第一个步骤。",
      en: "The head of the incident's unit declares its own emergency plan started and sets up its emergency HQ as soon as it learns of the accident, and tells the arriving rescuers and the authorities so; make declaring the plan the first step of the unit's own plan drills.",
    },
  },
  {
    codes: ["LINKAGE_IDLE", "LINKAGE_SLOW"],
    // named for what the agencies did: 联而不动 (never acted) and/or 响应迟缓 (acted late)
    words: (hits) => {
      const idle = hits.some((f) => f.code === "LINKAGE_IDLE");
      const slow = hits.some((f) => f.code === "LINKAGE_SLOW");
      return idle && slow ? { zh: "“联而不动”和响应迟缓", en: "\"linked but not acting\" and slow responses" } : idle ? { zh: "“联而不动”", en: "\"linked but not acting\"" } : { zh: "响应迟缓", en: "slow responses" };
    },
    text: {
      zh: "针对{{what}}：明确各联动单位接报后的首要动作和时限，纳入演练考核和日常督查。",
      en: "Against {{what}}: set each linked agency's first action and its time limit on receipt and check them in drills and inspections.",
    },
  },
  {
    codes: ["COMMAND_REJECTED"],
    text: {
      zh: "熟悉职责权限和力量隶属：调用其他部门的力量应通过请求支援，由其所属部门调派；超出权限的措施报请有权机关决定。",
      en: "Know the powers and who owns which units: ask the owning agency for support rather than ordering its units; refer measures beyond your powers to the body that holds them.",
    },
  },
  {
    codes: ["DISPATCH_WRONG_TYPE", "DISPATCH_WRONG_PLACE", "DISPATCH_INSUFFICIENT", "DISPATCH_IDLE_UNITS"],
    // a shortfall charged to the agency that never told its owner (notice-shortfall.ts) is a notice fault: the
    // notification advice covers it, and a table of units it does not command would ask the impossible
    // … and one charged with its root (随 Fx 计入 Fx: the owner's own 联而不动, r27 mine 1) is that root's advice's
    about: (_, f) => !/未及时获知事故信息所致|通知迟延所致/.test(f.message.zh) && f.chargedWith === undefined,
    text: {
      zh: "建立“任务—力量”匹配表，接警即按匹配表调派足量专业力量到需求地点，避免派错、派少和专业力量闲置。",
      en: "Keep a task-to-unit table and dispatch enough of the right units to where they are needed on the first call, so no unit is sent to do what it cannot or to the wrong place, and specialist units do not sit idle.",
    },
  },
  {
    // units sent only after the deadline (dispatch.ts 派出迟延): the order was late, not the journey
    codes: ["DISPATCH_LATE"],
    about: (_, f) => f.message.zh.startsWith("力量派出迟延"),
    text: {
      zh: "接报（接警）即按“任务—力量”匹配表调派，不待核实或上级指令；值班指挥员对照力量需求清单跟踪出动，确保在时限内派出。",
      en: "Send units on receipt of the call, by the task-and-resource table, without waiting for checks or orders from above; the duty commander tracks each requirement so the units leave within its limit.",
    },
  },
  {
    codes: ["DISPATCH_LATE"],
    text: {
      zh: "优化出动和行车路线，明确力量到场时限；跨辖区增援提前预置，确保专业力量在规定时间内到场。",
      en: "Improve turn-out and routes and set arrival limits; pre-position reinforcements from other districts so specialist units arrive in time.",
    },
  },
  {
    codes: ["UNSAFE_ENTRY"],
    text: {
      zh: "严格落实个人防护：进入危险浓度区域的人员必须佩戴相应等级的呼吸防护装备，由现场指挥部按侦检结果划定区域、控制进入。",
      en: "Enforce personal protection: anyone entering a dangerous concentration wears the right respiratory protection; the on-site command zones the area from detection results and controls entry.",
    },
  },
  {
    codes: ["HOT_ZONE_UNPROTECTED"],
    text: {
      zh: "按任务匹配防护等级：在热区（超过IDLH或AEGL-3）实施堵漏、关阀等近源作业的人员须具备一级（A级）化学防护，普通消防车组只承担其装备能力范围内的任务（如水幕稀释）；由现场指挥部按侦检结果划定热区、控制进入。",
      en: "Match protection to the task: crews doing close-in work in the hot zone (above IDLH or AEGL-3), such as plugging or closing valves, wear level-A chemical protection; ordinary engine crews take only the work their kit is made for (e.g. water curtains); the on-site command marks the hot zone from detection results and controls entry.",
    },
  },
  {
    codes: ["CORDON_LATE", "CORDON_TOO_SMALL"],
    power: ["cordon"],
    text: (h) => ({
      zh: `到场即按危化品特性划定警戒区：${h.chemical.zh}泄漏先按ERG初始隔离距离（本情景 ${h.isolateM ?? "—"} 米）设置警戒、实施交通管制，再依据侦检和监测数据调整。`,
      en: `Set the cordon on arrival from the chemical's data: for a ${h.chemical.en} release, isolate to the ERG initial distance (${h.isolateM ?? "—"} m here) with traffic control first, then adjust to detection and monitoring.`,
    }),
  },
  {
    codes: ["PROTECTIVE_ACTION_LATE"],
    power: ["evacuate", "shelter"],
    text: (h) => ({
      zh: `预案中预先划定${h.chemical.zh}泄漏下风向防护行动区内的村庄、学校名单和联系人；泄漏发生后30分钟内逐一通知就地避险（关闭门窗、空调）或横风向疏散，毒气团过后再组织转移。`,
      en: `List in the plan the villages and schools in the downwind protective-action zone for a ${h.chemical.en} release, with contacts; within 30 minutes of a leak tell each to shelter in place (windows and air-conditioning shut) or leave crosswind, and move them once the cloud has passed.`,
    }),
  },
  {
    codes: ["EVACUATION_SLOW"],
    power: ["evacuate"],
    text: {
      zh: "按《中小学幼儿园应急疏散演练指南》每月组织疏散演练，固定疏散路线和楼梯分配，确保发出信号后全部人员在规定时间内撤出并清点人数。",
      en: "Drill evacuations monthly as the school evacuation guide asks, with fixed routes and stair allocations, so that everyone is out and counted within the set time after the signal.",
    },
  },
  {
    codes: ["OUTCOME_PREVENTABLE_HARM", "OUTCOME_DEATHS", "OUTCOME_SERIOUS_INJURIES", "OUTCOME_EXPOSED_AEGL2", "OUTCOME_EXPOSED_AEGL3", "OUTCOME_EXPOSED", "OUTCOME_TRAPPED"],
    text: (h): Clause[] => OUTCOME_ADVICE[h.kind] ?? OUTCOME_ADVICE["chemical-leak"]!,
  },
  {
    codes: ["HAZARD_NOT_CONTROLLED", "HAZARD_CONTROL_LATE", "OUTCOME_INSTALLATION_LOST"],
    text: (h): Clause[] => [CONTROL_ADVICE[h.kind] ?? CONTROL_ADVICE["chemical-leak"]!],
  },
];

const cl = (zh: string, en: string, need: Omit<Clause, "text">): Clause => ({ text: { zh, en }, ...need });

const OUTCOME_ADVICE: Record<string, Clause[]> = {
  "chemical-leak": [
    cl("加强群众防护：依据侦检、监测和气象数据尽早划定警戒区，及时组织下风向受威胁群众就地避险或转移", "Protect the public: set the cordon early from detection, monitoring and weather data, and shelter or move threatened people downwind in time", { power: ["evacuate", "shelter"] }),
    cl("尽快救治中毒人员", "treat the poisoned quickly", { tasks: ["treat", "triage"] }),
  ],
  "mine-flood": [
    cl("坚持“先撤人、后汇报”：发现透水征兆立即下达撤人命令，按避灾路线撤离并清点升井人数", "Withdraw first, report second: on the first inrush signs order everyone out along the flood escape routes and count them at the surface", { power: ["evacuate"] }),
    cl("对被困人员及时组织救护队侦察、供风和排水", "send the rescue team to survey, supply air and pump for anyone trapped", { tasks: ["survey", "rescue"] }),
  ],
  "school-fire": [
    cl("发现火情立即报警并发出疏散信号，按固定路线组织师生疏散、清点人数", "On finding a fire call 119 and give the evacuation signal at once, lead pupils and staff out along fixed routes and count them", { power: ["evacuate"] }),
    cl("优先组织搜救被困人员（消防救援力量、微型消防站）", "search for the trapped first (fire crews, the mini fire station)", { tasks: ["search", "rescue"] }),
    cl("伤员及时交120救治", "the injured go to the 120 crews at once", { tasks: ["treat", "triage"] }),
  ],
};

const CONTROL_ADVICE: Record<string, Clause> = {
  "chemical-leak": { text: { zh: "尽早调派防化救援力量关阀堵漏，并预置后备力量和堵漏器材", en: "Send the hazmat teams to close valves and plug the leak as early as possible, with reserves and plugging kits ready" }, tasks: ["plugLeak", "closeValve"] },
  "mine-flood": { text: { zh: "尽早增设排水设备、构筑挡水设施，使排水能力大于涌水量，并保障排水供电", en: "Add pumps and build water-retaining walls early so that pumping exceeds the inflow, and keep the pumps' power secure" }, tasks: ["installPumps", "buildWall"] },
  "school-fire": { text: { zh: "尽早集中力量灭火控火，救人第一，并保障消防供水", en: "Concentrate on bringing the fire under control early, saving people first, with a secure water supply" }, tasks: ["suppression", "rescue"] },
};

function hazardOf(x: EvalContext): Hazard {
  const h = x.c.scenario.hazard as { chemical?: string };
  const isolateM = x.c.hazard.summary(x.state.hazard, x.state.tMs, x.c.scenario).figures.ergIsolateM;
  const regraded = x.events.some((e) => e.type === "gradeChanged");
  return { kind: x.c.scenario.kind, chemical: CHEMICAL[h.chemical ?? ""] ?? { zh: "危险化学品", en: "hazardous chemical" }, ...(isolateM !== undefined ? { isolateM } : {}), regraded };
}

/** Whether `agency` can act on a clause: it may give the command, or one of its units can do the task. */
function can(x: EvalContext, agency: string, c: { power?: readonly CommandType[]; tasks?: readonly string[] }): boolean {
  const kind = x.c.agencies.get(agency)?.kind ?? "";
  if (c.power && c.power.some((p) => mayGive(kind, p))) return true;
  if (c.tasks && [...x.c.units.values()].some((u) => u.agency === agency && u.capabilities.some((t) => c.tasks!.includes(t)))) return true;
  return !c.power && !c.tasks;
}

/** The clauses the named agencies can act on, joined; every clause when nobody is named (an outcome no finding explains). */
function clauses(x: EvalContext, all: readonly Clause[], agencies: readonly string[]): LocalText {
  const use = agencies.length > 0 ? all.filter((c) => agencies.some((g) => can(x, g, c))) : all;
  return { zh: `${use.map((c) => c.text.zh).join("，")}。`, en: `${use.map((c, i) => (i === 0 ? c.text.en : c.text.en.charAt(0).toLowerCase() + c.text.en.slice(1))).join("; ")}.` };
}

/** "（涉及：…）" / " Agencies concerned: …." naming each agency; for 联而不动, each with its own duty from the linkage table. */
function concerns(x: EvalContext, agencies: readonly string[], hits: readonly Finding[], byDuty: boolean): LocalText {
  if (agencies.length === 0) return { zh: "", en: "" };
  const rules = x.c.rules.linkage[x.c.scenario.kind];
  const named = agencies.map((g) => {
    const n = x.agencyName(g);
    const duty = byDuty ? rules.find((r) => hits.some((f) => f.agency === g && f.ruleId === r.id))?.text : undefined;
    return duty ? { zh: `${n.zh}：${duty.zh}`, en: `${n.en} (its duty: “${duty.en}”)` } : n;
  });
  const sep = byDuty ? { zh: "；", en: "; " } : { zh: "、", en: ", " };
  const en = named.map((n) => n.en).join(sep.en);
  // a name ending in "Ltd." takes no second full stop
  return { zh: `（涉及：${named.map((n) => n.zh).join(sep.zh)}）`, en: ` Agencies concerned: ${en}${en.endsWith(".") ? "" : "."}` };
}

export function recommendations(x: EvalContext, findings: readonly Finding[]): Recommendation[] {
  const out: Recommendation[] = [];
  const h = hazardOf(x);
  const taken = new Set<string>();
  // an agency whose late duty caused an outcome is advised by that outcome's own advice (先撤人 for the dispatch room), not again as 联而不动 (review8 mine 16)
  const outcomeRoots = new Set(findings.filter((f) => f.section === "outcomes").flatMap((f) => f.causes ?? []));
  for (const a of ADVICE) {
    // a consequence asks nothing of its own (its root's advice covers it); nor does a fact stated without charge
    // crews harmed by an order: the advice on that order (UNSAFE_ENTRY, HOT_ZONE_UNPROTECTED) is theirs, not the public's
    const hits = findings.filter((f) => a.codes.includes(f.code) && f.quantity > 0 && f.causedBy === undefined && f.ruleId !== CREW_RULE && !taken.has(f.id) && (a.about ? a.about(x, f) : true) && !(a.words && outcomeRoots.has(f.id)));
    if (hits.length === 0) continue;
    if (a.about) hits.forEach((f) => taken.add(f.id));
    // an outcome several agencies' faults caused (causes.ts: on no agency alone) is advised to those agencies
    // a measure several agencies jointly owed and failed (Finding.jointly: the cordon) is advised to each
    const owners = (f: Finding): Array<string | null> => (f.agency === null && f.causes ? f.causes.map((id) => findings.find((c) => c.id === id)?.agency ?? null) : [f.agency, ...(f.jointly ?? [])]);
    let agencies = [...new Set(hits.flatMap(owners).filter((g): g is string => g !== null))];
    // advice asking for a command goes to the agencies that may give it
    if (a.power) agencies = [...new Set(agencies.map((g) => (can(x, g, { power: a.power }) ? g : dutyHolder(x, a.power!))))];
    const body = typeof a.text === "function" ? a.text(h) : a.text;
    let kept = hits;
    if (Array.isArray(body) && agencies.length > 0) {
      // an agency that can act on none of the clauses (the plant that never called 119 cannot plug the leak) is
      // advised by its own fault's recommendation (the notice it never gave), not asked for what it cannot do
      agencies = agencies.filter((g) => body.some((c) => can(x, g, c)));
      if (agencies.length === 0) continue;
      kept = hits.filter((f) => f.agency === null || agencies.includes(f.agency) || (f.jointly ?? []).some((g) => agencies.includes(g)));
    }
    const what = a.words?.(hits);
    const plain = Array.isArray(body) ? clauses(x, body, agencies) : body;
    const text = what ? { zh: plain.zh.replace("{{what}}", what.zh), en: plain.en.replace("{{what}}", what.en) } : plain;
    const who = concerns(x, agencies, hits, a.codes.includes("LINKAGE_IDLE"));
    out.push({ codes: [...new Set(kept.map((f) => f.code))], agencies, text: { zh: text.zh + who.zh, en: text.en + who.en } });
  }
  return out;
}
