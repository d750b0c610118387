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
 *   joint     = of the rest, what the faults bearing on the harm (`candidates`) avoid only together (joint-share.ts):
 *               charged jointly to their agencies, each its share (`shares`); only what even that leaves is on no agency.
 *   explained, when its causes belong to two agencies or more, is shared between them by causal share (causal-share.ts)
 *               and added to `shares`, whatever the rest (review19 chemical A1: a 0.099 rest left the 9.601 the brigade's,
 *               the police's and the township's faults avoid on the police alone).
 * Returns the finding unchanged when the reruns give no figure (no correction built) or explain all of it.
 */
import type { LocalText } from "../model/ids.ts";
import type { Cleared } from "./cause-reruns.ts";
import { jointShare } from "./joint-share.ts";
import { CAUSAL_HOW, causalShares, sharesWords, type Share } from "./causal-share.ts";
import type { Finding } from "./report-model.ts";

const r4 = (n: number) => Math.round(n * 10_000) / 10_000;
/** a rubric point to four decimals, as the harm finding prints it ("8.5795"), without trailing zeros */
const pts = (n: number) => String(r4(n));

/**
 * `f` (the preventable harm, its causes set) with the harm its causes' corrections cannot avoid set apart; `tried`:
 * every root replayed; `candidates`: the faults bearing on the harm, earliest first (causes.ts jointCandidates);
 * `name`: an agency's name.
 */
export function shareByReruns(f: Finding, kept: readonly Finding[], tried: readonly Finding[], cleared: Cleared, candidates: readonly Finding[] = [], name: (id: string) => LocalText = (id) => ({ zh: id, en: id })): Finding {
  if (!cleared.together || cleared.itemPoints === undefined) return f;
  const avoided = kept.length === 0 ? 0 : cleared.together(kept);
  if (avoided === undefined) return f;
  const charged = f.quantity * cleared.itemPoints;
  const explained = Math.min(charged, avoided);
  const rest = charged - explained;
  // a remainder under 1 % of the charge is below what the finding prints (its share in whole per cent): no split
  if (rest <= Math.max(1e-4, charged / 100)) return f;
  const joint = jointShare(candidates, rest, explained, cleared);
  if (kept.length === 0 && joint === undefined) return f;
  const ids = kept.map((r) => r.id);
  const causal = causalShares(explained, kept, cleared);
  const others = tried.filter((r) => !kept.includes(r)).map((r) => r.id);
  const also = others.length > 0 ? { zh: `，逐一更正${others.join("、")}亦然`, en: `, nor does correcting ${others.join(", ")} one at a time` } : { zh: "", en: "" };
  const shared = causal ? { zh: `，${CAUSAL_HOW.zh}：${sharesWords(causal, name).zh}`, en: `, ${CAUSAL_HOW.en}: ${sharesWords(causal, name).en}` } : { zh: "", en: "" };
  const single = kept.length > 0
    ? { zh: `；其中 ${pts(explained)} 分更正${ids.join("、")}后复算可避免，由${ids.join("、")}所致${shared.zh}；其余 ${pts(rest)} 分更正${ids.join("、")}后复算（同一情景、种子）仍不能避免${also.zh}`, en: `; of it, ${pts(explained)} points are avoided when ${ids.join(", ")} ${kept.length > 1 ? "are" : "is"} corrected and replayed, caused by ${ids.join(", ")}${shared.en}; the other ${pts(rest)} points remain with ${ids.join(", ")} corrected (same scenario and seed)${also.en}` }
    : { zh: `；逐一更正${others.join("、")}后复算（同一情景、种子），伤亡均未减少`, en: `; replayed with each of ${others.join(", ")} corrected in turn (same scenario and seed), the harm is no less` };
  // what "corrected" means in these replays (review16 school 2): the best play's act at the best play's time, not the
  // rule's deadline — meeting the rules' deadlines alone may not save the same people, and the text must say so
  const how = { zh: "（复算中的“更正”按最佳处置（示范剧本）的做法和时机，而非仅达到规则时限）", en: " (a “correction” in these replays is the best play's act at the best play's time, not merely meeting the rule's deadline)" };
  const left = rest - (joint?.points ?? 0);
  const none = left > Math.max(1e-4, charged / 100);
  const tail = joint === undefined
    ? { zh: "，不归于任何单一单位的处置缺陷", en: ": not on any single agency's fault" }
    : jointText(joint, name, none ? left : 0);
  const causes = [...new Set([...(f.causes ?? []), ...(joint?.needed.map((n) => n.id) ?? [])])];
  const shares = merged([...(causal ?? []), ...(joint?.shares ?? [])]);
  // where every point went (review17 school 1): the part on no agency, and why the replays leave it there
  const onNone = joint === undefined ? rest : none ? left : 0;
  return {
    ...f,
    agency: null,
    // a part shared by causal share is on its agencies, not a part "a single correction avoids" (text.ts sharesText)
    ...(kept.length > 0 && !causal ? { causedPart: r4(explained) } : {}),
    ...(onNone > 0 ? { unattributed: { points: r4(onNone), reason: "BEYOND_FINDINGS" as const } } : {}),
    ...(shares.length > 0 ? { shares, causes } : {}),
    ...(joint?.several || (causal?.reduce((t, c) => t + c.points, 0) ?? 0) > r4(explained) + 1e-4 ? { sharedPoints: r4((causal ? explained : 0) + (joint?.points ?? 0)) } : {}),
    message: { zh: `${f.message.zh}${single.zh}${tail.zh}${how.zh}`, en: `${f.message.en}${single.en}${tail.en}${how.en}` },
  };
}

/** Shares summed per agency (first appearance first), their causes merged in order. */
function merged(all: readonly Share[]): Share[] {
  const out = new Map<string, Share>();
  for (const s of all) {
    const o = out.get(s.agency);
    out.set(s.agency, o === undefined ? { ...s, causes: [...s.causes] } : { agency: s.agency, causes: [...new Set([...o.causes, ...s.causes])], points: r4(o.points + s.points) });
  }
  return [...out.values()];
}

/**
 * Why the part of a harm left on no agency is there (review24 school: not "a correction was only a message"): every
 * fault bearing on the harm, corrected as the best play does it, replayed together, still leaves it, so the best play
 * avoids it by acts that no finding of the report requires (the school fire: the best play's aerial ladder, where the
 * rescue requirement was met by a tender). It is then no agency's fault. Code `BEYOND_FINDINGS` (report-model.ts
 * `unattributed.reason`); `restWhy` gives its words with the points, for the finding and the report's points cell.
 */
export function restWhy(points: string): LocalText {
  return {
    zh: `其余 ${points} 分在各相关问题均按最佳处置的做法和时机更正后的复算中仍未避免：最佳处置避免这部分所靠的做法，本报告认定的任何问题都未要求，不是任何单位的缺陷，不归于任何单位`,
    en: `the other ${points} points remain in the replay with every fault bearing on the harm corrected as the best play does it: the best play avoids them by acts that none of this report's findings requires, so they are no agency's fault and on no agency`,
  };
}

/** "；但同时更正 F2、F4、F9、F8 后复算可避免 8 分：由临江县第二实验小学（F2、F4、F9）与…共同所致，各担 …" (joint-share.ts). */
function jointText(j: NonNullable<ReturnType<typeof jointShare>>, name: (id: string) => LocalText, left: number): LocalText {
  const ids = j.needed.map((n) => n.id);
  const who = j.shares.map((s) => ({ zh: `${name(s.agency).zh}（${s.causes.join("、")}）`, en: `${name(s.agency).en} (${s.causes.join(", ")})` }));
  const each = j.shares.map((s) => ({ zh: `${name(s.agency).zh} ${pts(s.points)} 分`, en: `${name(s.agency).en} ${pts(s.points)} points` }));
  // what even the combination leaves: the best play's acts beyond every finding (restWhy)
  const rest = left <= 0 ? { zh: "", en: "" } : { zh: `；${restWhy(pts(left)).zh}`, en: `; ${restWhy(pts(left)).en}` };
  // one agency's faults together (review23 school 6: 「由临江县消防救援大队（F11、F19）所致，5.5 分」): nothing is 共同 or 均分
  if (j.shares.length === 1) {
    return {
      zh: `；但同时更正${ids.join("、")}后复算可避免 ${pts(j.points)} 分（缺一不可）：由${who[0]!.zh}所致，${pts(j.shares[0]!.points)} 分${rest.zh}`,
      en: `; but with ${ids.join(", ")} all corrected the replay avoids ${pts(j.points)} points (each of them needed): caused by ${who[0]!.en}, ${pts(j.shares[0]!.points)} points${rest.en}`,
    };
  }
  return {
    zh: `；但同时更正${ids.join("、")}后复算可避免 ${pts(j.points)} 分（缺一不可）：由${who.map((w) => w.zh).join("与")}共同所致，${j.several ? "各单位的更正缺一不可，每一单位承担在其他单位任一更正情形下其更正可避免的最大部分（不因他方也有缺陷而减轻，他方的更正也不加重；不按缺陷条数；各份不相加，本条只扣一次；核算约定，本县设定，非责任比例认定）" : "按所需单位均分（各单位的更正缺一不可，不按各单位缺陷条数；核算约定，本县设定，非责任比例认定）"}，各担${each.map((e) => e.zh).join("、")}${rest.zh}`,
    en: `; but with ${ids.join(", ")} all corrected the replay avoids ${pts(j.points)} points (each of them needed): caused jointly by ${who.map((w) => w.en).join(" and ")}, ${j.several ? "each agency's corrections are needed, and each bears the most its corrections avoid in any state of the other agencies' corrections (not lessened because another also failed, nor raised by another's correction, whatever the number of its findings; the shares do not add up, the finding deducts once; an accounting convention set by this county, not a finding of degrees of fault)" : "shared equally per agency needed (each agency's corrections are all needed, whatever the number of its findings; an accounting convention set by this county, not a finding of degrees of fault)"}: ${each.map((e) => e.en).join(", ")}${rest.en}`,
  };
}
