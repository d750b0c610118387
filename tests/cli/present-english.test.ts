/**
 * An English report is English (issue 10 §13; style.md: the reader's language throughout). For
 * each shipped scenario's poor play, the English Markdown report and what an English reader sees of
 * the HTML report hold Chinese only where it is not the report's own wording:
 * - a quote of what a player wrote (a command's `text`: the log keeps their words, shown in “…”);
 * - a scenario name the author left Chinese in its English form (none in the shipped scenarios);
 * - a document's original title in the list of standards applied, or of the references borrowed from, given once
 *   for looking it up.
 * Everything else — labels, findings, citations, headlines — has no Chinese character and no
 * full-width bracket "（". A finding's kind is not said twice ("**Missing report** Missing report: …").
 */
import { describe, expect, it } from "vitest";
import { WITH_PLAYS } from "../evaluate/fixtures.ts";
import { rendered } from "../report/reports.ts";

const HAN = /\p{Script=Han}/u;

/** Every string under `v` (a command or scenario object). */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === "object") return Object.values(v).flatMap(strings);
  return [];
}

/** The report's own English: the players' quoted words, Chinese-named scenario items and the standards list's original titles taken out. */
function ownWording(text: string, quotes: readonly string[], standards: readonly string[], references: readonly string[] = []): string {
  let s = text;
  for (const q of [...quotes].sort((a, b) => b.length - a.length)) s = s.split(`“${q}”`).join("“…”");
  for (const st of standards) s = s.split(st).join(st.replace(/\(([^()]*)\)$/, (_, inner: string) => `(${inner.split(", ").filter((p) => !HAN.test(p)).join(", ")})`));
  // a reference borrowed from (参考资料) gives its original title once, before what was borrowed: "Plan (原题; borrowed: …)"
  for (const ref of references) s = s.split(ref).join(ref.replace(/\(([^();]*)([;)])/g, (m, inner: string, end: string) => (HAN.test(inner) ? `(…${end}` : m)));
  return s;
}

describe.each(WITH_PLAYS)("%s poor play, in English", (id) => {
  const r = rendered(id, "poor");
  // what the players wrote, as the log keeps it
  const quotes = strings(r.worded.timeline.map((e) => e.event).filter((e) => e.type === "messageSent")).filter((x) => HAN.test(x));
  const scenarioEn = (function en(v: unknown): string[] {
    if (Array.isArray(v)) return v.flatMap(en);
    if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => (k === "en" && typeof x === "string" ? [x] : en(x)));
    return [];
  })(r.c.scenario).filter((x) => HAN.test(x));
  const standards = r.worded.standards.map((x) => x.en);
  const references = r.worded.references.map((x) => x.en);

  it("the players' words are quoted, and are the only Chinese in the timeline", () => {
    expect(quotes.length).toBeGreaterThan(0);
    expect(scenarioEn).toEqual([]);
    for (const q of quotes) expect(r.md.en).toContain(`“${q}”`);
  });

  for (const [format, text] of [["Markdown", () => r.md.en], ["HTML (what an English reader sees)", () => r.html.en]] as const) {
    it(`${format}: no Chinese character and no "（" outside quotes and the standards list's original titles`, () => {
      const own = ownWording(text(), quotes, standards, references);
      const lines = own.split("\n").filter((l) => HAN.test(l) || l.includes("（"));
      expect(lines.map((l) => l.match(/.{0,30}[\p{Script=Han}（].{0,30}/u)?.[0])).toEqual([]);
    });
  }

  it("a finding's kind is said once: the bold kind, then the sentence", () => {
    expect(r.md.en).not.toMatch(new RegExp(`\\*\\*[^*]+\\*\\* (Missing report|Late report|Incomplete report|Concealment|False report|Told but idle|Slow to act|Not notified|Notified late|Too few units|Idle units|Arrived late|Cordon late|Wrong unit type)[:( ]`));
    expect(r.md.zh).not.toMatch(/\*\*(漏报|迟报|联而不动|响应迟缓|未通知|通知迟延)\*\* \1：/);
  });
});

describe("English sentences a reader can use (school fire, poor play)", () => {
  const r = rendered("school-fire", "poor");

  it("a shortfall: what was required for which task, where and by when; a unit whose name gives its type is not typed twice", () => {
    const f = r.worded.findings.find((x) => x.code === "DISPATCH_INSUFFICIENT" && x.message.en.includes("Two water tenders"))!;
    // the scenario: 2 water tenders for suppression within 10 min, counted (clock merge) from when the brigade should
    // have been told: the school found the fire at 00:01:30 and owed the 119 call within 5 min (00:06:30), so by
    // 00:16:30; the brigade learnt at 00:07:30; Chengguan water tender 1 arrived at 00:14:15
    expect(f.message.en).toContain("2 fire engines were required for fire suppression at Linjiang No. 2 Experimental Primary School, teaching building, by 00:16:30");
    expect(f.message.en).toContain("only 1 fire engine arrived (Chengguan water tender 1 at 00:14:15), 1 fire engine short");
    // the mini fire station did fight the fire (timeline "完成灭火"): it is not of the type the requirement counts, not unable (review8 school 14)
    expect(f.message.en).toContain("School mini fire station (hose reels and extinguishers) also arrived but is not of the type this requirement asks for");
  });

  it("a recommendation names the agencies concerned in a sentence of its own", () => {
    for (const x of r.worded.recommendations) {
      expect(x.text.en).toMatch(/\. Agencies concerned: [A-Z].*\.$/);
      expect(x.text.en).not.toContain("(concerns:");
    }
  });
});
