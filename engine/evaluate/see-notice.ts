/**
 * A duty late on an agency that was itself told late through another's fault is judged on the clock of a notice given
 * in time (AQ/T 9009 practice: a party is judged from when it knew or should have known; domain.md §1, §5): its row says
 * 「撤人命令按应于 00:07:00 获知计迟 40分钟，另见 F1」, the part the late notice explains being charged on the notifier's
 * finding (F1, relay-lateness.ts / silenced-duty.ts) and only the rest on the agency (r27 plan 1).
 *   seeNotice(findings) → findings (numbered), each one carrying `seeNotice` with the notice finding's id cited after its
 *   「按应于…获知计迟…」 clause (zh) / "counted from when it should have known" clause (en); others as given.
 */
import type { LocalText } from "../model/ids.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import { resolveAgencies } from "../rules/agencies.ts";
import { knewAt } from "./blame.ts";
import { clock, span, type EvalContext } from "./context.ts";
import { trace } from "./duty-failure.ts";
import { noticeDue } from "./notice-due.ts";
import { noticeLateByNotifier } from "./own-window.ts";
import type { Finding } from "./report-model.ts";

const NOTICE = new Set(["LINKAGE_NOTIFIED_LATE", "LINKAGE_NOT_NOTIFIED"]);

export function seeNotice(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => {
    if (!f.seeNotice) return f;
    const { notifier, told } = f.seeNotice;
    const g = findings.find((n) => NOTICE.has(n.code) && n.agency === notifier && n.opportunity?.endsWith(`:${told}`) === true);
    if (!g) return f;
    const zh = f.message.zh.replace(/(按应于 \d\d:\d\d:\d\d 获知(?:、职责于 \d\d:\d\d:\d\d 产生)?计迟 [^；，（]+)/, `$1，另见 ${g.id}`);
    const en = f.message.en.replace(/(counted from when it should have known \(\d\d:\d\d:\d\d\)(?: and the duty arose \(\d\d:\d\d:\d\d\))?)/, `$1, see ${g.id}`);
    return { ...f, message: { zh, en } };
  });
}

/**
 * The clause a late duty of an agency told late says (appended to its 响应迟缓 row): `what` counted from `dueMs`, when
 * the notice was due (it should have known then), with the duty's own window `windowMs` (sim ms), done at `metAtMs`:
 * 「；撤人命令按应于 00:07:00 获知计迟 40分钟」. The F-number of the notice finding is added by seeNotice once numbered.
 */
export function shouldKnowText(dueMs: number, windowMs: number, metAtMs: number, what: LocalText, arose = -Infinity): LocalText {
  // a duty arising on a later event (workWhen: people trapped) is owed from that event at the earliest, however early its
  // holder should have known (review23 mine N2): 「按应于 00:07:00 获知、职责于 00:57:50 产生计迟 12分10秒」, not 1小时3分钟
  const by = span(metAtMs - Math.max(dueMs, arose) - windowMs);
  const from = arose > dueMs ? { zh: `、职责于 ${clock(arose)} 产生`, en: ` and the duty arose (${clock(arose)})` } : { zh: "", en: "" };
  return { zh: `；${what.zh}按应于 ${clock(dueMs)} 获知${from.zh}计迟 ${by.zh}`, en: `; ${what.en} counted from when it should have known (${clock(dueMs)})${from.en}: ${by.en} late` };
}

/**
 * When `agency` should have known (sim ms) for its duty `rule` that times no notice of its own (the mine manager's plan,
 * LNK-MINE-PLAN, clocked from the notice LNK-MINE-MINE times: linkage.ts noNoticePart): that notice's deadline, when the
 * agency knew after it through its notifier's fault (own-window.ts noticeLateByNotifier); else undefined. So the plan,
 * a measure of the same manager told by the same late word, is judged on the same clock as his withdrawal (r27 plan 1).
 */
export function siblingShouldKnow(x: EvalContext, rule: LinkageRule, agency: string): number | undefined {
  const timing = x.c.rules.linkage[x.c.scenario.kind].find((r) => r !== rule && r.notifiedWithinMin !== undefined && resolveAgencies(x.c, r.agency).includes(agency));
  const notify = timing ? trace(x, timing.id, "notified", agency) : undefined;
  const due = notify ? noticeDue(x, agency, notify) : undefined;
  if (!notify?.met || due === undefined) return undefined;
  const knewMs = Math.min(notify.met.atMs, knewAt(x, agency) ?? Infinity);
  return knewMs > due && noticeLateByNotifier(x, agency) ? due : undefined;
}
