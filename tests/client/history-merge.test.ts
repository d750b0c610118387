/**
 * Newcomer 21 item 4: in a new browser the fire seat read 尚未下达命令 though its dispatch was logged as #8. The
 * room's `history` (the seat's commands from the log) fills the console's list: a command this browser never saw
 * shows acknowledged with its log number, before this browser's own; one this browser still waits on is answered;
 * one the engine refused stays refused.
 */
import { describe, expect, it } from "vitest";
import { mergeHistory } from "../../client/net/history.ts";
import type { CommandEntry } from "../../client/net/session.ts";

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
