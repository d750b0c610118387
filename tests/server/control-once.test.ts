/**
 * The director's clock controls and code reissues are carried out once per client-made id (round 30): a re-send
 * after a reconnect or a reload would otherwise act twice — a jump of +10 min applied twice (20 min), two reissues
 * invalidating the code just handed out. Sent twice over the room, and again after the server restarted (the record
 * is in the file), each is answered as the first and carried out once; the same id with another request is refused
 * (`idReused`) and changes nothing. A reissued code is kept sealed under the code the asking director joined with: a
 * session joined with another code is refused (`answerSealed`) rather than handed a new code or the old one.
 * Round 31: carrying out and storing are one durable step. A kill between the two (the store dies as it writes the
 * record, then only the file remains) leaves nothing of the control behind, so its re-send acts once, not twice.
 */
import { rmSync } from "node:fs";
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handle, type Reply, type Session } from "../../server/live/console.ts";
import { sealKey } from "../../server/live/controls.ts";
import { LiveDrill } from "../../server/live/drill.ts";
import { recoverDrills } from "../../server/live/recover.ts";
import { authenticate, newCode } from "../../server/live/seats.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import type { Store } from "../../server/store/store.ts";
import { wordIssue, type FieldIssue } from "../../i18n/refusal-issue.ts";
import { chemicalOnFile, collect, fourInRoom, startServer, until, untilMoving, type Created, type Harness, type Refusal } from "./harness.ts";

/** chemical-leak's tick is 1 s: a jump of 10 simulated minutes is 600 ticks, 600 000 ms */
const TEN_MIN_MS = 10 * 60 * 1000;

const jumpOwed = (d: LiveDrill) => (d as unknown as { jumpOwed: number }).jumpOwed;

let h: Harness;
let d: Created;
let director: SDKRoom;
let others: { fire: SDKRoom; police: SDKRoom; evaluator: SDKRoom };
let clocks: Array<{ id?: string; tMs: number; paused: boolean; speed: number }>;
let reissues: Array<{ id?: string; seat: string; code: string }>;
let refused: Refusal[];
beforeAll(async () => {
  h = await startServer();
  let fire: SDKRoom, police: SDKRoom, evaluator: SDKRoom;
  ({ d, director, fire, police, evaluator } = await fourInRoom(h));
  others = { fire, police, evaluator };
  clocks = collect(director, "clock");
  reissues = collect(director, "reissue");
  refused = collect<Refusal>(director, "rejected");
});
afterAll(async () => {
  await h.close();
});

describe("over the room", () => {
  it("a jump of 10 min sent twice under one id jumps 10 min once, and both sends are answered alike", async () => {
    const drill = h.ctx.drills.get(d.id)!;
    director.send("clock", { id: "jump-a", action: "jump", value: 10 });
    director.send("clock", { id: "jump-a", action: "jump", value: 10 });
    await until(() => clocks.length === 2, 5000, "two clock answers");
    expect(clocks[1]).toEqual(clocks[0]);
    expect(clocks[0]).toMatchObject({ id: "jump-a", tMs: 0, paused: true });
    await untilMoving(() => jumpOwed(drill) === 0, () => drill.state.tMs, 5000, "the jump run");
    expect(drill.state.tMs).toBe(TEN_MIN_MS);
    expect(refused).toEqual([]);
  });

  it("a reissue sent twice under one id makes one new code, handed back to both sends", async () => {
    const old = d.codes.seats.fire!;
    director.send("reissue", { id: "re-fire", seat: "fire" });
    director.send("reissue", { id: "re-fire", seat: "fire" });
    await until(() => reissues.length === 2, 5000, "two reissue answers");
    expect(reissues[1]).toEqual(reissues[0]);
    expect(reissues[0]).toMatchObject({ id: "re-fire", seat: "fire" });
    expect(authenticate(h.ctx.store, d.id, reissues[0]!.code)).toEqual({ drillId: d.id, kind: "seat", seat: "fire" });
    expect(authenticate(h.ctx.store, d.id, old)).toBeUndefined();
    expect(h.ctx.store.auditLog(d.id).filter((a) => a.action === "reissue")).toHaveLength(1);
    expect(refused).toEqual([]);
  });

  it("an id re-used for another request is refused and changes nothing", async () => {
    const drill = h.ctx.drills.get(d.id)!;
    director.send("clock", { id: "jump-a", action: "jump", value: 20 });
    director.send("reissue", { id: "re-fire", seat: "police" });
    director.send("clock", { id: "re-fire", action: "pause" });
    await until(() => refused.length === 3, 5000, "three refusals");
    for (const r of refused) expect(r).toMatchObject({ code: "idReused", params: { key: "controlIdReused" }, reason: expect.stringContaining("此请求编号已用于另一项导调操作") });
    expect(refused.map((r) => [r.type, r.id])).toEqual([["clock", "jump-a"], ["reissue", "re-fire"], ["clock", "re-fire"]]);
    expect(jumpOwed(drill)).toBe(0);
    expect(drill.state.tMs).toBe(TEN_MIN_MS);
    expect(authenticate(h.ctx.store, d.id, d.codes.seats.police!)).toMatchObject({ seat: "police" });
    expect(clocks).toHaveLength(2);
    expect(reissues).toHaveLength(2);
  });
});

describe("without an id", () => {
  // what an older script or SDK client sends: before round 30's rule each such send acted, so a re-sent jump jumped twice
  const REASON = "请求编号：缺少或不正确（须为客户端生成的编号，1 至 64 个字母、数字或 - _ : . 符号；每条新请求用新编号，重发时沿用原编号，只执行一次）";
  const EN = "request id: is missing or malformed (an id the client makes, 1–64 letters, digits, '-', '_', ':' or '.'; a new one for each request, the same one on a re-send, which then acts once)";

  it("a clock or reissue without a valid id is refused to the director alone with the reason, changes nothing, and the next valid request is answered", async () => {
    const drill = h.ctx.drills.get(d.id)!;
    const { fire, police, evaluator } = others;
    const elsewhere = [fire, police, evaluator].map((r) => collect<Refusal>(r, "rejected"));
    const acted = () => h.ctx.store.auditLog(d.id).filter((a) => a.action !== "refused").length;
    const before = { tMs: drill.state.tMs, clocks: clocks.length, reissues: reissues.length, refused: refused.length, acted: acted(), status: drill.clock.status() };
    director.send("clock", { action: "jump", value: 10 });
    director.send("clock", { action: "resume" });
    director.send("clock", { id: "", action: "jump", value: 10 });
    director.send("reissue", { seat: "police" });
    director.send("reissue", { id: "no spaces", seat: "police" });
    await until(() => refused.length === before.refused + 5, 5000, "five refusals");
    const mine = refused.slice(before.refused);
    expect(mine.map((r) => [r.type, r.id])).toEqual([["clock", ""], ["clock", ""], ["clock", ""], ["reissue", ""], ["reissue", "no spaces"]]);
    for (const r of mine) {
      expect(r).toMatchObject({ code: "badMessage", reason: REASON, params: { fieldPath: "id", problem: "clientId" } });
      // a client words it in its own language from the same params (client/i18n/refusals.ts)
      expect(`${wordIssue(r.params as unknown as FieldIssue, "en").field}: ${wordIssue(r.params as unknown as FieldIssue, "en").problem}`).toBe(EN);
    }
    // nothing changed: no jump owed or run, the clock still paused at 1×, the police code still good, nothing audited
    expect(jumpOwed(drill)).toBe(0);
    expect(drill.state.tMs).toBe(before.tMs);
    expect(drill.clock.status()).toEqual(before.status);
    expect(authenticate(h.ctx.store, d.id, d.codes.seats.police!)).toMatchObject({ seat: "police" });
    expect(acted()).toBe(before.acted);
    expect(clocks).toHaveLength(before.clocks);
    expect(reissues).toHaveLength(before.reissues);
    // the room runs on: the next request with an id is answered and carried out
    director.send("clock", { id: "jump-after", action: "jump", value: 1 });
    await until(() => clocks.length === before.clocks + 1, 5000, "the valid jump's answer");
    expect(clocks.at(-1)).toMatchObject({ id: "jump-after", paused: true });
    await untilMoving(() => jumpOwed(drill) === 0, () => drill.state.tMs, 5000, "the jump run");
    expect(drill.state.tMs).toBe(before.tMs + 60_000);
    expect(refused).toHaveLength(before.refused + 5);
    // refused to the director only: no other seat was told anything
    for (const e of elsewhere) expect(e).toEqual([]);
  });
});

describe("after the server restarted", () => {
  const onFile = chemicalOnFile("lianyan-control-");
  afterAll(() => rmSync(onFile.dir, { recursive: true, force: true }));

  it("a re-sent jump and reissue are answered from the file as the first were, and carried out once", async () => {
    const { file, store, drill, codes } = onFile;
    const as: Session = { seat: { drillId: drill.id, kind: "director", seat: "director" }, name: "导调", sessionId: "s1", seal: sealKey(codes.director) };
    const jump = { id: "jump-r", action: "jump", value: 10 };
    const pause = (await handle(drill, store, as, "clock", { id: "pause-r", action: "pause" })) as Reply[];
    expect(pause[0]!.type).toBe("clock");
    const first = (await handle(drill, store, as, "clock", jump)) as Reply[];
    while (jumpOwed(drill) > 0) drill.advance();
    expect(drill.state.tMs).toBe(TEN_MIN_MS);
    const made = (await handle(drill, store, as, "reissue", { id: "re-r", seat: "fire" })) as Reply[];
    const code = (made[0]!.body as { code: string }).code;
    expect(made).toEqual([{ type: "reissue", body: { id: "re-r", seat: "fire", code } }]);
    expect(authenticate(store, drill.id, codes.seats.fire!)).toBeUndefined();
    store.close(); // the process is gone; only the file remains

    const again = openSqliteStore(file);
    try {
      const [back] = recoverDrills(again, () => {});
      expect(back!.state.tMs).toBe(TEN_MIN_MS);
      const as2 = { ...as, sessionId: "s2" };
      expect(await handle(back!, again, as2, "clock", jump)).toEqual(first);
      for (let i = 0; i < 3; i++) back!.advance();
      expect(jumpOwed(back!)).toBe(0);
      expect(back!.state.tMs).toBe(TEN_MIN_MS);
      expect(await handle(back!, again, as2, "reissue", { id: "re-r", seat: "fire" })).toEqual(made);
      expect(authenticate(again, drill.id, code)).toMatchObject({ seat: "fire" });
      // the file holds the code sealed, never in clear
      expect(JSON.stringify(again.findControl(drill.id, "director", "re-r"))).not.toContain(code);
      // another director code cannot open it: refused, and the code handed out stays the fire seat's
      const other = (await handle(back!, again, { ...as2, seal: sealKey(newCode()) }, "reissue", { id: "re-r", seat: "fire" })) as Reply[];
      expect(other).toEqual([{ type: "rejected", body: expect.objectContaining({ id: "re-r", type: "reissue", code: "answerSealed" }) }]);
      expect(authenticate(again, drill.id, code)).toMatchObject({ seat: "fire" });
      // another request under a stored id, after the restart too
      const reused = (await handle(back!, again, as2, "clock", { ...jump, value: 30 })) as Reply[];
      expect(reused).toEqual([{ type: "rejected", body: expect.objectContaining({ id: "jump-r", code: "idReused" }) }]);
      expect(jumpOwed(back!)).toBe(0);
    } finally {
      again.close();
    }
  });
});

describe("a crash between carrying out a control and storing its record (round 31)", () => {
  const onFile = chemicalOnFile("lianyan-control-crash-");
  afterAll(() => rmSync(onFile.dir, { recursive: true, force: true }));
  const KILLED = new Error("killed between acting and storing");
  /** the file's store, but the process dies as it writes a control's record: the fault the crash window is */
  const dying = (store: Store): Store => ({ ...store, addControl: () => { throw KILLED; } });
  const actions = (store: Store, id: string) => store.auditLog(id).map((a) => a.action).filter((a) => a === "reissue" || a.startsWith("clock:"));

  it("a reissue and a speed change re-sent after the restart are carried out once, and the old code held until then", async () => {
    const { file, store, drill, codes } = onFile;
    const as: Session = { seat: { drillId: drill.id, kind: "director", seat: "director" }, name: "导调", sessionId: "s1", seal: sealKey(codes.director) };
    const reissue = { id: "re-crash", seat: "fire" };
    const speed = { id: "speed-crash", action: "speed", value: 5 };
    expect(() => handle(drill, dying(store), as, "reissue", reissue)).toThrow(KILLED);
    expect(() => handle(drill, dying(store), as, "clock", speed)).toThrow(KILLED);
    store.close(); // killed: only the file remains

    const again = openSqliteStore(file);
    try {
      // nothing of either reached the file: the fire seat's code is the one it had, the speed the one it was made with
      expect(authenticate(again, drill.id, codes.seats.fire!)).toMatchObject({ seat: "fire" });
      expect(again.getDrill(drill.id)!.settings.speed).toBe(1);
      expect(actions(again, drill.id)).toEqual([]);
      const [back] = recoverDrills(again, () => {});
      const as2 = { ...as, sessionId: "s2" };
      const made = (await handle(back!, again, as2, "reissue", reissue)) as Reply[];
      const code = (made[0]!.body as { code: string }).code;
      expect(made).toEqual([{ type: "reissue", body: { id: "re-crash", seat: "fire", code } }]);
      expect((await handle(back!, again, as2, "clock", speed)) as Reply[]).toEqual([{ type: "clock", body: { id: "speed-crash", speed: 5, paused: true, tMs: 0 } }]);
      // sent once more: the stored answers, nothing carried out again
      expect(await handle(back!, again, as2, "reissue", reissue)).toEqual(made);
      expect(authenticate(again, drill.id, codes.seats.fire!)).toBeUndefined();
      expect(authenticate(again, drill.id, code)).toMatchObject({ seat: "fire" });
      expect(actions(again, drill.id)).toEqual(["reissue", "clock:speed"]);
    } finally {
      again.close();
    }
  });

  it("a jump whose record cannot be written is not run; its re-send jumps 10 min once", async () => {
    const { dir, store, drill, codes } = chemicalOnFile("lianyan-control-fail-");
    try {
      const as: Session = { seat: { drillId: drill.id, kind: "director", seat: "director" }, name: "导调", sessionId: "s1", seal: sealKey(codes.director) };
      const jump = { id: "jump-fail", action: "jump", value: 10 };
      // the process lives on (a full disk, not a kill): the room answers `internal`, and nothing may have been done
      expect(() => handle(drill, dying(store), as, "clock", jump)).toThrow(KILLED);
      expect(jumpOwed(drill)).toBe(0);
      expect(actions(store, drill.id)).toEqual([]);
      await handle(drill, store, as, "clock", jump);
      await handle(drill, store, as, "clock", jump);
      while (jumpOwed(drill) > 0) drill.advance();
      expect(drill.state.tMs).toBe(TEN_MIN_MS);
      expect(actions(store, drill.id)).toEqual(["clock:jump"]);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
