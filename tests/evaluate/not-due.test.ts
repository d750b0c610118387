/**
 * Deadlines the drill never reached. Source: domain.md §3.6 (the evaluator judges what was done by
 * the time the drill stopped; an obligation is missed only once its deadline has passed: the
 * engine opens it and emits obligationMissed at the deadline) and AQ/T 9009-2015 §6 (评估 rests on
 * what the drill showed). A drill the director ends at 00:14:20, and the live view of a running
 * drill, therefore list later duties as 未到期 without deduction, never as faults.
 */
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../cli/report/html.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { formatClock } from "../../engine/model/time.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { rubric, WITH_PLAYS } from "./fixtures.ts";

function endedAt(id: string, at: string, endCommand: boolean) {
  const c = compiled(id);
  const cut = ms(at);
  const play = playOf(c, `${SCENARIOS}/plays/${id}.poor.yaml`).filter((k) => k.at <= cut);
  const commands: Command[] = endCommand ? [...play, { at: cut, by: "director", seq: 1_000_000, type: "end" } as Command] : play;
  const r = runPlay(c, commands, 7, endCommand ? undefined : cut);
  return evaluate(c, r.events, r.state, rubric());
}

describe.each(WITH_PLAYS)("%s poor play ended by the director at 00:14:20", (id) => {
  const r = endedAt(id, "00:14:20", true);

  it("the drill stopped at 00:14:20 (the last simulated time)", () => {
    expect(r.endMs).toBeLessThanOrEqual(ms("00:14:20"));
  });

  it("raises no finding dated after the end (a deadline not reached is not a fault)", () => {
    expect(r.findings.filter((f) => f.atMs > r.endMs).map((f) => `${f.code} ${f.ruleId}`)).toEqual([]);
  });

  it("lists the duties due later as 未到期 with their deadline, and deducts nothing for them", () => {
    expect(r.notYetDue.length).toBeGreaterThan(0);
    for (const n of r.notYetDue) {
      // the incident's own agency not yet aware of its incident: its duty's clock has not started (no deadline yet)
      if (n.dueMs === undefined) expect(n.message.zh).toContain("尚未开始");
      else expect(n.dueMs).toBeGreaterThan(r.endMs);
      expect(n.message.zh).toMatch(/^未到期/);
    }
  });
});

describe("chemical-leak: the weather van requirement due at 02:00:00 is open, not 力量不足", () => {
  const r = endedAt("chemical-leak", "00:14:20", true);
  const weather = compiled("chemical-leak").scenario.requirements.find((q) => q.unitType.includes("weatherVan"))!;

  it("is listed as not yet due", () => {
    expect(r.notYetDue.some((n) => n.ruleId === weather.id)).toBe(true);
    expect(r.findings.some((f) => f.ruleId === weather.id)).toBe(false);
  });

  it("is printed under 未到期（不扣分） in the HTML and Markdown reports, with its deadline", () => {
    const open = r.notYetDue.find((n) => n.ruleId === weather.id)!;
    const worded = wordReport(compiled("chemical-leak"), r);
    const html = renderHtml(worded, "zh");
    // the requirement by its words (a report never shows the id req-weather)
    const tables = [...html.matchAll(/<table class="not-due">[\s\S]*?<\/table>/g)];
    const table = tables.find((m) => m[0].includes(weather.text.zh))!;
    const at = table.index + table[0].indexOf(weather.text.zh);
    expect(at).toBeGreaterThan(0);
    const tableStart = html.lastIndexOf("<table", at);
    expect(html.slice(tableStart, tableStart + 30)).toContain('class="not-due"');
    expect(html.slice(html.lastIndexOf("<p>", tableStart), tableStart)).toContain("未到期（不扣分）");
    const row = html.slice(html.lastIndexOf("<tr>", at), at);
    expect(row).toContain(`<td>${formatClock(open.dueMs!)} `);
    expect(renderMarkdown(worded, "zh")).toContain("未到期（不扣分）");
  });

  it("a section whose every duty is still ahead earns neither credit nor deduction for it", () => {
    const dispatch = r.sections.find((s) => s.id === "dispatch")!;
    expect(dispatch.deducted).toBe(0);
  });
});

describe("live view of school-fire at T+00:02:17 (server/live evaluates the events so far)", () => {
  const r = endedAt("school-fire", "00:02:17", false);

  it("says nothing of idle units whose requirement is due at 00:15:00 or later", () => {
    expect(r.findings.filter((f) => f.code === "DISPATCH_IDLE_UNITS" || f.code === "DISPATCH_INSUFFICIENT" || f.code === "LINKAGE_NOT_NOTIFIED").map((f) => f.message.zh)).toEqual([]);
    expect(r.findings.every((f) => f.atMs <= r.endMs)).toBe(true);
  });
});

describe("chemical-leak poor play ended at 00:35:00: the 未到期 list as an evaluator reads it", () => {
  const r = endedAt("chemical-leak", "00:35:00", true);

  it("lists each duty once (one rule, one agency), at its earliest deadline", () => {
    const keys = r.notYetDue.map((n) => `${n.ruleId}|${n.agency}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  // merge n4/notice: 危化条例 第七十一条's notices (fire, police, EB, eco, health) are all due 00:10:00 and the
  // weather office's (LNK-CHEM-MET) 00:30:00, so none is still owed at 00:35: a drill stopped at 00:05:00 has them all still ahead
  it("a notice still owed names who must tell whom, the told agency's duty as its own", () => {
    const notice = endedAt("chemical-leak", "00:05:00", true).notYetDue.filter((n) => n.code === "LINKAGE_NOT_NOTIFIED");
    expect(notice.length).toBeGreaterThan(0);
    for (const n of notice) expect(n.message.zh).toMatch(/^未到期：.+——通知.+（其职责：/);
  });

  it("the headline counts no requirement that is not yet due as unmet", async () => {
    const { headlines } = await import("../../cli/report/headlines.ts");
    const open = new Set(r.notYetDue.map((n) => n.ruleId));
    const row = headlines(r).find((h) => h.label.en === "Resource requirements met in time")!;
    const total = Number(row.value.en.split(" / ")[1]);
    // a requirement met before a deadline the drill never reached is counted (met: credited, issue 10 §11); one neither met nor due is not
    expect(total).toBe(r.dispatch.requirements.filter((q) => q.status === "met" || !open.has(q.id)).length);
    expect(total).toBeLessThan(r.dispatch.requirements.length);
  });
});

describe("drill evaluate --until T judges the drill as stopped at T (the newcomer's review: the option was missing)", () => {
  it("the chemical poor play at 00:35:00: no finding after T, later duties 未到期; a bad time is a usage error", async () => {
    const { main } = await import("../../cli/main.ts");
    const out: string[] = [];
    const err: string[] = [];
    const io = { log: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    expect(await main(["evaluate", `${SCENARIOS}/chemical-leak.yaml`, "--play", `${SCENARIOS}/plays/chemical-leak.poor.yaml`, "--until", "00:35:00"], io)).toBe(0);
    const r = JSON.parse(out.join("\n")) as { endMs: number; findings: Array<{ atMs: number }>; notYetDue: unknown[] };
    expect(r.endMs).toBeLessThanOrEqual(ms("00:35:00"));
    expect(r.endMs).toBeGreaterThan(ms("00:34:00"));
    expect(r.findings.every((f) => f.atMs <= r.endMs)).toBe(true);
    expect(r.notYetDue.length).toBeGreaterThan(0);
    expect(await main(["evaluate", `${SCENARIOS}/chemical-leak.yaml`, "--play", `${SCENARIOS}/plays/chemical-leak.poor.yaml`, "--until", "25:99"], io)).toBe(2);
    expect(err.join("\n")).toContain("--until 须为 HH:MM:SS 格式的时间，而不是 25:99"); // zh, the default (i18n/usage-errors.ts `timeFormat`)
  });
});
