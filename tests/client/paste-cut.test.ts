// @vitest-environment happy-dom
/**
 * Round 27 item 3: a text box cut a paste at its maximum length without a word (the browser's maxlength). The cut is
 * said beside the box, with how many characters were cut, in zh-CN and English. Figures by hand: a box of 10 holding
 * "12345" (5) takes 5 more; a 12-character paste loses 7; pasted over a 2-character selection it takes 7 and loses 5.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { settle } from "./forms-dom.ts";

const file = "fields.tsx";
const { Text, pasteCut } = (await import(/* @vite-ignore */ `../../client/panels/${file}`)) as {
  Text: (p: object) => never;
  pasteCut: (value: string, from: number, to: number, inserted: string, max: number, multiline: boolean) => number;
};
afterEach(() => setLang("zh"));

describe("how much of a paste a full box cuts", () => {
  it("counts what does not fit, selection replaced, line breaks as the box holds them", () => {
    expect(pasteCut("12345", 5, 5, "abcdefghijkl", 10, false)).toBe(7);
    expect(pasteCut("12345", 1, 3, "abcdefghijkl", 10, false)).toBe(5);
    expect(pasteCut("12345", 5, 5, "abcde", 10, false)).toBe(0);
    // an <input> strips line breaks; a <textarea> keeps CRLF as one
    expect(pasteCut("", 0, 0, "ab\r\ncd\r\nef", 4, false)).toBe(2);
    expect(pasteCut("", 0, 0, "ab\r\ncd\r\nef", 4, true)).toBe(4);
  });
});

async function pasteInto(text: string, value: string, multiline = false) {
  const root = document.createElement("div");
  let v = value;
  const draw = () => render(h(Text, { value: v, onInput: (x: string) => ((v = x), draw()), maxLength: 10, multiline, name: "text" }), root);
  draw();
  const box = root.querySelector<HTMLInputElement>(multiline ? "textarea" : "input")!;
  box.setSelectionRange(value.length, value.length);
  const e = new Event("paste", { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
  Object.defineProperty(e, "clipboardData", { value: { getData: (k: string) => (k === "text/plain" ? text : "") } });
  box.dispatchEvent(e);
  // the browser then inserts what fits (maxlength) and fires input
  box.value = (value + text).slice(0, 10);
  box.dispatchEvent(new Event("input", { bubbles: true }));
  await settle();
  return { root, box };
}

describe("a paste cut at the box's limit says so beside the box", () => {
  for (const [lang, words] of [["zh", "本栏最多 10 个字：粘贴的内容超出，已截去 7 个字。"], ["en", "This box holds at most 10 characters: 7 characters of the pasted text were cut."]] as const) {
    it(`${lang}: 12 characters into 5 of 10`, async () => {
      setLang(lang);
      const { root } = await pasteInto("abcdefghijkl", "12345");
      expect(root.querySelector("[data-testid=paste-cut]")?.textContent).toBe(words);
    });
  }

  it("en: one character cut is said in the singular", async () => {
    setLang("en");
    const { root } = await pasteInto("abcdef", "12345");
    expect(root.querySelector("[data-testid=paste-cut]")?.textContent).toBe("This box holds at most 10 characters: 1 character of the pasted text was cut.");
  });

  it("a paste that fits says nothing; the next edit after a cut clears the notice", async () => {
    expect((await pasteInto("abc", "12345")).root.querySelector("[data-testid=paste-cut]")).toBeNull();
    const { root, box } = await pasteInto("abcdefghijkl", "12345", true);
    expect(root.querySelector("[data-testid=paste-cut]")).not.toBeNull();
    box.value = "12345abcd";
    box.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();
    expect(root.querySelector("[data-testid=paste-cut]")).toBeNull();
  });
});
