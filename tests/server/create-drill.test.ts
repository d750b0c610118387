/**
 * POST /api/drills and the API's errors over real HTTP: a bot play is checked like
 * `drill validate` checks it (file:line:col problems, or the scenario it is for), never
 * silently dropped; every API error is JSON `{ error }` with its status.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

const create = (body: unknown) =>
  fetch(`${h.url}/api/drills`, { method: "POST", headers: { authorization: `Bearer ${h.directorCode}`, "content-type": "application/json" }, body: JSON.stringify(body) });

describe("a drill's bot play", () => {
  const good = readFileSync("scenarios/plays/chemical-leak.good.yaml", "utf8");

  it("with a unit the scenario lacks: 422 with the problem's line and column in bot-play.yaml", async () => {
    const lines = good.split("\n");
    const i = lines.findIndex((l) => l.includes("hz-chem1"));
    lines[i] = lines[i]!.replace("hz-chem1", "hz-nosuch");
    const r = await create({ scenario: "chemical-leak", bots: ["fire"], botPlay: lines.join("\n") });
    expect(r.status).toBe(422);
    const b = (await r.json()) as { error: string; problems: string[] };
    expect(b.problems.some((p) => p.startsWith(`bot-play.yaml:${i + 1}:`) && p.includes("hz-nosuch"))).toBe(true);
    expect(h.ctx.drills.size).toBe(0);
  });

  it("for another scenario: 422 saying which scenario it is for", async () => {
    const r = await create({ scenario: "chemical-leak", bots: ["fire"], botPlay: readFileSync("scenarios/plays/mine-flood.good.yaml", "utf8") });
    expect(r.status).toBe(422);
    const b = (await r.json()) as { problems: string[] };
    expect(b.problems.join("\n")).toMatch(/mine-flood/);
  });

  it("not a play at all: 422; the scenario's own good play is taken", async () => {
    expect((await create({ scenario: "chemical-leak", botPlay: "just: words\n" })).status).toBe(422);
    const r = await create({ scenario: "chemical-leak", bots: ["fire"], botPlay: good, paused: true });
    expect(r.status).toBe(201);
    // the page handing out the codes names each seat as the scenario does
    const made = (await r.json()) as { codes: { seats: Record<string, string> }; agencies: Record<string, { zh: string }> };
    expect(Object.keys(made.agencies).sort()).toEqual(Object.keys(made.codes.seats).sort());
    expect(made.agencies.fire!.zh).toMatch(/消防/);
  });
});

describe("API errors are JSON { error } with their status", () => {
  it("an unknown API route: 404, for GET and POST, under a drill too", async () => {
    for (const [method, path] of [["GET", "/api/nosuch"], ["POST", "/api/nosuch"], ["GET", "/api/drills/x/nosuch"]] as const) {
      const r = await fetch(`${h.url}${path}`, { method, headers: { authorization: `Bearer ${h.directorCode}` } });
      expect(r.status, path).toBe(404);
      expect(r.headers.get("content-type")).toMatch(/application\/json/);
      const b = (await r.json()) as { error: string };
      expect(Object.keys(b)).toEqual(["error"]);
      expect(b.error).toMatch(/^没有这个接口/);
    }
  });

  it("a body over 1 MB: 413, JSON", async () => {
    const r = await create({ scenario: "x".repeat(1024 * 1024 + 10) });
    expect(r.status).toBe(413);
    const b = (await r.json()) as { error: string };
    expect(Object.keys(b)).toEqual(["error"]);
    expect(b.error).toBe("请求体超过 1048576 字节"); // worded from the catalogue, like the room's refusals
  });
});
