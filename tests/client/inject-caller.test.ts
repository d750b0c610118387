// @vitest-environment happy-dom
/**
 * A scripted inject on a player's seat comes from its in-fiction caller, never "情景注入 · 来自
 * 情景" (review 8 item 11: in a double-blind drill that says "this is a test"). The chemical
 * leak's inj-06-media is a call to the bureau at 00:40 from `source` 临江日报记者 (scenarios/
 * chemical-leak.yaml); the room's synced row carries that caller (server/live/views.ts), the
 * seat's inbox names it and shows a plain 消息, and the director's console keeps 情景注入 and 情景.
 * An inject without a source (the director's free inject) reads 外部来电 on a seat.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { senderName } from "../../client/i18n/describe.ts";
import { seatProjection } from "../../server/live/views.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";
import { panel, settle } from "./forms-dom.ts";

const Inbox = await panel<Record<string, unknown>>("Inbox.tsx", "Inbox");
const chem = compiled("chemical-leak");
const state = runPlay(chem, [cmd("00:02:00", "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { scene: "液氯泄漏" } }, 1)], 7, ms("00:41:00")).state;
afterEach(() => setLang("zh"));

const mediaCard = (role: string) => {
  const root = document.createElement("div");
  render(h(Inbox, { model: consoleModel(chem, state, role), unread: new Set<string>(), markRead: () => {} }), root);
  return [...root.querySelectorAll("[data-testid=message]")].find((li) => /临江日报|Linjiang Daily/.test(li.textContent!))!;
};

describe("a scripted inject's sender", () => {
  it("the room's synced row for the bureau carries the caller", () => {
    const row = seatProjection(chem, state, "eb", "DOUBLE_BLIND").messages.find((m) => m.inject === "inj-06-media");
    expect(row?.source).toEqual({ zh: "临江日报记者", en: "Reporter from the Linjiang Daily" });
  });

  it("zh and en: the bureau's inbox says 来自 临江日报记者, a plain 消息; never 情景", async () => {
    const card = mediaCard("eb");
    await settle();
    expect(card.querySelector(".msg-who")!.textContent).toContain("来自 临江日报记者");
    expect(card.querySelector(".chip")!.textContent).toBe("消息");
    expect(card.textContent).not.toContain("情景");
    setLang("en");
    const en = mediaCard("eb");
    expect(en.querySelector(".msg-who")!.textContent).toContain("From Reporter from the Linjiang Daily");
    expect(en.textContent).not.toMatch(/Scenario|Inject/);
  });

  it("the director's console keeps 情景注入 and names the scenario with the caller", () => {
    const card = mediaCard("director");
    expect(card.querySelector(".chip")!.textContent).toBe("情景注入");
    expect(card.querySelector(".msg-who")!.textContent).toContain("来自 情景（临江日报记者）");
  });

  it("an inject with no caller reads 外部来电 on a seat", () => {
    const m = consoleModel(chem, state, "eb");
    expect(senderName(m, { from: "scenario" })).toBe("外部来电");
  });

  // newcomer trial 14: the director's own 随机提问 read 来自 外部来电 above 回复 → 导调台; it is from whoever asks (its reply's addressee)
  it("a spot question with no caller is from its asker, the director's console, as its reply button says", () => {
    const m = consoleModel(chem, state, "eb");
    expect(senderName(m, { from: "scenario", asker: "director" })).toBe("导调台");
    expect(senderName(m, { from: "scenario", source: { zh: "临江日报记者", en: "Reporter" }, asker: "director" })).toBe("临江日报记者");
  });
});
