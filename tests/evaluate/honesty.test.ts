/**
 * 谎报 versus 漏报伤亡 versus figures nobody could know yet (engine/evaluate/honesty.ts): the
 * sender is held to what it knew when it reported, never to the truth it had not been told.
 * 应急管理部令第14号 第三条: "故意不如实报告…伤亡人数和涉险人数…的，属于谎报" — below what it knew is untrue, as is
 * above it and the truth; "遗漏未报…伤亡人数" is 漏报. 瞒报 is an accident never reported (hidden-accident.test.ts).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { judgeHonesty } from "../../engine/evaluate/honesty.ts";
import type { EventOf } from "../../engine/model/events.ts";
import { cmd, compiled, runPlay, ms } from "../helpers.ts";
import { rubric } from "./fixtures.ts";

const c0 = (deaths = 0, seriousInjuries = 0, injured = 0, missing = 0) => ({ deaths, seriousInjuries, injured, missing });

describe("judgeHonesty", () => {
  it("accepts figures below the truth when the sender knew no more (快报事实)", () => {
    expect(judgeHonesty(c0(0, 0, 0), c0(0, 0, 0), c0(2, 5, 40)).honesty).toBe("ok");
    expect(judgeHonesty(c0(1, 2), c0(1, 2), c0(3, 12)).honesty).toBe("ok");
  });

  it("accepts an estimate above what the sender knew as long as it is within the truth", () => {
    expect(judgeHonesty(c0(2, 10), c0(1, 5), c0(3, 12)).honesty).toBe("ok");
  });

  it("calls a partial figure below what the sender knew untrue (谎报, 第14号令 第三条)", () => {
    expect(judgeHonesty(c0(1, 12), c0(3, 12), c0(3, 12))).toEqual({ honesty: "false", concealed: ["deaths"], falsified: [] });
  });

  it("calls no casualty figures at all not stated when the sender knew of none (issue 10 §7: blank fields are missing; 493号令 第十二条)", () => {
    expect(judgeHonesty(undefined, c0(), c0(3)).honesty).toBe("notStated");
  });

  it("calls casualty figures left out where the sender knew of some 漏报伤亡 (第14号令 第三条 遗漏未报…伤亡人数; review8 school item 8: the missing pupil the school knew of), and “unknown” of what it knew untrue (谎报)", () => {
    expect(judgeHonesty(undefined, c0(0, 0, 0, 1), c0())).toEqual({ honesty: "omitted", concealed: ["missing"], falsified: [] });
    expect(judgeHonesty({ ...c0(3), seriousInjuries: "unknown" }, c0(3, 12), c0(3, 12))).toEqual({ honesty: "false", concealed: ["seriousInjuries"], falsified: [] });
  });

  it("calls a flat denial (0 when it knew of some) and an invented figure (more than known and true) both false (谎报, 第14号令 第三条)", () => {
    // review15 mine 1: a report stating untrue casualty figures is 谎报, not 瞒报 (issue 4 had called it concealment)
    expect(judgeHonesty(c0(0, 12), c0(3, 12), c0(3, 12))).toEqual({ honesty: "false", concealed: ["deaths"], falsified: [] });
    expect(judgeHonesty(c0(10), c0(0), c0(3)).falsified).toEqual(["deaths"]);
  });

  // newcomer 18: the enterprise, told 「罐区有同事倒地」 (no figure), reported 重伤 1 and was charged 谎报; words that someone is
  // down say at least one person, who may be reported as 可能造成的伤亡 (493号令 第十二条（四）); ten dead on them is invented
  it("accepts one person beyond what was known and true when words said someone was down, not more, and never without such words", () => {
    expect(judgeHonesty(c0(0, 1), c0(), c0(), c0(), true).honesty).toBe("ok");
    expect(judgeHonesty(c0(0, 1), c0(), c0()).falsified).toEqual(["seriousInjuries"]);
    expect(judgeHonesty(c0(10), c0(), c0(), c0(), true).falsified).toEqual(["deaths"]);
    expect(judgeHonesty(c0(1, 1), c0(), c0(), c0(), true).falsified).toEqual(["seriousInjuries"]);
  });

  it("excuses people moved to a more severe category (the missing found dead), not to a milder one", () => {
    expect(judgeHonesty(c0(1, 0, 0, 0), c0(0, 0, 0, 1), c0(1)).honesty).toBe("ok");
    expect(judgeHonesty(c0(0, 15), c0(3, 12), c0(3, 15)).concealed).toEqual(["deaths"]);
  });
});

describe("honesty of reports in a run (chemical leak; the enterprise learns of 3 dead and 12 poisoned at 00:45)", () => {
  const c = compiled("chemical-leak");
  const report = (at: string, deaths: number, seriousInjuries: number) =>
    cmd(at, "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "临江化工", time: "9时20分", location: "罐区", scene: "泄漏", sequence: "法兰泄漏", casualties: { deaths, seriousInjuries, injured: 0, missing: 0 }, measures: ["撤离"] } }, 1);
  const judge = (at: string, deaths: number, serious: number) => {
    const r = runPlay(c, [report(at, deaths, serious)], 7, ms(at) + 1000);
    const rep = evaluate(c, r.events, r.state, rubric());
    const sent = r.events.find((e): e is EventOf<"reportSubmitted"> => e.type === "reportSubmitted")!;
    return { sent, codes: rep.findings.filter((f) => f.code === "REPORT_FALSE" || f.code === "REPORT_CONCEALED").map((f) => f.code) };
  };

  it("does not hold '0 hurt' against the enterprise at 00:20, when people were already hurt but it had not been told", () => {
    const { sent, codes } = judge("00:20:00", 0, 0);
    expect(sent.truth.injured + sent.truth.seriousInjuries).toBeGreaterThan(0);
    expect(sent.senderKnew).toEqual(c0());
    expect(codes).toEqual([]);
  });

  it("calls '0 dead' at 00:50, after it was told of 3 deaths, 谎报 (第14号令 第三条)", () => {
    const { sent, codes } = judge("00:50:00", 0, 12);
    expect(sent.senderKnew.deaths).toBe(3);
    expect(codes).toEqual(["REPORT_FALSE"]);
  });

  it("calls '1 dead' at 00:50 谎报", () => {
    expect(judge("00:50:00", 1, 12).codes).toEqual(["REPORT_FALSE"]);
  });

  it("accepts '3 dead, 12 poisoned' at 00:50", () => {
    expect(judge("00:50:00", 3, 12).codes).toEqual([]);
  });

  it("accepts '1 seriously injured' at 00:04:27, told only 「罐区有同事倒地」: the one person those words say, as an estimate (newcomer 18)", () => {
    const { sent, codes } = judge("00:04:27", 0, 1);
    expect(sent.senderKnew).toEqual(c0());
    expect(sent.truth.seriousInjuries).toBe(0);
    expect(codes).toEqual([]);
  });

  it("calls '10 dead' at 00:10 false: more than it knew and more than there were", () => {
    const { sent, codes } = judge("00:10:00", 10, 0);
    expect(sent.truth.deaths).toBeLessThan(10);
    expect(codes).toEqual(["REPORT_FALSE"]);
  });
});
