// @vitest-environment happy-dom
/**
 * What the screen showed as done is undone when the server refuses the command, and the person is told why (the
 * reason the client words for the code, reject.<code>). A one-tap 签收 reads 已签收 at once; refused (throttled:
 * 操作过于频繁, before the log), it read 已签收 all the same, and the sender was never signed for. A refusal can also
 * come after the acknowledgement: the room acks a command once it is logged and the engine refuses it at its tick
 * (server/live/drill.ts tick → `rejected` with the same id), which the outbox dropped (the command log kept 已记录) and
 * the forms never heard of. Each case goes through the real outbox (client/net/outbox.ts), as the live session's do.
 */
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { Outbox, waitsForAnswer } from "../../client/net/outbox.ts";
import { keptFor } from "../../client/net/kept.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { cmd, ms, runPlay } from "../helpers.ts";
import { chem, mount, settle, state, tick, type } from "./forms-dom.ts";

afterEach(() => setLang("zh"));

/** a fresh outbox and a `send` through it, as net/live.ts makes them; `last()`: the id of the latest command */
function outbox(name: string) {
  const box = new Outbox(keptFor("outbox", "test", name, waitsForAnswer));
  let last = "";
  return { box, send: (c: OutCommand) => (last = box.add(c).id), last: () => last };
}

/**
 * The panel `name` (MessageForm, or DirectorPanels' InjectPanel) of `role`, sending through `o`: its first recipient
 * ticked, `text` typed in its form (data-testid `form`) and sent. Its root and its text box.
 */
async function sendText(o: ReturnType<typeof outbox>, name: "MessageForm" | "InjectPanel", role: string, form: string, text: string) {
  const root = await mount(name === "MessageForm" ? "MessageForm.tsx" : "DirectorPanels.tsx", name, { model: consoleModel(chem, state, role), send: o.send });
  const f = `[data-testid=${form}]`;
  await tick(root, `${f} input[name=to]`);
  const area = () => root.querySelector<HTMLTextAreaElement>(`${f} textarea[name=text]`)!;
  type(area(), text);
  await settle();
  root.querySelector<HTMLFormElement>(f)!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await settle();
  return { root, area };
}

// the emergency bureau at 00:45 with the enterprise's notice in its inbox, not yet signed for
const eb = consoleModel(chem, runPlay(chem, [cmd("00:10:00", "ent", { type: "message", to: ["eb"], text: "罐区泄漏" }, 1)], 7, ms("00:45:00")).state, "eb");
const card = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>("[data-testid=message]")].find((li) => li.textContent!.includes("罐区泄漏"))!;

for (const [lang, throttled, noAgency] of [["zh", "未被接受：操作过于频繁，请稍候", "未被接受：没有这个单位"], ["en", "Not accepted: Too many commands, wait a moment", "Not accepted: No such agency"]] as const) {
  describe(`${lang}: a refused 签收 is undone, with the server's reason`, () => {
    it("refused before the log (throttled): 已签收 goes, 签收 is back, and the card says why", async () => {
      setLang(lang);
      const o = outbox(`sign-${lang}`);
      const root = await mount("Inbox.tsx", "Inbox", { model: eb, unread: new Set(), markRead: () => undefined, send: o.send });
      card(root).querySelector<HTMLButtonElement>("[data-testid=sign]")!.click();
      await settle();
      expect(card(root).querySelector("[data-testid=signed]")).not.toBeNull();
      o.box.set(o.last(), { state: "rejected", code: "rateLimited", reason: "操作过于频繁，请稍候" });
      await settle();
      expect(card(root).querySelector("[data-testid=signed]")).toBeNull();
      expect(card(root).querySelector("[data-testid=sign]")).not.toBeNull();
      expect(card(root).querySelector("[data-testid=sign-refused]")?.textContent).toBe(throttled);
    });

    it("refused by the engine after the ack: the command reads refused, not 已记录, and 签收 is back", async () => {
      setLang(lang);
      const o = outbox(`sign-late-${lang}`);
      const root = await mount("Inbox.tsx", "Inbox", { model: eb, unread: new Set(), markRead: () => undefined, send: o.send });
      card(root).querySelector<HTMLButtonElement>("[data-testid=sign]")!.click();
      await settle();
      o.box.set(o.last(), { state: "acked", seq: 7, atMs: ms("00:45:00") });
      await settle();
      expect(card(root).querySelector("[data-testid=signed]")).not.toBeNull();
      o.box.set(o.last(), { state: "rejected", code: "unknownAgency", reason: "没有这个单位" });
      await settle();
      expect(o.box.entries.get().at(-1)!.status.state).toBe("rejected");
      expect(card(root).querySelector("[data-testid=sign]")).not.toBeNull();
      expect(card(root).querySelector("[data-testid=sign-refused]")?.textContent).toBe(noAgency);
    });
  });
}

describe("forms: a refusal after the ack gives the input back, and never over what the person typed since", () => {
  it("a dispatch refused at its tick (the unit busy by then): its units are ticked again and the reason is said", async () => {
    const o = outbox("dispatch");
    const root = await mount("UnitsPanel.tsx", "UnitsPanel", { model: consoleModel(chem, state, "fire"), send: o.send });
    const box = await tick(root, "input[name=unit]");
    root.querySelector<HTMLButtonElement>("[data-testid=dispatch]")!.click();
    await settle();
    expect(root.querySelector<HTMLInputElement>("input[name=unit]")!.checked).toBe(false);
    o.box.set(o.last(), { state: "acked", seq: 3, atMs: 300_000 });
    o.box.set(o.last(), { state: "rejected", code: "unitBusy", reason: "力量正在执行任务" });
    await settle();
    expect(root.querySelector<HTMLInputElement>(`input[name=unit][value="${box.value}"]`)!.checked).toBe(true);
    expect(root.querySelector("[data-testid=units-refused]")?.textContent).toBe("未被接受：力量正在执行任务");
  });

  it("a message refused after the person began another: the new text stays, the reason is said", async () => {
    const o = outbox("message-late");
    const { root, area } = await sendText(o, "MessageForm", "ent", "message-form", "罐区泄漏");
    o.box.set(o.last(), { state: "acked", seq: 4, atMs: 300_000 });
    type(area(), "已疏散");
    await settle();
    o.box.set(o.last(), { state: "rejected", code: "unknownAgency", reason: "没有这个单位" });
    await settle();
    expect(area().value).toBe("已疏散");
    expect(root.querySelector("[data-testid=message-refused]")?.textContent).toBe("未被接受：没有这个单位");
  });

  it("the director's free inject refused: the text is back and the reason is said beside it", async () => {
    const o = outbox("inject");
    const { root, area } = await sendText(o, "InjectPanel", "director", "free-inject", "风向转为东南");
    expect(area().value).toBe("");
    o.box.set(o.last(), { state: "rejected", code: "rateLimited", reason: "操作过于频繁，请稍候" });
    await settle();
    expect(area().value).toBe("风向转为东南");
    expect(root.querySelector("[data-testid=free-inject] [data-testid=inject-refused]")?.textContent).toBe("未被接受：操作过于频繁，请稍候");
  });
});
