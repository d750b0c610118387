// @vitest-environment happy-dom
/**
 * A form whose command is refused keeps its input (house rule "bad input … loses nothing";
 * newcomer report: a free inject refused as 内容过长 emptied the textarea). The form clears when
 * it sends; the refusal, answered through the outbox, puts the text back; an accepted command's
 * form stays clear.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { chem, panel, settle, state, type } from "./forms-dom.ts";
import { Outbox, waitsForAnswer } from "../../client/net/outbox.ts";
import { keptFor } from "../../client/net/kept.ts";
import type { OutCommand } from "../../client/net/session.ts";

type PanelProps = { model: unknown; send: (c: OutCommand) => string };
const InjectPanel = await panel<PanelProps>("DirectorPanels.tsx", "InjectPanel");
const MessageForm = await panel<PanelProps>("MessageForm.tsx", "MessageForm");

async function fill(root: HTMLElement, form: string, text: string) {
  const f = root.querySelector<HTMLFormElement>(`[data-testid=${form}]`)!;
  const box = f.querySelector<HTMLInputElement>("input[name=to]")!;
  if (!box.checked) {
    box.checked = true;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  }
  await settle();
  type(f.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, text);
  await settle();
  f.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await settle();
  return f;
}

describe("a refused command gives its form the input back", () => {
  it("the director's free inject: refused by the server → the text is back; acknowledged → stays clear", async () => {
    const outbox = new Outbox(keptFor("outbox", "test", "inject", waitsForAnswer));
    const sent: Array<{ id: string; c: OutCommand }> = [];
    const send = (c: OutCommand) => {
      const id = outbox.add(c).id;
      sent.push({ id, c });
      return id;
    };
    const root = document.createElement("div");
    render(h(InjectPanel, { model: consoleModel(chem, state, "director"), send }), root);
    // at the limit (2000 characters): a longer one is not sent at all (tests/client/form-limits.test.ts)
    const long = "现场情况".repeat(500);
    const f = await fill(root, "free-inject", long);
    const area = () => f.querySelector<HTMLTextAreaElement>("textarea[name=text]")!;
    expect(sent.at(-1)!.c.text).toBe(long);
    expect(area().value).toBe(""); // cleared on send
    outbox.set(sent.at(-1)!.id, { state: "rejected", code: "rateLimited", reason: "操作过于频繁，请稍候" });
    await settle();
    expect(area().value).toBe(long);

    await fill(root, "free-inject", "短注入");
    outbox.set(sent.at(-1)!.id, { state: "acked", seq: 3, atMs: 300_000 });
    await settle();
    expect(area().value).toBe("");
  });

  it("a seat's message: refused → text back", async () => {
    const outbox = new Outbox(keptFor("outbox", "test", "message", waitsForAnswer));
    let last = "";
    const send = (c: OutCommand) => (last = outbox.add(c).id);
    const root = document.createElement("div");
    render(h(MessageForm, { model: consoleModel(chem, state, "ent"), send }), root);
    const f = await fill(root, "message-form", "请求支援：泄漏扩大");
    expect(f.querySelector<HTMLTextAreaElement>("textarea[name=text]")!.value).toBe("");
    outbox.set(last, { state: "rejected", code: "notAllowed", reason: "本单位无此权限" });
    await settle();
    expect(f.querySelector<HTMLTextAreaElement>("textarea[name=text]")!.value).toBe("请求支援：泄漏扩大");
  });
});
