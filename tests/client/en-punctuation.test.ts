// @vitest-environment happy-dom
/**
 * The English console uses English punctuation (newcomer 17 item 5: the command log read
 * "Report（Initial）"): every command's label in the log and the ✔ line, and every English
 * catalogue string, hold none of （）：，。; the Chinese console keeps its own.
 */
import { afterEach, describe, expect, it } from "vitest";
import { commandLabel } from "../../client/i18n/describe.ts";
import { en } from "../../client/i18n/en.ts";
import { setLang } from "../../client/i18n/index.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { h, render } from "preact";
import { consoleModel } from "../../client/local/model.ts";
import { cmd, compiled, runPlay } from "../helpers.ts";

const FULL_WIDTH = /[（）：，。]/;
// a .tsx module: vitest loads it, the root tsc need not
const Inboxes = (await import(/* @vite-ignore */ `../../client/panels/${"Inbox.tsx"}`)) as { Inbox: (p: object) => ReturnType<typeof h> };
afterEach(() => setLang("zh"));

const commands = [
  ...["initial", "followUp", "final"].map((kind) => ({ type: "report", to: "eb", kind, mode: "oral", content: {} })),
  { type: "message", to: ["fire"], text: "x" }, { type: "acknowledge", to: "eb", ref: "m1" }, { type: "dispatch", units: ["u"], place: "p", task: "search" },
  { type: "recall", units: ["u"] }, { type: "cordon", place: "p", radiusM: 100 }, { type: "evacuate", place: "p" }, { type: "adHocInject", to: ["fire"], text: "q", spotQuestion: true },
] as unknown as OutCommand[];

/** Every string in a catalogue, with its key. */
const strings = (o: unknown, at = ""): Array<[string, string]> =>
  typeof o === "string" ? [[at, o]] : Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));

describe("English punctuation in the English console", () => {
  it("a report's label in the command log reads Report (Initial), and no label holds full-width punctuation", () => {
    setLang("en");
    expect(commandLabel(commands[0]!)).toBe("Report (Initial)");
    expect(commands.map(commandLabel).filter((l) => FULL_WIDTH.test(l))).toEqual([]);
    setLang("zh");
    expect(commandLabel(commands[0]!)).toBe("报告（初报）");
  });

  it("no English catalogue string holds （）：，。", () => {
    expect(strings(en).filter(([, v]) => FULL_WIDTH.test(v))).toEqual([]);
  });

  // r18-client left it: a message sent to several agencies read "→ County fire brigade、County police" in English
  it("the inbox lists a message's several recipients with English commas in English, 、 in Chinese", () => {
    const chem = compiled("chemical-leak");
    const state = runPlay(chem, [cmd("00:10:00", "ent", { type: "message", to: ["fire", "police"], text: "罐区泄漏" }, 1)], 7, 11 * 60_000).state;
    const m = consoleModel(chem, state, "ent");
    const { Inbox } = Inboxes;
    const shown = (lang: "en" | "zh") => {
      setLang(lang);
      const root = document.createElement("div");
      render(h(Inbox, { model: m, unread: new Set<string>(), markRead: () => undefined }), root);
      return root.textContent ?? "";
    };
    const fire = (lang: "en" | "zh") => chem.agencies.get("fire")!.name[lang]!;
    const police = (lang: "en" | "zh") => chem.agencies.get("police")!.name[lang]!;
    expect(shown("en")).toContain(`${fire("en")}, ${police("en")}`);
    expect(shown("zh")).toContain(`${fire("zh")}、${police("zh")}`);
  });
});
