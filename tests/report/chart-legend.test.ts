/**
 * The report's charts (cli/report/report-client.js, run here as the browser runs it, with ECharts
 * replaced by a recorder): every colour a chart draws has a legend entry saying what it means, in
 * Chinese and in English — a late obligation (迟报, orange) is not left to look like a missed one,
 * and the linkage graph's node colours are explained.
 */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

type Option = { legend?: { data?: string[] }; series: Array<Record<string, unknown>> };

/** A drill by hand: one obligation met on time, one met late, one missed, one not yet due; each linkage outcome once. */
const DATA = {
  startS: 9 * 3600,
  endMin: 120,
  obligations: [
    { label: { zh: "企业→县应急局口头", en: "Enterprise → bureau, oral" }, openedMin: 0, deadlineMin: 60, metMin: 20, status: "met" },
    { label: { zh: "县应急局→县委口头", en: "Bureau → county, oral" }, openedMin: 10, deadlineMin: 40, metMin: 70, status: "late" },
    { label: { zh: "县应急局→市局书面", en: "Bureau → city, written" }, openedMin: 10, deadlineMin: 70, metMin: null, status: "missed" },
    { label: { zh: "县应急局终报", en: "Bureau, final" }, openedMin: 30, deadlineMin: 300, metMin: null, status: "open" },
  ],
  linkage: {
    nodes: [
      { id: "scenario", name: { zh: "情景注入", en: "Scenario" }, notifiedMin: 0, status: "source" },
      { id: "fire", name: { zh: "消防", en: "Fire" }, notifiedMin: 5, status: "prompt" },
      { id: "police", name: { zh: "公安", en: "Police" }, notifiedMin: 8, status: "late" },
      { id: "health", name: { zh: "卫健", en: "Health" }, notifiedMin: 9, status: "idle" },
      { id: "met", name: { zh: "气象", en: "Met office" }, notifiedMin: 12, status: "notifiedOnly" },
      { id: "town", name: { zh: "镇政府", en: "Town" }, notifiedMin: null, status: "notNotified" },
    ],
    edges: [{ from: "scenario", to: "fire", firstMin: 5, count: 1, kinds: [{ zh: "电话", en: "phone" }] }],
  },
  units: [{ label: { zh: "消防车 · 堵漏", en: "Engine · plug" }, dispatchedMin: 5, departedMin: 6, arrivedMin: 20, workFromMin: 25, endMin: 90, end: "done", idleToMin: null, endText: { zh: "完成", en: "done" } }],
  outcomes: { curve: [[0, 0, 0, 0, 0], [60, 1, 2, 3, 40]], controlledMin: 80, grades: [] },
};

/** Run the report's chart script in language `lang`; the options each chart was given, by element id. */
function charts(lang: "zh" | "en"): Record<string, Option> {
  const options: Record<string, Option> = {};
  const attrs: Record<string, string> = { "data-lang": lang };
  const document = {
    getElementById: (id: string) => (id === "report-data" ? { textContent: JSON.stringify(DATA) } : { id }),
    body: { getAttribute: (k: string) => attrs[k] ?? null, setAttribute: (k: string, v: string) => void (attrs[k] = v) },
    documentElement: { setAttribute: () => undefined },
    querySelectorAll: () => [],
    // the linkage chart measures its time labels (report-client.js textWidth)
    createElement: () => ({ getContext: () => ({ font: "", measureText: (t: string) => ({ width: t.length * 5 }) }) }),
  };
  // a chart as ECharts gives it: setOption(o, true) replaces, setOption(o) merges (the linkage chart's second call places
  // its time labels, report-client.js placeLinkageLabels, on the pixels convertToPixel gives)
  const echarts = {
    init: (el: { id: string }) => ({
      setOption: (o: Option, replace?: boolean) => void (replace ? (options[el.id] = o) : Object.assign(options[el.id]!.series[0]!, o.series[0])),
      getOption: () => options[el.id],
      convertToPixel: (_: unknown, [x, y]: [number, number]) => [100 + x * 3, 400 - y * 25],
      getWidth: () => 800,
      resize: () => undefined,
    }),
  };
  vm.runInNewContext(readFileSync("cli/report/report-client.js", "utf8"), { document, echarts, window: { addEventListener: () => undefined } });
  return options;
}

const colour = (x: unknown): string | undefined => ((x as { itemStyle?: { color?: string } } | null)?.itemStyle?.color);

/** Each colour drawn (a series', a data point's, a graph node's category) → the legend entries drawn in it; "" when none. */
function unexplained(o: Option): string[] {
  const legend = new Set(o.legend?.data ?? []);
  const named = new Map<string, string>(); // colour → a legend entry of that colour
  const drawn = new Set<string>();
  for (const s of o.series) {
    const cats = (s.categories as Array<{ name: string; itemStyle: { color: string } }> | undefined) ?? [];
    for (const c of cats) if (legend.has(c.name)) named.set(c.itemStyle.color, c.name);
    const data = (s.data as unknown[]).filter((d) => d !== null && typeof d === "object");
    if (s.silent) continue; // the invisible offset bars
    const own = colour(s);
    if (own && typeof s.name === "string" && legend.has(s.name)) named.set(own, s.name);
    if (own && !cats.length) drawn.add(own);
    for (const d of data) {
      const c = colour(d) ?? (typeof (d as { category?: number }).category === "number" ? cats[(d as { category: number }).category]?.itemStyle.color : undefined);
      if (c) drawn.add(c);
    }
  }
  if (o.series.some((s) => s.type === "line")) return []; // the outcome lines: one series per figure, checked below by name
  return [...drawn].filter((c) => !named.has(c));
}

describe("the report's charts: a legend entry for every colour, in zh and en", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: no chart draws a colour its legend does not name`, () => {
      const all = charts(lang);
      expect(Object.keys(all).sort()).toEqual(["chart-linkage", "chart-obligations", "chart-outcomes", "chart-units"]);
      for (const [id, o] of Object.entries(all)) {
        expect(unexplained(o), id).toEqual([]);
        // every named series (a line, a bar) is in the legend too
        for (const s of o.series) if (typeof s.name === "string" && s.type !== "graph") expect(o.legend?.data, `${id}: ${s.name}`).toContain(s.name);
        // each legend entry is worded in the reader's language
        for (const entry of o.legend?.data ?? []) expect(/[\u4e00-\u9fff]/.test(entry), `${id}: ${entry}`).toBe(lang === "zh");
      }
    });
  }

  it("the obligations chart names late (迟报) apart from missed, in both languages", () => {
    expect(charts("zh")["chart-obligations"]!.legend!.data).toEqual(expect.arrayContaining([expect.stringContaining("迟报"), expect.stringContaining("超时未完成")]));
    expect(charts("en")["chart-obligations"]!.legend!.data).toEqual(expect.arrayContaining([expect.stringMatching(/^Late/), expect.stringMatching(/^Missed/)]));
  });
});
