// @vitest-environment happy-dom
/**
 * A text holding a character that makes it read otherwise than it is (a bidi override U+202E: "‮部到已" is drawn
 * "已到部", Unicode TR 9, CVE-2021-42574; a zero-width space U+200B) is refused by the server (server/live/text-check.ts,
 * engine/model/text.ts hiddenChar) with the field, the character's place and its code point. Every form whose text
 * goes into a command now says the same beside the field before sending, and sends nothing: the seat's message and
 * acknowledgement, the report's free fields and each line of its measures, the warning's wording, the director's free
 * inject, the evaluator's observation, and the join name that signs every command. The place and the code point are
 * counted by hand here ("已\u200b到": character 2, U+200B) and are the server's own for the command the form would send.
 */
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { joinProblems } from "../../client/model/form-checks.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { commandTextProblem, messageTextProblem } from "../../server/live/text-check.ts";
import { chem, mount, settle, state, tick, type } from "./forms-dom.ts";

afterEach(() => setLang("zh"));

const WORDS = {
  zh: (n: number, c: string) => `第 ${n} 个字是不可见的控制字符（${c}，如文字方向控制符），请删除后重新发送`,
  en: (n: number, c: string) => `Character ${n} is an invisible control character (${c}, such as a text-direction override): remove it and send again`,
};

async function submit(form: HTMLFormElement) {
  form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await settle();
  // a report missing elements asks first: answer 仍然发送, so only a real check stops it
  const anyway = [...form.querySelectorAll("button")].find((b) => /仍然发送|Send anyway/.test(b.textContent ?? ""));
  if (anyway) (anyway.click(), await settle());
}

/** Type `text` into the box `selector` finds in `root`, and send its form: the box. */
async function typeAndSend<E extends HTMLInputElement | HTMLTextAreaElement>(root: HTMLElement, selector: string, text: string): Promise<E> {
  const box = root.querySelector<E>(selector)!;
  type(box, text);
  await settle();
  await submit(box.closest("form")!);
  return box;
}

/** the error said inside the field that holds `box` */
const errorBeside = (box: Element) => box.closest("label")!.querySelector("[data-testid$=error]")?.textContent;

for (const lang of ["zh", "en"] as const) {
  const said = WORDS[lang];
  describe(`${lang}: a hidden character is said beside its field and nothing is sent`, () => {
    it("a seat's message (U+202E first) and its acknowledgement (U+200B second), as the server would refuse them", async () => {
      setLang(lang);
      const sent: OutCommand[] = [];
      const send = (c: OutCommand) => void sent.push(c);
      const root = await mount("MessageForm.tsx", "MessageForm", { model: consoleModel(chem, state, "ent"), send });
      await tick(root, "input[name=to]");
      const area = await typeAndSend(root, "textarea[name=text]", "\u202e部到已");
      expect(sent).toEqual([]);
      expect(commandTextProblem({ type: "message", to: ["eb"], text: "\u202e部到已" })?.params).toMatchObject({ position: 1, char: "U+202E" });
      expect(errorBeside(area)).toBe(said(1, "U+202E"));

      const ack = await mount("MessageForm.tsx", "AckForm", { model: consoleModel(chem, state, "ent"), send });
      const box = await typeAndSend(ack, "input[name=text]", "已\u200b到");
      expect(sent).toEqual([]);
      expect(commandTextProblem({ type: "acknowledge", to: "eb", text: "已\u200b到" })?.params).toMatchObject({ position: 2, char: "U+200B" });
      expect(errorBeside(box)).toBe(said(2, "U+200B"));
    });

    it("a report's scene (an isolate U+2066 at 3) and a measure line (U+200F at 3), counted in the text as sent", async () => {
      setLang(lang);
      const sent: OutCommand[] = [];
      const root = await mount("ReportForm.tsx", "ReportForm", { model: consoleModel(chem, state, "ent"), send: (c: OutCommand) => void sent.push(c), defaultTo: "eb" });
      const scene = root.querySelector<HTMLTextAreaElement>("textarea[name=scene]")!;
      const measures = root.querySelector<HTMLTextAreaElement>("textarea[name=measures]")!;
      type(scene, "  泄漏\u2066已控制\u2069");
      await settle();
      type(measures, "疏散\n警戒\u200f200米");
      await settle();
      await submit(root.querySelector("form")!);
      expect(sent).toEqual([]);
      const server = (content: Record<string, unknown>) => commandTextProblem({ type: "report", to: "eb", kind: "initial", mode: "oral", content })?.params;
      expect(server({ scene: "泄漏\u2066已控制\u2069" })).toMatchObject({ position: 3, char: "U+2066" });
      expect(server({ measures: ["疏散", "警戒\u200f200米"] })).toMatchObject({ position: 3, char: "U+200F" });
      expect(errorBeside(scene)).toBe(said(3, "U+2066"));
      expect(errorBeside(measures)).toBe(said(3, "U+200F"));
    });

    it("a warning's wording (a government's measure)", async () => {
      setLang(lang);
      const sent: OutCommand[] = [];
      const role = chem.scenario.agencies.find((a) => consoleModel(chem, state, a.id).powers.includes("warning"))!.id;
      const root = await mount("ActionsPanel.tsx", "ActionsPanel", { model: consoleModel(chem, state, role), send: (c: OutCommand) => void sent.push(c) });
      root.querySelector<HTMLButtonElement>("[data-testid=measure-warning]")!.click();
      await settle();
      const box = await typeAndSend(root, "input[name=text]", "撤离\u202d村");
      expect(sent).toEqual([]);
      expect(errorBeside(box)).toBe(said(3, "U+202D"));
    });

    it("the director's free inject, and an evaluator's observation", async () => {
      setLang(lang);
      const sent: OutCommand[] = [];
      const root = await mount("DirectorPanels.tsx", "InjectPanel", { model: consoleModel(chem, state, "director"), send: (c: OutCommand) => (sent.push(c), "c1") });
      await tick(root, "input[name=to]");
      await typeAndSend(root, "[data-testid=free-inject] textarea[name=text]", "储罐\u202a阀门");
      expect(sent).toEqual([]);
      expect(commandTextProblem({ type: "adHocInject", to: ["fire"], text: "储罐\u202a阀门" })?.params).toMatchObject({ position: 3, char: "U+202A" });
      expect(root.querySelector("[data-testid=inject-error]")?.textContent).toBe(said(3, "U+202A"));

      const saved: unknown[] = [];
      const obs = await mount("ObservationForm.tsx", "ObservationForm", { model: consoleModel(chem, state, "evaluator"), control: (_t: string, b: unknown) => (saved.push(b), Promise.resolve({})) });
      type(obs.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, "及时");
      const why = await typeAndSend(obs, "textarea[name=justification]", "按\u202e时");
      expect(saved).toEqual([]);
      expect(messageTextProblem("observation", { seen: "及时", why: "按\u202e时" })?.params).toMatchObject({ position: 2, char: "U+202E" });
      expect(errorBeside(why)).toBe(said(2, "U+202E"));
    });

    it("clean text, line breaks and an emoji's zero-width joiner (👨‍🚒) are sent as before", async () => {
      setLang(lang);
      const sent: OutCommand[] = [];
      const root = await mount("MessageForm.tsx", "MessageForm", { model: consoleModel(chem, state, "ent"), send: (c: OutCommand) => void sent.push(c) });
      await tick(root, "input[name=to]");
      await typeAndSend(root, "textarea[name=text]", "已到场\n警戒 200 米 👨\u200d🚒");
      expect(sent).toHaveLength(1);
    });
  });
}

describe("the join name, which signs every command", () => {
  it("a name with U+202E inside is a problem of the name, at its place (the server refuses it with 400)", () => {
    expect(joinProblems("ABCD-EFGH", "值班\u202e员甲")).toEqual({ name: { key: "hiddenChars", position: 3, char: "U+202E" } });
    expect(joinProblems("ABCD-EFGH", "值班员甲")).toEqual({});
    // at either end too, as the server refuses it (newcomer 23 item 11: stripped and joined before)
    expect(joinProblems("ABCD-EFGH", "\u202e长队李")).toEqual({ name: { key: "hiddenChars", position: 1, char: "U+202E" } });
    expect(joinProblems("ABCD-EFGH", " 长队李\u202c")).toEqual({ name: { key: "hiddenChars", position: 4, char: "U+202C" } });
  });
});
