// @vitest-environment happy-dom
/**
 * Newcomer 21 item 4: in a new browser the fire seat read 尚未下达命令 though its dispatch was logged as #8. The
 * room's `history` (the seat's commands from the log) fills the console's list: a command this browser never saw
 * shows acknowledged with its log number, before this browser's own; one this browser still waits on is answered;
 * one the engine refused stays refused.
 */
import { describe, expect, it } from "vitest";
import { mergeHistory } from "../../client/net/history.ts";
import type { CommandEntry } from "../../client/net/session.ts";
import { setLang } from "../../client/i18n/index.ts";
import { mount } from "./forms-dom.ts";

const dispatch = { type: "dispatch", units: ["fire-e1"], to: "tank-farm", task: "coolTank" };

describe("merging the room's history", () => {
  it("a new browser lists the seat's logged dispatch as ✔ #8, not nothing", () => {
    const list = mergeHistory([], { commands: [{ id: "abc-1", seq: 8, atMs: 300_000, command: dispatch }] });
    expect(list).toEqual([{ id: "abc-1", command: dispatch, createdAt: 0, status: { state: "acked", seq: 8, atMs: 300_000 } }]);
  });

  it("keeps this browser's entries after the logged ones it did not know, answers one still waiting, leaves a refusal", () => {
    const mine: CommandEntry[] = [
      { id: "me-1", command: { type: "message" }, createdAt: 5, status: { state: "pending" } },
      { id: "me-2", command: { type: "report" }, createdAt: 6, status: { state: "rejected", code: "unitBusy", reason: "busy" } },
      { id: "me-3", command: { type: "message" }, createdAt: 7, status: { state: "queued" } },
    ];
    const list = mergeHistory(mine, { commands: [
      { id: "other-1", seq: 3, atMs: 60_000, command: dispatch },
      { id: "me-1", seq: 9, atMs: 310_000, command: { type: "message" } },
      { id: "me-2", seq: 10, atMs: 320_000, command: { type: "report" } },
    ] });
    expect(list.map((e) => [e.id, e.status.state, "seq" in e.status ? e.status.seq : undefined])).toEqual([
      ["other-1", "acked", 3], ["me-1", "acked", 9], ["me-2", "rejected", undefined], ["me-3", "queued", undefined],
    ]);
  });
});

/**
 * Round 22 item 1: the engine refused the seat's second dispatch of hz-e1 at its tick (unitBusy: already on a task);
 * the seat saw ✖ live, but a person rejoining in a new browser read ✔ 已记录 #9. The history now carries the engine's
 * verdict (server/live/history.ts `refused`), and the console says 被拒绝 with the reason.
 */
describe("a command the engine refused, in the room's history", () => {
  const again = { type: "dispatch", units: ["fire-e1"], to: "village", task: "rescue" };
  const history = { commands: [
    { id: "abc-1", seq: 8, atMs: 300_000, command: dispatch },
    { id: "abc-2", seq: 9, atMs: 360_000, command: again, refused: { code: "unitBusy", reason: "特勤站水罐车正在前往，须等其到达或返回" } },
  ] };

  it("reads refused in a new browser, and in a browser that only saw its ack", () => {
    expect(mergeHistory([], history).map((e) => e.status.state)).toEqual(["acked", "rejected"]);
    const seen: CommandEntry[] = [{ id: "abc-2", command: again, createdAt: 1, status: { state: "acked", seq: 9, atMs: 360_000 } }];
    expect(mergeHistory(seen, history).find((e) => e.id === "abc-2")!.status).toEqual({ state: "rejected", code: "unitBusy", reason: "特勤站水罐车正在前往，须等其到达或返回" });
  });

  it("shows 被拒绝 with the reason in the console's list, not ✔", async () => {
    setLang("zh");
    const root = await mount("CommandLog.tsx", "CommandLog", { commands: mergeHistory([], history) });
    const refused = root.querySelector('[data-id="abc-2"]')!;
    expect(refused.getAttribute("data-state")).toBe("rejected");
    expect(refused.textContent).toContain("✖ 被拒绝：力量正在执行任务");
    expect(refused.textContent).not.toContain("✔");
    expect(root.querySelector('[data-id="abc-1"]')!.textContent).toContain("✔ 已记录 #8");
  });
});
