/**
 * A basis a reader can look up, in the report's language, and nothing else (issue 10 §13): the
 * rules profile and the rubrics give every basis in English too (`basisEn`), and the notes the
 * profile's authors keep for themselves (a secondary source, something not yet verified) live in
 * `note:` and never reach a report as the basis of a finding.
 */
import { describe, expect, it } from "vitest";
import { basisCatalogue, basisText } from "../../cli/report/basis.ts";
import { isNote } from "../../cli/report/text.ts";
import { compiled } from "../helpers.ts";
import { rubric } from "../evaluate/fixtures.ts";
import { CASES, rendered } from "./reports.ts";

/** How an author's note reads: 二手来源 (secondary source), 未核实 (not verified), 具体职责未核实, or the English for them. */
const NOTE = /二手来源|未核实|转引|secondary source|unverified|not verified/i;
const CJK_OUTSIDE_CITATION = (en: string) => {
  let s = en;
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(/\([^()（）]*\)|（[^()（）]*）|《[^《》]*》/g, " ");
  }
  return /[\u4e00-\u9fff]/.test(s);
};

describe("the shipped rules profile and rubric", () => {
  const c = compiled("chemical-leak");
  const p = c.rules;
  const rules = [p.grading, ...p.reporting, ...p.followUp, ...p.linkage["chemical-leak"], ...p.linkage["mine-flood"], ...p.linkage["school-fire"], ...p.dispatch, ...Object.values(p.control), p.spotQuestions];

  it("gives every basis in English, the Chinese title kept only as a citation in brackets", () => {
    for (const r of [...rules, rubric()]) {
      expect(r!.basisEn, r!.basis).toBeTruthy();
      expect(CJK_OUTSIDE_CITATION(r!.basisEn!), r!.basisEn).toBe(false);
    }
  });

  it("keeps authors' notes apart: no basis holds one, and the notes the bases held are still there for authors", () => {
    for (const r of rules) expect(r!.basis, r!.basis).not.toMatch(NOTE);
    // e.g. the fire brigade's 1-minute turn-out came from a secondary source (domain.md tags it S2)
    const fire = p.linkage["chemical-leak"].find((r) => r.id === "LNK-CHEM-FIRE")!;
    expect(fire.note).toMatch(/二手来源/);
    // the brigade's own duty at a chlorine leak (消防法 第三十七条), not the fire-alarm articles (issue 10 §12)
    expect(fire.basis).toMatch(/^消防法 第三十七条/);
    expect(rules.filter((r) => r!.note !== undefined && NOTE.test(r!.note)).length).toBeGreaterThan(20);
  });
});

describe.each(CASES)("%s, %s play", (id, play) => {
  const r = rendered(id, play);

  it("every basis a report prints is citable: no author's note, in either language", () => {
    const bases = [...r.worded.findings.map((f) => f.basisText), ...r.worded.notYetDue.flatMap((n) => (n.basisText ? [n.basisText] : [])), ...(r.worded.rubric.basisText ? [r.worded.rubric.basisText] : [])];
    for (const b of bases) {
      expect(b.zh).not.toMatch(NOTE);
      expect(b.en).not.toMatch(NOTE);
    }
    // the basis column of every finding row as printed (| F1 | time | agency | problem | basis | points | evidence |)
    for (const md of [r.md.zh, r.md.en]) {
      const cells = md.split("\n").filter((l) => /^\| F\d+ \|/.test(l)).map((l) => l.split(/(?<!\\)\|/)[5]!);
      // the notes (情况说明: no fault, no deduction) are listed apart, not as rows (review16; cli/report/text.ts isNote)
      expect(cells.length).toBe(r.worded.findings.filter((f) => !isNote(f)).length);
      for (const c of cells) expect(c).not.toMatch(NOTE);
    }
  });

  it("every finding's basis is translated whole into English (no Chinese part left over)", () => {
    const cat = basisCatalogue(r.c, rubric());
    for (const f of r.worded.findings) expect(basisText(f.basis, cat, r.c).untranslated, `${f.id} ${f.basis}`).toEqual([]);
  });
});

describe("an English report cites the Chinese statute in English (chemical leak, poor play)", () => {
  // a hazardous-chemical unit reports to the bureau "立即" under 危化条例 第七十一条 (10 min, this county's choice),
  // within the 1 h outer limit of 493号令 第九条 (review N4: the article's four addressees on one clock)
  it("the enterprise's late report to the bureau cites Hazardous Chemicals art. 71, the county's 10 min and Decree 493 art. 9 as an English reader would look them up", () => {
    const { md } = rendered("chemical-leak", "poor");
    const row = md.en.split("\n").find((l) => l.includes("**Late report** the report from Linjiang Chemical Co., Ltd. to Linjiang County Emergency Management Bureau (Hazardous-chemical accident"))!;
    expect(row).toContain("| Regulations on the Safe Management of Hazardous Chemicals, Art. 71 (");
    // the 1 h of 第九条 is stated as the outer limit it is, never as "within" it beside a report an hour late (review16 chem F33)
    expect(row).toContain("“at once” taken as 10 min (set by this county); Production Safety Accident Reporting and Investigation Regulations (State Council Decree 493), Art. 9 (the unit head reports within 1 h of being told: the outer limit) |");
  });
});
