/**
 * Follow-ups (续报) on the school fire's developments, and passed up the chain (review r16). 493号令 第十三条
 * (事故报告后出现新情况的，应当及时补报) and 突发事件应对法 第六十一条 (及时报告，不得漏报); the county profile lists
 * the trapped class (`classTrapped`) on RPT-FU-SCH-02,
 * each due 30 min (本县设定) from when the reporter learns of it after its first report there. The level that receives a
 * follow-up passes it up (493号令 第十一条 逐级上报; RPT-FU-01, RPT-FU-SCH-01: the county bureau to the duty office),
 * counted from when it received it, and only then: a bureau nobody told owes nothing, its reporter is charged.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { compiled, ms, playOf, runPlay } from "../helpers.ts";
import { rubric } from "../evaluate/fixtures.ts";

const developments = /:(secondInrush|allMinersOut|minersTrapped|pumpRoomFlooded|sourceStopped|classTrapped)$/;
const duties = (id: string, commands: Command[]) =>
  runPlay(compiled(id), commands).state.obligations.filter((o) => developments.test(o.id)).map((o) => [o.id, o.openedAtMs, o.deadlineMs, o.status]);
const play = (id: string, p: string) => playOf(compiled(id), `scenarios/plays/${id}.${p}.yaml`);
const at = (c: Command, by: string, clock: string) => c.by === by && c.at === ms(clock) && c.type === "report";

describe("the school's trapped class", () => {
  // inj-03 (a class trapped in the music room) reaches the school at 00:08:04, after its first report to the bureau:
  // due 00:38:04, met by its 00:15 follow-up ("三年级一班被困三楼音乐教室")
  it("owes the school a follow-up to the county bureau by 00:38:04, met by the 00:15 report", () => {
    expect(duties("school-fire", play("school-fire", "good"))).toEqual([["RPT-FU-SCH-02:sch>eb:classTrapped", ms("00:08:04"), ms("00:38:04"), "met"]]);
  });

  it("the poor play's school first reports at 01:20, saying nothing of it: nobody owes a follow-up on it, the bureau no relay", () => {
    expect(duties("school-fire", play("school-fire", "poor"))).toEqual([]);
  });
});

describe("the county bureau passes the mine's follow-up up to the duty office (逐级上报)", () => {
  // the mine's 01:00 follow-up tells the bureau everyone is out (the dispatch room had it at 00:44:20: review16 mine A3),
  // its 01:50 one the second inrush: the bureau owes the duty office its own by 01:00 + 30 min = 01:30 and 01:50 + 30 min
  // = 02:20, met by its 01:10 and 02:00 reports
  const good = play("mine-flood", "good");
  const relays = (commands: Command[]) => duties("mine-flood", commands).filter(([id]) => String(id).startsWith("RPT-FU-01:"));
  const mineFollowUp = (c: Command) => c.by === "mine" && c.type === "report" && c.kind === "followUp" && c.to === "eb";

  it("from when the follow-up reached it, met by its 01:10 and 02:00 reports", () => {
    expect(relays(good)).toEqual([
      ["RPT-FU-01:eb>duty:allMinersOut", ms("01:00:00"), ms("01:30:00"), "met"],
      ["RPT-FU-01:eb>duty:secondInrush", ms("01:50:00"), ms("02:20:00"), "met"],
    ]);
  });

  it("a bureau the mine never followed up to owes nothing", () => {
    expect(relays(good.filter((c) => !mineFollowUp(c)))).toEqual([]);
  });

  it("each fault once, on the agency that failed: the bureau that did not relay, not the mine", () => {
    const c = compiled("mine-flood");
    const r = runPlay(c, good.filter((x) => !at(x, "eb", "01:10:00") && !at(x, "eb", "02:00:00")));
    const missing = evaluate(c, r.events, r.state, rubric()).findings.filter((f) => f.code === "REPORT_MISSING" && /续报/.test(f.message.zh));
    expect(missing.map((f) => [f.agency, f.ruleId])).toEqual([["eb", "RPT-FU-01"], ["eb", "RPT-FU-01"]]);
    expect(missing.map((f) => f.message.zh.match(/关于(.+?)的续报/)?.[1])).toEqual(["井下人员全部升井", "二次突水"]);
  });
});
