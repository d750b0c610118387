/**
 * `drill whatif --drop N` says why a drop moved no finding (newcomer leftover; issue 10 §11: whatif explains a change),
 * told only from the evaluator's data: the rules profile's linkage duties (which commands meet each) and the runs'
 * obligation events (when and by which command each duty was met).
 * Chemical poor play (scenarios/plays/chemical-leak.poor.yaml), seed 7, by hand:
 *   #12 01:20 the bureau's activateResponse. LNK-CHEM-EB (县应急管理局接报后牵头协调处置：启动响应、通知联动单位、组织专家)
 *   lists activateResponse among its actions, but the bureau met it at 00:58 with #10, its message to the linked
 *   agencies (late: its obligation fell due at 00:55:00). Dropped, the duty is still met by #10 at 00:58:
 *   nothing moves, and the reason is said.
 *   An added fire→police 「收到」 at 01:30 is no way of meeting any duty and moves no obligation: said to meet no judged duty.
 */
import { describe, expect, it } from "vitest";
import { run } from "../../engine/replay.ts";
import { applyChanges } from "../../engine/evaluate/whatif.ts";
import { droppedWhy } from "../../engine/evaluate/whatif-why.ts";
import { droppedLines } from "../../cli/whatif.ts";
import { formatClock } from "../../engine/model/time.ts";
import { cmd, compiled, playOf, SCENARIOS } from "../helpers.ts";

const c = compiled("chemical-leak");
const commands = playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`);
const base = run(c, 7, commands);
const order = (k: { by: string; type: string }) => `${k.by} ${k.type}`;

describe("whatif --drop 12 (the bureau's response activation) on the chemical poor play says why nothing moved", () => {
  const ch = [{ type: "drop" as const, index: 12 }];
  const notes = droppedWhy(c, commands, ch, base.events, run(c, 7, applyChanges(commands, ch)).events);
  it("the duty it could meet (LNK-CHEM-EB) was met by #10 at 00:58, late, in both runs", () => {
    expect(commands[11]!.type).toBe("activateResponse");
    expect(notes).toEqual([{ index: 12, moved: [], duties: [{ id: "LNK-CHEM-EB:act:eb", text: expect.anything(), met: { by: 10, at: 58 * 60_000, late: true }, variantMet: { by: 10, at: 58 * 60_000, late: true } }] }]);
  });
  it("in words, zh and en", () => {
    const zh = droppedLines(notes, commands, order, true);
    expect(zh).toEqual([`  无问题增减：#12 可履行职责「县应急管理局接报后牵头协调处置：启动响应、通知联动单位、组织专家」，该职责原于 00:58:00 由 #10 ${formatClock(commands[9]!.at)} eb message 履行（迟），删除后于 00:58:00 由 #10 00:58:00 eb message 履行（迟）`]);
    expect(droppedLines(notes, commands, order, false)[0]).toContain("#12 is a way of meeting “The county emergency bureau leads the response on receipt");
  });
});

describe("a command no duty judges is said to meet no judged duty", () => {
  const play = [...commands, cmd("01:30:00", "fire", { type: "message", to: ["police"], text: "收到" }, 999)];
  const ch = [{ type: "drop" as const, index: play.length }];
  const notes = droppedWhy(c, play, ch, run(c, 7, play).events, run(c, 7, applyChanges(play, ch)).events);
  it("no duty, nothing moved, and the line says so", () => {
    expect(notes).toEqual([{ index: play.length, duties: [], moved: [] }]);
    expect(droppedLines(notes, play, order, true)[0]).toContain("本指令不履行任何受评判的职责");
    expect(droppedLines(notes, play, order, false)[0]).toContain("the command meets no judged duty");
  });
});
