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

const FULL_WIDTH = /[（）：，。]/;
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
});
