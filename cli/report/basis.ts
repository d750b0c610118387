/**
 * A finding's basis in the report's language (issue 10 §13). The engine cites each basis in
 * Chinese (`Finding.basis`); the rules profile gives each rule's English form (`basisEn`), and
 * the evaluator's own fixed bases (engine/evaluate/*.ts constants) are translated here. A basis
 * the evaluator builds from several parts ("profile basis；AQ/T 9009 附录A …") is translated part
 * by part, longest known run of "；"-separated parts first. An author's note (`note:` in the
 * profile) is never part of a basis, so it never reaches a report.
 */
import type { Compiled } from "../../engine/compile.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { CHEMICAL_ZH, CONTAINER_ZH } from "../../engine/evaluate/erg-basis.ts";
import { ALARM_BASIS, ALARM_BASIS_BY_ANALOGY, CHEM_CALL_BASIS, TELL_COMMAND_BASIS, TELL_LOCAL_BASIS } from "../../engine/evaluate/told-rescuers.ts";
import { CHEM_HEALTH_BASIS } from "../../engine/evaluate/chem-report-content.ts";
import { PLAN_ONLY } from "../../engine/evaluate/order-faults.ts";
import { KNOWING_CAP } from "../../engine/evaluate/relayed-lie.ts";
import { CASUALTIES_493, CASUALTIES_ERL } from "../../engine/evaluate/report-basis.ts";

const AQT = "Specification for the evaluation of production safety accident emergency drills (生产安全事故应急演练评估规范, AQ/T 9009-2015)";
const R493 = "Production Safety Accident Reporting and Investigation Regulations (生产安全事故报告和调查处理条例, State Council Decree 493)";
const ERG = "Emergency Response Guidebook (应急响应指南, ERG 2024)";

/** The evaluator's fixed basis parts (engine/evaluate: reporting, cordon, dispatch, outcomes, control, preventable, protective-action, linkage, told-rescuers), zh → en. */
const FIXED: Readonly<Record<string, string>> = {
  "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A": `${AQT}, Annex A`,
  "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 现场控制及恢复": `${AQT}, Annex A: site control and recovery`,
  "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 应急资源管理": `${AQT}, Annex A: emergency resource management`,
  // units sent to the wrong place (engine/evaluate/wrong-place.ts)
  "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 应急资源管理、4.7（救援方案合理，调集力量满足需要）": `${AQT}, Annex A: emergency resource management, and 4.7 (a sound rescue plan that mobilises the resources needed)`,
  "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 人员保护": `${AQT}, Annex A: personnel protection`,
  "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 事故处置、人员保护、医疗救护": `${AQT}, Annex A: incident handling, personnel protection, medical rescue`,
  "生产安全事故报告和调查处理条例（国务院令第493号）第四、九至十三条": `${R493}, Arts. 4 and 9–13`,
  // a false report never corrected (engine/evaluate/reporting.ts UNCORRECTED_493)
  "生产安全事故报告和调查处理条例（国务院令第493号）第四条（不得谎报）、第十三条（事故报告后出现新情况的，应当及时补报）":
    `${R493}, Art. 4 (no false report) and Art. 13 (what comes to light after the report is reported in time)`,
  "演练方案（情景）规定的力量需求": "the resources the drill plan (scenario) requires",
  "生产安全事故应急条例（国务院令第708号）第十八条（划定警戒区域）": "Regulations on Production Safety Accident Emergencies (生产安全事故应急条例, State Council Decree 708), Art. 18 (setting cordoned areas)",
  "消防法 第四十五条": "Fire Protection Law (消防法), Art. 45",
  "《应急响应指南》（ERG 2024）：进入危险区须佩戴正压式空气呼吸器（本评估以AEGL-2浓度为界，评估组设定）":
    `${ERG}: positive-pressure breathing apparatus inside the hazard zone (this evaluation draws the zone at the AEGL-2 concentration, set by the evaluation team)`,
  "演练目标：减少人员伤亡（AQ/T 9009-2015 附录A 事故处置、人员保护、医疗救护）": "Drill objective: fewer casualties (AQ/T 9009-2015, Annex A: incident handling, personnel protection, medical rescue)",
  "伤亡计入情景设定之外由处置不当造成的部分": "casualties count beyond those the scenario sets, as caused by the response",
  "美国国家研究委员会《急性暴露指导水平》（AEGL）60分钟值：毒性负荷达到AEGL-2/AEGL-3对应负荷":
    "US National Research Council Acute Exposure Guideline Levels (AEGL), 60-minute values: a toxic load reaching the AEGL-2 / AEGL-3 load",
  "AQ/T 9009-2015 附录A 人员保护": "AQ/T 9009-2015, Annex A: personnel protection",
  "火灾烟气：有效剂量分数（FED，ISO 13571 简化法）≥ 0.1（评估组设定的伤害阈值；ISO 13571 设计可耐受限值为0.3，丧失行动能力为1）": "Fire smoke: fractional effective dose (FED, ISO 13571 simplified method) ≥ 0.1 (a harm threshold set by the evaluation team; ISO 13571 takes 0.3 as the design tenability limit and 1 as incapacitation)",
  "矿井透水：人员所在巷道被涌水淹及": "Mine water inrush: the roadway people are in is reached by the water",
  // engine/evaluate/told-rescuers.ts and protective-action.ts (report and outcome merges)
  "危险化学品安全管理条例 第七十一条（事故单位报告）、第七十三条（为危险化学品事故应急救援提供技术指导和必要的协助）":
    "Regulations on the Safe Management of Hazardous Chemicals (危险化学品安全管理条例), Art. 71 (the accident unit reports) and Art. 73 (technical guidance and necessary help for the emergency rescue)",
  // a call to 119 is 报警 (review9 chem 6); where the trapped are, passed on at once (review9 school 7, 10d)
  [ALARM_BASIS]: "Fire Protection Law (消防法), Art. 44 (anyone who discovers a fire reports it at once)",
  [ALARM_BASIS_BY_ANALOGY]: "by analogy with the Fire Protection Law (消防法), Art. 44 (anyone who discovers a fire reports it at once) (set by this county)",
  [PLAN_ONLY]: "the agency's own linkage duty is not judged in this drill, so the drill plan's resource requirement is the only basis here",
  [CHEM_CALL_BASIS]: "Regulations on Production Safety Accident Emergencies (生产安全事故应急条例), Art. 17 (rescue the people in danger at once and call the nearby rescue teams in)",
  [CHEM_HEALTH_BASIS]: "Regulations on the Safe Management of Hazardous Chemicals (危险化学品安全管理条例), Art. 71 (the unit's principal head organises the rescue at once and reports to the work-safety, environment, public-security and health authorities)",
  [TELL_COMMAND_BASIS]: `${AQT}, Annex A 4: command and coordination (the on-scene command knows where the trapped are)`,
  [TELL_LOCAL_BASIS]:
    "People found trapped or unaccounted for at the head count: where they are is passed to the rescuers on scene at once (“at once” counted as 5 min, set by this county, after the school fire-drill plans: class teachers count and report heads; the fire reconnaissance asks those who know)",
  "《应急响应指南》（ERG 2024）防护行动区：疏散或就地避险，毒气团已到达或疏散途中将遭遇时宜就地避险":
    `${ERG}, protective-action zone: evacuate or shelter in place; shelter in place when the cloud has arrived or would be met on the way out`,
  "危险化学品安全管理条例 第七十二条第（一）项（组织疏散、防护）": "Regulations on the Safe Management of Hazardous Chemicals (危险化学品安全管理条例), Art. 72(1) (organise evacuation and protection)",
  "突发事件应对法 第七十三条": "Emergency Response Law (突发事件应对法), Art. 73",
  // the met bureau's duty without its 参照 clause (a finding's basis drops another hazard's drill script: worded.ts), and the
  // forecast it held back (forecast-passed.ts)
  "市危化品事故应急预案（气象部门职责）": "City hazardous-chemical accident emergency plan (市危化品事故应急预案), meteorological duties",
  "风向转变前报送预报为本县设定（协助预测毒气扩散方向）": "passing on the forecast before the wind turns is set by this county (to help forecast the plume)",
  "生产安全事故报告和调查处理条例（国务院令第493号）第十二条（报告内容）": `${R493}, Art. 12 (contents of a report)`,
  "续报只报新情况（肇庆市突发事件信息报送规定）": "a follow-up report gives only what is new (Zhaoqing emergency information reporting provisions, 肇庆市突发事件信息报送规定)",
  "生产安全事故报告和调查处理条例（国务院令第493号）第四条（不得迟报、漏报、谎报或者瞒报）": `${R493}, Art. 4 (no late, missing, false or concealed reports)`,
  "突发事件应对法 第六十一条": "Emergency Response Law (突发事件应对法), Art. 61",
  // a knowing relay of a corrected 谎报, priced once (engine/evaluate/relayed-lie.ts KNOWING_CAP; review17 mine A3)
  [KNOWING_CAP]: "passing on a false figure its originator had corrected is the relaying agency's own false report; the untrue casualties its addressee then holds are the same misinformation, charged once (what is left of the report + the correcting follow-up it never sent, not the false report's own points again; set by this county)",
  // what 谎报 and 瞒报 are (engine/evaluate/report-basis.ts DEF_FALSE, DEF_HIDDEN; review15 mine 1)
  "生产安全事故罚款处罚规定（应急管理部令第14号）（故意不如实报告伤亡人数和涉险人数等内容的，属于谎报）": "Provisions on Fines for Production Safety Accidents (生产安全事故罚款处罚规定, MEM Order 14) (knowingly reporting untrue casualties or people at risk is a false report, 谎报)",
  "生产安全事故罚款处罚规定（应急管理部令第14号）（隐瞒已经发生的事故，超过规定时限未报告的，属于瞒报）": "Provisions on Fines for Production Safety Accidents (生产安全事故罚款处罚规定, MEM Order 14) (hiding an accident that has happened, unreported past the set time, is concealment, 瞒报)",
  "谎报、瞒报的认定参照生产安全事故罚款处罚规定（应急管理部令第14号）（本县设定）": "what is a false (谎报) or concealed (瞒报) report follows the Provisions on Fines for Production Safety Accidents (MEM Order 14), by this county's choice",
  "瞒报的认定参照生产安全事故罚款处罚规定（应急管理部令第14号）（本县设定）": "what is concealment (瞒报) follows the Provisions on Fines for Production Safety Accidents (MEM Order 14), by this county's choice",
  // what a report's casualties must be (engine/evaluate/report-basis.ts casualtyBasis: 报告失实, 漏报涉险人员; review17 school 3)
  [CASUALTIES_493]: `${R493}, Art. 4 (reports are prompt, accurate and complete) and Art. 12(4) (the casualties caused or that may be caused, the missing included)`,
  [CASUALTIES_ERL]: "casualties after the Production Safety Accident Reporting and Investigation Regulations (生产安全事故报告和调查处理条例), Art. 12(4) (the casualties caused or that may be caused, the missing included) (set by this county)",
  "突发事件应对法（2024）第六十一条（及时、客观、真实报告）": "Emergency Response Law (突发事件应对法, 2024), Art. 61 (report promptly, objectively and truthfully)",
  "报告要素参照生产安全事故报告和调查处理条例 第十二条（本县设定）": "report fields after the Production Safety Accident Reporting and Investigation Regulations (生产安全事故报告和调查处理条例), Art. 12 (set by this county)",
  "突发事件应对法（2024）第六十一条（不得迟报、谎报、瞒报、漏报）": "Emergency Response Law (突发事件应对法, 2024), Art. 61 (no late, false, concealed or missing reports)",
  "职责与权限（消防法 第四十五条、突发事件应对法 第六十三、七十一条等）": "Duties and powers (Fire Protection Law (消防法), Art. 45; Emergency Response Law (突发事件应对法), Arts. 63 and 71, among others)",
  "力量隶属（跨部门调用须经请求支援）": "unit ownership (another agency's units are called through a request for support)",
  "演练方案力量需求（带压堵漏须具备一级（A级）防护）": "the drill plan's resource requirement (plugging under pressure needs level-A protection)",
  "热区以AEGL-3或IDLH为界（评估组设定）": "the hot zone is bounded by AEGL-3 or IDLH (set by the evaluation team)",
  "矿山救援规程（2024）“矿井透水事故救援”：排、疏、堵、截，构筑挡水墙，排水能力小于涌水量时增设水泵":
    "Mine Rescue Rules (矿山救援规程, 2024), “mine water inrush rescue”: drain, divert, plug and cut off the water (排、疏、堵、截), build water-retaining walls, add pumps when the pumping capacity is below the inflow",
};

/** Basis parts built around a value: a requirement's own text, the best play's title. */
type Pattern = { re: RegExp; en: (m: RegExpExecArray, c: Compiled) => string | undefined };
const PATTERNS: readonly Pattern[] = [
  // ERG citations built for the scenario's chemical and tank (engine/evaluate/erg-basis.ts)
  {
    re: /^《应急响应指南》（ERG 2024）表3 (\S+?)（(\S+?)，按储量([\d.]+)吨参照）(大量泄漏初始隔离距离|初始隔离区与下风向防护行动区（泄漏后30分钟）)$/,
    en: (m) => `${ERG}, Table 3, ${CHEMICAL_EN[m[1]!] ?? m[1]}, ${CONTAINER_EN.get(m[2]!) ?? m[2]} row, taken for a ${m[3]} t inventory: ${m[4]!.startsWith("大量") ? "initial isolation distance for a large spill" : "initial isolation and downwind protective-action zones (30 min after the release)"}`,
  },
  {
    re: /^《应急响应指南》（ERG 2024）指南(\d+)：佩戴正压式空气呼吸器，穿戴化学防护服$/,
    en: (m) => `${ERG}, Guide ${m[1]}: wear positive-pressure breathing apparatus and chemical protective clothing`,
  },
  {
    // a requirement with its place (engine/evaluate/wrong-place.ts: units sent elsewhere)
    re: /^演练方案力量需求“(.+)”（地点：(.+)）$/,
    en: (m, c) => {
      const req = c.scenario.requirements.find((r) => r.text.zh === m[1]);
      const place = c.scenario.map.places.find((p) => p.name.zh === m[2]);
      return req && place ? `the drill plan's resource requirement “${req.text.en}” (place: ${place.name.en})` : undefined;
    },
  },
  {
    re: /^演练方案力量需求“(.+)”$/,
    en: (m, c) => {
      const req = c.scenario.requirements.find((r) => r.text.zh === m[1]);
      return req ? `the drill plan's resource requirement “${req.text.en}”` : undefined;
    },
  },
  {
    re: /^对照：同一情景、同一随机种子、同一时刻的无处置推演与最佳处置推演（(.+)）$/,
    // the play's own title stays as written (a document's name), in English quotes rather than 《》
    en: (m) => `compared with a run with no response and a run of the best play (${m[1]!.replace(/^剧本 /, "play ").replace(/^《(.+)》$/, "“$1”")}), same scenario, seed and drill time`,
  },
];

const CHEMICAL_EN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CHEMICAL_ZH).map(([en, zh]) => [zh, en === "ammonia" ? "anhydrous ammonia" : en]));
const CONTAINER_EN = new Map(Object.entries(CONTAINER_ZH).map(([en, zh]) => [zh, en]));

export type BasisCatalogue = ReadonlyMap<string, string>;

/** Every basis the rules profile (and an optional rubric) gives in both languages, with the evaluator's fixed parts: zh → en. */
export function basisCatalogue(c: Compiled, rubric?: { basis?: string; basisEn?: string }): BasisCatalogue {
  const m = new Map<string, string>(Object.entries(FIXED));
  const add = (r: { basis: string; basisEn?: string | undefined; noticeBasis?: string | undefined; noticeBasisEn?: string | undefined; evacuateBasis?: string | undefined; evacuateBasisEn?: string | undefined }) => {
    if (r.basisEn) m.set(r.basis, r.basisEn);
    if (r.noticeBasis && r.noticeBasisEn) m.set(r.noticeBasis, r.noticeBasisEn);
    if (r.evacuateBasis && r.evacuateBasisEn) m.set(r.evacuateBasis, r.evacuateBasisEn);
  };
  const p = c.rules;
  add(p.grading);
  [...p.reporting, ...p.followUp, ...p.linkage["chemical-leak"], ...p.linkage["mine-flood"], ...p.linkage["school-fire"], ...p.dispatch].forEach(add);
  // a duty's parts carry their own basis (engine/evaluate/duty-parts.ts, LINKAGE_PART_UNDONE), an alarm row its elements' (alarm-call.ts)
  [...p.linkage["chemical-leak"], ...p.linkage["mine-flood"], ...p.linkage["school-fire"]].forEach((r) => { r.parts?.forEach(add); if (r.alarmCheck) add(r.alarmCheck); });
  Object.values(p.control).forEach((x) => x && add(x));
  add(p.spotQuestions);
  add(p.helpRequests);
  add(p.forwarding);
  // a request for help carries its agency's duty to help (the scenario's inject `requests`: help-requests.ts)
  c.scenario.injects.forEach((i) => i.requests?.forEach(add));
  // a demanded report carries the demand's own basis (the inject's `reportDemand`: rules/inject-duties.ts)
  c.scenario.injects.forEach((i) => i.reportDemand && add(i.reportDemand));
  if (rubric?.basis) add({ basis: rubric.basis, basisEn: rubric.basisEn });
  return m;
}

/**
 * A basis in both languages: `zh` as the engine cites it; `en` from the catalogue part by part
 * (a part nobody translated stays in Chinese, and `untranslated` names it for the tests).
 */
export function basisText(zh: string, cat: BasisCatalogue, c: Compiled): LocalText & { untranslated: string[] } {
  const parts = zh.split("；");
  const en: string[] = [];
  const untranslated: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let j = parts.length;
    let hit: string | undefined;
    // the longest run of parts the catalogue knows (a profile basis may itself contain "；")
    for (; j > i; j--) {
      const run = parts.slice(i, j).join("；");
      hit = cat.get(run) ?? pattern(run, c);
      if (hit !== undefined) break;
    }
    if (hit === undefined) {
      untranslated.push(parts[i]!);
      en.push(parts[i]!);
      i++;
    } else {
      en.push(hit);
      i = j;
    }
  }
  return { zh, en: en.join("; "), untranslated };
}

function pattern(part: string, c: Compiled): string | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(part);
    if (m) return p.en(m, c);
  }
  return undefined;
}

/** The basis of a rule or requirement by its id (for duties listed as not yet due), or undefined. */
export function ruleBasis(c: Compiled, ruleId: string): string | undefined {
  const p = c.rules;
  const rules: Array<{ id: string; basis: string }> = [...p.reporting, ...p.followUp, ...p.linkage["chemical-leak"], ...p.linkage["mine-flood"], ...p.linkage["school-fire"], ...p.dispatch];
  return rules.find((r) => r.id === ruleId)?.basis ?? (ruleId === "OUT-CONTROL" ? p.control[c.scenario.kind]?.basis : undefined);
}
