// @vitest-environment happy-dom
/**
 * 签收 on a received notice (newcomer report: it opened a form): a seat signs receipt in one tap.
 * The tap gives `acknowledge` to the sender at once (the command goes through `send`, so the
 * outbox and the command log record it like any other), and the message then reads 已签收 and
 * offers no second 签收; a later message from the same sender is still to be signed.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import type { ConsoleModel } from "../../client/model/console.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";
import { panel, settle } from "./forms-dom.ts";

const chem = compiled("chemical-leak");
const notice = cmd("00:10:00", "ent", { type: "message", to: ["eb"], text: "罐区泄漏" }, 1);
// the emergency bureau at 00:45 with the enterprise's message in its inbox
const eb = consoleModel(chem, runPlay(chem, [notice], 7, ms("00:45:00")).state, "eb");
// the same bureau after it signed (an acknowledge at 00:20) and the enterprise wrote again at 00:30
const signed = consoleModel(chem, runPlay(chem, [notice, cmd("00:20:00", "eb", { type: "acknowledge", to: "ent" }, 2), cmd("00:30:00", "ent", { type: "message", to: ["eb"], text: "火势扩大" }, 3)], 7, ms("00:45:00")).state, "eb");

async function inbox(m: ConsoleModel, sent: OutCommand[]): Promise<HTMLElement> {
  const Inbox = await panel<Record<string, unknown>>("Inbox.tsx", "Inbox");
  const root = document.createElement("div");
  render(h(Inbox, { model: m, unread: new Set(), markRead: () => undefined, onReply: () => undefined, send: (c: OutCommand) => void sent.push(c) }), root);
  await settle();
  return root;
}

const item = (root: HTMLElement, text: string) => [...root.querySelectorAll<HTMLElement>("[data-testid=message]")].find((li) => li.textContent!.includes(text))!;
const signButton = (li: HTMLElement) => [...li.querySelectorAll("button")].find((b) => b.textContent === "签收");

describe("签收 in one tap", () => {
  it("one tap on 签收 sends acknowledge to the sender, opens no form, and the message then reads 已签收", async () => {
    const sent: OutCommand[] = [];
    const root = await inbox(eb, sent);
    const li = item(root, "罐区泄漏");
    signButton(li)!.click();
    await settle();
    expect(sent).toEqual([{ type: "acknowledge", to: "ent" }]);
    expect(root.querySelector("[data-testid=ack-form]")).toBeNull();
    expect(item(root, "罐区泄漏").textContent).toContain("已签收");
    expect(signButton(item(root, "罐区泄漏"))).toBeUndefined();
  });

  it("a message signed for in the log reads 已签收; the sender's later message is still to be signed", async () => {
    const root = await inbox(signed, []);
    expect(item(root, "罐区泄漏").textContent).toContain("已签收");
    expect(signButton(item(root, "火势扩大"))).toBeDefined();
  });
});
