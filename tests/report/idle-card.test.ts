/**
 * The 联而不动 headline card counts what its label says (review6 A2; domain.md §5 and §7.4: 联而不动 is an
 * agency told that takes no required action by its deadline — LINKAGE_IDLE, "至演练结束未履行职责"; an
 * agency that acted after its deadline is 响应迟缓, LINKAGE_SLOW, a separate finding). For each shipped poor
 * play the card's two figures are the numbers of LINKAGE_IDLE and LINKAGE_SLOW findings, and the linkage
 * section's sentence (Markdown and HTML) says the same as the card, in Chinese and in English.
 */
import { describe, expect, it } from "vitest";
import { headlines, LINKAGE_LABEL } from "../../cli/report/headlines.ts";
import { WITH_PLAYS } from "../evaluate/fixtures.ts";
import { rendered } from "./reports.ts";

describe.each(WITH_PLAYS)("%s poor play: the 联而不动 card and the linkage findings agree", (id) => {
  const r = rendered(id, "poor");
  const h = r.worded.linkage.headline;
  // section 四 counts findings by code (联而不动 × n, 响应迟缓 × k)
  const judgedCount = (code: string) => r.worded.findings.filter((f) => f.code === code).length;

  it("counts only the agencies that never acted as 联而不动, and the late ones apart", () => {
    expect(h.idle).toBe(judgedCount("LINKAGE_IDLE"));
    expect(h.late).toBe(judgedCount("LINKAGE_SLOW"));
    expect(h.idleShare).toBeCloseTo(h.idle / h.withActDeadline, 10);
    // the card's figure, e.g. chemical leak: 1 of 8 told agencies never acted (the ecology bureau), 4 acted late
    const card = headlines(r.worded).find((x) => x.label.zh === LINKAGE_LABEL.zh)!.value;
    expect(card.zh).toContain(`（${h.idle} / ${h.withActDeadline}）；另响应迟缓（迟于时限履职） ${h.late} / ${h.withActDeadline}`);
    expect(card.en).toContain(`(${h.idle} / ${h.withActDeadline}); besides, ${h.late} / ${h.withActDeadline} acted late`);
  });

  it("prints the same label and figure in the card and in the linkage section, in Markdown and HTML, zh and en", () => {
    const card = headlines(r.worded).find((x) => x.label.zh === LINKAGE_LABEL.zh)!;
    for (const lang of ["zh", "en"] as const) {
      const line = `${card.label[lang]}${lang === "zh" ? "：" : ": "}**${card.value[lang]}**`;
      expect(r.md[lang]).toContain(`- ${card.label[lang]}: **${card.value[lang]}**`);
      expect(r.md[lang]).toContain(line);
      const flat = (s: string) => s.replace(/\s+/g, "");
      expect(flat(r.html[lang])).toContain(flat(`${card.label[lang]}${lang === "zh" ? "：" : ": "}${card.value[lang]}`));
    }
  });
});

it("chemical leak poor play: 联而不动 1 / 8 (the ecology bureau, told 00:58, never monitored), not 5 / 8", () => {
  const h = rendered("chemical-leak", "poor").worded.linkage.headline;
  expect([h.idle, h.withActDeadline]).toEqual([1, 8]);
});
