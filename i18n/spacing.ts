/**
 * Chinese text puts no space between Chinese characters (GB/T 15834 标点符号用法; W3C "Requirements
 * for Chinese Text Layout" §3: no inter-word spaces). Templates that place a name between spaces
 * ("{{agency}} 调派 {{unit}} 前往 {{place}}", "可执行该任务的 ${names} 至 …") read 「的 特勤站水罐消防车1」
 * once the names are Chinese (newcomer run 6, item 15). `tidyZh` drops the spaces that stand
 * between two CJK characters or CJK/full-width punctuation, and keeps those beside Latin letters
 * and digits (「至 00:22:35」「V-101 储罐」 stay as written).
 */
const CJK = "\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
const BETWEEN = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, "g");

/** `s` without spaces between CJK characters; anything else unchanged. */
export function tidyZh(s: string): string {
  return s.replace(BETWEEN, "");
}
