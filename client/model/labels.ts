/**
 * Labels the consoles and the creation page show: the header's seat and person, the seat list of a
 * new drill's codes, and who sends a report. Agencies by their names, never raw ids.
 */
import type { LocalText } from "../../engine/model/ids.ts";

/** "<seat> · <person>", or the seat alone when the person gave no name or the seat's own title. */
export function seatLabel(seat: string, person: string): string {
  const p = person.trim();
  return p && p !== seat ? `${seat} · ${p}` : seat;
}

/**
 * A new drill's seat codes in the scenario's order, each with its agency's name (the id when the
 * server gave none) and whether a bot plays it (`bots`: the drill's bot seats): a bot's seat needs
 * no code handed out (the page says 模拟（无需参演码）; the code is kept for a switch to a person).
 */
export function codeRows(seats: Record<string, string>, names: Record<string, LocalText> | undefined, pick: (t: LocalText) => string, bots: readonly string[] = []): Array<{ seat: string; name: string; code: string; bot: boolean }> {
  return Object.entries(seats).map(([seat, code]) => ({ seat, code, name: names?.[seat] ? pick(names[seat]) : seat, bot: bots.includes(seat) }));
}

/** The agency a seat's report is sent by (报送单位): the seat's own agency. */
export function reportSender(agencies: ReadonlyArray<{ id: string; name: LocalText }>, role: string): LocalText | undefined {
  return agencies.find((a) => a.id === role)?.name;
}
