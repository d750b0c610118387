/**
 * When an agency told of the warning signs BEFORE the accident learns of the accident itself (review12 mine 10;
 * issue 10 §5: a clock runs from when its holder knew or should have known). 493号令 第九条 counts the unit head's
 * 1 h from its receipt of a report of the ACCIDENT: the mine head told of the signs at 00:15 hears of the inrush (00:25)
 * from its dispatch room at 00:27, so its reports are due 01:27, as the no-action play counts the same rule from the
 * head's receipt.
 *
 *   accidentClockStart(tx, agency) → ms | undefined, for an agency whose knowledge began before the accident
 *   (`notifiedAtMs` < incidentAt): the earlier of
 *     - the first news delivered to it at or after the accident (a message, report or request from another agency,
 *       or an inject that notifies: `notifies: true`; a question that tells nothing starts nothing), and
 *     - when it should have been told: the accident + the notice minutes of the first linkage rule listing its kind
 *       (`notifiedWithinMin`; LNK-MINE-MINE: the dispatch room tells the head within 5 min, 本县设定),
 *   once that moment has come (undefined before it). An agency no rule times a notice to starts at the accident.
 */
import type { Tx } from "../tx.ts";

const MIN = 60_000;

export function accidentClockStart(tx: Tx, agency: string): number | undefined {
  const at = tx.c.incidentAtMs;
  const kind = tx.c.agencies.get(agency)?.kind;
  const span = tx.c.rules.linkage[tx.c.scenario.kind].find((r) => r.agency === kind && r.notifiedWithinMin !== undefined)?.notifiedWithinMin;
  const should = span === undefined ? at : at + span * MIN;
  const news = tx.s.messages.find((m) => m.atMs >= at && m.atMs <= tx.t && m.to.includes(agency) && m.from !== agency
    && (m.kind !== "inject" || (m.inject !== undefined && tx.c.injects.get(m.inject)?.notifies === true)))?.atMs;
  const start = Math.min(should, news ?? Infinity);
  return start <= tx.t ? start : undefined;
}
