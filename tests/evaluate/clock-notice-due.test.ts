/**
 * Review6 B8 (issue 10 §3, §5): one deadline for one notice. The who-told-whom table, the notice
 * findings (通知迟延, 未通知) and the reports that are the notice (the unit head's initial report to an
 * authority: 493号令 第九条, 2023 矿山办法, 危化条例 第七十一条) give the same deadline
 * (engine/evaluate/notice-due.ts). Hand calculation for the mine: its leaders hear of the warning
 * signs at 00:15 (the dispatcher's call) and the inrush, the accident, happens at 00:25 (scenario
 * incidentAt); the dispatcher tells the head of the inrush at 00:27, so its reports to the county bureau,
 * the coal-safety department and the provincial bureau are due 00:27 + 1 h = 01:27:00 (493号令 第九条:
 * 1 h from the head's receipt of an ACCIDENT report; review8 mine 5, review12 mine 10).
 */
import { describe, expect, it } from "vitest";
import { formatClock } from "../../engine/model/time.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { drill } from "./fixtures.ts";

/** The told agency of a notice finding, from its opportunity `link:<rule>:<agency>`. */
const toldOf = (opportunity: string | undefined) => opportunity?.split(":")[2];

/** The table's deadline for each agency (as cli/report/told.ts prints it). */
const tableDue = (r: ReportModel) => new Map(r.linkage.rows.flatMap((row) => (row.notifyDeadlineMs !== undefined ? [[row.agency, row.notifyDeadlineMs] as const] : [])));

describe.each(["chemical-leak", "mine-flood", "school-fire"])("%s poor play: every notice finding gives the table's deadline", (id) => {
  const { report } = drill(id, "poor");
  const due = tableDue(report);
  const notices = report.findings.filter((f) => f.code === "LINKAGE_NOTIFIED_LATE" || f.code === "LINKAGE_NOT_NOTIFIED");

  it("each 通知迟延 / 未通知 prints the who-told-whom table's deadline for the agency told, and no other", () => {
    expect(notices.length).toBeGreaterThan(0);
    for (const f of notices) {
      const agency = toldOf(f.opportunity)!;
      const d = due.get(agency);
      if (d === undefined) continue; // an untimed notice: the table says 无时限 and so does the finding
      expect([f.id, f.message.zh]).toEqual([f.id, expect.stringMatching(new RegExp(`(时限|应于) ${formatClock(d)}`))]);
      // A receiver that did not pass the news on (forwarding.ts, the receiver's own 移送 duty, r17 merge) is named with
      // its own deadline, e.g. chemical F18 「临江县公安局 00:11:00 接到…的报警后未立即移送（时限 00:13:00）」 (00:11 + 2 min);
      // that clause is the relay's clock, not the notice's: strip it, and the rest gives the table's deadline only.
      // Likewise a late notice's aggravation (notice-lateness.ts) names the deadline the agency told would have had for its
      // own duty had it been told on time, e.g. 「…因此致其履职迟延…：「…」按应获知时起算时限 00:12:00…」: the downstream
      // duty's clock, not the notice's: stripped from 因此致 to the end.
      const own = f.message.zh.replace(/；[^；]*未立即移送（时限 \d\d:\d\d:\d\d）/g, "").replace(/；[^；]*因此致[\s\S]*$/, "");
      const clocks = [...own.matchAll(/(?:时限|应于) (\d\d:\d\d:\d\d)/g)].map((m) => m[1]);
      expect(clocks).toEqual([formatClock(d)]);
    }
  });

  it("each initial report that is an agency's notice (from the notifier the table names) gives the table's deadline", () => {
    const rows = new Map(report.linkage.rows.map((r) => [r.agency, r]));
    for (const f of report.findings.filter((x) => x.code === "REPORT_LATE" || x.code === "REPORT_MISSING")) {
      const ob = f.evidence.obligations.map((o) => /^([^:]+):([^>]+)>(.+)$/.exec(o)).find((m) => m && rows.has(m[3]!));
      // the incident unit's initial reports (RPT-ENT-*, RPT-MINE-*, RPT-SCH-*), not follow-ups (RPT-FU-*)
      if (!ob || !/^RPT-(ENT|MINE|SCH)-/.test(ob[1]!)) continue;
      const d = due.get(ob[3]!);
      if (d === undefined) continue;
      expect([f.id, f.message.zh]).toEqual([f.id, expect.stringContaining(`时限 ${formatClock(d)}`)]);
    }
  });
});

describe("mine-flood poor play (review6 B8): the mine's notice of the authorities it reports to is due 01:27:00", () => {
  const { report } = drill("mine-flood", "poor");
  const due = tableDue(report);

  it("the table gives 01:27:00 for the county bureau, the coal-safety department and the provincial bureau", () => {
    for (const a of ["eb", "coalsup", "msp"]) expect([a, formatClock(due.get(a)!)]).toEqual([a, "01:27:00"]);
  });

  it("the bureau, told by an inject at 01:10, was told in time, and the mine's report at 01:20 is within its 01:27:00: no late finding", () => {
    const row = report.linkage.rows.find((r) => r.agency === "eb")!;
    expect(row.notifiedAtMs!).toBeLessThanOrEqual(row.notifyDeadlineMs!);
    expect(report.findings.filter((f) => f.code === "REPORT_LATE" && f.ruleId === "RPT-ENT-02")).toEqual([]);
  });

  it("never told: the coal-safety department's 未通知 says 01:27:00, as the mine's missing report to it does", () => {
    const f = report.findings.find((x) => x.code === "LINKAGE_NOT_NOTIFIED" && toldOf(x.opportunity) === "coalsup")!;
    expect(f.message.zh).toContain("应于 01:27:00 前通知");
    const missing = report.findings.find((x) => x.code === "REPORT_MISSING" && x.ruleId === "RPT-MINE-01")!;
    expect(missing.message.zh).toContain("时限 01:27:00");
  });
});
