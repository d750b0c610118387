/** One readable line per event, in Chinese or English, for timelines and reports. */
import type { Compiled } from "../compile.ts";
import type { DrillEvent } from "../model/events.ts";
import { GRADE_NAMES } from "../rules/grading.ts";

export type Lang = "zh" | "en";

const REPORT_KIND = { initial: { zh: "初报", en: "initial report" }, followUp: { zh: "续报", en: "follow-up report" }, final: { zh: "终报", en: "final report" } };
const MODE = { oral: { zh: "口头", en: "oral" }, written: { zh: "书面", en: "written" } };
const WARNING = { blue: { zh: "蓝色", en: "blue" }, yellow: { zh: "黄色", en: "yellow" }, orange: { zh: "橙色", en: "orange" }, red: { zh: "红色", en: "red" } };
const RESPONSE = { 1: "一", 2: "二", 3: "三", 4: "四" } as const;

/** Task names as drill scripts say them; unknown tasks show their id. */
export const TASK_NAMES: Record<string, { zh: string; en: string }> = {
  plugLeak: { zh: "堵漏", en: "plug the leak" },
  closeValve: { zh: "关阀断料", en: "close the valve" },
  waterCurtain: { zh: "水幕稀释", en: "water curtain" },
  rescue: { zh: "搜救", en: "search and rescue" },
  treat: { zh: "医疗救治", en: "treat casualties" },
  transport: { zh: "转运", en: "transport" },
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
  installPumps: { zh: "安装水泵排水", en: "install pumps" },
  drillBorehole: { zh: "施工钻孔", en: "drill a borehole" },
  buildWall: { zh: "构筑挡水墙", en: "build a water-retaining wall" },
  search: { zh: "搜索", en: "search" },
  suppression: { zh: "灭火", en: "fire suppression" },
  triage: { zh: "检伤分类", en: "triage" },
};

export function describeEvent(c: Compiled, e: DrillEvent, lang: Lang): string | undefined {
  const ag = (id: string) => (id === "director" ? (lang === "zh" ? "导调" : "Director") : c.agencies.get(id)?.name[lang] ?? id);
  const un = (id: string) => c.units.get(id)?.name[lang] ?? id;
  const pl = (id: string) => c.scenario.map.places.find((p) => p.id === id)?.name[lang] ?? id;
  const task = (id: string) => TASK_NAMES[id]?.[lang] ?? id;
  const spot = (id: string) => c.hazard.siteTargets?.(c.scenario).find((t) => t.id === id)?.name[lang] ?? id;
  const zh = lang === "zh";
  switch (e.type) {
    case "drillStarted":
      return zh ? `演练开始：${c.scenario.title.zh}（种子 ${e.seed}）` : `Drill started: ${c.scenario.title.en} (seed ${e.seed})`;
    case "rejected":
      return zh ? `✗ ${ag(e.by)} 的指令「${e.command}」被拒绝：${e.code}` : `✗ ${ag(e.by)}'s "${e.command}" rejected: ${e.code}`;
    case "messageSent":
      return `${ag(e.from)} → ${e.to.map(ag).join("、")}：${e.text}`;
    case "acknowledged":
      return zh ? `${ag(e.from)} 向 ${ag(e.to)} 确认收到` : `${ag(e.from)} acknowledged to ${ag(e.to)}`;
    case "reportSubmitted": {
      const c4 = e.content.casualties;
      const cas = c4 ? (zh ? `，死亡 ${c4.deaths}、重伤 ${c4.seriousInjuries}、受伤 ${c4.injured}` : `, ${c4.deaths} dead, ${c4.seriousInjuries} seriously injured, ${c4.injured} injured`) : "";
      const miss = e.missingFields.length > 0 ? (zh ? `（缺：${e.missingFields.join("、")}）` : ` (missing: ${e.missingFields.join(", ")})`) : "";
      return `${ag(e.from)} → ${ag(e.to)}：${MODE[e.mode][lang]}${REPORT_KIND[e.kind][lang]}${cas}${miss}`;
    }
    case "injectDelivered":
      return `${zh ? "情景注入" : "Inject"} [${e.inject}] → ${e.to.map(ag).join("、")}：${e.text[lang]}`;
    case "unitDispatched":
      return zh
        ? `${ag(e.agency)} 调派 ${un(e.unit)} 前往 ${pl(e.place)}（${task(e.task)}${e.target ? `，重点：${spot(e.target)}` : ""}）`
        : `${ag(e.agency)} dispatched ${un(e.unit)} to ${pl(e.place)} (${task(e.task)}${e.target ? `, aimed at ${spot(e.target)}` : ""})`;
    case "unitDeparted":
      return zh ? `${un(e.unit)} 出动` : `${un(e.unit)} left base`;
    case "unitArrived":
      return zh ? `${un(e.unit)} 到达 ${pl(e.place)}（用时 ${Math.round((e.at - e.dispatchedAt) / 60000)} 分钟）` : `${un(e.unit)} arrived at ${pl(e.place)} (${Math.round((e.at - e.dispatchedAt) / 60000)} min after the order)`;
    case "taskStarted":
      return zh ? `${un(e.unit)} 开始${task(e.task)}` : `${un(e.unit)} started: ${task(e.task)}`;
    case "taskCompleted":
      return zh ? `${un(e.unit)} 完成${task(e.task)}` : `${un(e.unit)} completed: ${task(e.task)}`;
    case "taskFailed":
      return zh ? `⚠ ${un(e.unit)} 无法执行「${task(e.task)}」：${e.reason}` : `⚠ ${un(e.unit)} cannot do ${task(e.task)}: ${e.reason}`;
    case "unitRecalled":
      return zh ? `${un(e.unit)} 奉命返回` : `${un(e.unit)} recalled`;
    case "unitReturned":
      return undefined;
    case "unitExposed":
      return zh ? `⚠ ${un(e.unit)} 处于 ${e.level.toUpperCase()} 浓度区（${e.ppm} ppm，${e.protected ? "有防护" : "无防护"}）` : `⚠ ${un(e.unit)} inside the ${e.level.toUpperCase()} zone (${e.ppm} ppm, ${e.protected ? "protected" : "unprotected"})`;
    case "cordonSet":
      return zh ? `${ag(e.by)} 在 ${pl(e.place)} 设置警戒区，半径 ${e.radiusM} 米` : `${ag(e.by)} set a cordon of ${e.radiusM} m at ${pl(e.place)}`;
    case "evacuationOrdered":
      return zh ? `${ag(e.by)} 下令疏散：${e.groups.map((g) => c.groups.get(g)?.name.zh ?? g).join("、") || "现场人员"}` : `${ag(e.by)} ordered evacuation: ${e.groups.map((g) => c.groups.get(g)?.name.en ?? g).join(", ") || "people on site"}`;
    case "shelterOrdered":
      return zh ? `${ag(e.by)} 下令就地避险：${e.groups.map((g) => c.groups.get(g)?.name.zh ?? g).join("、") || "现场人员"}` : `${ag(e.by)} ordered shelter in place: ${e.groups.map((g) => c.groups.get(g)?.name.en ?? g).join(", ") || "people on site"}`;
    case "groupEvacuated":
      return zh ? `${c.groups.get(e.group)?.name.zh ?? e.group} ${e.count} 人疏散完毕` : `${c.groups.get(e.group)?.name.en ?? e.group}: ${e.count} people evacuated`;
    case "warningIssued":
      return zh ? `${ag(e.by)} 发布${WARNING[e.level].zh}预警（${pl(e.place)} 周边 ${e.radiusM} 米）` : `${ag(e.by)} issued a ${WARNING[e.level].en} warning (${e.radiusM} m around ${pl(e.place)})`;
    case "responseActivated":
      return zh ? `${ag(e.by)} 启动${RESPONSE[e.level]}级应急响应` : `${ag(e.by)} activated a level ${e.level} response`;
    case "supportRequested":
      return zh ? `${ag(e.by)} 请求 ${ag(e.from)} 支援 ${e.unitType} × ${e.count}` : `${ag(e.by)} asked ${ag(e.from)} for ${e.count} × ${e.unitType}`;
    case "hazardChanged":
      return `${zh ? "态势" : "Hazard"}：${e.detail[lang]}`;
    case "casualtiesChanged":
      return zh ? `伤亡：死亡 ${e.deaths}，重伤 ${e.seriousInjuries}，受伤 ${e.injured}，受危害暴露 ${e.exposed}` : `Casualties: ${e.deaths} dead, ${e.seriousInjuries} seriously injured, ${e.injured} injured, ${e.exposed} exposed to harm`;
    case "gradeChanged":
      return zh ? `事故等级由「${GRADE_NAMES[e.from].zh}」升为「${GRADE_NAMES[e.to].zh}」` : `Incident re-graded from ${GRADE_NAMES[e.from].en} to ${GRADE_NAMES[e.to].en}`;
    case "obligationOpened":
      return zh ? `义务：${e.obligation.text.zh}（${ag(e.obligation.agency)}，时限 ${fmt(e.obligation.deadlineMs)}）` : `Obligation: ${e.obligation.text.en} (${ag(e.obligation.agency)}, due ${fmt(e.obligation.deadlineMs)})`;
    case "obligationMet":
      return e.late
        ? (zh ? `✗ 迟于时限（${fmt(e.deadlineMs)}）：${ag(e.agency)} — ${e.text.zh}` : `✗ Late (due ${fmt(e.deadlineMs)}): ${ag(e.agency)} — ${e.text.en}`)
        : (zh ? `✓ 按时：${ag(e.agency)} — ${e.text.zh}` : `✓ On time: ${ag(e.agency)} — ${e.text.en}`);
    case "obligationMissed":
      return zh ? `✗ 超时未完成（时限 ${fmt(e.deadlineMs)}）：${ag(e.agency)} — ${e.text.zh}` : `✗ Overdue (due ${fmt(e.deadlineMs)}): ${ag(e.agency)} — ${e.text.en}`;
    case "drillEnded":
      return zh ? `演练结束（${e.reason}）` : `Drill ended (${e.reason})`;
  }
}

function fmt(ms: number): string {
  const s = Math.floor(ms / 1000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}
