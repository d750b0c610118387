/**
 * An evaluator's observation sent twice reaches the report once (round 29: an observation carried no id, so a send
 * retried after a dropped connection, or a double submit past the form's guard, was stored twice and showed twice in
 * the report). Every observation now carries a client-made id; the server stores it once per (drill, seat, id) and
 * answers a re-send with the first answer, not a refusal: sent twice, after a reconnect, and after a restart of the
 * server once the first was stored. A malformed id is refused, with a reason, to its sender only; an id re-used for a
 * different observation is refused. The director's `end` message carries an id too, and a re-sent end is acked alike.
 */
import { rmSync } from "node:fs";
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AckMessage } from "../../protocol/messages.ts";
import { handle, type Reply, type Session } from "../../server/live/console.ts";
import { recoverDrills } from "../../server/live/recover.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import { chemicalOnFile, collect, fourInRoom, startServer, until, type Created, type Harness, type Refusal } from "./harness.ts";

const seen = { section: "linkage", agency: "fire", rating: "met", seen: "防化组2分钟内出动", why: "符合接警即出动要求" };

let h: Harness;
let d: Created;
let evaluator: SDKRoom, director: SDKRoom;
let answers: unknown[];
let refused: Refusal[];
let directorRefused: Refusal[];
beforeAll(async () => {
  h = await startServer();
  ({ d, evaluator, director } = await fourInRoom(h));
  answers = collect(evaluator, "observation");
  refused = collect<Refusal>(evaluator, "rejected");
  directorRefused = collect<Refusal>(director, "rejected");
});
afterAll(async () => {
  await h.close();
});

describe("an observation sent twice over the room", () => {
  it("is stored once and answered twice alike", async () => {
    const body = { id: "obs-twice", atMs: 0, ...seen };
    evaluator.send("observation", body);
    evaluator.send("observation", body);
    await until(() => answers.length === 2, 5000, "two answers");
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ id: "obs-twice", atMs: 0, evaluator: "评估组", seen: seen.seen });
    expect(refused).toEqual([]);
    expect(h.ctx.store.observations(d.id).filter((o) => o.seen === seen.seen)).toHaveLength(1);
  });

  it("is stored once when re-sent after the connection dropped and came back", async () => {
    const before = answers.length;
    const body = { id: "obs-reconnect", ...seen, seen: "警戒区设置及时" };
    evaluator.send("observation", body);
    await until(() => answers.length === before + 1, 5000, "first answer");
    // the socket drops; the SDK reconnects to the same session, and the client sends again with the same id
    const r = evaluator as unknown as { reconnection: { minUptime: number; minDelay: number } };
    r.reconnection.minUptime = 0;
    r.reconnection.minDelay = 50;
    const back = new Promise<void>((ok) => evaluator.onReconnect(() => ok()));
    (evaluator.connection.transport as unknown as { ws: { close(): void } }).ws.close();
    await back;
    evaluator.send("observation", body);
    await until(() => answers.length === before + 2, 5000, "answer after the reconnect");
    expect(answers[before + 1]).toEqual(answers[before]);
    // sent without a time, it was timed by the server when first stored, and the re-send answers that same time
    expect(answers[before]).toMatchObject({ id: "obs-reconnect", atMs: 0 });
    expect(h.ctx.store.observations(d.id).filter((o) => o.seen === "警戒区设置及时")).toHaveLength(1);
    expect(refused).toEqual([]);
  });

  it("a malformed id is refused with a reason to its sender only, and nothing is stored", async () => {
    const count = h.ctx.store.observations(d.id).length;
    evaluator.send("observation", { id: "坏 编号", ...seen });
    evaluator.send("observation", { id: "x".repeat(65), ...seen });
    evaluator.send("observation", { ...seen });
    await until(() => refused.length === 3, 5000, "three refusals");
    for (const r of refused) expect(r).toMatchObject({ type: "observation", code: "badMessage", reason: expect.stringContaining("记录编号") });
    expect(refused.map((r) => r.id)).toEqual(["坏 编号", "x".repeat(64), ""]);
    expect(h.ctx.store.observations(d.id)).toHaveLength(count);
    expect(directorRefused).toEqual([]);
    refused.length = 0;
  });

  it("an id re-used for a different observation is refused, and the first stays as it was", async () => {
    evaluator.send("observation", { id: "obs-twice", atMs: 0, ...seen, rating: "notMet" });
    await until(() => refused.length === 1, 5000, "refusal");
    expect(refused[0]).toMatchObject({ id: "obs-twice", type: "observation", code: "idReused", reason: "此记录编号已用于另一条观察记录，此记录未被保存；请重新保存", params: { key: "observationIdReused" } });
    expect(h.ctx.store.observations(d.id).filter((o) => o.id === "obs-twice").map((o) => o.rating)).toEqual(["met"]);
    refused.length = 0;
  });

  it("the director's end without an id is refused; sent twice with one, it ends the drill once and is acked alike", async () => {
    const acks = collect<AckMessage>(director, "ack");
    director.send("end", { reason: "演练结束" });
    await until(() => directorRefused.length === 1, 5000, "refusal of an end without an id");
    expect(directorRefused[0]).toMatchObject({ id: "", type: "end", code: "badMessage" });
    expect(h.ctx.drills.get(d.id)!.state.ended).toBe(false);
    directorRefused.length = 0;
    director.send("end", { id: "end-twice", reason: "演练结束" });
    director.send("end", { id: "end-twice", reason: "演练结束" });
    await until(() => acks.length === 2, 5000, "two acks");
    expect(acks[1]).toEqual(acks[0]);
    expect(h.ctx.store.log(d.id).filter((r) => r.command.type === "end")).toHaveLength(1);
    expect(directorRefused).toEqual([]);
  });
});

describe("an observation re-sent after the server restarted", () => {
  const onFile = chemicalOnFile("lianyan-obs-");
  afterAll(() => rmSync(onFile.dir, { recursive: true, force: true }));

  it("is answered as the first was, from the file, and not stored again", async () => {
    const { file, store, drill } = onFile;
    const as: Session = { seat: { drillId: drill.id, kind: "evaluator", seat: "evaluator" }, name: "评估组", sessionId: "s1" };
    const body = { id: "obs-restart", ...seen };
    drill.tick(30); // the first one is timed at the drill's clock then
    const first = (await handle(drill, store, as, "observation", body)) as Reply[];
    expect(first).toEqual([{ type: "observation", body: expect.objectContaining({ id: "obs-restart", atMs: drill.state.tMs }) }]);
    store.close(); // the process is gone; only the file remains

    const again = openSqliteStore(file);
    try {
      const [back] = recoverDrills(again, () => {});
      const second = (await handle(back!, again, { ...as, sessionId: "s2" }, "observation", body)) as Reply[];
      expect(second).toEqual(first);
      expect(again.observations(drill.id)).toHaveLength(1);
    } finally {
      again.close();
    }
  });
});
