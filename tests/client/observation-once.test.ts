// @vitest-environment happy-dom
/**
 * An evaluator's double click on 保存记录 stored the observation twice (newcomer round 28: two identical rows,
 * same time, section and text, in the report's observations): the form sent on every submit while the first save
 * was still on its way, and an observation carries no id the server could tell a repeat by. Now one save at a time:
 * the second submit before the server's answer sends nothing; after the answer (saved or refused) the form sends again.
 */
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { chem, mount, settle, state, type } from "./forms-dom.ts";

/** A control whose answers the test gives by hand: every body sent, and the pending answers in order. */
function slowControl() {
  const sent: unknown[] = [];
  const answers: Array<{ ok: () => void; no: (e: Error) => void }> = [];
  const control = (_type: string, body: unknown) => (sent.push(body), new Promise<unknown>((ok, no) => answers.push({ ok: () => ok({}), no })));
  return { sent, answers, control };
}

async function fill(root: HTMLElement, seen: string, why: string) {
  type(root.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, seen);
  type(root.querySelector<HTMLTextAreaElement>("textarea[name=justification]")!, why);
  await settle();
}

const submit = (root: HTMLElement) => root.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
const button = (root: HTMLElement) => root.querySelector<HTMLButtonElement>("[data-testid=save-observation]")!;

/** The evaluator's form, filled and double-clicked (two submits before any redraw): its control and its root. */
async function doubleClicked() {
  const c = slowControl();
  const root = await mount("ObservationForm.tsx", "ObservationForm", { model: consoleModel(chem, state, "evaluator"), control: c.control });
  await fill(root, "消防队出动迅速", "接警后2分钟出动");
  submit(root);
  submit(root);
  await settle();
  return { c, root };
}

describe("the observation form saves once per click of 保存记录", () => {
  it("a double click (two submits, with and without a redraw between) sends one observation", async () => {
    const { c, root } = await doubleClicked();
    submit(root);
    await settle();
    expect(c.sent).toHaveLength(1);
    expect(c.sent[0]).toMatchObject({ seen: "消防队出动迅速", why: "接警后2分钟出动" });
    expect(button(root).disabled).toBe(true);
    // saved: the form is empty and free again, and the next observation goes
    c.answers[0]!.ok();
    await settle();
    expect(button(root).disabled).toBe(false);
    await fill(root, "公安警戒到位", "下风向路口已设卡");
    submit(root);
    await settle();
    expect(c.sent).toHaveLength(2);
  });

  it("a refused save frees the form with its text kept, and sending again goes", async () => {
    const { c, root } = await doubleClicked();
    expect(c.sent).toHaveLength(1);
    c.answers[0]!.no(new Error("超出演练时间"));
    await settle();
    expect(button(root).disabled).toBe(false);
    expect(root.querySelector<HTMLTextAreaElement>("textarea[name=text]")!.value).toBe("消防队出动迅速");
    submit(root);
    await settle();
    expect(c.sent).toHaveLength(2);
  });
});
