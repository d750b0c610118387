/**
 * Round 31: POST /api/drills hands out a code for every agency, bot seats too, while the README said a seat a bot plays
 * needs none — and that code let a person into the seat the bot was playing, two players giving one agency's commands.
 * The design lets the director hand a bot's seat to a person (the seatMode switch, README "seats (online, person/bot
 * switch …)"), so the code is kept for that moment; until then it opens nothing. While a bot plays a seat its code is
 * refused at the room and by POST /api/join, with words that say why (zh-CN, en); switched to a person it opens the
 * seat; switched back to a bot it is refused again.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_SEAT_CLOSE } from "../../protocol/messages.ts";
import { collect, createDrill, join, startServer, until, type Created, type Harness } from "./harness.ts";

let h: Harness;
let d: Created;
let director: SDKRoom;
beforeAll(async () => {
  h = await startServer();
  d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: ["city", "met"] });
  director = await join(h, d.id, d.codes.director, "导调");
});
afterAll(async () => {
  await h.close();
});

const ZH = "此席位现由机器人扮演，参演码暂不能进入：请导调先将其切换为人工";
const EN = "A bot plays this seat now, so its code opens nothing: ask the director to switch it to a person first";
const lookup = (code: string, lang = "zh-CN") => fetch(`${h.url}/api/join`, { method: "POST", headers: { "content-type": "application/json", "accept-language": lang }, body: JSON.stringify({ code }) });

async function setMode(seat: string, mode: "person" | "bot") {
  const answers = collect<{ seat: string; mode: string }>(director, "seatMode");
  director.send("seatMode", { seat, mode });
  await until(() => answers.length > 0, 5000, "the switch's answer");
}

describe("a bot seat's code", () => {
  it("the creation answer names the bot seats; their codes are the ones a switch to a person will open", () => {
    expect(d.bots).toEqual(["city", "met"]);
    expect(Object.keys(d.codes.seats)).toEqual(expect.arrayContaining(["city", "met", "fire"]));
  });

  it("admits nobody while a bot plays the seat, and says why in the page's language", async () => {
    await expect(join(h, d.id, d.codes.seats.city!, "冒名者")).rejects.toThrow(ZH);
    await expect(join(h, d.id, d.codes.seats.met!, "冒名者")).rejects.toThrow(ZH);
    const zh = await lookup(d.codes.seats.city!);
    expect(zh.status).toBe(409);
    expect(((await zh.json()) as { error: string }).error).toBe(ZH);
    const en = await lookup(d.codes.seats.city!, "en");
    expect(en.status).toBe(409);
    expect(((await en.json()) as { error: string }).error).toBe(EN);
    // a person's seat is opened as ever
    const fire = await join(h, d.id, d.codes.seats.fire!, "指挥员");
    expect(fire.roomId).toBe(d.id);
    expect((await lookup(d.codes.seats.fire!)).status).toBe(200);
  });

  it("opens the seat once the director switched it to a person, and is refused again once switched back", async () => {
    await setMode("city", "person");
    const person = await join(h, d.id, d.codes.seats.city!, "市应急局值班员");
    expect(person.roomId).toBe(d.id);
    expect(await (await lookup(d.codes.seats.city!)).json()).toMatchObject({ drillId: d.id, kind: "seat", seat: "city" });
    const closed: Array<{ code: number; reason?: string }> = [];
    person.onLeave((code, reason) => closed.push({ code, reason }));
    const fire = await join(h, d.id, d.codes.seats.fire!, "消防指挥员");
    let fireLeft = false;
    fire.onLeave(() => (fireLeft = true));
    await setMode("city", "bot");
    // the person playing the seat leaves it, told why (else the bot and the person both gave the city's commands)
    await until(() => closed.length > 0, 5000, "the city person put out");
    expect(closed).toEqual([{ code: BOT_SEAT_CLOSE, reason: "导调已将此席位交由机器人扮演；请导调切回人工后再进入" }]);
    expect(fireLeft).toBe(false); // another agency's seat is untouched
    await expect(join(h, d.id, d.codes.seats.city!, "又一人")).rejects.toThrow(ZH);
    expect((await lookup(d.codes.seats.city!)).status).toBe(409);
  });
});

// a WebSocket close reason is at most 123 bytes (RFC 6455 §5.5: a control frame's payload ≤ 125, less the 2-byte code);
// a longer one threw in the room and the seat was never put out (r31, first wording of seatToBot)
describe("the reasons a seat is put out with fit a WebSocket close frame", () => {
  it.each(["revoked", "seatToBot"])("%s, zh-CN and en", async (key) => {
    for (const f of ["../../i18n/zh-CN.json", "../../i18n/en.json"]) {
      const words = ((await import(f, { with: { type: "json" } })) as { default: { refused: Record<string, string> } }).default.refused[key]!;
      expect(words.length).toBeGreaterThan(0);
      expect(Buffer.byteLength(words)).toBeLessThanOrEqual(123);
    }
  });
});
