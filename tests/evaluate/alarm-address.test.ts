/**
 * How an alarm call's address is recognised (review19 school, the poor play's 120 call 「120，第二实验小学有学生被烟呛了，
 * 派个车来。」 charged with 缺少报警要素：地址 though it named the school): the public 报火警须知 asks for 详细地址 so the
 * dispatcher knows where to send; a call naming a place the scenario knows — the school, a building, a room — tells it.
 * A road or a house number still does; "我们学校" or "有个房间" names nothing a dispatcher can find.
 */
import { describe, expect, it } from "vitest";
import { alarmElementsMissing } from "../../engine/evaluate/alarm-call.ts";
import { buildContext } from "../../engine/evaluate/context.ts";
import { compiled, runPlay } from "../helpers.ts";
import { drill } from "./fixtures.ts";

const c = compiled("school-fire");
const r = runPlay(c, [], 7, 60_000);
const x = buildContext(c, r.events, r.state);
const lacksAddress = (text: string) => alarmElementsMissing(x, text).some((e) => e.zh === "地址");

describe("an alarm call that names a known place meets the address element", () => {
  it.each([
    ["the school by its short name", "120，第二实验小学有学生被烟呛了，派个车来。"],
    ["the school in full", "119，临江县第二实验小学着火了"],
    ["the building", "119，第二实验小学教学楼冒烟了"],
    ["a room of the scenario's site", "119，科学实验准备室着火了"],
    ["a road", "119，育才路小学着火了"],
  ])("%s: no 地址 missing", (_what, text) => {
    expect(lacksAddress(text)).toBe(false);
  });
  it("a call naming no place a dispatcher can find still lacks the address", () => {
    expect(lacksAddress("119，我们学校教学楼有个房间冒烟，自己灭不了，你们来看一下。")).toBe(true);
  });
  it("school poor play: the 120 call's finding no longer lists 地址 / the address; the 119 call's still does", () => {
    const d = drill("school-fire", "poor");
    const alarm = d.report.findings.filter((f) => f.code === "ALARM_INACCURATE");
    const to120 = alarm.find((f) => f.message.zh.includes("急救中心（120）报警"))!;
    const to119 = alarm.find((f) => f.message.zh.includes("消防救援大队报警"))!;
    expect(to120.message.zh).toContain("缺少报警要素：报警人姓名电话");
    expect(to120.message.zh).not.toContain("地址");
    expect(to120.message.en).not.toContain("the address");
    expect(to119.message.zh).toContain("地址");
  });
});
