/**
 * A notice never given carries the duty its silence made impossible to do in time (review19 mine A1; issue 10 §1, §11:
 * never telling must never score above telling late). The dispatch room that never told the mine head (B3c) paid only
 * its 未通知 notice part (5): the head, who heard at 01:05:50 from the positioning system, found the withdrawal already
 * ordered (00:52) and was credited with it, while the room that told him late (00:27) lost the notice part and the
 * head his late withdrawal as well (5 + 6). Silence carries the duty as 493号令 第九条 (现场有关人员 → 单位负责人 立即)
 * and 煤矿防治水细则 第六条 bind the notice to the head's withdrawal, as silenced-follow-ups.ts does for a 续报.
 *
 * For each notice never sent to an agency that heard of the incident elsewhere (LINKAGE_NOT_NOTIFIED with
 * heardElsewhere: its act was still owed), or sent only after the agency had acted on its own (LINKAGE_NOTIFIED_LATE), the agency's duty to act under the same rule, done at last, is measured as
 * relay-lateness.ts measures a duty a held report made late, in started windows of the duty's own limit (late-grade.ts):
 *   - T, late against the deadline it would have had if told when the notice fell due (notice due + the act's limit),
 *     done when the act itself came (an act before the agency knew is dated by its command, not by the notice);
 *   - O, what the agency's own findings on the duty already count.
 * The notifier's 未通知 carries the rest, T − O, as its aggravation (`caused`, relay-lateness.ts takeCaused: T priced
 * once with the owner's own findings, never more than the act part, split by causal share, r29), and says so.
 *   silencedDuty(x, findings) → findings, each such 未通知 with `caused` and its words added.
 */
import type { LocalText } from "../model/ids.ts";
import { clock, type EvalContext } from "./context.ts";
import { trace } from "./duty-failure.ts";
import { firstCommandEvent } from "./duty-command.ts";
import { aloneSteps, lateSteps } from "./late-grade.ts";
import { knewAt } from "./blame.ts";
import { noticeDue } from "./notice-due.ts";
import { requirementNotice } from "./requirement-notice.ts";
import type { Finding } from "./report-model.ts";

export function silencedDuty(x: EvalContext, findings: readonly Finding[]): Finding[] {
  return findings.map((f) => {
    const silent = f.code === "LINKAGE_NOT_NOTIFIED" && f.heardElsewhere === true;
    const m = (silent || f.code === "LINKAGE_NOTIFIED_LATE") && f.causedBy === undefined && f.opportunity ? /^link:([^:]+):(.+)$/.exec(f.opportunity) : null;
    if (!m) return f;
    const [, ruleId, agency] = m as unknown as [string, string, string];
    const rule = x.c.rules.linkage[x.c.scenario.kind].find((r) => r.id === ruleId);
    const act = rule ? trace(x, ruleId, "act", agency) : undefined;
    // a notice no rule times is owed by the need falling due on the agency (requirement-notice.ts): its deadline then
    const notify = trace(x, ruleId, "notified", agency);
    const due = notify ? noticeDue(x, agency, notify) : f.agency !== null ? requirementNotice(x, agency, f.agency)?.dueMs : undefined;
    if (!rule || !act?.met || due === undefined) return f;
    const span = act.ob.deadlineMs - act.ob.openedAtMs;
    // an act taken before the agency knew met the duty when it learnt: it was done when the act itself came
    const early = /^acted before /.test(act.met.byEvent) ? firstCommandEvent(x, agency, rule) : -1;
    // a notice that came late, after the agency had acted on its own, is as a silence until that act (v1-120late: the
    // school's 01:59 call to the 120, which dispatched at 00:40); one that came before its act is notice-lateness.ts's
    if (!silent && early < 0) return f;
    const done = early >= 0 ? x.events[early]!.at : act.met.atMs;
    const would = due + span;
    if (done <= would) return f;
    const own = findings.filter((g) => g.code === "LINKAGE_SLOW" && g.agency === agency && g.evidence.obligations.includes(act.ob.id)).reduce((a, g) => a + g.quantity, 0);
    const rest = lateSteps(done - would, span) - own;
    if (rest <= 0) return f;
    const name = x.agencyName(agency);
    const words: LocalText = {
      zh: `；因此致${name.zh}「${rule.text.zh}」无从按时履行，由通知方承担：按应于 ${clock(due)} 获知计时限 ${clock(would)}，${clock(done)} 才完成，除其自身迟延外 ${rest} 个时限`,
      en: `; so ${name.en} could not do its duty (“${rule.text.en}”) in time, charged to the notifier: due by ${clock(would)} counted from the notice's deadline ${clock(due)}, done at ${clock(done)}: ${rest} ${rest === 1 ? "window" : "windows"} beyond its own delay`,
    };
    return {
      ...f,
      // what the silence alone made late, the agency on time once it knew (relay-lateness.ts takeCaused prices the two parts)
      caused: [...(f.caused ?? []), { opportunity: f.opportunity!, code: "LINKAGE_SLOW" as const, quantity: rest, alone: aloneSteps(would, done, (knewAt(x, agency) ?? done) + span, own, (ms) => lateSteps(ms, span)) }],
      message: { zh: `${f.message.zh}${words.zh}`, en: `${f.message.en}${words.en}` },
      evidence: { ...f.evidence, events: [...new Set([...f.evidence.events, ...(early >= 0 ? [early] : [act.met.event])])].sort((a, b) => a - b), obligations: [...new Set([...f.evidence.obligations, act.ob.id])] },
    };
  });
}
