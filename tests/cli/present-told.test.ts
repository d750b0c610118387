/**
 * Issue 10 §3: "The linkage table in the report shows who really told whom." The Markdown and HTML
 * reports carry, per linked agency, when it learnt of the incident, from whom, by which event (#n),
 * and when it should have been told. Right answers from the rules profile's school chain
 * (county-default.yaml LNK-SCH-FIRE / LNK-SCH-EMS: the school tells 119 "at once", taken as 5 min, and calls 120
 * with 119 (C2 step 2b, domain.md §5 school row); both clocks start when the school found the fire (scenario
 * incidentFoundAt 00:01:30, 消防法 第四十四条 发现火灾; issue 10 §5, merge clock): due 00:06:30) and the play below:
 * the school phones 119 at 00:03, never calls 120.
 */
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../cli/report/html.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { small } from "../evaluate/verdicts-support.ts";
import { rubric } from "../evaluate/fixtures.ts";
import { visibleHtml } from "../report/reports.ts";

const MIN = 60_000;
const d = small("school-fire", [["00:03:00", "sch", { type: "message", to: "fire", channel: "phone", text: "119，学校教学楼起火，请速来。" }]], 40 * MIN);
const w = wordReport(d.c, d.report, rubric());
// the event that carried the school's call: the first delivery to the fire brigade after 00:03:00
const call = d.events.findIndex((e) => JSON.stringify(e).includes("119，学校教学楼起火"));
// someone is hurt (LNK-SCH-EMS workWhen: casualties), and 120 was owed with 119, 5 minutes after the school found the fire
// (00:01:30) or after the first injury when later (review15 school 1: no call to the 120 falls due before anyone is hurt)
const hurt = d.events.find((e) => e.type === "casualtiesChanged" && e.deaths + e.seriousInjuries + e.injured > 0)!.at;
const emsDue = new Date(Math.max(90_000, hurt) + 5 * MIN).toISOString().slice(11, 19);

/** The table's row for an agency, as its cells. */
function mdRow(md: string, name: string): string[] | undefined {
  const from = md.indexOf(md.includes("谁通知了谁") ? "谁通知了谁" : "Who told whom");
  const table = md.slice(from, md.indexOf("\n\n", md.indexOf("|", from) ) );
  const line = table.split("\n").find((l) => l.startsWith(`| ${name} |`));
  return line?.split("|").slice(1, -1).map((s) => s.trim());
}

describe("who told whom, in the linkage section of the report", () => {
  it("the school's call found in the log", () => expect(call).toBeGreaterThan(0));

  it("Markdown (zh): the fire brigade learnt at 00:03:00 from the school by that call, due by 00:06:30 (5 min from the fire found at 00:01:30): in time", () => {
    const md = renderMarkdown(w, "zh");
    expect(mdRow(md, "临江县消防救援大队")).toEqual(["临江县消防救援大队", "00:03:00", "临江县第二实验小学", `#${call}`, "00:06:30", "按时通知"]);
  });

  it("Markdown (zh): 120 was never told; it should have been with 119, 5 minutes after the fire was found", () => {
    expect(hurt).toBeGreaterThan(0);
    const md = renderMarkdown(w, "zh");
    expect(mdRow(md, "临江县急救中心（120）")).toEqual(["临江县急救中心（120）", "—", "—", "—", emsDue, "始终未通知"]);
  });

  it("Markdown (en): the same rows in English", () => {
    const md = renderMarkdown(w, "en");
    expect(mdRow(md, "Linjiang County Fire and Rescue Brigade")).toEqual(["Linjiang County Fire and Rescue Brigade", "00:03:00", "Linjiang No. 2 Experimental Primary School", `#${call}`, "00:06:30", "told in time"]);
    expect(mdRow(md, "Linjiang County EMS Centre (120)")?.slice(4)).toEqual([emsDue, "never told"]);
  });

  it("HTML: the same table, the event linked to the timeline, in the reader's language", () => {
    const html = renderHtml(w, "en");
    expect(html).toContain(`<a href="#ev-${call}">#${call}</a>`);
    const seen = visibleHtml(html, "en").replace(/\s+/g, " ");
    expect(seen).toContain("Who told whom");
    expect(seen).toContain(`Linjiang County Fire and Rescue Brigade 00:03:00 Linjiang No. 2 Experimental Primary School #${call} 00:06:30 told in time`);
    expect(visibleHtml(renderHtml(w, "zh"), "zh").replace(/\s+/g, " ")).toContain(`临江县消防救援大队 00:03:00 临江县第二实验小学 #${call} 00:06:30 按时通知`);
  });

  it("a late notice gives how late: the poor play's 119 call at 00:07:30 against 00:06:30", () => {
    const late = small("school-fire", [["00:07:30", "sch", { type: "message", to: "fire", channel: "phone", text: "119" }]], 40 * MIN);
    const md = renderMarkdown(wordReport(late.c, late.report, rubric()), "zh");
    expect(mdRow(md, "临江县消防救援大队")?.slice(4)).toEqual(["00:06:30", "通知迟延（迟 1分钟）"]);
  });
});
