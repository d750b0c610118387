/**
 * Review12 mine 10 (issue 10 §5; 493号令 第九条: the unit head reports within 1 h of RECEIVING a report of the accident).
 * The mine head hears of the warning signs at 00:15 and of the inrush (00:25) from its dispatch room at 00:27 (the poor
 * play's call): its reports to the county bureau, the coal-safety department and the provincial bureau run from 00:27,
 * due 00:27 + 60 = 01:27 (not 01:25, the inrush's own time). Told nothing after the accident, it should have been told
 * within the dispatch room's 5 min (LNK-MINE-MINE, 本县设定): 00:25 + 5 = 00:30, due 01:30.
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/model/events.ts";
import { run } from "../../engine/replay.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { drill } from "./fixtures.ts";

const opened = (events: readonly { type: string }[]) => events.filter((e): e is EventOf<"obligationOpened"> => e.type === "obligationOpened").map((e) => e.obligation);
const MINE_RULES = ["RPT-ENT-02:mine>eb", "RPT-MINE-01:mine>coalsup", "RPT-MINE-02:mine>msp"];

describe("mine-flood: the head's 1-h clocks run from its receipt of the inrush (review12 mine 10)", () => {
  it("poor play: told at 00:27, its three reports are due 00:27 + 60 = 01:27", () => {
    const obs = opened(drill("mine-flood", "poor").events);
    expect(MINE_RULES.map((id) => [id, obs.find((o) => o.id === id)?.openedAtMs, obs.find((o) => o.id === id)?.deadlineMs]))
      .toEqual(MINE_RULES.map((id) => [id, ms("00:27:00"), ms("01:27:00")]));
  });

  it("without the 00:27 call it should have been told by 00:25 + 5 = 00:30: due 01:30", () => {
    const c = compiled("mine-flood");
    const commands = playOf(c, `${SCENARIOS}/plays/mine-flood.poor.yaml`).filter((x) => x.at !== ms("00:27:00"));
    const obs = opened(run(c, 7, commands).events);
    expect(MINE_RULES.map((id) => [id, obs.find((o) => o.id === id)?.deadlineMs])).toEqual(MINE_RULES.map((id) => [id, ms("01:30:00")]));
  });
});
