/**
 * When an agency first knew what makes a linkage notice due (review11 mine 1): a duty conditional on its
 * work (`workWhen`: casualties, people trapped, evacuation; rules/duty-work.ts) is owed a notice only once
 * there is that work, and its notifier can give that notice only once it knows of it — the county bureau
 * told by the mine "下落不明 0" (a 瞒报) never knew miners were trapped, so it owed the township no notice
 * about them. Sources, dated by their events, as the engine's knowledge takes them (knowledge/deliver.ts,
 * commands/communicate.ts): an inject delivered to it revealing such figures or `reveals.work`; a report
 * to it stating them (a claim counts: it was told) or whose words say so; a message or acknowledgement to it
 * whose words say so (rules/message-words.ts, "6人被困"; "有没有被困" says nothing); a report it sent
 * (what it knew or had been told then), or a message it sent whose words say so. An evacuation is seen by all: known when it arose. An agency
 * whose own units saw the work (no event dates it) knew it when it arose.
 *
 *   workKnownAt(x, agency, rule) → ms; rule.workWhen absent: 0 (any notice's trigger is the incident,
 *   known when the agency was told of it); undefined: the agency was never told of that work.
 */
import { heardCasualties } from "../knowledge/deliver.ts";
import { toldMask, toldOfWork, WORK_BIT, workAroseAt } from "../rules/duty-work.ts";
import { workInWords } from "../rules/message-words.ts";
import { statedFigures } from "../rules/report-fields.ts";
import type { LinkageRule } from "../scenario/rules-schema.ts";
import type { EvalContext } from "./context.ts";
import { concealKey } from "./corrections.ts";
import { judgeHonesty, stated } from "./honesty.ts";

type Figures = Parameters<typeof toldMask>[0];

const mask = (c: Partial<Figures> | undefined): number =>
  c ? toldMask({ deaths: c.deaths ?? 0, seriousInjuries: c.seriousInjuries ?? 0, injured: c.injured ?? 0, missing: c.missing ?? 0 }) : 0;

/** The work bits event `e` tells `agency` of (0: none, or not to it). */
function toldBits(x: EvalContext, agency: string, e: EvalContext["events"][number]): number {
  switch (e.type) {
    case "injectDelivered": {
      if (!e.to.includes(agency)) return 0;
      const r = x.c.injects.get(e.inject)?.reveals;
      return mask(r?.casualties as Partial<Figures> | undefined) | (r?.work ?? []).reduce((m, w) => m | WORK_BIT[w], 0);
    }
    case "reportSubmitted": {
      if (e.from === agency) return mask(e.senderKnew) | mask(e.senderWasTold);
      if (e.to !== agency) return 0;
      const words = Object.entries(e.content).flatMap(([k, v]) => (k === "casualties" ? [] : [v].flat().filter((w): w is string => typeof w === "string"))).join(" ");
      return (e.content.casualties ? mask(statedFigures(e.content.casualties)) : 0) | workInWords(words);
    }
    case "messageSent":
      return e.to.includes(agency) || e.from === agency ? workInWords(e.text ?? "") : 0;
    case "acknowledged":
      return e.to === agency ? workInWords(e.text ?? "") : 0;
    default:
      return 0;
  }
}

/** When `agency` first knew of `rule`'s work (see the module note). */
export function workKnownAt(x: EvalContext, agency: string, rule: Pick<LinkageRule, "workWhen">): number | undefined {
  if (rule.workWhen === undefined) return 0;
  const arose = workAroseAt(rule, x.events);
  if (arose === undefined) return undefined;
  // an evacuation is seen by all (pupils on the playground, villagers on the road): known when it arose
  const seen = rule.workWhen.includes("evacuation") ? workAroseAt({ workWhen: ["evacuation"] }, x.events) : undefined;
  const want = rule.workWhen.reduce((m, w) => m | WORK_BIT[w], 0);
  const told = x.events.find((e) => (toldBits(x, agency, e) & want) !== 0)?.at;
  const first = [seen, told].filter((t): t is number => t !== undefined);
  if (first.length > 0) return Math.max(arose, Math.min(...first));
  // seen by its own units (knowledge/observe.ts: no event dates it): from when it was told of the incident
  const k = x.state.knowledge.find((kn) => kn.agency === agency);
  return k?.notifiedAtMs !== undefined && toldOfWork(rule, k, heardCasualties(k), x.state.casualties) ? Math.max(arose, k.notifiedAtMs) : undefined;
}

/**
 * The reports to `agency` that concealed figures their sender knew or had been told (honesty.ts: the 瞒报 finding's
 * key `conceal:<message>`, corrections.ts): why an agency told of the incident never knew of its work, the root an
 * unowed notice's late knowledge follows (review11 mine 1: the township's, "随 F10"). Empty when none did.
 */
export function workKeptBy(x: EvalContext, agency: string): Array<{ agency: string; key: string; message: string }> {
  return x.events.flatMap((e) =>
    e.type === "reportSubmitted" && e.to === agency && judgeHonesty(e.content.casualties ? stated(e.content.casualties) : undefined, e.senderKnew, e.truth, e.senderWasTold).concealed.length > 0
      ? [{ agency: e.from, key: concealKey(e.id), message: e.id }]
      : [],
  );
}
