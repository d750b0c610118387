/**
 * The words a player's message may use to tell of casualties or trapped people (issue 10 §1, §4: a duty opens when
 * its agency is told of its work, duty-work.ts). They read input, the free text of a message, and build no sentence:
 * the engine still emits codes only. Chinese and English, as players write them; a word that denies or asks
 * ("无人员伤亡", "有没有被困") says nothing.
 */

/** Casualties (bit 1) and trapped people (bit 2) as words say them. */
const WORDS: ReadonlyArray<[RegExp, number]> = [
  [/倒地|受伤|伤员|伤者|重伤|轻伤|死亡|遇难|身亡|中毒|昏迷|窒息|呛|吸入|injur|dead|died|killed|poison|unconscious|casualt|are down|overcome/i, 1],
  [/被困|困在|出不去|下落不明|失踪|没回来|未撤出|没有撤出|trapped|missing/i, 2],
];
const DENIED = /(?:有没有|无|没有|没|未发现|暂无|并无)(?:人员|人|学生|员工|工人)?(?:伤亡|受伤|被困|死亡|中毒)|\bno (?:one|casualties|injur\w*)\b|\bany(?:one)? (?:injur\w*|trapped|casualt\w*)/gi;

/** The work (casualties 1, trapped 2) that `text` tells of, as a bit mask. */
export function workInWords(text: string): number {
  const said = text.replace(DENIED, " ");
  return WORDS.reduce((m, [re, bit]) => (re.test(said) ? m | bit : m), 0);
}

/**
 * What a report states (493号令 第十二条: 时间、地点、现场情况、伤亡人数、已采取的措施) as free words say it: a clock time,
 * a figure (people, an inflow, a distance), people hurt or trapped, or a measure already taken ("已下达撤人命令",
 * "已召请矿山救护队"). Naming the incident is not among them: a question that asks about it names it already.
 */
const STATES: readonly RegExp[] = [
  /\d{1,2}\s*[时点:：]\s*\d{0,2}|\b\d{1,2}:\d{2}\b/,
  /\d+(?:\.\d+)?\s*(?:人|名|个|立方|m3|m³|吨|米|公里|km|ppm|辆|支|people|persons?|men|miners)|[一二两三四五六七八九十百]+\s*(?:人|名)/i,
  /已(?:经)?(?:下达|召请|组织|调派|派出|派|撤|启动|封锁|设置|疏散|转移|请求|通知|安排|开展|关闭|切断)|\b(?:have|has|had) (?:ordered|sent|called|evacuated|withdrawn|dispatched|started|activated|closed|cut)\b/i,
];

/** Whether `text` reports anything of 第十二条 (STATES above, or casualties or trapped people, workInWords); errors: none. */
export function reportsInWords(text: string | undefined): boolean {
  const t = text ?? "";
  return workInWords(t) !== 0 || STATES.some((re) => re.test(t.replace(DENIED, " ")));
}
