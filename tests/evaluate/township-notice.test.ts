/**
 * Review9 mine 11(a) (issue 10 §1): nobody tells the township. Domain.md §5.1 gives the township (乡镇政府, 善后处理组)
 * work once people are hurt or trapped, but names no notifier; the profile's LNK-MINE-TOWN had no `notifiedBy` and no
 * limit, so the township's learning from the families at the gate (inj, 01:40) read "已通知（无通知时限）" and the
 * missed notice was nobody's finding. The county's choice (本县设定, tag D): the bureau that leads (emergencyBureau)
 * tells the township at once, "立即" counted as 10 min as everywhere in the profile (LNK-CHEM-EB, LNK-MINE-MRT).
 *
 * Poor play: the six miners are cut off at 01:03:50 (the inrush reaches them: the work arises), the bureau learns of the
 * incident at 01:10 (the city's spot question), and never tells the township; the families tell it at 01:40. Hand
 * count: due 01:03:50 + 10 min = 01:13:50 (the bureau, told at 01:10, itself in time: its own notice is due 01:25,
 * 00:25 + 60), so the township hears 26 min 10 s late, on the bureau. Good play: the bureau tells it at 00:09, before
 * anyone is cut off: no finding.
 */
import { describe, expect, it } from "vitest";
import { drill, MIN } from "./fixtures.ts";

describe("the township's notice has its notifier and limit (本县设定)", () => {
  it("poor play: the bureau never told the township, which heard from the families at 01:40 — a late notice on the bureau", () => {
    const d = drill("mine-flood", "poor");
    const f = d.report.findings.filter((x) => x.opportunity === "link:LNK-MINE-TOWN:town" && (x.code === "LINKAGE_NOTIFIED_LATE" || x.code === "LINKAGE_NOT_NOTIFIED"));
    expect(f.map((x) => [x.code, x.agency, x.atMs])).toEqual([["LINKAGE_NOTIFIED_LATE", "eb", 100 * MIN]]);
    // 01:13:50 = 01:03:50 + 10 min; late by 01:40:00 − 01:13:50
    // never sent (the township heard from the families): worded as a missing notice, with the limit and how late it heard
    expect(f[0]!.message.zh).toMatch(/^未通知：岭北县应急管理局始终未将事故信息通知石门镇人民政府.*时限 01:13:50；石门镇人民政府于 01:40:00 才获知事故信息.*迟 26分10秒$/);
    // a local choice is tagged as one, never passed off as statute
    expect(f[0]!.basis).toContain("本县设定");
    const row = d.report.linkage.rows.find((r) => r.agency === "town");
    expect(row?.notifyDeadlineMs).toBe(73 * MIN + 50_000);
  });

  it("good play: the bureau told the township at 00:09 — no notice finding", () => {
    const d = drill("mine-flood", "good");
    expect(d.report.findings.filter((x) => x.opportunity === "link:LNK-MINE-TOWN:town")).toEqual([]);
  });
});
