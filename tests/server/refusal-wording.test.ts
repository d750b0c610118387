/**
 * What a seat reads when the room refuses a command (review 8 items 2, 7, 8): the field and its
 * whole allowed range in plain words, like the room's own "倍速须在 0.5 到 60 之间", never zod's
 * jargon ("无效输入：期望 1", "数值过小：期望 number >0", "出现未知的键(key)"), never a coerced
 * value. Ranges from the play schema (engine/scenario/play-schema.ts): a casualty figure is a
 * whole number 0…100 000 or "unknown" (493号令 第十二条(四) counts people); a radius is >0 and
 * ≤ 100 000 m; a response level is 1–4 (Ⅰ级 highest).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LiveDrill } from "../../server/live/drill.ts";
import { checkCommand } from "../../server/live/intake.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import type { SeatCode } from "../../server/store/store.ts";

const YAML = readFileSync("scenarios/chemical-leak.yaml", "utf8");
const store = openSqliteStore(":memory:");
const { drill } = LiveDrill.create(store, { scenarioYaml: YAML, file: "chemical-leak.yaml", seed: 7, settings: { blindness: "DOUBLE_BLIND", speed: 1, bots: [] } });
const as = (seat: string): SeatCode => (seat === "director" ? { drillId: drill.id, kind: "director", seat } : { drillId: drill.id, kind: "seat", seat });
const reason = (seat: string, raw: unknown) => {
  const r = checkCommand(drill.c, as(seat), raw, 0);
  return r.ok ? "accepted" : r.reason;
};
const report = (casualties: Record<string, unknown>) => ({ type: "report", to: "eb", kind: "initial", mode: "oral", content: { scene: "现场", casualties } });
const FIGURE = "须为0到100000之间的整数（人），或“未知”（unknown）";

describe("a report's casualty figures (item 2)", () => {
  it("refuses -5, 2.5 and 1e9 with the figure named and its range, never coerced", () => {
    expect(reason("ent", report({ injured: -5 }))).toBe(`受伤人数：${FIGURE}`);
    expect(reason("ent", report({ seriousInjuries: 2.5 }))).toBe(`重伤人数：${FIGURE}`);
    expect(reason("ent", report({ deaths: 1e9 }))).toBe(`死亡人数：${FIGURE}`);
    expect(reason("ent", report({ deaths: 0, seriousInjuries: 100_000, injured: "unknown", missing: 3 }))).toBe("accepted");
  });

  it("a refused report is not logged: the log holds only what the person typed", () => {
    const r = drill.submit(as("ent"), "王", "fig-1", report({ deaths: 1e9, injured: -5 }));
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.rejection.code).toBe("badCommand");
    expect(store.log(drill.id)).toHaveLength(0);
  });
});

describe("the other field problems (item 7) and the director's refusal (item 8)", () => {
  it("words each like the good ones", () => {
    expect(reason("eb", { type: "activateResponse", level: 9 })).toBe("级别：须为Ⅰ到Ⅳ级（Ⅰ级最高）");
    expect(reason("town", { type: "evacuate", radiusM: -500 })).toBe("半径：须大于0米，且不超过100000米");
    expect(reason("fire", { type: "cordon", place: "j-park", radiusM: 1e12 })).toBe("半径：须大于0米，且不超过100000米");
    // an unknown key names the object it was found in: the report's content, or the command itself
    expect(reason("ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { deaths: 1, injured: 2 } })).toBe("报告内容：没有“deaths”、“injured”这样的项");
    expect(reason("fire", { type: "acknowledge", to: "eb", ref: "x" })).toBe("命令：没有“ref”这样的项");
    expect(reason("director", { type: "adHocInject", to: [], text: "问", spotQuestion: true })).toBe("接收单位：至少须选择1个");
    expect(reason("fire", { type: "message", to: [], text: "x" })).toBe("接收单位：至少须选择1个");
  });

  it("the director's refusal names 自由注入 (adHocInject) and has no space between Chinese characters", () => {
    const r = reason("director", { type: "dispatch", units: ["fire-1"], place: "j-park", task: "suppress" });
    expect(r).toBe("导调只下达情景注入、自由注入、结束演练；“调派”由各单位下达");
    expect(r).not.toContain("未知指令");
  });
});
