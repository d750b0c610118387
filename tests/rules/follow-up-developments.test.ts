/**
 * Follow-ups (续报) on new developments, not only on casualty changes (issue 10 §12; 493号令 第十三条: 事故报告后出现新情况的，
 * 应当及时补报). The county profile lists the mine's developments (second inrush, miners trapped, central pump room
 * flooded, everyone out) on RPT-FU-02 (to the county emergency bureau) and RPT-FU-MINE-01/02 (the sector lines), each
 * due 30 min (本县设定) from when the mine learns of it, to an addressee it has already reported to.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms, playOf, runPlay } from "../helpers.ts";

const c = compiled("mine-flood");
const poor = playOf(c, "scenarios/plays/mine-flood.poor.yaml");
const good = playOf(c, "scenarios/plays/mine-flood.good.yaml");
const followUps = (commands: Command[]) => runPlay(c, commands).state.obligations.filter((o) => o.ruleId.startsWith("RPT-FU"));
const isFollowUp = (x: Command) => x.type === "report" && x.by === "mine" && x.kind === "followUp" && x.at === ms("01:50:00");

describe("a new development owes its own follow-up", () => {
  // the poor play: the mine's only report to the bureau is at 01:20; the pump room floods at 03:13, its inject reaches
  // the mine at 03:13:30 (scenario inj-09-pumproom), so a follow-up is due by 03:13:30 + 30 min = 03:43:30
  const fu = followUps(poor);

  it("the pump room flooding after the mine reported to the bureau: due 03:43:30, missed without a follow-up", () => {
    const o = fu.find((x) => x.id === "RPT-FU-02:mine>eb:pumpRoomFlooded");
    expect(o && [o.openedAtMs, o.deadlineMs, o.status]).toEqual([ms("03:13:30"), ms("03:43:30"), "missed"]);
  });

  it("a missed casualty follow-up (due 01:50) does not block the later development's", () => {
    // the 01:20 report hid 6 missing: the casualty follow-up opened then is missed at 01:50, and the pump room still owes one
    expect(fu.find((x) => x.id === "RPT-FU-02:mine>eb:1")?.status).toBe("missed");
    expect(fu.some((x) => x.id === "RPT-FU-02:mine>eb:pumpRoomFlooded")).toBe(true);
  });

  it("is owed only to addressees the mine reported to: the bureau, never the sector lines it never reported to", () => {
    expect(fu.filter((x) => x.id.includes(":pumpRoomFlooded")).map((x) => x.id)).toEqual(["RPT-FU-02:mine>eb:pumpRoomFlooded"]);
    expect(fu.filter((x) => x.ruleId.startsWith("RPT-FU-MINE"))).toEqual([]);
  });

  it("a follow-up to the bureau at 03:40 (before 03:43:30) meets it", () => {
    const report = { at: ms("03:40:00"), by: "mine", seq: 9999, type: "report", to: "eb", kind: "followUp", mode: "oral", content: { scene: "中央水泵房进水，水泵停机" } } as unknown as Command;
    expect(followUps([...poor, report]).find((x) => x.id === "RPT-FU-02:mine>eb:pumpRoomFlooded")?.status).toBe("met");
  });
});

describe("the second inrush (01:30, 10时00分) in the good play", () => {
  // inj-07-second reaches only the dispatch room (01:30:30), the mine's own duty room: the mine has the news then
  // (review16 mine A3), so its follow-ups are due 01:30:30 + 30 min = 02:00:30
  const devs = (commands: Command[]) => followUps(commands).filter((x) => /:(secondInrush|allMinersOut)$/.test(x.id));

  it("owes a follow-up to each of the bureau and both sector lines by 02:00:30, met by the 01:50 reports", () => {
    // (the mine's own: the bureau's relay of it to the duty office is follow-up-relay.test.ts's)
    const fu = devs(good).filter((x) => x.id.endsWith(":secondInrush") && x.agency === "mine");
    expect(fu.map((x) => [x.id, x.deadlineMs, x.status]).sort()).toEqual([
      ["RPT-FU-02:mine>eb:secondInrush", ms("02:00:30"), "met"],
      ["RPT-FU-MINE-01:mine>coalsup:secondInrush", ms("02:00:30"), "met"],
      ["RPT-FU-MINE-02:mine>msp:secondInrush", ms("02:00:30"), "met"],
    ]);
  });

  it("each development missed is its own duty: without the 01:50 follow-ups, the second inrush is missed to all 3 addressees", () => {
    // (all miners out, told to the dispatch room at 00:44:20, is met by the 00:53 and 01:00 follow-ups)
    const missed = devs(good.filter((x) => !isFollowUp(x))).filter((x) => x.agency === "mine" && x.status === "missed");
    expect(missed.map((x) => x.id).sort()).toEqual(["RPT-FU-02:mine>eb:secondInrush", "RPT-FU-MINE-01:mine>coalsup:secondInrush", "RPT-FU-MINE-02:mine>msp:secondInrush"]);
  });

  it("is owed from when the dispatch room, the mine's own duty room, had the news (01:30:30), whether or not it called the head at 01:32", () => {
    expect(devs(good).find((x) => x.id === "RPT-FU-02:mine>eb:secondInrush")?.openedAtMs).toBe(ms("01:30:30"));
    const silent = devs(good.filter((x) => !(x.by === "dispatch" && x.at === ms("01:32:00"))));
    expect(silent.find((x) => x.id === "RPT-FU-02:mine>eb:secondInrush")?.openedAtMs).toBe(ms("01:30:30"));
  });
});
