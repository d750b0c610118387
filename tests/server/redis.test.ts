/**
 * Scale-out (issue 7 §13): two server processes share rooms through Redis (Debian's
 * redis-server, started here on a loopback port). A drill created through process A is reached
 * by a client joining through process B: both clients land in the same room and the same log.
 * Every process this test starts is killed by pid, pass or fail.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleServer, createDrill, freePort, joinDrill, killChildren, startRedis, startServer, type ServerProcess } from "../../bench/live-server.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

const DIRECTOR_CODE = "REDIS-TEST-DIRECTOR";
let dir: string;
let bundle: string;
let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
const servers: ServerProcess[] = [];
const rooms: Room[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lianyan-redis-"));
  bundle = await bundleServer();
  redis = await startRedis(await freePort());
  for (const name of ["a", "b"]) {
    servers.push(await startServer({ bundle, port: await freePort(), data: join(dir, `${name}.sqlite`), directorCode: DIRECTOR_CODE, env: { REDIS_URL: redis.url } }));
  }
});
afterAll(async () => {
  for (const r of rooms) await r.leave().catch(() => undefined);
  await killChildren(); // both servers and redis-server, by pid
  rmSync(dir, { recursive: true, force: true });
  rmSync(bundle, { force: true });
});

const ack = (room: Room) => new Promise<{ id: string; seq: number }>((resolve, reject) => {
  room.onMessage("ack", resolve);
  room.onMessage("rejected", (r: { reason: string }) => reject(new Error(r.reason)));
});

describe("two processes behind Redis", () => {
  it("lets a client joining through either process reach the same drill and its log", async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    // not double-blind: an untold seat's acks carry no seq there (review 18)
    const drill = await createDrill(a.url, DIRECTOR_CODE, { scenario: "chemical-leak", seed: 7, speed: 1, bots: [], blindness: "NONE" });
    const viaA = await joinDrill(a.url, drill.id, drill.codes.seats.ent!, "企业值班员");
    const viaB = await joinDrill(b.url, drill.id, drill.codes.seats.eb!, "应急局值班员");
    rooms.push(viaA, viaB);
    expect(viaA.roomId).toBe(drill.id);
    expect(viaB.roomId).toBe(drill.id);

    const first = ack(viaA);
    viaA.send("command", { id: "a-1", command: { type: "message", to: "eb", text: "罐区泄漏，请求支援" } });
    expect(await first).toEqual(expect.objectContaining({ id: "a-1", seq: 1 }));
    const second = ack(viaB);
    viaB.send("command", { id: "b-1", command: { type: "message", to: "duty", text: "已接报，正在核实" } });
    expect(await second).toEqual(expect.objectContaining({ id: "b-1", seq: 2 }));

    // one drill, one log, in the store of the process that hosts it
    const store = openSqliteStore(join(dir, "a.sqlite"));
    try {
      expect(store.log(drill.id).map((r) => [r.seq, r.by, r.clientId])).toEqual([[1, "ent", "a-1"], [2, "eb", "b-1"]]);
    } finally {
      store.close();
    }
  });
});
