// @vitest-environment happy-dom
/**
 * A figure or text over its limit is said beside its field with the limit, in Chinese and English, and not sent
 * (newcomer trial item 4): a cordon radius of 99999999 came back "The command is incomplete or malformed" (empty
 * and −50 already said "Give a number above 0"); a 40,000-character free inject came back 内容过长 with no limit,
 * and its box had no maxlength while the seats' have 2000.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, cordonForm, panel, settle, state, type } from "./forms-dom.ts";

type Props = Record<string, unknown>;
const InjectPanel = await panel<Props>("DirectorPanels.tsx", "InjectPanel");

async function submit(form: HTMLFormElement) {
  form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await settle();
}

afterEach(() => setLang("zh"));

describe("a cordon radius beyond the limit", () => {
  for (const [lang, words] of [["zh", "请填写大于 0、不超过 100000 的数（米）"], ["en", "Give a number above 0 and at most 100000 (metres)"]] as const) {
    it(`${lang}: says the field's range beside it and sends nothing; 100000 m is sent`, async () => {
      setLang(lang);
      const sent: OutCommand[] = [];
      const form = await cordonForm(sent);
      const radius = () => form.querySelector<HTMLInputElement>("input[name=radiusM]")!;
      type(radius(), "99999999");
      await settle();
      await submit(form);
      expect(radius().closest("label")!.querySelector("[data-testid=field-error]")?.textContent).toBe(words);
      expect(sent).toEqual([]);
      type(radius(), "100000");
      await settle();
      await submit(form);
      expect(sent).toEqual([{ type: "cordon", place: expect.any(String), radiusM: 100_000 }]);
    });
  }
});

describe("a free inject beyond the limit", () => {
  for (const [lang, words] of [["zh", "最多 2000 个字，现有 40000 个字"], ["en", "At most 2000 characters; it has 40000"]] as const) {
    it(`${lang}: its box stops at 2000 as the seats' do; a longer text (pasted past it) is not sent and the limit is said`, async () => {
      setLang(lang);
      const sent: OutCommand[] = [];
      const root = document.createElement("div");
      render(h(InjectPanel, { model: consoleModel(chem, state, "director"), send: (c: OutCommand) => (sent.push(c), "c1") }), root);
      const form = root.querySelector<HTMLFormElement>("[data-testid=free-inject]")!;
      const area = form.querySelector<HTMLTextAreaElement>("textarea[name=text]")!;
      expect(area.maxLength).toBe(2000);
      const box = form.querySelector<HTMLInputElement>("input[name=to]")!;
      box.checked = true;
      box.dispatchEvent(new Event("change", { bubbles: true }));
      await settle();
      type(area, "情".repeat(40_000));
      await settle();
      await submit(form);
      expect(root.querySelector("[data-testid=inject-error]")?.textContent).toBe(words);
      expect(sent).toEqual([]);
    });
  }
});
