/** The bases a report's findings cite, by who reports (issue 10 §12), and the fields each kind of report must carry. */
import { REPORT_FIELDS } from "../model/commands.ts";
import type { EvalContext } from "./context.ts";

/**
 * The basis of a report's content and honesty findings, by who reports (issue 10 §12): 493号令 binds
 * a 生产经营单位 and the departments it reports to (第二条); a school is none, so a school fire is
 * judged under 突发事件应对法（2024）第六十一条, its report fields the 第十二条 list by this county's
 * choice. "续报只报新情况" (肇庆) is cited only on a follow-up, the one kind it governs.
 */
const CONTENT_493 = "生产安全事故报告和调查处理条例（国务院令第493号）第十二条（报告内容）";
const CONTENT_ERL = "突发事件应对法（2024）第六十一条（及时、客观、真实报告）；报告要素参照生产安全事故报告和调查处理条例 第十二条（本县设定）";
const FOLLOW_UP_ONLY_NEW = "续报只报新情况（肇庆市突发事件信息报送规定）";
/**
 * What makes a report 谎报 or 漏报伤亡 (honesty.ts) and a report never made 瞒报 (hidden-accident.ts): 应急管理部令第14号
 * 《生产安全事故罚款处罚规定》(2024), worded as its 试行版 第五条; its 第三条 defines the 事故发生单位 and 主要负责人 (stored
 * copies of its text, checked 2026-12); the definitions' article is not known, so the Order is cited by name and number
 * alone, as an evaluator cites a document (review16; review19: a remark 条文序号未核对 read as an author's note); a school is no
 * 事故发生单位 (that 第三条), so its reports borrow the definitions by this county's choice.
 */
export const DEF_FALSE = "生产安全事故罚款处罚规定（应急管理部令第14号）（故意不如实报告伤亡人数和涉险人数等内容的，属于谎报）";
export const DEF_HIDDEN = "生产安全事故罚款处罚规定（应急管理部令第14号）（隐瞒已经发生的事故，超过规定时限未报告的，属于瞒报）";
const HONESTY_493 = `生产安全事故报告和调查处理条例（国务院令第493号）第四条（不得迟报、漏报、谎报或者瞒报）；${DEF_FALSE}；突发事件应对法 第六十一条`;
const HONESTY_ERL = "突发事件应对法（2024）第六十一条（不得迟报、谎报、瞒报、漏报）；谎报、瞒报的认定参照生产安全事故罚款处罚规定（应急管理部令第14号）（本县设定）";

/**
 * What a report's casualties must be (untrue-figures.ts 报告失实, at-risk.ts 漏报涉险人员; review17 school 3): accurate
 * (493号令 第四条: 及时、准确、完整; 应对法 第六十一条: 客观、真实) and those caused or that may be caused, the missing
 * included (第十二条（四）): by the county's choice (参照) where the incident's unit is no 生产经营单位.
 */
export const CASUALTIES_493 = "生产安全事故报告和调查处理条例（国务院令第493号）第四条（事故报告应当及时、准确、完整）、第十二条（四）（已经造成或者可能造成的伤亡人数，包括下落不明的人数）";
export const CASUALTIES_ERL = "伤亡人数参照生产安全事故报告和调查处理条例 第十二条（四）（已经造成或者可能造成的伤亡人数，包括下落不明的人数）（本县设定）";

export function casualtyBasis(x: EvalContext): string {
  return productionUnit(x) ? `${CASUALTIES_493}；突发事件应对法 第六十一条` : `突发事件应对法（2024）第六十一条（及时、客观、真实报告）；${CASUALTIES_ERL}`;
}

/** Whether the incident's own unit is a 生产经营单位 under 493号令 第二条 (a school is not). */
function productionUnit(x: EvalContext): boolean {
  return x.c.agencies.get(x.c.scenario.incidentAgency)?.kind !== "school";
}

export function contentBasis(x: EvalContext, kind: "initial" | "followUp" | "final"): string {
  const law = productionUnit(x) ? CONTENT_493 : CONTENT_ERL;
  return kind === "followUp" ? `${law}；${FOLLOW_UP_ONLY_NEW}` : law;
}

export function honestyBasis(x: EvalContext): string {
  return productionUnit(x) ? HONESTY_493 : HONESTY_ERL;
}

/** The basis of a 瞒报 (an accident never reported, hidden-accident.ts): the duty's own rule, then the definition. */
export function hiddenBasis(x: EvalContext, ruleBasis: string): string {
  return productionUnit(x) ? `${ruleBasis}；${DEF_HIDDEN}` : `${ruleBasis}；突发事件应对法（2024）第六十一条（不得迟报、谎报、瞒报、漏报）；瞒报的认定参照生产安全事故罚款处罚规定（应急管理部令第14号）（本县设定）`;
}

/**
 * Fields a report must carry, by kind: an initial or final report the 第十二条 fields; a
 * follow-up (续报) only what changed, i.e. the casualties. The cause is never required.
 */
export function requiredFields(kind: "initial" | "followUp" | "final"): readonly string[] {
  return kind === "followUp" ? ["casualties"] : REPORT_FIELDS;
}
