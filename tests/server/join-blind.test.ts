/**
 * A double-blind seat's join page (newcomer 17 item 1): everything its page can ask the server
 * before the seat is told — the page itself, the code lookup, the LAN links, the scenario list
 * without or with the seat's own code — never holds a scenario's title, in Chinese or English.
 * Only the server's director code lists the scenarios (the drill creation form).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shippedScenarios } from "../../server/live/scenario.ts";
import { createDrill, startServer, type Created, type Harness } from "./harness.ts";

let h: Harness;
let d: Created;
beforeAll(async () => {
  h = await startServer();
  d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "DOUBLE_BLIND", paused: true });
});
afterAll(async () => {
  await h.close();
});

const titles = shippedScenarios().flatMap((s) => [s.title.zh, s.title.en]);

describe("a double-blind seat's join page", () => {
  it("receives no scenario title in any answer it can ask for", async () => {
    const code = d.codes.seats.fire!;
    const asks: Array<[string, RequestInit?]> = [
      [`/join/${encodeURIComponent(code)}?drill=${d.id}`],
      ["/"],
      ["/api/scenarios"],
      ["/api/scenarios", { headers: { authorization: `Bearer ${code}` } }],
      ["/api/lan"],
      ["/api/health"],
      ["/api/join", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code }) }],
    ];
    const bytes: string[] = [];
    for (const [path, init] of asks) bytes.push(`${path}: ${await (await fetch(`${h.url}${path}`, init)).text()}`);
    const seen = bytes.flatMap((b) => titles.filter((t) => b.includes(t)).map((t) => `${b.split(":")[0]} holds "${t}"`));
    expect(titles.length).toBeGreaterThan(2);
    expect(seen).toEqual([]);
  });

  it("is not told whether the drill has begun (paused or running: when the incident started), only whether its console is open", async () => {
    const e = await createDrill(h, { scenario: "school-fire", seed: 7, blindness: "DOUBLE_BLIND", paused: true });
    const lookup = async (code: string) => (await fetch(`${h.url}/api/join`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code }) })).text();
    const asked = [e.codes.seats.fire!, e.codes.observer];
    const before = await Promise.all(asked.map(lookup));
    h.ctx.drills.get(e.id)!.resume();
    expect(await Promise.all(asked.map(lookup))).toEqual(before);
    expect(JSON.parse(before[0]!)).toEqual({ drillId: e.id, kind: "seat", seat: "fire", status: "live" });
    // the director's and evaluators' codes are told the clock's state
    expect(JSON.parse(await lookup(e.codes.evaluator)).status).toBe("running");
  });

  it("is not told how many drills the server runs (/api/health); the server's director code is", async () => {
    const anyone = (await (await fetch(`${h.url}/api/health`)).json()) as Record<string, unknown>;
    expect(anyone.ok).toBe(true);
    expect(anyone).not.toHaveProperty("drills");
    const seat = (await (await fetch(`${h.url}/api/health`, { headers: { authorization: `Bearer ${d.codes.seats.fire!}` } })).json()) as Record<string, unknown>;
    expect(seat).not.toHaveProperty("drills");
    const operator = (await (await fetch(`${h.url}/api/health`, { headers: { authorization: `Bearer ${h.directorCode}` } })).json()) as { drills: number };
    expect(operator.drills).toBe(h.ctx.drills.size);
  });

  it("is refused the scenario list with a reason; the server's director code gets it", async () => {
    const refused = await fetch(`${h.url}/api/scenarios`);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toContain("导调码");
    const listed = await fetch(`${h.url}/api/scenarios`, { headers: { authorization: `Bearer ${h.directorCode}` } });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as Array<{ id: string }>).map((s) => s.id)).toContain("chemical-leak");
  });
});
