/**
 * The overview's lists come from the findings themselves (review11 school 7). School-fire poor play, seed 7: the
 * brigade took the 119 call at 00:07:30 and never told the county emergency bureau (profile LNK-SCH-EB: the brigade
 * tells the bureau within 10 min of the call); the bureau heard only at 00:40:00, from the city's duty room (inject
 * inj-08-city-asks). The finding says 未通知, so the overview's 未通知 card names the bureau, never 无. The bureau's oral
 * report to the county duty office at 00:58 is on time by its own clock (due 01:10, from 00:40); the brigade made no
 * report, so it is not on the 迟报 line of 不足; the report its silence made late is its line 迟报（他方所致）.
 */
import { describe, expect, it } from "vitest";
import { countByCode, headlines } from "../../cli/report/headlines.ts";
import { rendered } from "./reports.ts";

describe("school fire, poor play: the overview agrees with the findings", () => {
  const r = rendered("school-fire", "poor");

  it("the 未通知 card names the bureau the brigade never told, and how it heard at last", () => {
    const card = headlines(r.worded).find((x) => x.label.zh === "未通知的联动单位（已超时）")!;
    expect(card.value.zh).toBe("临江县应急管理局（临江县消防救援大队未通知；00:40:00 从他处获知）");
    expect(card.bad).toBe(true);
  });

  it("the 迟报 line of 不足 names only agencies that reported late: the school, not the brigade", () => {
    const late = countByCode(r.worded).find((c) => c.label.zh === "迟报")!;
    expect(late.agencies).toEqual(["sch"]);
    // no 迟报 set aside onto another finding: the bureau's 00:58 oral report is on time by its own clock (told at 00:40,
    // due 01:10: review20 school 2, own-clock.ts), so there is no 0-point 迟报 row following F24 any more
    expect(late.following).toBe(0);
    // the county report the brigade's missing notice made late (notice-lateness.ts, school-r21.test.ts) is the
    // brigade's own line, 迟报（他方所致）: it names the brigade, and it is not counted as a 迟报 of its own
    const caused = countByCode(r.worded).find((c) => c.label.zh === "迟报（他方所致）")!;
    expect([caused.agencies, caused.count]).toEqual([["fire"], 1]);
  });
});
