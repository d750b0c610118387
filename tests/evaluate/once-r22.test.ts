/**
 * Newcomer r22, two verdict-consistency faults (issue 10: blame the agency that failed, each fault once).
 *
 * 1. A consequence (「随 Fx」: deducted under another finding) named in its 单位 column an agency its root does not charge.
 *    The newcomer's live chemical drill (tests/evaluate/plays/chem-r22-coseat.yaml, seed 7): 627 people over AEGL-2 on
 *    临江化工有限公司, 随 the preventable-harm row, which says a replay with F6 corrected harms no fewer, so the harm is
 *    「不归于任何单一单位」 (单位 "—"). A reader saw the enterprise charged in one row and cleared in the next. Rule, read off
 *    the printed 单位 column (cli/report/text.ts findingAgencyText, "A、B" or "A、B（共同）", "—" for none): every 随 Fx
 *    row's agencies ⊆ Fx's; "—" on Fx is mirrored. Walked over the six shipped plays and variants.
 * 2. Two people on the brigade's one seat (README: a seat may be shared) each sent 防化二组 (hz-chem2) to V-101 for 洗消
 *    at 00:15:19; the engine refused the second as busy and the evaluator charged 指令无效 (0.33 = 1 × 30 / 91). An order
 *    that only repeats one in effect from the same seat (same unit, place, task; the first accepted) asks nothing not
 *    being done: the engine now refuses it as `alreadyOrdered`, which rejections.ts does not charge. A refused order of a
 *    busy unit for another task (`unitBusy`) still is 指令无效.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { findingAgencyText } from "../../cli/report/text.ts";
import { cmd, playOf, runPlay } from "../helpers.ts";
import { chem, judge } from "./chem-variant.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

/** The 单位 cell as printed, as a set of agency names ("—" → none; "（共同）" or "（F45 所致部分）" dropped). */
function column(r: ReportModel, id: string): string[] {
  const zh = findingAgencyText(r, r.findings.find((f) => f.id === id)!).zh.replace(/（(共同|[^（）]* 所致部分)）$/, "");
  return zh === "—" ? [] : zh.split("、");
}

/** Each 随 Fx row whose 单位 names an agency Fx does not: "F11 临江化工有限公司 ⊄ F19 []". */
function strays(r: ReportModel): string[] {
  return r.findings.filter((f) => f.causedBy !== undefined).flatMap((f) => {
    const theirs = column(r, f.causedBy!);
    const off = column(r, f.id).filter((a) => !theirs.includes(a));
    return off.length > 0 ? [`${f.id} ${off.join("、")} ⊄ ${f.causedBy} [${theirs.join("、")}]`] : [];
  });
}

const coseat = judge(playOf(chem, "tests/evaluate/plays/chem-r22-coseat.yaml"));

describe("newcomer r22 (1): a 随 Fx row names only the agencies Fx charges", () => {
  for (const id of ["chemical-leak", "mine-flood", "school-fire"]) {
    for (const which of ["good", "poor"] as const) {
      it(`${id} ${which}: every 随 Fx row ⊆ Fx's 单位`, () => {
        expect(strays(drill(id, which).report)).toEqual([]);
      });
    }
  }

  it("the newcomer's live drill and the late-relay variant: every 随 Fx row ⊆ Fx's 单位", () => {
    expect(strays(coseat)).toEqual([]);
    expect(strays(judge(playOf(chem, "tests/evaluate/plays/chem-r22-eb-acts.yaml")))).toEqual([]);
  });

  it("the 627 over AEGL-2 follow a harm on no single agency: its 单位 is '—' too, and it says why, naming the enterprise", () => {
    const exposed = coseat.findings.find((f) => f.code === "OUTCOME_EXPOSED_AEGL2")!;
    const root = coseat.findings.find((f) => f.id === exposed.causedBy)!;
    // the root: the preventable harm, no correction replayed reduces it → on no agency ("—"), no shares
    expect(root.code).toBe("OUTCOME_PREVENTABLE_HARM");
    expect(root.message.zh).toContain("不归于任何单一单位");
    expect(column(coseat, root.id)).toEqual([]);
    expect(exposed.message.zh).toContain("627 人的毒性负荷超过 AEGL-2");
    expect(column(coseat, exposed.id)).toEqual([]);
    expect(exposed.message.zh).toContain(`本条随 ${root.id} 计分，${root.id} 不归于任何单一单位，本条亦不归于临江化工有限公司`);
    expect(exposed.points).toBe(0);
  });
});

describe("newcomer r22 (2): a co-seat's repeat of an order in effect is not 指令无效", () => {
  // hz-chem2 (防化二组): turn-out 60 s (scenario), so at 00:15:05 it is still turning out on the 00:15:00 order
  const first = cmd("00:15:00", "fire", { type: "dispatch", units: ["hz-chem2"], place: "tank-v101", task: "decontaminate" }, 1);
  const judged = (second: ReturnType<typeof cmd>) => {
    const commands = [first, second];
    const r = runPlay(chem, commands, 7);
    return { events: r.events, report: evaluate(chem, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", chem)) };
  };
  const refusedOrders = (rep: ReportModel) => rep.findings.filter((f) => f.code === "COMMAND_REJECTED");

  it("the same dispatch 5 s later from the same seat: refused as a repeat, no finding", () => {
    const { events, report } = judged(cmd("00:15:05", "fire", { type: "dispatch", units: ["hz-chem2"], place: "tank-v101", task: "decontaminate" }, 2));
    expect(events.filter((e) => e.type === "rejected").map((e) => e.type === "rejected" && e.code)).toEqual(["alreadyOrdered"]);
    expect(events.filter((e) => e.type === "unitDispatched").length).toBe(1);
    expect(refusedOrders(report)).toEqual([]);
  });

  it("the busy unit ordered 5 s later to another task (堵漏, not 洗消): refused as busy, still 指令无效 on the brigade", () => {
    const { events, report } = judged(cmd("00:15:05", "fire", { type: "dispatch", units: ["hz-chem2"], place: "tank-v101", task: "plugLeak" }, 2));
    expect(events.filter((e) => e.type === "rejected").map((e) => e.type === "rejected" && e.code)).toEqual(["unitBusy"]);
    expect(refusedOrders(report).map((f) => [f.agency, f.ruleId])).toEqual([["fire", "REJECT-unitBusy"]]);
  });

  it("the newcomer's two 00:15:19 dispatches of 防化二组: no 指令无效 in the live drill", () => {
    expect(refusedOrders(coseat)).toEqual([]);
  });
});
