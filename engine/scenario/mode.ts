/**
 * A drill's mode (公开 / 单盲 / 双盲演练, announced / single- / double-blind) is chosen for each
 * drill when it is made (the scenario's `blindness` is only the default), so it is never part of
 * the scenario's title: a title that names one has it taken out when the scenario is compiled,
 * and every screen or report that shows the mode takes it from the drill's own setting. Without
 * this a 公开演练 of the chemical leak showed its seats "…多部门联动双盲演练".
 */
import type { LocalText } from "../model/ids.ts";

const ZH_MODE = /[（(]\s*(?:双盲|单盲|半盲|非盲|公开)(?:演练)?\s*[)）]|(?:双盲|单盲|半盲|非盲|公开)(?=(?:应急|实战|桌面)?(?:演练|演习))/g;
const EN_MODE = /\s*\(\s*(?:double|single|semi|non)[- ]?blind\s*\)|\b(?:double|single|semi|non)[- ]?blind\s+(?=(?:[a-z-]+\s+)?(?:drill|exercise)\b)/gi;

/** The title without any drill mode it names: 临江化工…多部门联动双盲演练 → 临江化工…多部门联动演练. */
export function titleWithoutMode(title: LocalText): LocalText {
  return { zh: title.zh.replace(ZH_MODE, "").trim(), en: title.en.replace(EN_MODE, "").replace(/\s{2,}/g, " ").trim() };
}
