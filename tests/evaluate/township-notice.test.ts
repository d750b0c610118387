/**
 * Review9 mine 11(a) (issue 10 §1): nobody tells the township. Domain.md §5.1 gives the township (乡镇政府, 善后处理组)
 * work once people are hurt or trapped, but names no notifier; the profile's LNK-MINE-TOWN had no `notifiedBy` and no
 * limit, so the township's learning from the families at the gate (inj, 01:40) read "已通知（无通知时限）" and the
 * missed notice was nobody's finding. The county's choice (本县设定, tag D): the bureau that leads (emergencyBureau)
 * tells the township at once, "立即" counted as 10 min as everywhere in the profile (LNK-CHEM-EB, LNK-MINE-MRT).
 *
 * What makes this notice due is people hurt or trapped (the rule's 有人员伤亡或被困时), so it runs from when the bureau
 * knew of them, never before (review11 mine 1; notice-due.ts, work-known.ts). Poor play: the six miners are cut off at
 * 01:03:50, the bureau hears of the incident at 01:10 (the city's spot question, which asks "有没有被困" and tells of
 * nobody), and the mine's 01:20 report tells it "下落不明 0" (the mine's 谎报): the bureau never knew of trapped miners,
 * so it owed the township no notice about them — no notice finding on it. The notice the lie kept from it is the
 * mine's (review16 mine A1, kept-notice.ts): 未通知 on the mine, due when a true 01:20 report would have had it told,
 * 01:30, as the honest variant below holds the bureau to it. Variant (review11 `honest`): the same report gives 6 missing: the bureau knows at 01:20 and owes the
 * notice by 01:20 + 10 = 01:30; the families tell the township at 01:40, 10 min late, on the bureau. Good play: the
 * bureau tells it at 00:09, before anyone is cut off: no finding.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { Command } from "../../engine/model/commands.ts";
import { bestPlay, drill, MIN, rubric } from "./fixtures.ts";

const notice = (r: { findings: Array<{ opportunity?: string; code: string }> }) => r.findings.filter((x) => x.opportunity === "link:LNK-MINE-TOWN:town" && (x.code === "LINKAGE_NOTIFIED_LATE" || x.code === "LINKAGE_NOT_NOTIFIED"));

describe("the township's notice runs from when its notifier knew people were trapped (本县设定)", () => {
  const poor = drill("mine-flood", "poor");

  it("poor play: the bureau, told 下落不明 0 by the mine's 谎报, never knew of trapped miners — no notice finding on it; the mine's lie is charged the notice, due 01:30 (01:20 + 10 min)", () => {
    expect(notice(poor.report).map((x) => (x as { agency?: string }).agency)).toEqual(["mine"]);
    expect(poor.report.linkage.rows.find((r) => r.agency === "town")?.notifyDeadlineMs).toBe(90 * MIN);
  });

  it("honest report (6 missing at 01:20): the bureau owes the township its notice by 01:30 and never gives it; the families tell the township at 01:40", () => {
    const best = bestPlay("mine-flood", poor.c);
    const i = poor.commands.findIndex((k) => k.by === "mine" && k.type === "report" && (k as { to?: string }).to === "eb");
    type Report = Command & { content: { casualties: Record<string, number> } };
    const commands = poor.commands.map((k, j) => (j === i ? ({ ...k, content: { ...(k as Report).content, casualties: { ...(k as Report).content.casualties, missing: 6 } } } as Command) : k));
    const r = runKeepingReference(poor.c, 7, commands, best);
    const rep = evaluate(poor.c, r.events, r.state, rubric(), undefined, best);
    const f = notice(rep);
    // 01:20 + 10 min = 01:30; the township heard at 01:40 from the families' inject, never from the bureau: 未通知 (review15 school 4)
    expect(f.map((x) => [x.code, (x as { agency?: string }).agency])).toEqual([["LINKAGE_NOT_NOTIFIED", "eb"]]);
    expect((f[0] as unknown as { message: { zh: string } }).message.zh).toMatch(/时限 01:30:00；石门镇人民政府于 01:40:00 才获知事故信息.*迟 10分钟$/);
    // a local choice is tagged as one, never passed off as statute
    expect((f[0] as unknown as { basis: string }).basis).toContain("本县设定");
    expect(rep.linkage.rows.find((x) => x.agency === "town")?.notifyDeadlineMs).toBe(90 * MIN);
  });

  it("good play: the bureau told the township at 00:09 — no notice finding", () => {
    const d = drill("mine-flood", "good");
    expect(d.report.findings.filter((x) => x.opportunity === "link:LNK-MINE-TOWN:town")).toEqual([]);
  });
});
