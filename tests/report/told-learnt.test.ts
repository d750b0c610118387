/**
 * The who-told-whom table says who really told each agency, and who failed to (review15 school 6; issue 10 §3). School
 * fire poor play, seed 7 (scenarios/school-fire.yaml injects): the school found its own fire through its science
 * teacher's call (inj-01, 00:01:30) — the incident unit, nobody had to tell it; the education bureau learnt at 00:20 from
 * the parents inject (inj-07) before the school's late report (00:35): it learnt in time, the school did not notify it;
 * the emergency bureau learnt at 00:40 from the city's question (inj-08), the fire brigade never told it (F on the
 * brigade: 未通知), so the row says so rather than 通知迟延; an inject is named by its source.
 */
import { describe, expect, it } from "vitest";
import { toldCells, toldRows } from "../../cli/report/told.ts";
import { drill } from "../evaluate/fixtures.ts";

describe("school fire poor play: who told whom", () => {
  const { report } = drill("school-fire", "poor");
  const row = (agency: string) => {
    const x = toldRows(report).find((r) => r.agency === agency)!;
    return toldCells(report, x);
  };

  it("the school is the incident unit that found the fire itself, told by its science teacher's call", () => {
    expect([row("sch").by.zh, row("sch").verdict.zh]).toEqual(["二层科学实验室任课教师（情景注入）", "事故单位，自行发现"]);
    expect(row("sch").verdict.en).toBe("the incident unit: found it itself");
  });

  it("the education bureau learnt in time from the parents inject; the school did not notify it", () => {
    expect(row("edu").verdict.zh).toBe("按时获知（非临江县第二实验小学通知）");
    expect(row("edu").by.zh).toBe("学校办公室 / 城关镇综治办（情景注入）");
  });

  it("the emergency bureau: the brigade never told it, it learnt from the city 22 min 30 s after its notice was due", () => {
    expect(row("eb").verdict.zh).toBe("临江县消防救援大队未通知，经他方获知（迟 22分30秒）");
    expect(row("eb").verdict.en).toBe("not told by Linjiang County Fire and Rescue Brigade; learnt elsewhere (22 min 30 s late)");
    expect(report.findings.find((f) => f.agency === "fire" && f.code === "LINKAGE_NOT_NOTIFIED")!.message.zh).toMatch(/^未通知/);
  });

  it("the school's own late calls still read 通知迟延", () => {
    expect(row("fire").verdict.zh).toBe("通知迟延（迟 1分钟）");
    expect(row("ems").verdict.zh).toBe("通知迟延（迟 10分钟）");
  });
});

/**
 * Mine flood poor play, seed 7: the mine's head (agency `mine`) holds two duties (its response, LNK-MINE, and the rescue of
 * the trapped, LNK-MINE-RESCUE) but learnt of the inrush once — at 00:15 from its dispatch room, which heard the signs
 * at 00:02 and owed word "立即" (5 min, 本县设定 after the 大贤 script): due 00:07, 8 min late (F1 on the dispatch room).
 * The head is the incident unit, but a timed notice to it is a notice, not something it found itself.
 */
describe("mine flood poor play: who told whom", () => {
  const { report } = drill("mine-flood", "poor");
  const rows = toldRows(report);

  it("one row per agency, though the mine holds two duties", () => {
    expect(rows.map((r) => r.agency).filter((a, i, all) => all.indexOf(a) !== i)).toEqual([]);
    expect(rows.filter((r) => r.agency === "mine")).toHaveLength(1);
  });

  it("the mine's head was told 8 min late by its dispatch room, not 'found it itself'", () => {
    const c = toldCells(report, rows.find((r) => r.agency === "mine")!);
    expect([c.at.zh, c.due.zh, c.verdict.zh]).toEqual(["00:15:00", "00:07:00", "通知迟延（迟 8分钟）"]);
  });
});
