/**
 * Newcomer leftovers on evaluators' observations (issue 10 closing note, round 30):
 *   (a) a refused observation names the report's sections as the report shows them (信息报告、部门联动、力量调派、处置结果 /
 *       Information reporting …: engine/evaluate/report-model.ts SECTION_TEXT), the code beside for a client's author,
 *       never the bare ids (reporting, linkage …);
 *   (b) an observation's AQ/T 9009 Annex A area is printed in the report's observation table (A.4 指挥和协调 for
 *       commandAndCoordination, a number the report may print: domain.md §3.6), "—" when the evaluator gave none.
 */
import { describe, expect, it } from "vitest";
import { ClientMessages } from "../../protocol/messages.ts";
import { fieldProblem } from "../../server/live/refusal.ts";
import { wordIssue, type FieldIssue } from "../../i18n/refusal-issue.ts";
import { SECTION_TEXT } from "../../engine/evaluate/report-model.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { renderHtml } from "../../cli/report/html.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { drill } from "../evaluate/fixtures.ts";
import { readFileSync } from "node:fs";
import { parseObservations } from "../../engine/scenario/rubric-schema.ts";
import { problemText } from "../../i18n/problems.ts";

describe("a refused observation names the sections as the report does", () => {
  const bad = ClientMessages.observation.safeParse({ id: "o-1", section: "reports", rating: "met", seen: "看到", why: "因为" });
  const f = fieldProblem(bad.error?.issues[0], "liveMessage.observation", "command", undefined, "observation");
  it("zh-CN: 应为以下之一：信息报告（reporting）、部门联动（linkage）、力量调派（dispatch）、处置结果（outcomes）", () => {
    expect(bad.success).toBe(false);
    expect(f.words.problem).toBe("应为以下之一：信息报告（reporting）、部门联动（linkage）、力量调派（dispatch）、处置结果（outcomes）");
  });
  it("en: the report's English section titles, from the same params", () => {
    const en = wordIssue(f.params as unknown as FieldIssue, "en").problem;
    for (const s of Object.values(SECTION_TEXT)) expect(en).toContain(s.en);
    for (const s of Object.values(SECTION_TEXT)) expect(f.words.problem).toContain(s.zh);
  });
  it("an unknown rating is worded as the report's 达到 / 部分达到 / 未达到", () => {
    const r = ClientMessages.observation.safeParse({ id: "o-2", section: "linkage", rating: "ok", seen: "看到", why: "因为" });
    expect(fieldProblem(r.error?.issues[0], "liveMessage.observation", "command", undefined, "observation").words.problem).toBe("应为以下之一：达到（met）、部分达到（partlyMet）、未达到（notMet）");
  });
});

describe("an observations file with an unknown section is refused naming the sections as the report does (drill validate)", () => {
  const text = readFileSync("scenarios/observations/chemical-leak.poor.yaml", "utf8").replace("section: dispatch", "section: reports");
  const p = parseObservations(text, "obs.yaml");
  const q = p.ok ? undefined : p.problems.find((x) => x.path.join(".") === "observations.0.section");
  it("zh-CN and en, at the field's line", () => {
    expect(q?.line).toBe(text.slice(0, text.indexOf("section: reports")).split("\n").length);
    expect(problemText(q!, "zh-CN")).toContain("（应为：以下之一：信息报告（reporting）、部门联动（linkage）、力量调派（dispatch）、处置结果（outcomes））");
    expect(problemText(q!, "en")).toContain("(expected one of: Information reporting (reporting), Inter-agency linkage (linkage), Resource dispatch (dispatch), Outcomes (outcomes))");
  });
});

describe("the report's observation table prints each observation's Annex A area", () => {
  const d = drill("chemical-leak", "poor");
  const base = { at: "00:30:00", atMs: 1_800_000, evaluator: "评估员甲", agency: "eb", rating: "partlyMet" as const, text: "指挥部协调各组", justification: "会商记录" };
  const report = { ...d.report, observations: [{ ...base, section: "linkage" as const, annexA: "commandAndCoordination" as const }, { ...base, atMs: 2_400_000, at: "00:40:00", section: "linkage" as const, text: "无要素的观察" }] };
  const w = wordReport(d.c, report);
  it("Markdown, zh and en: an 附录A要素 / Annex A area column with A.4 指挥和协调 / A.4 Command and coordination, and — when none", () => {
    const zh = renderMarkdown(w, "zh");
    expect(zh).toMatch(/\*\*评估人员观察记录[^\n]*\*\*\n\n\|[^\n]*\| 附录A要素 \|/);
    expect(zh).toMatch(/\| A\.4 指挥和协调 \| 部分达到 \| 指挥部协调各组 \|/);
    expect(zh).toMatch(/\| — \| 部分达到 \| 无要素的观察 \|/);
    const en = renderMarkdown(w, "en");
    expect(en).toContain("Annex A area");
    expect(en).toMatch(/\| A\.4 Command and coordination \| Partly met \| 指挥部协调各组 \|/);
  });
  it("HTML: the area in the observation row", () => {
    const html = renderHtml(w, "zh");
    const obs = html.slice(html.indexOf("指挥部协调各组") - 600, html.indexOf("指挥部协调各组"));
    expect(obs).toContain("A.4 指挥和协调");
  });
});
