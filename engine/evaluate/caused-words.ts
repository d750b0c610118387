/**
 * The words of a caused lateness match its points (review20 mine 5): a late notice or relay says "除其自身迟延外 N 个时限"
 * for each duty it made late (relay-lateness.ts withCaused, silenced-duty.ts), but credit.ts prices that lateness only
 * within what the duty's opportunity has left (aggravations.ts, LATE_BOUND): the mine-flood poor play's F1 claimed the
 * head's 1 window while its points were the notice's 4 alone (his own 响应迟缓 had taken the act part). Each such clause
 * whose entry added nothing says the duty was already at its cap; one the cap cut says what it added; one priced once
 * with its owner's own lateness and split by causal share (r29, relay-lateness.ts takeCaused) says its share, and the
 * owner's own finding says how much of it the notifier bears.
 *   causedWords(findings) → findings, those with `caused` and `counted.causedEach` reworded (zh and en); others as given.
 *   The k-th clause is the k-th `caused` entry (the order both are built in); a finding whose clauses do not match its
 *   entries one for one is left as it is.
 */
import type { Finding } from "./report-model.ts";

const ZH = /除其自身迟延外 (\d+) (个时限|小时)/g;
const EN = /(\d+) (windows?|hours?) beyond its own delay/g;

const pts = (n: number) => String(Math.round(n * 100) / 100);

export function causedWords(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => {
    // an owner's own lateness priced once with a late word's: the points that word's causal share bears (takeCaused)
    const gave = f.counted?.shared;
    if (gave !== undefined && gave > 0) {
      return { ...f, message: {
        zh: `${f.message.zh}（与通知方迟延所致部分合计按一次计价，按因果份额其中 ${pts(gave)} 分由通知方承担）`,
        en: `${f.message.en} (priced once with the lateness the late word caused: by causal share ${pts(gave)} of it borne by the notifier)`,
      } };
    }
    const each = f.counted?.causedEach;
    if (f.caused === undefined || each === undefined || !each.some((e) => e.capped || e.share === true)) return f;
    if ((f.message.zh.match(ZH) ?? []).length !== each.length || (f.message.en.match(EN) ?? []).length !== each.length) return f;
    let k = 0;
    const zh = f.message.zh.replace(ZH, (m) => {
      const e = each[k++]!;
      if (e.share === true && e.causes !== undefined) return `${m}（与其他 ${e.causes - 1} 方迟延合计按一次计价，按因果份额计 ${pts(e.points)} 分：各方更正可免除的扣分在各种更正次序下的平均值）`;
      if (e.share === true) return `${m}（与其自身迟延合计按一次计价，按因果份额计 ${pts(e.points)} 分：各方更正可免除的扣分在两种更正次序下的平均值）`;
      return !e.capped ? m : e.points <= 0 ? `${m}（该职责扣分已达上限，不另加扣）` : `${m}（至该职责扣分上限，仅加扣 ${pts(e.points)} 分）`;
    });
    k = 0;
    const en = f.message.en.replace(EN, (m) => {
      const e = each[k++]!;
      if (e.share === true && e.causes !== undefined) return `${m} (priced once with the other ${e.causes - 1} causes' delays: ${pts(e.points)} by causal share, what each agency's correction would remove averaged over every order of correcting)`;
      if (e.share === true) return `${m} (priced once with the owner's own delay: ${pts(e.points)} by causal share, what each agency's correction would remove averaged over the two orders of correcting)`;
      return !e.capped ? m : e.points <= 0 ? `${m} (the duty's deduction was already at its cap: nothing added)` : `${m} (up to the duty's cap: only ${pts(e.points)} added)`;
    });
    return { ...f, message: { zh, en } };
  });
}
