// @vitest-environment happy-dom
/**
 * A party's request for help on a seat's console (newcomer 23 item 1). 华宇's duty manager rings the enterprise at
 * 00:06 ("我们要不要撤人？", chemical-leak inj-03-neighbour, `requests: message to: [director]`, party 华宇): the
 * enterprise was charged 求助未响应 though its inbox card had no 回复, the director was not among its recipients, and
 * no tab listed the duty. Now:
 *   - the duty is on the enterprise's 时限 tab and on the control board (owner ent), opened 00:06:00, due 00:21:00
 *     (rules profile helpRequests.withinMin 15), met by the good play's 00:07 message to the director naming 华宇;
 *   - the card has 回复 → 导调台, which opens the message form addressed to the director and starting 「致<caller>：」;
 *   - the form offers the director while the party waits, and not once it was answered.
 * Also in the inbox and message form: a receipt (回执) carries no 回复/签收 (item 13), and a sent message leaves no
 * recipient ticked (item 14). And a resource requirement still open says what is missing (item 7): the health seat
 * with 2 of the 3 ambulances req-treat needs at the plant reads 尚缺：救护车还差 1（需 3，已到场 2）.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { partyAwaits, replyTarget } from "../../client/model/console.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { cmd, compiled, ms, playOf, runPlay } from "../helpers.ts";
import { panel, settle, tick, type } from "./forms-dom.ts";

const chem = compiled("chemical-leak");
const at = (commands: Parameters<typeof runPlay>[1], clock: string, role: string) => {
  const r = runPlay(chem, commands, 7, ms(clock));
  return consoleModel(chem, r.state, role, { paused: true, speed: 1 }, r.events);
};
const HELP = "HELP:inj-03-neighbour:ent";
// no response at all, 00:08: the call came at 00:06
const asked = at([], "00:08:00", "ent");
// the good play's answer: its 00:07 message to the director naming 华宇
const answer = cmd("00:07:00", "ent", { type: "message", to: ["director"], text: "华宇公司：是我厂液氯储罐泄漏，请立即向厂区西侧撤离。" }, 1);
const answered = at([answer], "00:08:00", "ent");

describe("a request for help on the seat's board and the control board", () => {
  it("the enterprise's 时限 tab lists it, open, due 15 min after the call, answered through the director", () => {
    const row = asked.obligations.find((o) => o.id === HELP)!;
    expect(row).toMatchObject({ agency: "ent", status: "open", to: "director", openedAtMs: ms("00:06:00"), deadlineMs: ms("00:21:00") });
    expect(row.text.zh).toContain("华宇");
    expect(answered.obligations.find((o) => o.id === HELP)).toMatchObject({ status: "met", metAtMs: ms("00:07:00") });
  });

  it("the director's board lists it under the enterprise", () => {
    const control = at([], "00:08:00", "director");
    expect(control.obligations.find((o) => o.id === HELP)).toMatchObject({ owner: "ent", status: "open" });
  });
});

const Inbox = await panel<Record<string, unknown>>("Inbox.tsx", "Inbox");
const MessageForm = await panel<Record<string, unknown>>("MessageForm.tsx", "MessageForm");
const card = (root: HTMLElement, words: string) => [...root.querySelectorAll<HTMLElement>("[data-testid=message]")].find((li) => li.textContent!.includes(words))!;
const labels = (root: HTMLElement) => [...root.querySelectorAll("input[name=to]")].map((i) => (i as HTMLInputElement).value);

async function inbox(m: ReturnType<typeof at>, replied: unknown[]): Promise<HTMLElement> {
  const root = document.createElement("div");
  render(h(Inbox, { model: m, unread: new Set(), markRead: () => undefined, onReply: (x: unknown) => void replied.push(x), send: () => undefined }), root);
  await settle();
  return root;
}

describe("the request's card and the message form", () => {
  it("the card has 回复 → 导调台, addressed to the director", async () => {
    const replied: Array<{ inject?: string }> = [];
    const root = await inbox(asked, replied);
    const li = card(root, "我们要不要撤人");
    const button = li.querySelector<HTMLButtonElement>("[data-testid=help-reply]")!;
    expect(button.textContent).toContain("导调");
    button.click();
    expect(replied.map((x) => x.inject)).toEqual(["inj-03-neighbour"]);
    expect(replyTarget(asked, replied[0] as never)).toBe("director");
  });

  it("the form offers the director while 华宇 waits, not once answered", async () => {
    expect(partyAwaits(asked)).toBe(true);
    expect(partyAwaits(answered)).toBe(false);
    const root = document.createElement("div");
    render(h(MessageForm, { model: asked, send: () => undefined }), root);
    await settle();
    expect(labels(root)).toContain("director");
    const later = document.createElement("div");
    render(h(MessageForm, { model: answered, send: () => undefined }), later);
    await settle();
    expect(labels(later)).not.toContain("director");
  });

  it("a reply opens addressed to the director, starting with the caller's name; sent, no recipient stays ticked", async () => {
    const sent: OutCommand[] = [];
    const root = document.createElement("div");
    render(h(MessageForm, { model: asked, send: (c: OutCommand) => void sent.push(c), replyTo: "director", reply: { to: "director", head: "致相邻企业华宇新材料公司值班长：" } }), root);
    await settle();
    const text = root.querySelector<HTMLTextAreaElement>("[data-testid=message-text]")!;
    expect(text.value).toBe("致相邻企业华宇新材料公司值班长：");
    type(text, `${text.value}是我厂泄漏，请向西撤离`);
    await settle();
    root.querySelector<HTMLFormElement>("[data-testid=message-form]")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(sent).toEqual([expect.objectContaining({ type: "message", to: ["director"], text: "致相邻企业华宇新材料公司值班长：是我厂泄漏，请向西撤离" })]);
    expect([...root.querySelectorAll<HTMLInputElement>("input[name=to]")].filter((b) => b.checked)).toEqual([]);
  });

  it("a plain message: the recipients ticked for it are cleared once it is sent (item 14)", async () => {
    const sent: OutCommand[] = [];
    const root = document.createElement("div");
    render(h(MessageForm, { model: asked, send: (c: OutCommand) => void sent.push(c) }), root);
    await settle();
    await tick(root, "input[name=to][value=eb]");
    type(root.querySelector<HTMLTextAreaElement>("[data-testid=message-text]")!, "罐区泄漏");
    await settle();
    root.querySelector<HTMLFormElement>("[data-testid=message-form]")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(sent.map((c) => (c as unknown as { to: string[] }).to)).toEqual([["eb"]]);
    expect([...root.querySelectorAll<HTMLInputElement>("input[name=to]")].filter((b) => b.checked)).toEqual([]);
  });
});

describe("a receipt (回执) is no message to answer (item 13)", () => {
  it("the enterprise's inbox: the bureau's 签收 has neither 回复 nor 签收; the bureau's message has both", async () => {
    const m = at([
      cmd("00:07:00", "eb", { type: "message", to: ["ent"], text: "立即上报伤亡情况" }, 1),
      cmd("00:07:30", "eb", { type: "acknowledge", to: "ent" }, 2),
    ], "00:08:00", "ent");
    const root = await inbox(m, []);
    const receipts = [...root.querySelectorAll<HTMLElement>("[data-testid=message][data-kind=ack]")];
    expect(receipts).toHaveLength(1);
    expect([...receipts[0]!.querySelectorAll("button")].map((b) => b.textContent)).toEqual([]);
    expect([...card(root, "立即上报伤亡情况").querySelectorAll("button")].map((b) => b.textContent)).toEqual(["回复", "签收"]);
  });
});

describe("an open resource requirement says what is missing (item 7)", () => {
  it("2 of the 3 ambulances req-treat needs at the plant: 尚缺：救护车还差 1（需 3，已到场 2）", async () => {
    const two = playOf(chem, "scenarios/plays/chemical-leak.good.yaml")
      .filter((c) => c.at <= ms("00:20:00"))
      .map((c) => (c.type === "dispatch" && c.by === "health" ? { ...c, units: ["amb-1", "amb-2"] } : c));
    const health = at(two, "00:20:00", "health");
    const row = health.obligations.find((o) => o.id === "REQ:req-treat")!;
    expect(row.partsLeft).toEqual([{ units: { types: ["ambulance"], need: 3, arrived: 2 } }]);
    const DutiesPanel = await panel<Record<string, unknown>>("DutiesPanel.tsx", "DutiesPanel");
    const root = document.createElement("div");
    render(h(DutiesPanel, { model: health }), root);
    await settle();
    expect(root.querySelector("[data-testid=duty-parts-left]")!.textContent).toContain("尚缺：救护车还差 1（需 3，已到场 2）");
  });
});
