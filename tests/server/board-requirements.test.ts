/**
 * The director may see every seat's resource requirements (力量需求); a seat sees its own only (real server, real
 * SDK, every frame decoded as the SDK decodes it). The school fire (scenarios/school-fire.yaml) is run 20 simulated
 * minutes with the director, the school, the fire brigade and the ambulance service in the room: the director's
 * synced board holds req-mini (owner sch, 3 min), req-engines (the brigade's water tenders, 10 min) and the ambulance
 * service's req-ems-triage, each under its owner; no frame a seat received carries another seat's requirement, while
 * each seat got its own (so the frames searched are the ones that would carry them).
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDrill, decoded, joinEach, requestId, startServer, until, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(() => h.close());

type Row = { agency: string; owner: string; status: string };
/** the board rows (REQ: ids only) of the one synced view a client decodes */
function requirements(room: SDKRoom): Record<string, Row> {
  const state = (room.state as { toJSON(): { views?: Record<string, { obligations?: Record<string, Row> }> } }).toJSON();
  const rows = Object.values(state.views ?? {}).flatMap((v) => Object.entries(v.obligations ?? {}));
  return Object.fromEntries(rows.filter(([id]) => id.startsWith("REQ:")));
}

describe("力量需求 on the boards, live", () => {
  it("the director's board has every seat's; each seat's frames carry its own and never another seat's", async () => {
    const d = await createDrill(h, { scenario: "school-fire", seed: 7, blindness: "NONE", speed: 1, paused: true });
    const [director, sch, fire, ems] = await joinEach(h, d.id, { 导调: d.codes.director, 校长: d.codes.seats.sch!, 指挥员: d.codes.seats.fire!, 调度员: d.codes.seats.ems! });
    const drill = h.ctx.drills.get(d.id)!;
    director!.send("clock", { id: requestId(), action: "jump", value: 20 });
    await until(() => drill.state.tMs >= 20 * 60_000, 20_000, "the jump");
    await until(() => ["REQ:req-mini", "REQ:req-engines", "REQ:req-ems-triage"].every((id) => id in requirements(director!)), 20_000, "the director's board");
    const board = requirements(director!);
    expect(board["REQ:req-mini"]).toMatchObject({ agency: "sch", owner: "sch" });
    expect(board["REQ:req-engines"]).toMatchObject({ agency: "fire", owner: "fire" });
    expect(board["REQ:req-ems-triage"]).toMatchObject({ agency: "ems", owner: "ems" });
    for (const [seat, room] of [["sch", sch!], ["fire", fire!], ["ems", ems!]] as const) {
      const own = Object.entries(board).filter(([, o]) => o.agency === seat).map(([id]) => id);
      const others = Object.entries(board).filter(([, o]) => o.agency !== seat).map(([id]) => id);
      await until(() => own.every((id) => id in requirements(room)), 20_000, `${seat}'s own requirements`);
      const frames = decoded.get(room)!.map((f) => f.text).join("\n");
      for (const id of own) expect(frames, `${seat} got its own ${id}`).toContain(`"${id}"`);
      for (const id of others) expect(frames, `${seat} got ${id}`).not.toContain(`"${id}"`);
    }
  }, 90_000);
});
