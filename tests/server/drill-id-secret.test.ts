/**
 * A drill id alone reveals nothing (review 18 item 2): the server keeps drill ids secret, so
 * whoever holds no code of a drill must get the same answer for a live drill's id as for an id no
 * drill has, from every route that takes an id: the matchmaker's (joinById, reconnect), the SDK's
 * join, and the HTTP API's drill routes. Nor may the matchmaker hand out a live drill's id to a
 * request that names none (`join`/`joinOrCreate` "drill" used to reserve a seat in some live drill
 * and answer its roomId). Each answer is compared byte for byte.
 */
import { Client } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDrill, join, startServer, type Created, type Harness } from "./harness.ts";

let h: Harness;
let live: Created;
let other: Created;
const UNKNOWN = "0badf00d";
beforeAll(async () => {
  h = await startServer();
  live = await createDrill(h, { scenario: "mine-flood", seed: 7, blindness: "DOUBLE_BLIND", paused: true });
  other = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "DOUBLE_BLIND", paused: true });
});
afterAll(async () => {
  await h.close();
});

async function answer(path: string, init?: RequestInit): Promise<string> {
  const r = await fetch(`${h.url}${path}`, init);
  return `${r.status} ${await r.text()}`;
}

const post = (path: string, body: unknown) => answer(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("a drill id without a code of that drill", () => {
  it("gets the matchmaker's same answer for a live drill and an unknown id, and no seat", async () => {
    expect(UNKNOWN).not.toBe(live.id);
    const bodies: unknown[] = [
      {},
      { name: "路人" },
      { code: "WRONG-CODE-0000", name: "路人" },
      { code: other.codes.seats.eb, name: "别的演练" },
      { code: other.codes.evaluator, name: "别的评估" },
    ];
    for (const body of bodies) {
      const known = await post(`/matchmake/joinById/${live.id}`, body);
      const unknown = await post(`/matchmake/joinById/${UNKNOWN}`, body);
      expect(known, JSON.stringify(body)).toBe(unknown.replaceAll(UNKNOWN, live.id));
      expect(known.startsWith("200")).toBe(false);
      expect(known).not.toContain("sessionId");
    }
    const token = (id: string) => ({ reconnectionToken: `${id}:not-a-token` });
    const known = await post(`/matchmake/reconnect/${live.id}`, token(live.id));
    expect(known).toBe((await post(`/matchmake/reconnect/${UNKNOWN}`, token(UNKNOWN))).replaceAll(UNKNOWN, live.id));
    expect(known).not.toContain("sessionId");
  });

  it("is refused by the SDK the same way for a live drill and an unknown id", async () => {
    const refusal = async (id: string) => {
      try {
        await new Client(h.url).joinById(id, { code: "WRONG-CODE-0000", name: "路人" });
        return "joined";
      } catch (e) {
        const x = e as { code?: number; message?: string };
        return `${x.code} ${x.message}`;
      }
    };
    const known = await refusal(live.id);
    expect(known).toBe(await refusal(UNKNOWN));
    expect(known).toMatch(/^401 /);
  });

  it("answers the HTTP API's drill routes the same for a live drill and an unknown id", async () => {
    for (const route of ["log", "report", "verify", "sources"]) {
      for (const code of [undefined, "WRONG-CODE-0000", other.codes.seats.eb!]) {
        const init = code ? { headers: { authorization: `Bearer ${code}` } } : undefined;
        const known = await answer(`/api/drills/${live.id}/${route}`, init);
        const unknown = await answer(`/api/drills/${UNKNOWN}/${route}`, init);
        expect(known, `${route} with ${code ?? "no code"}`).toBe(unknown.replaceAll(UNKNOWN, live.id));
        expect(known.startsWith("200")).toBe(false);
      }
    }
  });

  it("the matchmaker names no live drill to a request that names none", async () => {
    for (const method of ["join", "joinOrCreate", "create"]) {
      for (const body of [{}, { code: "WRONG-CODE-0000", name: "路人" }]) {
        const a = await post(`/matchmake/${method}/drill`, body);
        expect(a.startsWith("200"), `${method}: ${a}`).toBe(false);
        for (const id of [live.id, other.id]) expect(a, method).not.toContain(id);
      }
    }
  });

  it("a code of the drill still joins it (and the server's director code any live drill)", async () => {
    const eb = await join(h, live.id, live.codes.seats.eb!, "应急局");
    expect(eb.roomId).toBe(live.id);
    const director = await join(h, live.id, h.directorCode, "导调");
    expect(director.roomId).toBe(live.id);
    // a bad name with a good code is the person's to fix, said as such (server/live/seats.ts readJoin)
    const named = await post(`/matchmake/joinById/${live.id}`, { code: live.codes.seats.mrt, name: "  " });
    expect(named.startsWith("400")).toBe(true);
    await eb.leave();
    await director.leave();
  });
});
