/** 改进建议: one recommendation per kind of problem found, naming the agencies concerned. */
import type { LocalText } from "../model/ids.ts";
import type { EvalContext } from "./context.ts";
import type { Finding, FindingCode, Recommendation } from "./report-model.ts";

const ADVICE: Array<{ codes: FindingCode[]; text: LocalText }> = [
  {
    codes: ["REPORT_LATE", "REPORT_MISSING"],
    text: {
      zh: "落实“接报即报”：值班人员按规定时限（口头、书面）向上级和有关部门报告，事故分级变化后立即重新报告；建立报告时限提醒和报告对象清单，杜绝迟报、漏报。",
      en: "Report on receipt: duty staff report to their superior and the departments concerned within the set limits (oral and written), and again at once when the incident is re-graded; keep a deadline reminder and a list of recipients so that no report is late or missing.",
    },
  },
  {
    codes: ["REPORT_INCOMPLETE"],
    text: {
      zh: "使用493号令第十二条要素模板（单位概况、时间地点、现场情况、简要经过、伤亡人数、已采取措施）起草报告；续报聚焦新进展。坚持“快报事实、慎报原因”。",
      en: "Draft reports from a template of the Decree 493 article 12 fields (unit, time and place, scene, sequence, casualties, measures taken); follow-ups give what changed. Report facts fast and causes with care.",
    },
  },
  {
    codes: ["REPORT_FALSE", "REPORT_CONCEALED"],
    text: {
      zh: "如实报告已掌握的伤亡情况，不得谎报、瞒报；对尚未核实的数字注明“正在核实”并及时续报，伤亡人数变化后在规定时间内补报。",
      en: "Report the casualties you know of, truthfully and in full; mark unverified figures as \"being checked\" and follow up, and report changes in casualties within the set time.",
    },
  },
  {
    codes: ["LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE"],
    text: {
      zh: "完善联动通知清单：牵头部门接报后按预案一次性通知全部联动单位（含气象、生态环境、乡镇等），并确认对方收到。",
      en: "Complete the notification list: on receipt the lead agency notifies every linked agency named in the plan at once (weather, environment, township …) and confirms receipt.",
    },
  },
  {
    codes: ["LINKAGE_IDLE", "LINKAGE_SLOW"],
    text: {
      zh: "针对“联而不动”：明确各联动单位接报后的首要动作和时限（如公安设卡管制、卫健派车救治、生态环境开展监测），纳入演练考核和日常督查。",
      en: "Against \"linked but not acting\": set each linked agency's first action and its time limit on receipt (police cordon and traffic control, health sends ambulances, environment starts monitoring) and check them in drills and inspections.",
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
    codes: ["DISPATCH_WRONG_TYPE", "DISPATCH_INSUFFICIENT", "DISPATCH_IDLE_UNITS"],
    text: {
      zh: "建立“任务—力量”匹配表（如带压堵漏须派防化救援力量），接警即按匹配表调派足量专业力量，避免派错、派少和专业力量闲置。",
      en: "Keep a task-to-unit table (plugging a leak needs a hazmat team) and dispatch enough of the right units on the first call, so no unit is sent to do what it cannot and specialist units do not sit idle.",
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
    codes: ["CORDON_LATE", "CORDON_TOO_SMALL"],
    text: {
      zh: "到场即按危化品特性划定警戒区：氯气等吸入毒性气体先按ERG初始隔离距离（本情景600米）设置警戒、实施交通管制，再依据侦检和监测数据调整。",
      en: "Set the cordon on arrival from the chemical's data: for chlorine and other toxic-by-inhalation gases, isolate to the ERG initial distance (600 m here) with traffic control first, then adjust to detection and monitoring.",
    },
  },
  {
    codes: ["PROTECTIVE_ACTION_LATE"],
    text: {
      zh: "预案中预先划定下风向防护行动区内的村庄、学校名单和联系人；泄漏发生后30分钟内逐一通知就地避险（关闭门窗、空调）或横风向疏散，毒气团过后再组织转移。",
      en: "List in the plan the villages and schools in the downwind protective-action zone, with contacts; within 30 minutes of a leak tell each to shelter in place (windows and air-conditioning shut) or leave crosswind, and move them once the cloud has passed.",
    },
  },
  {
    codes: ["OUTCOME_DEATHS", "OUTCOME_SERIOUS_INJURIES", "OUTCOME_EXPOSED_AEGL2", "OUTCOME_EXPOSED_AEGL3", "OUTCOME_EXPOSED", "OUTCOME_TRAPPED"],
    text: {
      zh: "加强群众防护：依据侦检、监测和气象数据尽早划定警戒区，及时组织下风向或受威胁群众就地避险或转移，并尽快救治伤员。",
      en: "Protect the public: set the cordon early from detection, monitoring and weather data, shelter or move threatened people (downwind) in time, and treat the injured quickly.",
    },
  },
  {
    codes: ["HAZARD_NOT_CONTROLLED", "HAZARD_CONTROL_LATE"],
    text: {
      zh: "尽早组织专业力量控制危险源（关阀堵漏、排水、灭火），并预置后备力量和装备。",
      en: "Bring specialist units to control the source as early as possible (close valves and plug, pump, extinguish), with reserves and equipment ready.",
    },
  },
];

export function recommendations(x: EvalContext, findings: readonly Finding[]): Recommendation[] {
  const out: Recommendation[] = [];
  for (const a of ADVICE) {
    const hits = findings.filter((f) => a.codes.includes(f.code));
    if (hits.length === 0) continue;
    const agencies = [...new Set(hits.map((f) => f.agency).filter((g): g is string => g !== null))];
    const names = agencies.map((g) => x.agencyName(g));
    const who = names.length > 0 ? { zh: `（涉及：${names.map((n) => n.zh).join("、")}）`, en: ` (concerns: ${names.map((n) => n.en).join(", ")})` } : { zh: "", en: "" };
    out.push({ codes: [...new Set(hits.map((f) => f.code))], agencies, text: { zh: a.text.zh + who.zh, en: a.text.en + who.en } });
  }
  return out;
}
