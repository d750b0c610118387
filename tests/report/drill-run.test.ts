/**
 * A live drill's report gives the run itself (newcomer 20 item 4): the day it was run, not the scenario's
 * in-fiction date; who took part, under the names they entered joining; and which agencies a bot played,
 * so a bot-played agency's findings read as the bot's. The facts come from what the store holds (audit
 * log: clock:resume, join, seatMode; command log: person "bot:<agency>"; settings.bots), in both languages.
 */
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../cli/report/html.ts";
import { withRun } from "../../cli/report/run.ts";
import { drillRun } from "../../server/http/report-run.ts";
import type { AuditEntry } from "../../server/store/store.ts";
import { rendered, visibleHtml } from "./reports.ts";

const audit = (at: string, who: string, action: string, detail?: Record<string, unknown>): AuditEntry => ({ drillId: "d1", at, who, action, ...(detail ? { detail } : {}) });
// made on 2 December at 23:50 UTC, started at 00:05 UTC on 3 December: 08:05 on 3 December in Beijing (UTC+8, offset 480 min)
const log = [
  audit("2026-12-02T23:50:00.000Z", "director", "create"),
  audit("2026-12-02T23:55:00.000Z", "王科长", "join", { seat: "director", kind: "director" }),
  // the drill's creator, named by default with the console's title (client JoinPage): newcomer r31
  audit("2026-12-02T23:55:30.000Z", "导调台", "join", { seat: "director", kind: "director" }),
  audit("2026-12-02T23:56:00.000Z", "李值班", "join", { seat: "eb", kind: "seat" }),
  audit("2026-12-02T23:57:00.000Z", "李值班", "join", { seat: "eb", kind: "seat" }),
  audit("2026-12-03T00:05:00.000Z", "王科长", "clock:resume"),
  // the police seat handed to a bot mid-drill by the director
  audit("2026-12-03T00:20:00.000Z", "王科长", "seatMode", { seat: "police", mode: "bot" }),
  // the fire seat: a person played it before the bot took it (newcomer r31)
  audit("2026-12-03T00:06:00.000Z", "赵指挥", "join", { seat: "fire", kind: "seat" }),
];
const run = drillRun({ createdAt: "2026-12-02T23:50:00.000Z", settings: { blindness: "NONE", speed: 1, bots: ["ent"] } }, log, [{ by: "fire", person: "bot:fire" }, { by: "eb", person: "李值班" }], 480);
const poor = rendered("chemical-leak", "poor");
const html = renderHtml(withRun(poor.worded, run), "zh");
const flat = (x: string) => x.replace(/\s+/g, " ");
const zh = flat(visibleHtml(html, "zh"));
const en = flat(visibleHtml(renderHtml(withRun(poor.worded, run), "en"), "en"));

describe("the report of a live drill names its run", () => {
  it("the store's facts: first clock start, names by seat (once each), every seat a bot played", () => {
    expect(run.ranAt).toBe("2026-12-03T00:05:00.000Z");
    expect(run.people).toEqual([{ seat: "director", names: ["王科长", "导调台"] }, { seat: "eb", names: ["李值班"] }, { seat: "fire", names: ["赵指挥"] }]);
    expect(run.bots).toEqual(["ent", "fire", "police"]);
  });

  it("the day it was run, in local time, beside the scenario's own time", () => {
    expect(poor.worded.scenario.start.slice(0, 10)).not.toBe("2026-12-03");
    expect(zh).toContain("演练实施时间 2026-12-03 08:05（UTC+08:00）");
    expect(en).toContain("Drill run on 2026-12-03 08:05 (UTC+08:00)");
    expect(zh).toContain(`情景时间 ${poor.worded.scenario.start.replace("T", " ")}`);
  });

  it("the day it was run in the scenario's time zone even when the server runs in UTC (newcomer 22 #9)", () => {
    // the same start, 00:05 UTC on 3 December, on a server whose zone is UTC (offset 0): the scenario starts at
    // 2026-05-14T09:20:00+08:00, so the report reads every time in UTC+08:00, this one too: 00:05 + 8 h = 08:05
    const utcServer = drillRun({ createdAt: "2026-12-02T23:50:00.000Z", settings: { blindness: "NONE", speed: 1, bots: [] } }, log, [], 0);
    const text = flat(visibleHtml(renderHtml(withRun(poor.worded, utcServer), "zh"), "zh"));
    expect(poor.worded.scenario.start.endsWith("+08:00")).toBe(true);
    expect(text).toContain("演练实施时间 2026-12-03 08:05（UTC+08:00）");
    expect(text).not.toContain("UTC+00:00");
  });

  it("the participants by the names they entered", () => {
    expect(zh).toMatch(/参演人员 导调：王科长、导调台；[^ ]*应急管理局：李值班/);
    expect(en).toMatch(/Participants Director: 王科长, Exercise control; .*Emergency Management Bureau: 李值班/);
  });

  it("a bot-played agency is marked wherever it is named, its findings included", () => {
    const fireName = poor.worded.agencies.find((a) => a.id === "fire")!.name;
    const fireFindings = poor.worded.findings.filter((f) => f.agency === "fire");
    expect(fireFindings.length).toBeGreaterThan(0);
    // the finding's row: its id, its time "hh:mm:ss (wall time)", then its agency
    expect(zh).toMatch(new RegExp(`${fireFindings[0]!.id} \\S+ \\([^)]*\\) ${fireName.zh}（部分时段机器人代演）`));
    expect(en).toContain(`${fireName.en} (played by a bot for part of the drill)`);
    // a seat people played carries no tag
    const ebName = poor.worded.agencies.find((a) => a.id === "eb")!.name;
    expect(zh).not.toContain(`${ebName.zh}（机器人代演）`);
  });

  // newcomer r31: a seat a bot held for two minutes read 「（机器人代演）」 on every finding of the person who played it
  it("an agency people played too is marked as played by a bot for part of the drill; one no person joined, wholly", () => {
    const fireName = poor.worded.agencies.find((a) => a.id === "fire")!.name;
    const entName = poor.worded.agencies.find((a) => a.id === "ent")!.name;
    expect(zh).toContain(`${fireName.zh}（部分时段机器人代演）`);
    expect(zh).not.toContain(`${fireName.zh}（机器人代演）`);
    expect(en).toContain(`${fireName.en} (played by a bot for part of the drill)`);
    expect(zh).toContain(`${entName.zh}（机器人代演）`);
  });
});
