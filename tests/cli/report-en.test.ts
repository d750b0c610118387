/**
 * An English report is English (issue 10 §13: a basis a reader can look up, in the report's language):
 * every basis, rule text, label and table heading of `drill evaluate --lang en` (Markdown and the HTML a
 * reader sees) and of `drill run --lang en` (the missed and late duties with their bases) is English.
 * The exceptions, decided here:
 *   - words quoted verbatim from the drill's log (a player's message, an inject's words, a holding reply
 *     “正在核实，稍后报告。”): evidence, not the report's own sentences; they must appear in the play or the
 *     scenario file as written;
 *   - the standards list gives each document's original Chinese title beside its English one
 *     ("Fire Protection Law (消防法)") so a reader can look it up; each such entry starts with its English title;
 *   - a proper name the scenario gives only in Chinese (an agency, unit or place with no English name):
 *     none in the shipped scenarios, so none is allowed here.
 */
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import { rendered } from "../report/reports.ts";
import { SCENARIOS, text } from "../helpers.ts";

const HAN = /\p{Script=Han}/u;
const QUOTED = /“([^“”]*)”/gu;

/** The text with its allowed Chinese removed: verbatim quotes from `sources`, and the standards' and references' original titles. */
function withoutExceptions(out: string, sources: string, standards: readonly string[]): string {
  let s = out;
  for (const entry of standards) {
    // "English title (中文原名, number)": the English title first
    expect(entry).toMatch(/^[A-Z]/);
    s = s.split(entry).join(" ");
  }
  return s.replace(QUOTED, (whole, inner: string) => (HAN.test(inner) && sources.includes(inner) ? "“”" : whole));
}

const cjkLines = (s: string) => s.split("\n").filter((l) => HAN.test(l));

async function cli(args: string[]): Promise<string> {
  const out: string[] = [];
  expect(await main(args, { log: (x: string) => out.push(x), err: () => undefined })).toBe(0);
  return out.join("\n");
}

describe.each(["chemical-leak", "mine-flood", "school-fire"])("%s poor play in English", (id) => {
  const sources = text(`${SCENARIOS}/${id}.yaml`) + text(`${SCENARIOS}/plays/${id}.poor.yaml`);
  const r = rendered(id, "poor");
  // the references borrowed from (参考资料) give their original title once, as the standards do
  const standards = [...r.worded.standards, ...r.worded.references].map((x) => x.en);

  it("drill evaluate --lang en (Markdown): no Chinese outside verbatim quotes and the standards list's original titles", () => {
    expect(cjkLines(withoutExceptions(r.md.en, sources, standards))).toEqual([]);
  });

  it("the HTML report as an English reader sees it: the same", () => {
    expect(cjkLines(withoutExceptions(r.html.en, sources, standards))).toEqual([]);
  });

  it("drill run --lang en: every late or missed duty's basis in English", async () => {
    const out = await cli(["run", `${SCENARIOS}/${id}.yaml`, "--play", `${SCENARIOS}/plays/${id}.poor.yaml`, "--lang", "en"]);
    const duties = out.split("\n").filter((l) => /^ {2}(LATE|MISSED)\b/.test(l));
    expect(duties.length).toBeGreaterThan(0);
    expect(duties.filter((l) => HAN.test(l.replace(QUOTED, "")))).toEqual([]);
    expect(cjkLines(withoutExceptions(out, sources, []))).toEqual([]);
  });
});
