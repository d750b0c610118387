/**
 * Proper names in English are title case (review19, an emergency-office evaluator: "Linjiang county fire and rescue
 * brigade" reads as a description, not the name of an organisation): every agency's English name — outside the bracket
 * that describes it, "(simulated)", "(county duty office)" — capitalises each word but and/of/the, and a named county,
 * township, village or city is "Linjiang County", "Jiangwan Township", never "Linjiang county", in every English text of
 * the three shipped scenarios.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Named { name: { zh: string; en: string } }
const SMALL = new Set(["and", "of", "the"]);

/** The words of a name outside its brackets that are not capitalised (and, of, the apart). */
const lowerWords = (en: string) => en.replace(/\([^)]*\)/g, "").split(/[\s,]+/).filter((w) => w && !SMALL.has(w) && /^[a-z]/.test(w));

/** Every English text of a parsed YAML tree ({ zh, en } pairs). */
function english(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) english(x, out);
  else if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.zh === "string" && typeof o.en === "string") out.push(o.en);
    for (const x of Object.values(o)) english(x, out);
  }
  return out;
}

describe.each(["chemical-leak", "mine-flood", "school-fire"])("%s: English proper names in title case", (id) => {
  const s = parse(readFileSync(`scenarios/${id}.yaml`, "utf8")) as { agencies: Named[] };
  it("every agency's name capitalises its words (its bracketed description apart)", () => {
    for (const a of s.agencies) expect(lowerWords(a.name.en), a.name.en).toEqual([]);
  });
  it("a named county, township, village or city is capitalised wherever it is written", () => {
    for (const t of english(s)) expect(t).not.toMatch(/\b(Linjiang|Lingbei|Jiangwan|Shimen|Chengguan|Qingshan) (county|township|village|city)\b/);
  });
});
