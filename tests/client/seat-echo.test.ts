/**
 * Newcomer 22 #3, the console's side: a command of this seat logged from another browser (the room's `logged` echo)
 * joins the list at once as the newest, acknowledged with its log number (#20), so the 最新指令 strip shows it; this
 * browser's own waiting command the echo names turns acknowledged, and an entry already listed is not listed twice.
 */
import { describe, expect, it } from "vitest";
import { mergeLogged } from "../../client/net/logged.ts";
import type { CommandEntry } from "../../client/net/session.ts";

const dispatch = { type: "dispatch", units: ["hz-e1"], place: "tank-v101", task: "suppression" };
const mine: CommandEntry[] = [
  { id: "b-1", command: { type: "message", to: ["police"], text: "x" }, createdAt: 1, status: { state: "acked", seq: 18, atMs: 60_000 } },
  { id: "b-2", command: { type: "acknowledge", to: "ent" }, createdAt: 2, status: { state: "pending" } },
];

describe("mergeLogged", () => {
  it("appends the colleague's #20 as the newest entry, acknowledged", () => {
    const out = mergeLogged(mine, { commands: [{ id: "a-7", seq: 20, atMs: 120_000, command: dispatch }] });
    expect(out.map((e) => e.id)).toEqual(["b-1", "b-2", "a-7"]);
    expect(out.at(-1)!.status).toEqual({ state: "acked", seq: 20, atMs: 120_000 });
    expect(out.at(-1)!.command).toEqual(dispatch);
  });
  it("marks this browser's own waiting command acknowledged; an echo seen before is not added again", () => {
    const once = mergeLogged(mine, { commands: [{ id: "b-2", seq: 19, atMs: 90_000, command: { type: "acknowledge", to: "ent" } }] });
    expect(once.map((e) => [e.id, e.status.state])).toEqual([["b-1", "acked"], ["b-2", "acked"]]);
    const twice = mergeLogged(mergeLogged(mine, { commands: [{ id: "a-7", seq: 20, atMs: 120_000, command: dispatch }] }), { commands: [{ id: "a-7", seq: 20, atMs: 120_000, command: dispatch }] });
    expect(twice.filter((e) => e.id === "a-7")).toHaveLength(1);
  });
});
