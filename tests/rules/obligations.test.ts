/**
 * Reporting obligations at their boundaries, with the county default profile: a report at
 * 29:59 meets a 30-minute deadline, at 30:01 it is late; the re-grade to 较大 opens the
 * 30-minute oral report (CTY-02) counted from the re-grade.
 */
import { describe, expect, it } from "vitest";
import type { Obligation } from "../../engine/model/state.ts";
import { formatClock } from "../../engine/model/time.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";

const c = compiled("chemical-leak");
const END = ms("01:40:00");
const report = (at: string, mode: "oral" | "written", kind: "initial" | "followUp" = "initial", seq = 1) =>
  cmd(at, "eb", { type: "report", to: "duty", kind, mode, content: { unit: "临江化工", time: "09:40", location: "V-101", scene: "氯气泄漏", sequence: "法兰泄漏", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, measures: ["疏散"] } }, seq);

function obligation(list: Obligation[], id: string): Obligation {
  const o = list.find((x) => x.id === id);
  if (!o) throw new Error(`no obligation ${id}; have ${list.map((x) => x.id).join(", ")}`);
  return o;
}

describe("CTY-01: a 一般 incident is reported to the county duty office within 60 minutes of occurrence", () => {
  it("opens at the occurrence with a deadline of 01:00:00", () => {
    const o = obligation(runPlay(c, [], 7, ms("00:00:05")).state.obligations, "CTY-01:eb>duty");
    expect([o.openedAtMs, o.deadlineMs, o.status]).toEqual([0, ms("01:00:00"), "open"]);
  });

  it("a report at 00:59:59 is on time, at 01:00:00 still on time, at 01:00:01 late", () => {
    for (const [at, status] of [["00:59:59", "met"], ["01:00:00", "met"], ["01:00:01", "late"]] as const) {
      const o = obligation(runPlay(c, [report(at, "oral")], 7, END).state.obligations, "CTY-01:eb>duty");
      expect({ at, status: o.status, metAt: formatClock(o.metAtMs!) }).toEqual({ at, status, metAt: at });
    }
  });

  it("is missed when nobody reports, and the miss is an event at the first tick past the deadline", () => {
    const r = runPlay(c, [], 7, END);
    expect(obligation(r.state.obligations, "CTY-01:eb>duty").status).toBe("missed");
    const missed = r.events.find((e) => e.type === "obligationMissed" && e.id === "CTY-01:eb>duty");
    expect(missed?.at).toBe(ms("01:00:01"));
  });
});

describe("CTY-02: the re-grade to 较大 opens a 30-minute oral and a 60-minute written report", () => {
  // The scenario's casualty inject at 00:45:00 puts 3 deaths on the plant workers: 较大 by deaths (493号令 第三条).
  const regradeAt = ms("00:45:00");

  it("re-grades from 一般 to 较大 at the casualty inject, by deaths", () => {
    const r = runPlay(c, [], 7, END);
    const g = r.events.find((e) => e.type === "gradeChanged");
    expect(g).toMatchObject({ at: regradeAt, from: 4, to: 3, criterion: "deaths" });
  });

  it("opens CTY-02-oral at the re-grade, due 30 minutes later", () => {
    const o = obligation(runPlay(c, [], 7, END).state.obligations, "CTY-02-oral:eb>duty");
    expect([formatClock(o.openedAtMs), formatClock(o.deadlineMs)]).toEqual(["00:45:00", "01:15:00"]);
    const w = obligation(runPlay(c, [], 7, END).state.obligations, "CTY-02-written:eb>duty");
    expect(formatClock(w.deadlineMs)).toBe("01:45:00");
  });

  it("an oral report 29:59 after the re-grade meets it; 30:01 after is late", () => {
    const onTime = obligation(runPlay(c, [report("01:14:59", "oral", "followUp")], 7, END).state.obligations, "CTY-02-oral:eb>duty");
    const late = obligation(runPlay(c, [report("01:15:01", "oral", "followUp")], 7, END).state.obligations, "CTY-02-oral:eb>duty");
    expect(onTime.status).toBe("met");
    expect(late.status).toBe("late");
  });

  it("a written report does not meet the oral obligation, and an oral one does not meet the written", () => {
    const r = runPlay(c, [report("01:00:00", "written", "followUp")], 7, END).state.obligations;
    expect(obligation(r, "CTY-02-oral:eb>duty").status).toBe("missed");
    expect(obligation(r, "CTY-02-written:eb>duty").status).toBe("met");
  });

  it("a report sent before the re-grade does not count for the re-grade's obligation", () => {
    const r = runPlay(c, [report("00:20:00", "oral")], 7, END).state.obligations;
    expect(obligation(r, "CTY-01:eb>duty").status).toBe("met");
    expect(obligation(r, "CTY-02-oral:eb>duty").status).toBe("missed");
  });
});

describe("receipt-clocked and linkage obligations", () => {
  // 危化条例 第七十一条: 立即, this county's 10 min (review N4); 493号令 第九条's 1 h is the mine's (RPT-ENT-02), not a second clock here
  it("the enterprise's 10-minute report to the emergency bureau (危化条例 第七十一条) counts from when it learnt of the leak", () => {
    const r = runPlay(c, [], 7, ms("00:10:00"));
    const o = obligation(r.state.obligations, "RPT-ENT-CHEM-EB:ent>eb");
    // the worker's radio alarm reaches the enterprise at 00:00:00
    expect([o.openedAtMs, o.deadlineMs]).toEqual([0, ms("00:10:00")]);
    expect(r.state.obligations.filter((x) => x.agency === "ent" && x.to === "eb").map((x) => x.ruleId)).toEqual(["RPT-ENT-CHEM-EB"]);
  });

  it("a notified agency owes its first required action; acting in time meets it (联动)", () => {
    const play = [
      cmd("00:03:00", "ent", { type: "message", to: ["fire"], text: "119：V-101氯气泄漏", channel: "phone" }, 1),
      cmd("00:04:00", "fire", { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" }, 2),
    ];
    const r = runPlay(c, play, 7, ms("00:30:00"));
    const notified = r.state.obligations.find((o) => o.kind === "notified" && o.agency === "fire")!;
    const act = r.state.obligations.find((o) => o.kind === "act" && o.agency === "fire")!;
    expect(notified.status).toBe("met");
    expect(act.openedAtMs).toBe(ms("00:03:00"));
    expect(act.status).toBe("met");
    expect(act.metAtMs).toBe(ms("00:04:00"));
  });

  it("an agency that acted on its own before being told has met its duty to act when the notice arrives", () => {
    const play = [
      cmd("00:01:00", "fire", { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" }, 1),
      cmd("00:03:00", "ent", { type: "message", to: ["fire"], text: "119：V-101氯气泄漏", channel: "phone" }, 2),
    ];
    const act = runPlay(c, play, 7, ms("00:30:00")).state.obligations.find((o) => o.kind === "act" && o.agency === "fire")!;
    expect([act.status, act.openedAtMs, act.metAtMs]).toEqual(["met", ms("00:03:00"), ms("00:03:00")]);
  });

  // the label of an act that met a duty when it opened says when the act came (review r16: the 120 told at 00:04:30 and
  // sending its ambulances on the tick its treatment duty opened read "acted before being told"); the first injury in this
  // scenario comes at 00:05:30 (the good play's 120 duty opens then)
  it("an earlier act is labelled 'before being told' only when it came before the notice", () => {
    const byEvent = (play: ReturnType<typeof cmd>[]) => {
      const e = runPlay(c, play, 7, ms("00:30:00")).events.find((x) => x.type === "obligationMet" && x.id === "LNK-CHEM-HEALTH:act:health");
      return e?.type === "obligationMet" ? [e.at, e.byEvent] : undefined;
    };
    const told = (at: string, seq: number) => cmd(at, "ent", { type: "message", to: ["health"], text: "120：V-101液氯泄漏，有员工吸入氯气倒地", channel: "phone" }, seq);
    const send = (at: string, seq: number) => cmd(at, "health", { type: "dispatch", units: ["amb-1"], place: "plant", task: "treat" }, seq);
    expect(byEvent([send("00:01:00", 1), told("00:02:00", 2)])).toEqual([ms("00:05:30"), "acted before being told (dispatch treat)"]);
    expect(byEvent([told("00:02:00", 1), send("00:03:00", 2)])).toEqual([ms("00:05:30"), "acted before the duty arose (dispatch treat)"]);
    expect(byEvent([told("00:02:00", 1), send("00:05:30", 2)])).toEqual([ms("00:05:30"), "dispatch treat"]);
  });
});
