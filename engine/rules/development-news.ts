/**
 * When a reporter learns of a new development (新情况, 493号令 第十三条: 事故报告后出现新情况的，应当及时补报) that the
 * rules profile lists for follow-up (followUp[].developments: hazard event codes, e.g. the mine's "secondInrush").
 * The news is the inject the scenario fires on that hazard event (`when: { event: hazard, what: code }`); the
 * reporter knows it from the earliest of
 *   - that inject reaching it,
 *   - for the incident unit, that inject reaching one of its organs (an agency reporting to it): the mine's dispatch room
 *     is the mine's own duty room, so news it receives is the mine's (review16 mine A3: the room sitting on the second
 *     inrush must not spare the mine its 续报, nor telling the mine head at once cost the play a duty the silence avoided;
 *     493号令 第十三条, the county's 30-min RPT-FU counted from the unit's receipt),
 *   - for the incident unit, the first message, report or request (an acknowledgement tells nothing) reaching it, at or
 *     after that inject, from one of its organs that the inject reached (the dispatch room telling its head), and
 *   - the follow-up on it reaching it: a development duty owed to it met (the mine's follow-up to the county bureau,
 *     which then passes it up, 逐级上报). Any other message is no evidence that the news came with it (review r16: the
 *     school's late first report to the bureau said nothing of the trapped class, and the bureau owed no relay of it).
 * Knowledge, never the ground truth: a development nobody told the reporter of owes it nothing.
 *
 *   developmentLearntAt(tx, agency, code) → drill ms, or undefined while `agency` has not learnt of it
 */
import type { Compiled } from "../compile.ts";
import type { ReportContent } from "../model/commands.ts";
import type { Message } from "../model/state.ts";
import type { Tx } from "../tx.ts";

/** Whether follow-up duty `id` is one for a development rule `r` lists (obligations.ts names them `RULE:from>to:CODE`). */
export function isDevelopmentDuty(r: { developments: readonly string[] }, id: string): boolean {
  return r.developments.some((d) => id.endsWith(`:${d}`));
}

/** The development code follow-up duty `o` is for (named `RULE:from>to:CODE`), or undefined for any other duty. */
export function developmentOf(c: Pick<Compiled, "rules">, o: { ruleId: string; id: string }): string | undefined {
  return c.rules.followUp.find((r) => r.id === o.ruleId)?.developments.find((d) => o.id.endsWith(`:${d}`));
}

/**
 * Whether a report's content reports development `code`: its scene, sequence, measures, cause or other text names it
 * (the profile's zh or en name, or one of its `terms`). A 续报 on something else (the mine's 01:45 follow-up on the six
 * trapped) does not report the 800 m³/h second inrush, and the 应急局 was never told of it (review17 mine A2;
 * 493号令 第十三条 出现新情况的，应当及时补报: the 续报 is the new development's). A code the profile does not
 * describe is reported by any follow-up (nothing to read it by). Errors: none (false).
 */
export function reportsDevelopment(c: Pick<Compiled, "rules">, content: ReportContent | undefined, code: string): boolean {
  const d = c.rules.developments[code];
  if (d === undefined) return true;
  if (content === undefined) return false;
  const text = [content.scene, content.sequence, content.other, content.cause, ...(content.measures ?? [])].filter((t) => t !== undefined).join("\n").toLowerCase();
  return [d.zh, d.en, ...d.terms].some((t) => text.includes(t.toLowerCase()));
}

/**
 * Who has learnt of which development when, built from the message log as it grows (messages are only ever appended,
 * in time order, each delivery a new array: knowledge/deliver.ts), so a tick's question costs a look-up, not a scan of
 * the log (it was asked every tick until the duty opened). Kept outside the state: it is derived from it alone.
 */
interface NewsIndex {
  /** the log as last read: a later log that still holds its last message at the same place extends it */
  messages: readonly Message[];
  /** agency → development code → when it learnt of it */
  learnt: Map<string, Map<string, number>>;
  /** the development injects read so far, by code */
  news: Map<string, Message[]>;
}
const indexOf = new WeakMap<Compiled, NewsIndex>();

/** `agency`'s knowledge of `code` is at `atMs` at the latest. */
function learn(ix: NewsIndex, agency: string, code: string, atMs: number): void {
  let codes = ix.learnt.get(agency);
  if (codes === undefined) ix.learnt.set(agency, (codes = new Map()));
  const was = codes.get(code);
  if (was === undefined || atMs < was) codes.set(code, atMs);
}

/** Whether message `x` passes news `m` on to `agency`, the incident unit: from its organ `m` reached, at or after it (an ack tells nothing). */
const passesOn = (c: Compiled, m: Message, x: Message, agency: string) => agency === c.scenario.incidentAgency && x.kind !== "inject" && x.kind !== "ack"
  && x.atMs >= m.atMs && x.from !== agency && m.to.includes(x.from) && c.agencies.get(x.from)?.reportsTo === agency;

function newsIndex(tx: Tx): NewsIndex {
  const log = tx.s.messages;
  let ix = indexOf.get(tx.c);
  const n = ix?.messages.length ?? 0;
  if (ix === undefined || log.length < n || (n > 0 && log[n - 1] !== ix.messages[n - 1])) {
    ix = { messages: [], learnt: new Map(), news: new Map() };
    indexOf.set(tx.c, ix);
  }
  for (let i = ix.messages.length; i < log.length; i++) {
    const m = log[i]!;
    const when = m.kind === "inject" && m.inject !== undefined ? tx.c.injects.get(m.inject)?.when : undefined;
    const code = when?.event === "hazard" ? when.what : undefined;
    if (code !== undefined) {
      ix.news.set(code, [...(ix.news.get(code) ?? []), m]);
      // (an organ of the incident unit receiving it: the unit has it, see the module note)
      for (const a of m.to) for (const b of [a, ...(tx.c.agencies.get(a)?.reportsTo === tx.c.scenario.incidentAgency ? [tx.c.scenario.incidentAgency] : [])]) learn(ix, b, code, m.atMs);
      // a message of the same instant read before it passes it on too
      for (let j = i - 1; j >= 0 && log[j]!.atMs >= m.atMs; j--) for (const a of log[j]!.to) if (passesOn(tx.c, m, log[j]!, a)) learn(ix, a, code, log[j]!.atMs);
    }
    for (const [code, injects] of ix.news) for (const inj of injects) for (const a of m.to) if (passesOn(tx.c, inj, m, a)) learn(ix, a, code, m.atMs);
  }
  ix.messages = log;
  return ix;
}

export function developmentLearntAt(tx: Tx, agency: string, code: string): number | undefined {
  const heard = newsIndex(tx).learnt.get(agency)?.get(code);
  // the follow-up on it, received (obligations.ts names a development duty `RULE:from>to:CODE`)
  const suffix = `>${agency}:${code}`;
  let relayed: number | undefined;
  for (const o of tx.s.obligations) if (o.metAtMs !== undefined && o.kind === "report" && o.id.endsWith(suffix) && (relayed === undefined || o.metAtMs < relayed)) relayed = o.metAtMs;
  return heard === undefined ? relayed : relayed === undefined ? heard : Math.min(heard, relayed);
}
