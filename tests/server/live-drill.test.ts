/**
 * The live drill without sockets (server/live): the intake logs and acknowledges before a
 * command applies, a re-sent id applies once, the clock keeps deadlines in simulated time, a
 * drill rebuilt from its log is the drill it was, bots play the good play to its outcome, and
 * the look-ahead never touches the live state.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { playCommands, run, stateHash } from "../../engine/replay.ts";
import { parsePlay } from "../../engine/scenario/load.ts";
import { LiveDrill } from "../../server/live/drill.ts";
import { forecast, deadlineBoard, liveFindings, viewAt } from "../../server/live/tools.ts";
import { drillReport } from "../../server/http/report.ts";
import { logToCommands } from "../../server/live/log.ts";
import { rubricFor } from "../../server/live/scenario.ts";
import { seatProjection } from "../../server/live/views.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import type { DrillSettings, SeatCode } from "../../server/store/store.ts";

const YAML = readFileSync("scenarios/chemical-leak.yaml", "utf8");
const GOOD = readFileSync("scenarios/plays/chemical-leak.good.yaml", "utf8");
const good = parsePlay(GOOD, "good.yaml");
if (!good.ok) throw new Error("good play does not parse");
const settings = (over: Partial<DrillSettings> = {}): DrillSettings => ({ blindness: "DOUBLE_BLIND", speed: 1, bots: [], ...over });
const seat = (id: string, agency: string): SeatCode => ({ drillId: id, kind: "seat", seat: agency });
const MIN = 60_000;

function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function newDrill(over: Partial<DrillSettings> = {}, deps = {}) {
  const store = openSqliteStore(":memory:");
  const { drill, codes } = LiveDrill.create(store, { scenarioYaml: YAML, file: "chemical-leak.yaml", seed: 7, settings: settings(over) }, deps);
  return { store, drill, codes };
}

/** Give the good play's commands as their seats would, each at its time. */
function playLive(drill: LiveDrill) {
  const cmds = good.ok ? good.value.commands.map((c, i) => ({ c, i })) : [];
  const byTime = cmds.sort((a, b) => (a.c.at < b.c.at ? -1 : a.c.at > b.c.at ? 1 : a.i - b.i));
  let k = 0;
  const acks: number[] = [];
  while (!drill.state.ended) {
    const now = drill.state.tMs;
    while (k < byTime.length && parseClockMs(byTime[k]!.c.at) <= now) {
      const { at: _at, by, note: _note, ...fields } = byTime[k]!.c as Record<string, unknown> & { by: string };
      const r = drill.submit(seat(drill.id, by), `值班员-${by}`, `c${k}`, fields);
      if (!r.ok) throw new Error(`${r.rejection.code}: ${r.rejection.reason}`);
      acks.push(r.ack.seq);
      k++;
    }
    drill.tick();
  }
  return acks;
}
const parseClockMs = (s: string) => s.split(":").reduce((a, x) => a * 60 + Number(x), 0) * 1000;

describe("LiveDrill", () => {
  it("plays the good play through the intake: seq 1, 2, 3 …; the stored log replays to the same state and findings", () => {
    const { store, drill } = newDrill();
    const acks = playLive(drill);
    expect(acks).toEqual(acks.map((_, i) => i + 1));
    const log = store.log(drill.id);
    expect(log).toHaveLength(good.ok ? good.value.commands.length : 0);
    const replay = run(drill.c, 7, logToCommands(log));
    expect(stateHash(drill.c, replay.state)).toBe(drill.hash());
    // and the same commands run headless from the play file give the same findings
    const rubric = rubricFor(drill.c);
    if (!rubric.ok || !good.ok) throw new Error("rubric");
    const headless = run(drill.c, 7, playCommands(good.value));
    const key = (f: { code: string; agency: string | null; atMs: number }) => `${f.code}/${f.agency ?? ""}/${f.atMs}`;
    const live = evaluate(drill.c, drill.events, drill.state, rubric.value).findings.map(key);
    expect(live).toEqual(evaluate(drill.c, headless.events, headless.state, rubric.value).findings.map(key));
    expect(drill.state.casualties).toEqual(headless.state.casualties);
  });

  it("a re-sent client id is applied once and acknowledged with its first seq", () => {
    const { store, drill } = newDrill();
    const msg = { type: "message", to: ["eb"], text: "119：罐区泄漏" };
    const a = drill.submit(seat(drill.id, "fire"), "李四", "same-id", msg);
    drill.tick(5);
    const b = drill.submit(seat(drill.id, "fire"), "李四", "same-id", msg);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(b.ack).toEqual(a.ack);
      expect(b.duplicate).toBe(true);
    }
    drill.tick(5);
    expect(store.log(drill.id)).toHaveLength(1);
    expect(drill.state.messages.filter((m) => m.text === msg.text)).toHaveLength(1);
  });

  it("refuses a different command under a logged id with a reason, never acks it (review 8 item 1: a duplicated tab)", () => {
    const { store, drill } = newDrill();
    const first = drill.submit(seat(drill.id, "fire"), "李四", "tab-2", { type: "message", to: ["eb"], text: "DUP-B" });
    drill.tick(5);
    const other = drill.submit(seat(drill.id, "fire"), "王五", "tab-2", { type: "message", to: ["eb"], text: "DUP-C" });
    expect(first.ok).toBe(true);
    expect(other.ok).toBe(false);
    if (!other.ok) {
      expect(other.rejection.code).toBe("idReused");
      expect(other.rejection.reason).toContain("tab-2");
    }
    drill.tick(5);
    expect(store.log(drill.id).map((r) => (r.command as { text: string }).text)).toEqual(["DUP-B"]);
    // the same id from another seat is that seat's own id (ids are unique per drill and seat)
    expect(drill.submit(seat(drill.id, "eb"), "赵", "tab-2", { type: "message", to: ["fire"], text: "收到" }).ok).toBe(true);
  });

  it("refuses before the log: director commands from a seat, another agency's unit, unknown names, at/by, observers", () => {
    const { store, drill } = newDrill();
    const id = drill.id;
    const cases: Array<[SeatCode, unknown, string]> = [
      [seat(id, "fire"), { type: "injectNow", inject: "inj-07-casualties" }, "notAllowed"],
      [seat(id, "fire"), { type: "end" }, "notAllowed"],
      [seat(id, "fire"), { type: "dispatch", units: ["pol-1"], place: "j-park", task: "traffic" }, "notOwner"],
      [seat(id, "fire"), { type: "dispatch", units: ["hz-e1"], place: "nowhere", task: "rescue" }, "unknownName"],
      [seat(id, "ent"), { type: "warning", level: "red", place: "village", radiusM: 100 }, "notAllowed"],
      [seat(id, "fire"), { type: "message", to: ["eb"], text: "x", by: "eb" }, "badCommand"],
      [seat(id, "fire"), { type: "teleport" }, "badCommand"],
      [{ drillId: id, kind: "observer", seat: "observer" }, { type: "message", to: ["eb"], text: "x" }, "notAllowed"],
      [{ drillId: id, kind: "director", seat: "director" }, { type: "message", to: ["eb"], text: "x" }, "notAllowed"],
    ];
    for (const [s, raw, code] of cases) {
      const r = drill.submit(s, "p", `id-${code}-${Math.random().toString(36).slice(2, 8)}`, raw);
      expect(r.ok ? "accepted" : r.rejection.code).toBe(code);
    }
    expect(store.log(id)).toHaveLength(0);
  });

  it("passes the engine's own rejection back to the client that gave the command", () => {
    const { drill } = newDrill();
    const fire = seat(drill.id, "fire");
    expect(drill.submit(fire, "p", "a1", { type: "dispatch", units: ["hz-e1"], place: "plant", task: "rescue" }, "session-A").ok).toBe(true);
    drill.tick(2);
    expect(drill.submit(fire, "p", "a2", { type: "dispatch", units: ["hz-e1"], place: "village", task: "rescue" }, "session-B").ok).toBe(true);
    const out = drill.tick(2);
    expect(out.rejections).toHaveLength(1);
    expect(out.rejections[0]!.origin).toEqual({ sessionId: "session-B", clientId: "a2" });
    expect(out.rejections[0]!.rejection.code).toBe("unitBusy");
  });

  it("pause, speed and jump move simulated time only as asked; deadlines stay in simulated time", () => {
    const wall = fakeClock();
    const { store, drill } = newDrill({ speed: 10 }, { now: wall.now });
    wall.advance(3_000); // 3 s at 10× = 30 simulated seconds = 30 ticks of 1 s
    drill.advance();
    expect(drill.state.tMs).toBe(30_000);
    drill.pause();
    wall.advance(60_000);
    drill.advance();
    expect(drill.state.tMs).toBe(30_000);
    drill.resume();
    drill.setSpeed(60);
    wall.advance(1_000);
    drill.advance();
    expect(drill.state.tMs).toBe(90_000);
    const fireNotified = drill.state.obligations.find((o) => o.id.includes("notified:fire"));
    expect(fireNotified?.deadlineMs).toBe(10 * MIN); // LNK-CHEM-FIRE: notified within 10 min of the occurrence
    drill.jump(10); // skip ten minutes: nobody told the fire brigade, so its deadline has passed
    expect(drill.state.tMs).toBe(90_000 + 10 * MIN);
    expect(drill.state.obligations.find((o) => o.id === fireNotified!.id)?.status).toBe("missed");
    // the room's jump is spread over its steps (600 ticks each), paused or not, then recorded
    drill.pause();
    const from = drill.state.tMs;
    drill.queueJump(25);
    drill.advance();
    expect(drill.state.tMs).toBe(from + 600_000);
    drill.advance();
    drill.advance();
    expect(drill.state.tMs).toBe(from + 25 * MIN);
    drill.advance();
    expect(drill.state.tMs).toBe(from + 25 * MIN);
    expect(store.getDrill(drill.id)!.clockMs).toBe(from + 25 * MIN);
    expect(store.getDrill(drill.id)!.stateHash).toBe(drill.hash());
    expect(() => drill.setSpeed(61)).toThrow(RangeError);
    expect(() => drill.setSpeed(0.4)).toThrow(RangeError);
  });

  it("rebuilds from the store to the recorded clock: same state hash, pending commands kept, then runs on identically", () => {
    const { store, drill } = newDrill();
    drill.submit(seat(drill.id, "ent"), "王", "x1", { type: "message", to: ["fire"], text: "泄漏，请求增援" });
    drill.tick(120);
    drill.persistClock(true);
    // acknowledged for the next tick, then the process dies before that tick
    drill.submit(seat(drill.id, "fire"), "李", "x2", { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" });
    const rebuilt = LiveDrill.rebuild(store.getDrill(drill.id)!, store.log(drill.id), { store });
    expect(rebuilt.state.tMs).toBe(drill.state.tMs);
    expect(rebuilt.hash()).toBe(drill.hash());
    expect(rebuilt.pendingCommands()).toHaveLength(1);
    drill.tick(60);
    rebuilt.tick(60);
    expect(rebuilt.hash()).toBe(drill.hash());
  });

  it("bots following the good play reach the good play's outcome", () => {
    const { drill } = newDrill({ bots: drill0Agencies(), botPlay: GOOD });
    while (!drill.state.ended) drill.tick(600);
    const headless = run(drill.c, 7, good.ok ? playCommands(good.value) : []);
    expect(drill.state.casualties).toEqual(headless.state.casualties);
    expect(drill.state.obligations.map((o) => `${o.id}:${o.status}`)).toEqual(headless.state.obligations.map((o) => `${o.id}:${o.status}`));
  });

  it("rule-based bots acknowledge what they receive and act on their linkage duty after the delay", () => {
    const { drill } = newDrill({ bots: ["fire"] }, { botDelayMs: 60_000 });
    drill.submit(seat(drill.id, "ent"), "王", "m1", { type: "message", to: ["fire"], text: "119：罐区泄漏" });
    drill.tick(30);
    expect(drill.state.messages.some((m) => m.kind === "ack" && m.from === "fire")).toBe(false);
    drill.tick(90);
    expect(drill.state.messages.some((m) => m.kind === "ack" && m.from === "fire" && m.to.includes("ent"))).toBe(true);
    expect(drill.state.obligations.find((o) => o.id.startsWith("LNK-CHEM-FIRE:act"))?.status).toMatch(/met|late/);
    const fireUnits = new Set(drill.c.scenario.units.filter((u) => u.agency === "fire").map((u) => u.id));
    expect(drill.state.units.some((u) => fireUnits.has(u.id) && u.status !== "available")).toBe(true);
  });

  it("double-blind: a seat sees no title, place or hazard before it is told; then it does", () => {
    const { drill } = newDrill();
    drill.tick(1);
    const before = seatProjection(drill.c, drill.state, "police", "DOUBLE_BLIND");
    expect(before.info.told).toBe(false);
    expect(before.info.brief).toBeUndefined();
    expect(JSON.stringify(before)).not.toContain("tank-v101");
    expect(JSON.stringify(before)).not.toContain("液氯");
    expect(seatProjection(drill.c, drill.state, "police", "NONE").info.brief?.incidentPlace).toBe("tank-v101");
    drill.tick(11 * 60); // inj-04 reaches the police at 00:11:00
    const after = seatProjection(drill.c, drill.state, "police", "DOUBLE_BLIND");
    expect(after.info.told).toBe(true);
    expect(after.info.brief?.incidentPlace).toBe("tank-v101");
  });

  it("the forecast runs a copy: the live drill is unchanged; it sees the scripted injects and missed deadlines ahead", () => {
    const { drill } = newDrill();
    drill.tick(60);
    const before = drill.hash();
    const f = forecast(drill, 15);
    expect(drill.hash()).toBe(before);
    expect(drill.state.tMs).toBe(60_000);
    expect(f.toMs).toBe(60_000 + 15 * MIN);
    expect(f.injects.map((i) => i.id)).toEqual(expect.arrayContaining(["inj-02-internal", "inj-03-neighbour", "inj-04-villager-110"]));
    expect(f.missed.map((m) => m.id)).toContain("LNK-CHEM-FIRE:notified:fire");
    expect(deadlineBoard(drill)[0]!.remainingMs).toBe(deadlineBoard(drill)[0]!.deadlineMs - 60_000);
  });

  it("a forecast reaching past the drill's end stops at the end, never a tick beyond it (newcomer 22 #14)", () => {
    const { drill } = newDrill();
    drill.tick(25 * 60 + 53);
    const f = forecast(drill, 240);
    // the chemical leak runs 04:00:00 = 14 400 000 ms; 00:25:53 + 240 min would be 04:25:53: the forecast ends with the drill
    expect(drill.c.durationMs).toBe(4 * 60 * MIN);
    expect(f.ended).toBe(true);
    expect(f.toMs).toBe(14_400_000);
  }, 120_000);

  it("an evaluator sees a seat's view as it was at a past time, rebuilt from the log", () => {
    const { store, drill } = newDrill();
    drill.tick(5 * 60);
    drill.submit(seat(drill.id, "ent"), "王", "r1", { type: "message", to: ["fire"], text: "119：罐区泄漏" });
    drill.tick(10 * 60);
    const then = viewAt(drill, store, "fire", 4 * 60_000) as ReturnType<typeof seatProjection>;
    const now = viewAt(drill, store, "fire", drill.state.tMs) as ReturnType<typeof seatProjection>;
    expect(then.messages).toHaveLength(0);
    expect(now.messages.map((m) => m.text)).toContain("119：罐区泄漏");
    // as the live sync builds it (server/rooms/sync.ts passes the drill's events): its own 力量需求 and failed orders come from them
    expect(now).toEqual(seatProjection(drill.c, drill.state, "fire", "DOUBLE_BLIND", drill.events));
  });

  // issue 10 §9: the live findings grade harm as the report and the CLI do, against the scenario's best play
  it("live findings and the report of a drill nobody answers charge the whole preventable-harm item, as the CLI would", async () => {
    const { store, drill } = newDrill();
    drill.tick(60 * 60);
    const live = liveFindings(drill);
    if ("error" in live) throw new Error(live.error);
    const harm = live.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM");
    expect(harm?.quantity).toBe(1);
    const report = JSON.parse((await drillReport(drill, store, "json", "zh")).body as string) as { score: number; outcomes: { harm: { status: string; none: { injured: number } } } };
    expect(report.outcomes.harm.status).toBe("graded");
    expect(report.outcomes.harm.none.injured).toBe(run(drill.c, 7, [], { untilMs: drill.state.tMs }).state.casualties.injured);
    expect(report.score).toBe(live.score);
  });

  // the same report the CLI gives (cli/evaluate.ts words it with the rubric): each basis in both languages
  it("the report's JSON is worded as the CLI's: every finding's basis has its English form", async () => {
    const { store, drill } = newDrill();
    drill.tick(60 * 60);
    const report = JSON.parse((await drillReport(drill, store, "json", "en")).body as string) as { findings: Array<{ basis: string; basisText?: { zh: string; en: string } }> };
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f.basisText?.zh).toBe(f.basis);
      expect(f.basisText?.en).not.toMatch(/^[\u4e00-\u9fff]/);
    }
  });
});

function drill0Agencies(): string[] {
  return ["ent", "duty", "eb", "fire", "police", "health", "eco", "met", "town", "city"];
}

describe("the director's free-text inject and spot question (adHocInject)", () => {
  it("reaches only the chosen agencies; a spot question opens an answer deadline that the answer meets", () => {
    const { drill } = newDrill();
    const director: SeatCode = { drillId: drill.id, kind: "director", seat: "director" };
    drill.tick(60);
    const r = drill.submit(director, "导调", "q1", { type: "adHocInject", to: ["eb"], text: "市应急局：请在10分钟内报告伤亡和处置情况", spotQuestion: true });
    expect(r.ok).toBe(true);
    drill.tick(1);
    const msg = drill.state.messages.find((m) => m.localText?.zh === "市应急局：请在10分钟内报告伤亡和处置情况")!;
    expect(msg.to).toEqual(["eb"]);
    expect(seatProjection(drill.c, drill.state, "fire", "DOUBLE_BLIND").messages.some((m) => m.id === msg.id)).toBe(false);
    const ob = drill.state.obligations.find((o) => o.id === `SPOT:adhoc-${msg.id}:eb`)!;
    expect(ob.status).toBe("open");
    expect(ob.deadlineMs - ob.openedAtMs).toBe(10 * MIN); // the county profile keeps the schema default: answer within 10 minutes
    drill.tick(120);
    // traffic to another agency is no answer to the director's question; the answer to the director is
    drill.submit(seat(drill.id, "eb"), "应急局", "a0", { type: "message", to: ["city"], text: "县应急局：已收到市局来电" });
    drill.tick(2);
    expect(drill.state.obligations.find((o) => o.id === ob.id)!.status).toBe("open");
    expect(drill.submit(seat(drill.id, "eb"), "应急局", "a1", { type: "message", to: ["director"], text: "县应急局：暂无人员伤亡报告，正在核实" }).ok).toBe(true);
    drill.tick(2);
    expect(drill.state.obligations.find((o) => o.id === ob.id)!.status).toBe("met");
    // a seat cannot give it
    const s = drill.submit(seat(drill.id, "fire"), "消防", "q2", { type: "adHocInject", to: ["eb"], text: "假的" });
    expect(s.ok ? "accepted" : s.rejection.code).toBe("notAllowed");
  });
});

describe("recovery at start-up", () => {
  it("rebuilds every unfinished drill at its recorded clock, paused, with acknowledged commands kept and codes still valid", async () => {
    const { recoverDrills } = await import("../../server/live/recover.ts");
    const { authenticate } = await import("../../server/live/seats.ts");
    const { store, drill, codes } = newDrill();
    const ended = newDrillIn(store);
    while (!ended.state.ended) ended.tick(3600);
    drill.submit(seat(drill.id, "ent"), "王", "a", { type: "message", to: ["fire"], text: "泄漏" });
    drill.tick(300);
    drill.persistClock(); // the periodic record: clock only, no hash
    drill.submit(seat(drill.id, "fire"), "李", "b", { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" });
    // the process dies here; a new one starts on the same store
    const lines: string[] = [];
    const recovered = recoverDrills(store, (l) => lines.push(l));
    expect(recovered.map((d) => d.id)).toEqual([drill.id]);
    const r = recovered[0]!;
    expect(r.state.tMs).toBe(300_000);
    expect(r.hash()).toBe(drill.hash());
    expect(r.clock.status().paused).toBe(true);
    expect(store.getDrill(drill.id)!.status).toBe("paused");
    expect(r.pendingCommands().map((c) => c.type)).toEqual(["dispatch"]);
    expect(authenticate(store, drill.id, codes.seats.fire)).toEqual({ drillId: drill.id, kind: "seat", seat: "fire" });
    expect(authenticate(store, drill.id, codes.seats.fire!.toLowerCase().replace(/-/g, ""))).toBeDefined();
    expect(authenticate(store, drill.id, "0000-0000-0000")).toBeUndefined();
    expect(lines[0]).toContain(drill.id);
  });
});

function newDrillIn(store: ReturnType<typeof openSqliteStore>) {
  return LiveDrill.create(store, { scenarioYaml: YAML, file: "chemical-leak.yaml", seed: 7, settings: settings() }).drill;
}
