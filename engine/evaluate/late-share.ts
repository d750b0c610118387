/**
 * Lateness with two sufficient causes, shared between them by causal share (review20 chemical A2; issue 10 §1, §2).
 * The bureau learnt of the chlorine leak at 00:40 because the enterprise did not report to it by 00:10 (危险化学品安全
 * 管理条例 第七十一条) AND the police held the villager's 110 call past 00:13 (突发事件应对法 第六十条): either link on time
 * alone would have told it in time, so neither is "the" cause of the lateness that followed (its late start, its late
 * notice to the weather bureau and that bureau's late wind data: relay-lateness.ts lateBeyondOwn). Each late link i
 * owed to the agency has the time `s_i` the agency would have known had i been on time (the relay's or the notice's
 * deadline); correcting a set S of them, the agency knows at min(s_i, i ∈ S), and each duty's lateness beyond its own
 * findings is rest(min s_i):
 *
 *   v(S)      Σ over the duties of rest(min over S of s_i): what correcting S takes off (windows; hours for a report);
 *   share(i)  duty by duty, link i's Shapley value (causal-share.ts shapley: its marginal averaged over every order of
 *             correcting the links), so the shares add up to v(all) and each window is charged once: two links each
 *             enough bear half each (the poor play: enterprise half, police half), a link that alone avoids more bears more.
 *
 * The same convention as shared harm (causal-share.ts, 本县设定, an accounting convention, not degrees of fault).
 *   lateShares(x, to, links, told, findings) → per link (in `links` order) its duties' shares, each a lateBeyondOwn entry
 *   with `rest` its share and `of` the whole; empty entries dropped. `links`: each late link's `s`, ≥ 1.
 */
import type { LocalText } from "../model/ids.ts";
import { knewAt } from "./blame.ts";
import type { EvalContext } from "./context.ts";
import { shapley } from "./causal-share.ts";
import { doneByAct } from "./done-by-act.ts";
import { heldReports } from "./forwarding.ts";
import { dutyKey, lateBeyondOwn, relayedAgencies, reportCaused, withCaused, type Caused } from "./relay-lateness.ts";
import { lateGame } from "./late-grade.ts";
import type { Finding, FindingCode, LateGame } from "./report-model.ts";

const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

export function lateShares(x: EvalContext, to: string, links: ReadonlyArray<{ s: number; who?: string }>, told: number, findings: readonly Finding[]): Caused[][] {
  const at = new Map<number, Caused[]>();
  const beyond = (s: number) => {
    // each duty as its own act dates it: one met by an act before its owner could be told was made late by no link (done-by-act.ts)
    if (!at.has(s)) at.set(s, lateBeyondOwn(x, to, s, told, findings).flatMap((c) => doneByAct(x, c.owner, c, findings)));
    return at.get(s)!;
  };
  const earliest = (mask: number) => Math.min(...links.filter((_, i) => mask & (1 << i)).map((l) => l.s));
  // every duty any correction reaches, as measured from the earliest link (its deadline and words)
  const all = beyond(Math.min(...links.map((l) => l.s)));
  const key = (c: Caused) => `${c.d.t.ob.id}|${c.owner}`;
  const out = links.map(() => [] as Caused[]);
  for (const c of all) {
    const v = (mask: number) => beyond(earliest(mask)).find((k) => key(k) === key(c))?.rest ?? 0;
    const phi = links.length === 1 ? [c.rest] : shapley(links.length, v)!;
    // the links and the owner's own delay: three causes of one delay, its points priced once and split by causal share
    // (priced-once.ts; r30), the links' windows above only as the words give them
    const game = links.length > 1 ? parallelGame(c, links, told) : undefined;
    phi.forEach((p, i) => {
      // (a chain game below one of several links would let each link play its "*": none, priced after the owner as before)
      // (a duty the owner's own windows cover, r31: every link carries the game, each bearing its causal share of it)
      if (r4(p) > 0 || (c.rest <= 0 && (game !== undefined || (links.length === 1 && (c.alone ?? 0) > 0)))) out[i]!.push({ ...c, rest: r4(p), ...(links.length > 1 ? { of: c.rest, game } : {}) });
    });
  }
  return out;
}

/**
 * The duty `c`, its owner told late through parallel links (each enough alone to have told it at its `s`): with the
 * links in `mask` late, the owner knows at the earliest corrected link's `s` (all late: `told`); the owner's own delay
 * last (late-grade.ts lateGame), done when its act came (done-by-act.ts); a duty down the chain through a notice on time
 * (`via`) likewise. A duty down the chain whose notifier was late itself: none (priced after its owner's findings).
 */
function parallelGame(c: Caused, links: ReadonlyArray<{ s: number; who?: string }>, told: number): LateGame | undefined {
  if (c.alone === undefined || (c.told !== told && c.via === undefined)) return undefined;
  const all = (1 << links.length) - 1;
  // when the agency the links owed knew: the earliest corrected link's `s`, else when it did
  const know = (m: number) => (m === all ? told : Math.min(told, ...links.filter((_, i) => !(m & (1 << i))).map((l) => l.s)));
  // a duty down the chain (review20 chemical A1): its owner told by that agency's notice (`via`), which came no later
  // than its deadline from whenever that agency knew (it was on time itself: else its own finding carries it, lateBeyondOwn)
  const via = c.via;
  const knowAt = via === undefined ? know : (m: number) => (m === all ? c.told : Math.min(c.told, via.wouldDue(know(m))));
  return { key: dutyKey(c), players: [...links.map((l) => l.who ?? "*"), c.owner], late: lateGame(links.length, knowAt, c.d.wouldDue, c.actAtMs ?? c.d.t.met!.atMs, c.told, c.d.steps) };
}

const NOTICE: ReadonlySet<FindingCode> = new Set(["LINKAGE_NOTIFIED_LATE", "LINKAGE_NOT_NOTIFIED"]);

/**
 * The lateness each agency's late links caused it (and, down the chain, those it told late in turn), charged on the
 * links' findings by causal share (module note): a report from the public held past its limit (the relayer's
 * 接报移送迟延 / 接报未移送, forwarding.ts) and the late notice owed to the same agency (notice-lateness.ts leaves such
 * owners here). Shapes: linkLateness(x, relays, linkage, findings) → the relay findings (with `caused`, and a row in
 * 信息报告 for each late report caused) and the linkage findings (the notice finding with its `caused` share and its rows
 * likewise); `findings`: every finding the owners' own lateness is read from (reporting and linkage).
 */
export function linkLateness(x: EvalContext, relays: readonly Finding[], linkage: readonly Finding[], findings: readonly Finding[]): { relays: Finding[]; linkage: Finding[] } {
  const onRelay = new Map<string, Finding[]>();
  const onNotice = new Map<Finding, Finding[]>();
  for (const to of relayedAgencies(x)) {
    const held = heldReports(x, to).sort((a, b) => a.due - b.due)[0];
    // when it knew (blame.ts knewAt): an agency issuing commands about the incident knew it, whatever relay came later
    const told = knewAt(x, to);
    if (!held || told === undefined || told <= held.due) continue;
    const relay = relays.find((f) => f.opportunity === `fwd:${held.inject}:${held.receiver}>${to}`);
    if (!relay) continue;
    const notice = firstNotice(x, to, told, linkage);
    const links = [{ s: held.due, who: relay.agency ?? held.receiver }, ...(notice ? [{ s: notice.due, who: notice.f.agency! }] : [])];
    const [mine, theirs] = lateShares(x, to, links, told, findings);
    const co = (who: string) => (notice ? x.agencyName(who) : undefined);
    onRelay.set(relay.id + relay.opportunity, charged(x, relay, to, held.receiver, mine!, false, notice ? co(notice.f.agency!) : undefined));
    if (notice && theirs && theirs.length > 0) onNotice.set(notice.f, charged(x, notice.f, to, notice.f.agency!, theirs, true, co(held.receiver)));
  }
  return {
    relays: relays.flatMap((f) => onRelay.get(f.id + f.opportunity) ?? [f]),
    linkage: linkage.flatMap((f) => onNotice.get(f) ?? [f]),
  };
}

/** `f` with the linkage lateness `all` it caused `to`, and a row in 信息报告 for each late report (relay-lateness.ts). */
export function charged(x: EvalContext, f: Finding, to: string, who: string, all: readonly Caused[], notice: boolean, co?: LocalText): Finding[] {
  // a report made late is booked in 信息报告, where its opportunity is: a row of its own on the late link, so each section's
  // rows add up to its deduction (review19 chemical A5: 4 of wX's F8 in 部门联动 shaved F53 to 0.06)
  const reports = all.filter((c) => c.d.code === "REPORT_LATE");
  const rest = all.filter((c) => c.d.code !== "REPORT_LATE");
  return [...(rest.length > 0 ? [withCaused(x, f, to, who, rest, reports.length > 0, co)] : [f]), ...reports.map((c) => reportCaused(x, f, to, who, c, notice, co))];
}

/** The notice finding owed to `to` that fell due first, before it was told (another agency's, not already carrying lateness). */
function firstNotice(x: EvalContext, to: string, told: number, linkage: readonly Finding[]): { f: Finding; due: number } | undefined {
  let best: { f: Finding; due: number } | undefined;
  for (const f of linkage) {
    if (!NOTICE.has(f.code) || f.agency === null || f.agency === to || f.caused !== undefined) continue;
    for (const id of f.evidence.obligations) {
      const t = x.obligationById.get(id);
      if (t?.ob.kind !== "notified" || t.ob.agency !== to || t.ob.deadlineMs >= told) continue;
      if (best === undefined || t.ob.deadlineMs < best.due) best = { f, due: t.ob.deadlineMs };
    }
  }
  return best;
}
