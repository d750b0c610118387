/**
 * Who must leave their seat after a director's answer (server/live/seats.ts, no sockets): a person whose agency seat was
 * just handed to a bot (r31: else the bot and the person both gave that agency's commands), and anyone whose code was
 * reissued; nobody else. The room closes them with 4409 / 4401 and these words (bot-seat-code, reissue-lockout).
 */
import { describe, expect, it } from "vitest";
import { leaveReason, seatsHandedToBots } from "../../server/live/seats.ts";

const seat = (s: string) => ({ drillId: "d1", kind: "seat" as const, seat: s });
const director = { drillId: "d1", kind: "director" as const, seat: "director" };

describe("leaving a seat after the director's answer", () => {
  it("the seats a batch hands to a bot: seatMode to bot only", () => {
    expect([...seatsHandedToBots([{ type: "seatMode", body: { seat: "city", mode: "bot" } }, { type: "seatMode", body: { seat: "fire", mode: "person" } }, { type: "reissue", body: { seat: "met" } }])]).toEqual(["city"]);
  });
  it("the city's person leaves for the bot; the fire brigade and the director stay; a reissued code leaves whatever the seat", () => {
    const toBots = new Set(["city"]);
    expect(leaveReason(seat("city"), () => true, toBots)).toBe("seatToBot");
    expect(leaveReason(seat("fire"), () => true, toBots)).toBeUndefined();
    expect(leaveReason(director, () => true, toBots)).toBeUndefined();
    expect(leaveReason(seat("fire"), () => false, new Set())).toBe("revoked");
  });
});
