/**
 * The part of the preventable harm its causes' corrections avoid, and the rest (review12 school 2; issue 10 §1:
 * blame follows the engine's own reruns, cause-reruns.ts). A cause is named because correcting it, replayed, does
 * less harm; but the harm it avoids may be only part of what is charged: in the school fire the late evacuation
 * signal (F2), corrected, spares the 61 people exposed to smoke (61 × 0.0095 = 0.5795 rubric points) while the
 * pupil in the third-floor toilet still dies (8 points). The part no single correction avoids is not put on one agency.
 *
 *   charged   = the finding's rubric points (quantity × the harm item's points)
 *   explained = what the causes' corrections avoid, all replayed together, at most `charged`
 *   rest      = charged − explained: harm that even all of them corrected leaves (and each other fault,
 *               corrected apart, did not reduce); when it is 1 % of the charge or more (the finding prints whole per cent) the finding is on no agency
 *               (agency null), keeps its causes, and says how much each side is (`causedPart`, rubric points).
 * Returns the finding unchanged when the reruns give no figure (no correction built) or explain all of it.
 */
import type { Cleared } from "./cause-reruns.ts";
import type { Finding } from "./report-model.ts";

const r4 = (n: number) => Math.round(n * 10_000) / 10_000;
/** a rubric point to four decimals, as the harm finding prints it ("8.5795"), without trailing zeros */
const pts = (n: number) => String(r4(n));

/** `f` (the preventable harm, its causes set) with the harm its causes' corrections cannot avoid set apart; `tried`: every root replayed. */
export function shareByReruns(f: Finding, kept: readonly Finding[], tried: readonly Finding[], cleared: Cleared): Finding {
  if (!cleared.together || cleared.itemPoints === undefined || kept.length === 0) return f;
  const avoided = cleared.together(kept);
  if (avoided === undefined) return f;
  const charged = f.quantity * cleared.itemPoints;
  const explained = Math.min(charged, avoided);
  const rest = charged - explained;
  // a remainder under 1 % of the charge is below what the finding prints (its share in whole per cent): no split
  if (rest <= Math.max(1e-4, charged / 100)) return f;
  const ids = kept.map((r) => r.id);
  const others = tried.filter((r) => !kept.includes(r)).map((r) => r.id);
  const also = others.length > 0 ? { zh: `，逐一更正${others.join("、")}亦然`, en: `, nor does correcting ${others.join(", ")} one at a time` } : { zh: "", en: "" };
  return {
    ...f,
    agency: null,
    causedPart: r4(explained),
    message: {
      zh: `${f.message.zh}；其中 ${pts(explained)} 分更正${ids.join("、")}后复算可避免，由${ids.join("、")}所致；其余 ${pts(rest)} 分更正${ids.join("、")}后复算（同一情景、种子）仍不能避免${also.zh}，不归于任何单一单位的处置缺陷`,
      en: `${f.message.en}; of it, ${pts(explained)} points are avoided when ${ids.join(", ")} ${kept.length > 1 ? "are" : "is"} corrected and replayed, caused by ${ids.join(", ")}; the other ${pts(rest)} points remain with ${ids.join(", ")} corrected (same scenario and seed)${also.en}: not on any single agency's fault`,
    },
  };
}
