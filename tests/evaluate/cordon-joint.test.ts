/**
 * Review r15 chemical 5: the missing 600 m cordon (ERG 2024 表3 氯 大量泄漏初始隔离距离) was charged to the police alone,
 * though three fire appliances were at V-101 from 00:17:36. Both owe it (domain.md §5.2: the fire commander may set the
 * 警戒区, 消防法 第四十五条; the police set up the cordon, the city plan): one fault, one deduction, named on each holder
 * that knew and let its own deadline pass (the ERG distances cover the first 30 minutes, counted from each holder's
 * receipt: police 110 call 00:11 → 00:41; brigade's 119 call 00:12 → 00:42).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";

const MIN = 60_000;

describe("chemical poor play: the cordon nobody set is on the police and the brigade at the tank", () => {
  const { report } = drill("chemical-leak", "poor");
  const f = report.findings.find((x) => x.code === "CORDON_LATE")!;
  it("one finding, the police first (due 00:41), the brigade jointly (due 00:42, at the source from 00:17:36), 3 rubric points once", () => {
    expect(report.findings.filter((x) => x.code === "CORDON_LATE")).toHaveLength(1);
    expect(f.agency).toBe("police");
    expect(f.jointly).toEqual(["fire"]);
    expect(f.dueMs).toBe(41 * MIN);
    expect(f.rubricPoints).toBe(3);
    expect(f.message.zh).toContain("共同负有警戒职责的临江县公安局（时限 00:41:00，00:11:00 获知起算）、临江县消防救援大队（时限 00:42:00，00:12:00 获知起算；00:17:36 已到达泄漏源）均未按时设置");
    expect(f.basis).toContain("消防法 第四十五条");
    expect(f.basis).toContain("危险化学品安全管理条例 第七十二条");
  });
  it("the advice on the cordon goes to both", () => {
    const advice = report.recommendations.find((r) => r.codes.includes("CORDON_LATE"))!;
    expect(advice.agencies).toEqual(expect.arrayContaining(["police", "fire"]));
  });
});

describe("variants of the poor play", () => {
  const c = compiled("chemical-leak");
  const judge = (extra: Array<Record<string, unknown>>) => {
    const poor = playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`);
    let seq = Math.max(...poor.map((k) => k.seq));
    const commands = [...poor, ...extra.map((e) => ({ ...e, at: ms(e.at as string), seq: ++seq }) as unknown as Command)].sort((a, b) => a.at - b.at || a.seq - b.seq);
    const r = runKeepingReference(c, 7, commands, bestPlay("chemical-leak", c));
    return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c), { commands });
  };
  it("the brigade's commander sets the 600 m cordon at 00:20 (review15 v13): no cordon finding on anyone", () => {
    const rep = judge([{ at: "00:20:00", by: "fire", type: "cordon", place: "tank-v101", radiusM: 600 }]);
    expect(rep.findings.filter((x) => x.code === "CORDON_LATE")).toEqual([]);
  });
  it("set at 00:41:30, after the police's 00:41 but within the brigade's 00:42: late on the police alone", () => {
    const rep = judge([{ at: "00:41:30", by: "fire", type: "cordon", place: "tank-v101", radiusM: 600 }]);
    const f = rep.findings.filter((x) => x.code === "CORDON_LATE");
    expect(f).toHaveLength(1);
    expect(f[0]!.agency).toBe("police");
    expect(f[0]!.jointly).toBeUndefined();
  });
});

describe("small play: the brigade told first (119 at 00:02), the police by the villager's 110 call (00:11), nobody sets a cordon", () => {
  it("the cordon is on the brigade first, due 00:32 (00:02 + 30 min), the police jointly (00:41)", () => {
    const d = small("chemical-leak", [["00:02:00", "ent", { type: "message", to: ["fire"], channel: "phone", text: "119，液氯泄漏，有人倒地" }]], 60 * MIN);
    const f = d.of("CORDON_LATE");
    expect(f).toHaveLength(1);
    expect(f[0]!.agency).toBe("fire");
    expect(f[0]!.jointly).toEqual(["police"]);
    expect(f[0]!.dueMs).toBe(32 * MIN);
    expect(f[0]!.message.zh).toContain("临江县消防救援大队（时限 00:32:00，00:02:00 获知起算");
  });
});
