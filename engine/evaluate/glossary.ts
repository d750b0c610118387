/**
 * The glossary labels the evaluator words its findings with (domain.md §6): unit types, tasks,
 * commands and agency kinds, { zh, en }. The same words as the shells' catalogues (i18n/*.json
 * `unitType.*`, `task.*`, `command.*`, `agencyKind.*`, `protection.*`; tests/evaluate/glossary.test.ts and
 * tests/evaluate/hot-zone.test.ts keep them equal):
 * the engine may not import the shells, and a finding must never show a raw id.
 */
import type { LocalText } from "../model/ids.ts";
import { formatClock } from "../model/time.ts";
import type { InsufficientParams, NeedRootParams } from "./report-model.ts";

type Group = "unitType" | "task" | "command" | "agencyKind" | "protection";

export const GLOSSARY: Readonly<Record<Group, Readonly<Record<string, LocalText>>>> = {
  unitType: {
    ambulance: { zh: "救护车", en: "ambulance" },
    policeCar: { zh: "警车", en: "police car" },
    fireEngine: { zh: "消防车", en: "fire engine" },
    commandVehicle: { zh: "指挥车", en: "command vehicle" },
    townshipTeam: { zh: "乡镇工作组", en: "township team" },
    monitoringVan: { zh: "环境监测车", en: "monitoring van" },
    mineRescueTeam: { zh: "矿山救护小队", en: "mine rescue squad" },
    hazmatTeam: { zh: "危化品处置队", en: "hazmat team" },
    weatherVan: { zh: "气象应急车", en: "weather van" },
    staffCar: { zh: "公务车", en: "staff car" },
    schoolTeam: { zh: "学校应急小组", en: "school response team" },
    rescueTruck: { zh: "抢险救援车", en: "rescue truck" },
    pumpCrew: { zh: "排水作业队", en: "pump crew" },
    powerCrew: { zh: "电力抢修队", en: "power repair crew" },
    miniFireStation: { zh: "微型消防站", en: "mini fire station" },
    medicalTeam: { zh: "医疗队", en: "medical team" },
    inspectionVehicle: { zh: "巡查车", en: "inspection vehicle" },
    enterpriseTeam: { zh: "企业应急队", en: "enterprise response team" },
    drillRig: { zh: "钻机", en: "drill rig" },
    drainageTeam: { zh: "排水队", en: "drainage team" },
    constructionCrew: { zh: "施工队", en: "construction crew" },
    bus: { zh: "大客车", en: "bus" },
    auxRescueTeam: { zh: "辅助救护队", en: "auxiliary rescue team" },
    aerialLadder: { zh: "登高平台消防车", en: "aerial ladder" },
    other: { zh: "救援力量", en: "response unit" },
  },
  task: {
    plugLeak: { zh: "堵漏", en: "leak plugging" },
    closeValve: { zh: "关阀断料", en: "valve closing" },
    waterCurtain: { zh: "水幕稀释", en: "water curtain" },
    rescue: { zh: "搜救", en: "search and rescue" },
    treat: { zh: "医疗救治", en: "casualty treatment" },
    transport: { zh: "转运", en: "casualty transport" },
    monitor: { zh: "环境应急监测", en: "environmental monitoring" },
    detect: { zh: "侦检", en: "detection" },
    weatherObs: { zh: "现场气象观测", en: "weather observation" },
    traffic: { zh: "交通管制", en: "traffic control" },
    cordonGuard: { zh: "警戒", en: "cordon guard" },
    evacuate: { zh: "组织疏散", en: "evacuation" },
    decontaminate: { zh: "洗消", en: "decontamination" },
    command: { zh: "现场指挥", en: "on-site command" },
    standby: { zh: "待命", en: "standby" },
    survey: { zh: "侦察", en: "survey" },
    installPumps: { zh: "安装水泵排水", en: "pump installation" },
    drillBorehole: { zh: "施工钻孔", en: "borehole drilling" },
    buildWall: { zh: "构筑挡水墙", en: "water-retaining wall construction" },
    search: { zh: "搜索", en: "search" },
    suppression: { zh: "灭火", en: "fire suppression" },
    triage: { zh: "检伤分类", en: "triage" },
    other: { zh: "其他任务", en: "another task" },
  },
  command: {
    report: { zh: "报告", en: "report" },
    message: { zh: "消息", en: "message" },
    acknowledge: { zh: "确认收到", en: "acknowledge" },
    dispatch: { zh: "调派", en: "dispatch" },
    recall: { zh: "召回", en: "recall" },
    cordon: { zh: "设置警戒区", en: "cordon" },
    evacuate: { zh: "疏散", en: "evacuate" },
    shelter: { zh: "就地避险", en: "shelter in place" },
    warning: { zh: "发布预警", en: "warning" },
    activateResponse: { zh: "启动应急响应", en: "activate response" },
    activatePlan: { zh: "启动本单位应急预案", en: "activate its own emergency plan" },
    requestSupport: { zh: "请求支援", en: "request support" },
    injectNow: { zh: "情景注入", en: "inject now" },
    adHocInject: { zh: "自由注入", en: "free inject" },
    end: { zh: "结束演练", en: "end the drill" },
    other: { zh: "未知指令", en: "unknown command" },
  },
  agencyKind: {
    enterprise: { zh: "企业", en: "enterprise" },
    coalMine: { zh: "煤矿", en: "coal mine" },
    mineDispatch: { zh: "矿调度室", en: "mine dispatch room" },
    school: { zh: "学校", en: "school" },
    countyDutyOffice: { zh: "县总值班室", en: "county duty office" },
    countyGov: { zh: "县人民政府", en: "county government" },
    emergencyBureau: { zh: "应急管理局", en: "emergency management bureau" },
    cityEmergencyBureau: { zh: "市应急管理局", en: "city emergency management bureau" },
    cityDutyOffice: { zh: "市总值班室", en: "city duty office" },
    fireRescue: { zh: "消防救援", en: "fire and rescue" },
    publicSecurity: { zh: "公安", en: "public security" },
    healthBureau: { zh: "卫生健康局", en: "health commission" },
    ems120: { zh: "120急救", en: "emergency medical service" },
    ecoEnvironmentBureau: { zh: "生态环境局", en: "ecology and environment bureau" },
    meteorologicalBureau: { zh: "气象局", en: "meteorological bureau" },
    townshipGov: { zh: "乡镇人民政府", en: "township government" },
    transportBureau: { zh: "交通运输局", en: "transport bureau" },
    educationBureau: { zh: "教育局", en: "education bureau" },
    mineRescueTeam: { zh: "矿山救护队", en: "mine rescue brigade" },
    mineSafetyProvincial: { zh: "省级矿山安全监察局", en: "provincial mine safety bureau" },
    coalSafetySupervision: { zh: "煤矿安全监管部门", en: "coal-mine safety supervision" },
    waterResources: { zh: "水利局", en: "water resources bureau" },
    naturalResources: { zh: "自然资源局", en: "natural resources bureau" },
    propaganda: { zh: "宣传部门", en: "publicity department" },
    powerGrid: { zh: "供电公司", en: "power grid" },
    telecom: { zh: "通信运营商", en: "telecom operator" },
    tradeUnion: { zh: "工会", en: "trade union" },
    procuratorate: { zh: "人民检察院", en: "procuratorate" },
    civilAffairs: { zh: "民政局", en: "civil affairs bureau" },
    humanResources: { zh: "人力资源社会保障局", en: "human resources and social security bureau" },
    other: { zh: "该单位", en: "this" },
  },
  // a crew's personal protective equipment (the scenario's unit `protection`)
  protection: {
    none: { zh: "无呼吸防护", en: "no respiratory protection" },
    scba: { zh: "正压式空气呼吸器", en: "SCBA" },
    levelA: { zh: "一级（A级）化学防护", en: "level-A chemical protection" },
    other: { zh: "防护装备", en: "protective equipment" },
  },
};

/** A label from the glossary; an id it does not know reads as the group's `other` (never the raw id). */
export function label(group: Group, id: string): LocalText {
  return GLOSSARY[group][id] ?? GLOSSARY[group]["other"] ?? { zh: "—", en: "—" };
}

/** A hazard's own word for a command (issue 10 §8): a mine withdraws its people (撤人), it does not evacuate them. */
const HAZARD_COMMAND: Readonly<Record<string, Readonly<Record<string, LocalText>>>> = {
  "mine-flood": { evacuate: { zh: "下达撤人命令", en: "withdrawal order" } },
};

/** The command's label in the scenario kind's own words (`kind`: Scenario.kind), else the glossary's. */
export function commandLabel(type: string, kind?: string): LocalText {
  return (kind !== undefined ? HAZARD_COMMAND[kind]?.[type] : undefined) ?? label("command", type);
}

/** Several labels joined ("消防车/抢险救援车"). */
export function labels(group: Group, ids: readonly string[]): LocalText {
  const l = ids.map((id) => label(group, id));
  return { zh: l.map((x) => x.zh).join("/"), en: l.map((x) => x.en).join("/") };
}

/**
 * What met an obligation, in words: the engine's `byEvent` ("dispatch traffic", "message",
 * "report m12", "acted before being told (evacuate)", "acted before the duty arose (dispatch treat)", "arrived u3") → "调派（交通管制）" / "dispatch for traffic control", "消息" ….
 */
export function actionText(byEvent: string, unitName: (id: string) => LocalText, kind?: string): LocalText {
  const before = /^acted before (being told|the duty arose) \((.+)\)$/.exec(byEvent);
  if (before) {
    const a = actionText(before[2]!, unitName, kind);
    return before[1] === "being told" ? { zh: `${a.zh}（接报前已采取）`, en: `${a.en} (before being told)` } : { zh: `${a.zh}（职责产生前已采取）`, en: `${a.en} (before the duty arose)` };
  }
  const [type = "", arg] = byEvent.split(" ");
  if (type === "arrived" && arg) return unitName(arg);
  if (type === "notified") return { zh: "收到事故信息", en: "told of the incident" };
  // an act, not the command's code: "first acted only at 00:58:00 (a message; …)", never "(message; …)" (review19)
  if (type === "message") return { zh: "发送消息", en: "a message" };
  const cmd = commandLabel(type, kind);
  const task = type === "dispatch" && arg ? label("task", arg) : undefined;
  // "调派（交通管制）", and in English "dispatch for traffic control" (no parentheses nested in the sentence's own)
  return task ? { zh: `${cmd.zh}（${task.zh}）`, en: `${cmd.en} for ${task.en}` } : cmd;
}

/** 辆 for vehicles, 支 for teams and crews, 台 for rigs: the measure word a Chinese report counts a unit type with. */
function measure(type: string): string {
  if (/Team$|Crew$|Station$|^townshipTeam$/.test(type)) return "支";
  if (type === "drillRig") return "台";
  return "辆";
}

/** "3 辆救护车" / "3 ambulances": a count of units of one or more types ("1 支排水队/排水作业队" / "1 drainage team or pump crew"). */
export function unitCount(n: number, types: readonly string[]): LocalText {
  const ms = [...new Set(types.map(measure))];
  const zh = `${n} ${ms.length === 1 ? ms[0] : "个"}${types.map((t) => label("unitType", t).zh).join("/")}`;
  const plural = (s: string) => (n === 1 ? s : /(s|ch|sh|x)$/.test(s) ? `${s}es` : `${s}s`);
  // several types are alternatives: "1 rescue truck, aerial ladder or fire engine" in English
  const names = types.map((t) => plural(label("unitType", t).en));
  const en = `${n} ${names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}` : names.join("")}`;
  return { zh, en };
}

/** Names a shell or the evaluator gives the ids a finding's figures hold (the scenario's own names). */
export interface FigureNames {
  /** the requirement's own text (scenario `requirements[].text`) */
  text: LocalText;
  place: LocalText;
  unit: (id: string) => LocalText;
  agency: (id: string) => LocalText;
}

/**
 * Which start a need's deadline runs from, when not the incident (dispatch.ts requirementStart; issue 10 §5), with the
 * event and time it counts from (review15 school 4):
 *   - its owner's notice deadline (`noticeFromMs`: when that notice's clock began, `noticeMin` its minutes):
 *     "自应获知时 00:06:30 起算，即事故单位发现事故 00:01:30 起 5 分钟，临江县消防救援大队 00:07:30 才获知"; an owner told earlier keeps
 *     that start (review11 school 1) and the text says so: "…00:05:00 即已获知，提前获知不提前起算";
 *   - its owner's own receipt, when no rule timed its notice (`noticeFromMs` absent): "自获知时 00:05:00 起算".
 * `heardMs`: when the owner was told, if ever.
 */
export function needStartText(owner: LocalText, startMs: number, heardMs: number | undefined, notice?: { fromMs: number; min: number; event?: "incident" | "found" }): LocalText {
  if (!notice) return { zh: `自获知时 ${formatClock(startMs)} 起算`, en: `counted from ${formatClock(startMs)}, when ${owner.en} was told` };
  const ev = notice.event === "incident" ? { zh: "事发", en: "the incident at " } : notice.event === "found" ? { zh: "事故单位发现事故", en: "the incident unit found it at " } : { zh: "", en: "" };
  const from = { zh: `，即${ev.zh} ${formatClock(notice.fromMs)} 起 ${notice.min} 分钟`, en: `, ${notice.min} min after ${ev.en}${formatClock(notice.fromMs)}` };
  const heard = heardMs === undefined || heardMs === startMs ? { zh: "", en: "" }
    : heardMs < startMs
      ? { zh: `，${owner.zh} ${formatClock(heardMs)} 即已获知，提前获知不提前起算`, en: `; ${owner.en} was told earlier, at ${formatClock(heardMs)}, which does not start the clock sooner` }
      : { zh: `，${owner.zh} ${formatClock(heardMs)} 才获知`, en: `; ${owner.en} was told only at ${formatClock(heardMs)}` };
  return { zh: `自应获知时 ${formatClock(startMs)} 起算${from.zh}${heard.zh}`, en: `counted from ${formatClock(startMs)}, when ${owner.en} should have been told${from.en}${heard.en}` };
}

/**
 * DISPATCH_INSUFFICIENT in words, from its figures (report-model.ts InsufficientParams): "力量不足：
 * 救护车到厂区…——需 3 辆救护车到…执行医疗救治（时限 01:00:00），实际到场 2 辆救护车（…），缺 1 辆救护车".
 */
export function insufficientText(p: InsufficientParams, n: FigureNames): LocalText {
  const task = label("task", p.task);
  const owner = p.owner !== undefined ? n.agency(p.owner) : undefined;
  // one deadline (issue 10 §5): an owner told only after the requirement's deadline is judged from when it was told, and the text says so
  const moved = owner && p.toldMs !== undefined && p.ownDueMs !== undefined;
  const due = moved ? formatClock(p.ownDueMs!) : p.dueMs !== undefined ? formatClock(p.dueMs) : undefined;
  const learnt = moved
    ? { zh: `；${owner.zh} ${formatClock(p.toldMs!)} 才获知事故信息，自获知起算`, en: `; ${owner.en} first heard of the incident at ${formatClock(p.toldMs!)}, counted from then` }
    : p.startMs !== undefined && owner ? ((t) => ({ zh: `；${t.zh}`, en: `; ${t.en}` }))(needStartText(owner, p.startMs, p.heardMs, p.noticeFromMs !== undefined && p.noticeMin !== undefined ? { fromMs: p.noticeFromMs, min: p.noticeMin, ...(p.noticeEvent ? { event: p.noticeEvent } : {}) } : undefined)) : { zh: "", en: "" };
  const arrivedTypes = [...new Set(p.arrivals.map((a) => a.type))];
  const need = unitCount(p.need, p.unitTypes);
  const got = unitCount(p.arrived, arrivedTypes.length > 0 ? arrivedTypes : p.unitTypes);
  const short = unitCount(p.short, p.unitTypes);
  const list = {
    zh: p.arrivals.map((a) => `${n.unit(a.unit).zh} ${formatClock(a.atMs)}${a.onTime ? "" : "（超时）"}`).join("、"),
    en: p.arrivals.map((a) => `${n.unit(a.unit).en} at ${formatClock(a.atMs)}${a.onTime ? "" : ", late"}`).join("; "),
  };
  // units of another type at the place: not what the requirement counts (a mini fire station may well have fought
  // the fire, review8 school 14), never "cannot do the task"
  // a unit's type beside its name, unless the name says it already ("School mini fire station (hose reels…)")
  const others = p.others.map((o) => {
    const name = n.unit(o.unit);
    const type = label("unitType", o.type);
    return { zh: `${name.zh}（${type.zh}）`, en: name.en.toLowerCase().includes(type.en.toLowerCase()) ? name.en : `${name.en} (a ${type.en})` };
  });
  const root = p.root ? needRootTail(p.root, n.agency) : { zh: "", en: "" };
  const dark = p.dark && owner ? { zh: `（${owner.zh}未及时获知事故信息所致${root.zh}）`, en: ` (${owner.en} was not told in time${root.en})` } : { zh: "", en: "" };
  return {
    zh: `力量不足：${n.text.zh}——需 ${need.zh}到${n.place.zh}执行${task.zh}${due ? `（时限 ${due}${learnt.zh}）` : ""}，实际到场 ${got.zh}${list.zh ? `（${list.zh}）` : ""}，缺 ${short.zh}${others.length ? `；另有 ${others.map((o) => o.zh).join("、")} 到场，但不属于本需求的车型` : ""}${dark.zh}`,
    en: `Too few units: “${n.text.en}” — ${need.en} ${p.need === 1 ? "was" : "were"} required for ${task.en} at ${n.place.en}${due ? `, by ${due}${learnt.en}` : ""}; ${p.arrived > 0 ? "only " : ""}${got.en} arrived${list.en ? ` (${list.en})` : ""}, ${short.en} short${others.length ? `; ${others.map((o) => o.en).join(", ")} also arrived but ${others.length === 1 ? "is" : "are"} not of the type this requirement asks for` : ""}${dark.en}`,
  };
}

/**
 * Who kept a need unknown (need-root.ts), after "X未及时获知事故信息所致": "：按时到场须于 00:59:16 前获知；兴隆煤业 00:25:00
 * 已获知事故，未及时告知县应急管理局，且 01:20:00 的报告隐瞒已知伤亡或下落不明人员".
 */
export function needRootTail(r: NeedRootParams, agency: (id: string) => LocalText): LocalText {
  const who = agency(r.agency);
  const to = agency(r.to);
  const hid = r.concealedAtMs !== undefined
    ? { zh: `，且 ${formatClock(r.concealedAtMs)} 的报告隐瞒已知伤亡或下落不明人员`, en: `, and its report at ${formatClock(r.concealedAtMs)} hid casualties or missing people it knew of` }
    : { zh: "", en: "" };
  const knew = r.toldMs !== undefined
    ? { zh: `${who.zh}应于 ${formatClock(r.knewMs)} 获知事故（${formatClock(r.toldMs)} 才获知）`, en: `${who.en} should have known of the incident at ${formatClock(r.knewMs)} (it learnt at ${formatClock(r.toldMs)})` }
    : { zh: `${who.zh} ${formatClock(r.knewMs)} 已获知事故`, en: `${who.en} knew of the incident at ${formatClock(r.knewMs)}` };
  return {
    zh: `：按时到场须于 ${formatClock(r.latestMs)} 前获知；${knew.zh}，未及时告知${to.zh}${hid.zh}`,
    en: `: to be there in time it had to know by ${formatClock(r.latestMs)}; ${knew.en} and did not tell ${to.en} in time${hid.en}`,
  };
}

/** What a finding's quantity counts, by code (the rubric deducts its points × the quantity); others count findings. */
const QUANTITY_OF: Readonly<Record<string, "units" | "people" | "minutes" | "hours" | "windows">> = {
  DISPATCH_INSUFFICIENT: "units", HOT_ZONE_UNPROTECTED: "units", REPORT_LATE: "hours", LINKAGE_NOTIFIED_LATE: "windows", LINKAGE_SLOW: "windows",
  OUTCOME_DEATHS: "people", OUTCOME_SERIOUS_INJURIES: "people", OUTCOME_EXPOSED: "people", OUTCOME_EXPOSED_AEGL2: "people", OUTCOME_EXPOSED_AEGL3: "people", OUTCOME_TRAPPED: "people",
  HAZARD_CONTROL_LATE: "minutes",
};

/** Whether a finding's code counts something with a measure word (units, people, minutes), not findings. */
// a report late by less than an hour is one fault and prints its points bare ("4"); only two hours or more say "2 小时 × 4 分"
export const isMeasured = (code: string): boolean => QUANTITY_OF[code] !== undefined && QUANTITY_OF[code] !== "hours" && QUANTITY_OF[code] !== "windows";

/**
 * A finding's quantity with its measure word: "2 辆救护车" / "2 ambulances" (its figures' unit
 * types), "61 人" / "61 people", "15 分钟" / "15 min"; a share or a fraction bare ("0.5").
 */
export function quantityText(f: { code: string; quantity: number; params?: InsufficientParams; lateShare?: true }): LocalText {
  const q = f.quantity;
  // a share of an item (OUTCOME_PREVENTABLE_HARM: harm-costs.ts keeps it to 1/1 000 000) printed whole, so quantity × points is the charge
  const n = String(Math.round(q * 1_000_000) / 1_000_000);
  // a late correction of a 谎报, half per started window of its limit (late-correction.ts), not hours
  if (f.lateShare) return { zh: `${n}（每超过 1 个时限计一半，不足 1 个按 1 个计，至多 1，本县设定）`, en: `${n} (half per started window of its limit, at most 1; set by this county)` };
  switch (QUANTITY_OF[f.code]) {
    case "units":
      return f.params ? unitCount(q, f.params.unitTypes) : { zh: `${n} 个单元`, en: `${n} unit${q === 1 ? "" : "s"}` };
    case "people":
      return { zh: `${n} 人`, en: `${n} ${q === 1 ? "person" : "people"}` };
    case "minutes":
      // counted in started minutes (control.ts): said, so "19 分钟" squares with "18分47秒" in the finding
      return { zh: `${n} 分钟（不足 1 分钟按 1 分钟计）`, en: `${n} min (a started minute counts)` };
    case "hours":
      // a late report, counted in started hours of delay (reporting.ts lateHours)
      return { zh: `${n} 小时（超时时长，不足 1 小时按 1 小时计）`, en: `${n} h late (a started hour counts)` };
    case "windows":
      // a late notice or a late start, counted in started windows of the duty's own time limit (late-grade.ts)
      return { zh: `${n} 个时限（超时时长按该职责自身的时限计，不足 1 个按 1 个计，本县设定）`, en: `${n} windows late (the duty's own time limit; a started window counts; set by this county)` };
    default:
      return { zh: n, en: n };
  }
}
