/**
 * How an alarm call's address is recognised (review19 school, the poor play's 120 call 「120，第二实验小学有学生被烟呛了，
 * 派个车来。」 charged with 缺少报警要素：地址 though it named the school): the public 报火警须知 asks for 详细地址 so the
 * dispatcher knows where to send; a call naming a place the scenario knows — the school, a building, a room — tells it.
 * A road or a house number still does; "我们学校" or "有个房间" names nothing a dispatcher can find. The same check is
 * every report's 地点 (493号令 第十二条): a blank 地点 is met when another field names a known place.
 */
import { describe, expect, it } from "vitest";
import { alarmElementsMissing } from "../../engine/evaluate/alarm-call.ts";
import { buildContext } from "../../engine/evaluate/context.ts";
import { missingReportFields } from "../../engine/rules/report-fields.ts";
import { compiled, runPlay } from "../helpers.ts";
import { drill } from "./fixtures.ts";

const c = compiled("school-fire");
const r = runPlay(c, [], 7, 60_000);
const x = buildContext(c, r.events, r.state);
const lacksAddress = (text: string) => alarmElementsMissing(x, text, "fire").some((e) => e.zh === "地址");

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

describe("a report's 地点 (493号令 第十二条) is met by a known place named in another field", () => {
  const chem = compiled("chemical-leak");
  const base = { unit: "临江化工", time: "9时20分", sequence: "出料阀法兰垫片破损", measures: ["启动预案"], casualties: { deaths: 0 } };
  it("a scene naming the tank's place (液氯储罐 V-101, a place of the map) or the enterprise in full meets it", () => {
    const tank = chem.scenario.map.places.find((p) => p.id === "tank-v101")!.name.zh;
    expect(missingReportFields({ ...base, scene: `${tank}法兰泄漏` }, chem)).not.toContain("location");
    expect(missingReportFields({ ...base, unit: "临江化工有限公司", scene: "法兰泄漏" }, chem)).not.toContain("location");
  });
  it("a report naming no place the scenario knows still lacks it (临江化工 alone is no name of the map)", () => {
    expect(missingReportFields({ ...base, scene: "厂里法兰泄漏" }, chem)).toContain("location");
  });
  it("the school's report naming the school and the room meets it", () => {
    expect(missingReportFields({ unit: "临江县第二实验小学", scene: "科学实验准备室起火" }, c)).not.toContain("location");
  });
});
