/**
 * A spot question (随机提问) in a seat's inbox: the card knows it is one and whom the answer is
 * owed to (the director), so 回复 addresses it there; a reply to any other card goes to its
 * sender. The emergency bureau's answer through that reply meets the question; a message to
 * the duty office does not (engine/rules/obligations.ts).
 */
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { replyTarget, spotAsker } from "../../client/model/console.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";

const chem = compiled("chemical-leak");
// inj-06-media: a reporter's spot question to the emergency bureau at 00:40:00
const eb = consoleModel(chem, runPlay(chem, [], 7, ms("00:41:00")).state, "eb");
const card = eb.messages.find((x) => x.inject === "inj-06-media")!;

describe("a spot question's inbox card", () => {
  it("is recognised and answered to the director", () => {
    expect(card.from).toBe("scenario");
    expect(spotAsker(eb, card)).toBe("director");
    expect(replyTarget(eb, card)).toBe("director");
  });

  it("other injects are no spot questions; a reply to a message goes to its sender", () => {
    // inj-05-school is an ordinary inject (a head teacher's call), no question owed
    expect(spotAsker(eb, { ...card, inject: "inj-05-school" })).toBeUndefined();
    expect(spotAsker({ ...eb, role: "police" }, card)).toBeUndefined();
    expect(replyTarget(eb, { ...card, kind: "message", from: "duty", inject: undefined })).toBe("duty");
  });

  it("the reply the card sends meets the question; traffic to the duty office does not", () => {
    const answer = (to: string) => [cmd("00:42:00", "eb", { type: "message", to: [to], text: "已答复记者" }, 1)];
    const status = (to: string) => runPlay(chem, answer(to), 7, ms("00:55:00")).state.obligations.find((o) => o.id === "SPOT:inj-06-media:eb")?.status;
    expect(status(replyTarget(eb, card))).toBe("met");
    expect(status("duty")).toBe("missed");
  });
});
