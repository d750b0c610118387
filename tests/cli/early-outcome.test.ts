/**
 * A drill stopped early, its outcome section (newcomer trial item 4), seed 7, default rubric, zh report:
 *
 * 1. Every multiplication the section prints can be redone from the printed numbers: "0.03 × 10 = 0.32"
 *    (a share 0.032 printed to two decimals) and "× 15 / 2.23" for a W of 2.2334 could not. Each
 *    "a × b = c" in the W working, the harm finding's "扣 c 分" from its per-person costs, the points
 *    cell "（= q × e 分 × w / W）" and the method's "扣分 = L × w / W = d" are checked by hand arithmetic:
 *    the printed factors give the printed result to its printed precision.
 * 2. Harm equal to the best play's at that instant costs nothing: the chemical leak's poor play at
 *    00:25:00 has the best play's 0 dead, 0 seriously injured and 35 injured; 5 more people only exposed
 *    above AEGL-2 than the best play, whose harm is not decided while the drill runs, took the whole
 *    15 points (W = 5 × 0.02 = 0.1, the drill's charge 0.1). The mine flood's poor play likewise at
 *    00:30:00 (8 miners reached by water, nobody hurt, as with the best play). Both now lose nothing;
 *    the exposure is still stated. At 00:30:00 the chemical poor play has one injured more than the
 *    best play: charged, exposure included (the section is not 100).
 */
import { describe, expect, it } from "vitest";
import { SCENARIOS } from "../helpers.ts";
import { drill } from "./drill-cli.ts";

const run = async (id: string, play: string, until: string, format = "md") => {
  const r = await drill("evaluate", `${SCENARIOS}/${id}.yaml`, "--play", `${SCENARIOS}/plays/${id}.${play}.yaml`, "--seed", "7", "--until", until, "--format", format);
  expect(r.code, r.err).toBe(0);
  return r.out;
};

/** The outcome section of a Markdown report: its heading to the next part. */
const outcomeSection = (md: string) => md.slice(md.indexOf("### 处置结果"), md.indexOf("## 四、"));
/** Decimals a printed number shows. */
const places = (s: string) => (s.split(".")[1] ?? "").length;
/** `value` rounded to the precision `printed` shows equals `printed`. */
const shows = (value: number, printed: string) => expect(Math.round(value * 10 ** places(printed)) / 10 ** places(printed), `${value} printed as ${printed}`).toBe(Number(printed));

describe("a drill stopped early: the outcome's printed arithmetic can be redone", () => {
  it("chemical leak, poor play, --until 00:30:00: W's parts, the harm charge, the points cell and the method", async () => {
    const md = outcomeSection(await run("chemical-leak", "poor", "00:30:00"));
    const products = [...md.matchAll(/ (\d+(?:\.\d+)?) × (\d+(?:\.\d+)?) = (\d+(?:\.\d+)?)(?![\d.]| ×)/g)];
    expect(products.length).toBeGreaterThan(0);
    for (const [, a, b, c] of products) shows(Number(a) * Number(b), c!);
    // "较最佳处置多受伤 1 人（每人 0.8333 分）、仅受危害暴露 66 人（每人 0.02 分），扣 2.1533 分"
    const charge = /较最佳处置多(.+?)，扣 (\d+(?:\.\d+)?) 分/.exec(md)!;
    const terms = [...charge[1]!.matchAll(/(\d+) 人（每人 (\d+(?:\.\d+)?) 分）/g)].map(([, n, each]) => Number(n) * Number(each));
    shows(terms.reduce((s, x) => s + x, 0), charge[2]!);
    // the points cell: "14.46（= 0.21533 × 10 分 × 15 / 2.2333）"
    const cell = /\| (\d+(?:\.\d+)?)（= (\d+(?:\.\d+)?) × (\d+(?:\.\d+)?) 分 × (\d+) \/ (\d+(?:\.\d+)?)）/.exec(md)!;
    shows((Number(cell[2]) * Number(cell[3]) * Number(cell[4])) / Number(cell[5]), cell[1]!);
    // the points cell's quantity × points is the charge stated in the finding
    shows(Number(cell[2]) * Number(cell[3]), charge[2]!);
    // the method: "本项扣分 = 2.1533 × 15 / 2.2333 = 14.46，得分率 = 100 ×（应得分 − 扣分）/ 应得分 = 100 × (15 − 14.46) / 15 = 3.6":
    // the rate from the printed points attainable and deduction, as the overview's row rebuilds it (review10 mine 5)
    const method = /扣分 = (\d+(?:\.\d+)?) × (\d+) \/ (\d+(?:\.\d+)?) = (\d+(?:\.\d+)?)，得分率 = 100 ×（应得分 − 扣分）\/ 应得分 = 100 × \((\d+(?:\.\d+)?) − (\d+(?:\.\d+)?)\) \/ (\d+(?:\.\d+)?) = (\d+(?:\.\d+)?)/.exec(md)!;
    shows((Number(method[1]) * Number(method[2])) / Number(method[3]), method[4]!);
    expect(method[6]).toBe(method[4]);
    shows((100 * (Number(method[5]) - Number(method[6]))) / Number(method[7]), method[8]!);
    // W as printed in the working is the W the method divides by
    expect(/W = (\d+(?:\.\d+)?) 分/.exec(md.slice(md.indexOf("伤亡对照")))![1]).toBe(method[3]);
  });
});

describe("a drill stopped early: harm equal to the best play's costs nothing", () => {
  it.each([["chemical-leak", "00:25:00"], ["mine-flood", "00:30:00"]])("%s poor play at %s", async (id, until) => {
    const r = JSON.parse(await run(id, "poor", until, "json")) as {
      sections: Array<{ id: string; deducted: number; judged?: boolean }>;
      outcomes: { harm: { actual: Record<string, number>; best: Record<string, number> } };
      findings: Array<{ code: string; section: string; points: number; message: { zh: string } }>;
    };
    // the premise: the same dead, seriously injured, injured and trapped as the best play at that instant
    const { actual, best } = r.outcomes.harm;
    for (const k of ["deaths", "seriousInjuries", "injured", "trapped"]) expect(actual[k], k).toBe(best[k]);
    expect(r.sections.find((s) => s.id === "outcomes")!.deducted).toBe(0);
    const outcome = r.findings.filter((f) => f.section === "outcomes");
    for (const f of outcome) expect(f.points, f.message.zh).toBe(0);
    // the exposure beyond the best play is still stated, with why it costs nothing
    const exposed = outcome.find((f) => f.code === "OUTCOME_EXPOSED_AEGL2" || f.code === "OUTCOME_EXPOSED");
    expect(exposed?.message.zh).toContain("伤害后果尚未确定，不扣分");
  });

  it("harm beyond the best play is still charged early (chemical leak poor, 00:30:00: one injured more)", async () => {
    const r = JSON.parse(await run("chemical-leak", "poor", "00:30:00", "json")) as { sections: Array<{ id: string; deducted: number }> };
    expect(r.sections.find((s) => s.id === "outcomes")!.deducted).toBeGreaterThan(0);
  });
});
