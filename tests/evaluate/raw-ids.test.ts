/**
 * No raw ids in a Chinese report. Source: domain.md §6 (glossary: the field's own terms, 消防车,
 * 水幕稀释, 警戒 …) and the house rule "codes, not sentences, leave the engine; shells translate":
 * a finding names unit types, tasks, commands and agencies by the glossary labels (i18n catalogues
 * `unitType.*`, `task.*`, `command.*`, `agencyKind.*`) or the scenario's own names, never by the
 * ASCII id an evaluator cannot read ("需 2 个 fireEngine … 执行 waterCurtain").
 */
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { GLOSSARY } from "../../engine/evaluate/glossary.ts";
import { CATALOGUES } from "../../i18n/index.ts";
import { drill, WITH_PLAYS } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

/** Every ASCII name a scenario uses: ids of agencies, units, places, groups, and the type/task/command/kind names. */
function idsOf(id: string): Set<string> {
  const { c } = drill(id, "poor");
  const s = c.scenario;
  return new Set([
    ...s.agencies.flatMap((a) => [a.id, a.kind]),
    ...s.units.flatMap((u) => [u.id, u.type, ...u.capabilities]),
    ...s.map.places.map((p) => p.id),
    ...[...c.groups.keys()],
    ...s.requirements.flatMap((r) => [...r.unitType, r.task]),
    ...Object.keys(GLOSSARY.command).filter((k) => k !== "other"),
  ]);
}

const tokens = (text: string) => text.match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? [];

describe.each(WITH_PLAYS)("%s poor play, zh report", (id) => {
  const { c, report } = drill(id, "poor");
  const ids = idsOf(id);
  const raw = (text: string) => [...new Set(tokens(text).filter((t) => ids.has(t)))];

  it("findings (message, basis), strengths, open duties and advice name no raw id", () => {
    const texts = [
      ...report.findings.flatMap((f) => [f.message.zh, f.basis]),
      ...report.strengths.map((s) => s.message.zh),
      ...report.notYetDue.map((n) => n.message.zh),
      ...report.recommendations.map((r) => r.text.zh),
    ];
    expect(texts.map((t) => ({ t, ids: raw(t) })).filter((x) => x.ids.length > 0)).toEqual([]);
  });

  it("the Markdown report names no raw id", () => {
    const md = renderMarkdown(wordReport(c, report), "zh");
    expect(md.split("\n").map((l) => ({ l, ids: raw(l) })).filter((x) => x.ids.length > 0)).toEqual([]);
  });
});

describe("the evaluator's glossary is the shells' glossary (i18n catalogues)", () => {
  it.each(["unitType", "task", "command", "agencyKind"] as const)("%s labels are the catalogue's, in both languages", (group) => {
    const zh = CATALOGUES["zh-CN"][group] as Record<string, string>;
    const en = CATALOGUES.en[group] as Record<string, string>;
    expect(Object.fromEntries(Object.entries(GLOSSARY[group]).map(([k, v]) => [k, v.zh]))).toEqual(zh);
    expect(Object.fromEntries(Object.entries(GLOSSARY[group]).map(([k, v]) => [k, v.en]))).toEqual(en);
  });
});

describe("a refused command is worded, not coded (police try to send the fire brigade's engine)", () => {
  const d = small("chemical-leak", [["00:05:00", "police", { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" }]], 6 * 60_000);
  const f = d.of("COMMAND_REJECTED", "police")[0];

  it("names the command by its glossary label (调派), never the rejection code or the command id", () => {
    expect(f?.message.zh).toContain("「调派」");
    expect(f?.message.zh).not.toMatch(/notOwner|dispatch/);
    expect(f?.message.en).not.toMatch(/notOwner/);
  });
});

describe("English counts agree with their number", () => {
  it("chemical-leak poor play: the one person above AEGL-3 is '1 person took', never '1 people'", async () => {
    const { drill } = await import("./fixtures.ts");
    const { report } = drill("chemical-leak", "poor");
    const f = report.findings.find((x) => x.code === "OUTCOME_EXPOSED_AEGL3")!;
    expect(f.quantity).toBe(1);
    expect(f.message.en).toMatch(/^1 person took /);
    for (const x of report.findings) expect(x.message.en, x.id).not.toMatch(/\b1 (people|units)\b/);
  });
});
