/**
 * The HTTP API's wording and access over real HTTP (README "HTTP API"): errors speak the request's
 * language (zh-CN unless Accept-Language prefers English), validation problems included, field
 * first; a valid code on a drill id nobody has is told 404, while a request without a valid code
 * is told 401 whether the drill exists or not; live findings reach the director and evaluators
 * over the room (`findings`), never a seat.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDrill, join, startServer, type Created, type Harness } from "./harness.ts";

let h: Harness;
let d: Created;
beforeAll(async () => {
  h = await startServer();
  d = await createDrill(h, { scenario: "chemical-leak", seed: 7, paused: true });
});
afterAll(async () => {
  await h.close();
});

const create = (body: unknown, lang?: string) =>
  fetch(`${h.url}/api/drills`, {
    method: "POST",
    headers: { authorization: `Bearer ${h.directorCode}`, "content-type": "application/json", ...(lang ? { "accept-language": lang } : {}) },
    body: JSON.stringify(body),
  });
const get = (path: string, code?: string, lang?: string) =>
  fetch(`${h.url}${path}`, { headers: { ...(code ? { authorization: `Bearer ${code}` } : {}), ...(lang ? { "accept-language": lang } : {}) } });

describe("validation problems in the request's language", () => {
  it("speed 100 with no Accept-Language: Chinese, the field first, the limit and the value sent", async () => {
    const r = await create({ scenario: "chemical-leak", speed: 100 });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: "演练设置有误", problems: ["speed：应 ≤ 60（收到 100）"] });
  });

  it("speed 0 (what the create form now sends for 0, not 1×) is refused with its reason; 0.5 is a drill", async () => {
    const r = await create({ scenario: "chemical-leak", speed: 0 });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: "演练设置有误", problems: ["speed：应 ≥ 0.5（收到 0）"] });
    expect((await create({ scenario: "chemical-leak", speed: 0.5 })).status).toBe(201);
  });

  it("the same body asking for English (en-US first): English throughout", async () => {
    const r = await create({ scenario: "chemical-leak", speed: 100 }, "en-US,en;q=0.9,zh;q=0.5");
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: "Bad drill settings", problems: ["speed: must be ≤ 60 (got 100)"] });
  });

  it("Chinese preferred over English by q-value, or a language the API does not speak: Chinese", async () => {
    for (const lang of ["en;q=0.4,zh-CN;q=0.8", "fr-FR,de", "zh-TW"]) {
      const b = (await (await create({ scenario: "chemical-leak", speed: 0.1 }, lang)).json()) as { error: string; problems: string[] };
      expect(b, lang).toEqual({ error: "演练设置有误", problems: ["speed：应 ≥ 0.5（收到 0.1）"] });
    }
  });

  it("every kind of problem worded, none in zod's English", async () => {
    const body = { scenario: "", seed: 1.5, blindness: "TRIPLE", paused: "yes", colour: "red" };
    const zh = ((await (await create(body)).json()) as { problems: string[] }).problems;
    expect(zh).toEqual([
      "scenario：不能为空",
      "seed：应为整数（收到 1.5）",
      "blindness：应为以下之一：\"NONE\"、\"SINGLE_BLIND\"、\"DOUBLE_BLIND\"（收到 \"TRIPLE\"）",
      "paused：应为true 或 false（收到 \"yes\"）",
      "请求体：未知的字段：colour",
    ]);
    const en = ((await (await create(body, "en")).json()) as { problems: string[] }).problems;
    expect(en).toEqual([
      "scenario: must not be empty",
      "seed: must be an integer (got 1.5)",
      "blindness: must be one of \"NONE\", \"SINGLE_BLIND\", \"DOUBLE_BLIND\" (got \"TRIPLE\")",
      "paused: must be true or false (got \"yes\")",
      "body: unknown field: colour",
    ]);
    for (const p of zh) expect(p).not.toMatch(/Too|expected|Invalid|Unrecognized/);
  });

  it("one problem per field: seed -1e300 reads \"≥ 0\", not that and the integer check's \"≥ -9007199254740991\" (review 8 item 7)", async () => {
    const b = (await (await create({ scenario: "chemical-leak", seed: -1e300 })).json()) as { problems: string[] };
    expect(b.problems).toEqual(["seed：应 ≥ 0（收到 -1e+300）"]);
  });

  it("other API errors follow the same language: an unknown route, a missing code", async () => {
    expect(await (await get("/api/nosuch", h.directorCode, "en")).json()).toEqual({ error: "No API route GET /api/nosuch" });
    expect((await (await get("/api/nosuch", h.directorCode)).json()) as { error: string }).toEqual({ error: "没有这个接口：GET /api/nosuch" });
    expect(((await (await get(`/api/drills/${d.id}/log`, undefined, "en")).json()) as { error: string }).error).toBe("The log needs the director's or an evaluator's code");
  });
});

describe("a drill id nobody has", () => {
  const routes = (id: string) => [`/api/drills/${id}/log`, `/api/drills/${id}/report`, `/api/drills/${id}/verify`, `/api/drills/${id}/sources`];

  it("with a drill's valid director or evaluator code: 404 drill not found, on every drill route", async () => {
    for (const code of [d.codes.director, d.codes.evaluator, h.directorCode]) {
      for (const path of routes("nosuch01")) {
        const r = await get(path, code);
        expect(r.status, path).toBe(404);
        expect(await r.json()).toEqual({ error: "没有编号为 nosuch01 的演练" });
      }
    }
  });

  it("the auth scheme is case-insensitive (RFC 9110 §11.1): 'bearer' and 'BEARER' open the log as 'Bearer' does", async () => {
    for (const scheme of ["bearer", "BEARER", "Bearer"]) {
      const r = await fetch(`${h.url}/api/drills/${d.id}/log`, { headers: { authorization: `${scheme} ${d.codes.director}` } });
      expect(r.status, scheme).toBe(200);
    }
    const r = await fetch(`${h.url}/api/drills/${d.id}/log`, { headers: { authorization: `Basic ${d.codes.director}` } });
    expect(r.status).toBe(401);
  });

  it("a report in a language it is not written in is refused with the choices (400), not answered in Chinese; zh-CN and en are served", async () => {
    const r = await get(`/api/drills/${d.id}/report?lang=fr`, d.codes.director);
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: "语言应为 zh 或 en" });
    for (const lang of ["zh", "zh-CN", "en"]) expect((await get(`/api/drills/${d.id}/report?lang=${lang}`, d.codes.director)).status, lang).toBe(200);
  });

  it("listing drills with a drill's own director code says the server's director code is needed", async () => {
    const r = await get("/api/drills", d.codes.director);
    expect(r.status).toBe(401);
    expect(((await r.json()) as { error: string }).error).toContain("服务器导调码");
  });

  it("an unknown scenario id or bot agency says which ones exist (what was expected)", async () => {
    const a = await create({ scenario: "nope" });
    expect(a.status).toBe(404);
    expect(((await a.json()) as { error: string }).error).toBe("没有名为“nope”的内置情景（可选：chemical-leak, mine-flood, school-fire；或上传情景 YAML 全文）");
    const b = await create({ scenario: "chemical-leak", bots: ["nobody"] }, "en");
    expect(b.status).toBe(400);
    const e = ((await b.json()) as { error: string }).error;
    expect(e).toMatch(/^bots: no agency "nobody" in chemical-leak \(expected one of: .*\)$/);
    for (const agency of ["ent", "fire", "police", "health", "eco", "met", "town"]) expect(e).toContain(agency);
  });

  it("without a valid code: 401 for it and for a drill that exists alike (nothing leaks)", async () => {
    for (const code of [undefined, "0000-0000-0000-0000", "x".repeat(65)]) {
      for (const [mine, none] of routes(d.id).map((p, i) => [p, routes("nosuch01")[i]!] as const)) {
        const a = await get(mine, code);
        const b = await get(none, code);
        expect([a.status, b.status], `${mine} ${code}`).toEqual([401, 401]);
        expect(await a.json()).toEqual(await b.json());
      }
    }
  });

  it("a drill's code is not a key to other drills: refused with the very answer an id nobody has gets (review 18 item 2: no 401 against 404)", async () => {
    const other = await createDrill(h, { scenario: "chemical-leak", seed: 8, paused: true });
    const answer = async (id: string, code: string | undefined) => {
      const r = await get(`/api/drills/${id}/log`, code);
      return `${r.status} ${(await r.text()).replaceAll(id, "ID")}`;
    };
    for (const code of [d.codes.evaluator, d.codes.director, d.codes.seats.fire]) {
      const a = await answer(other.id, code);
      expect(a).toBe(await answer("nosuch01", code));
      expect(a.startsWith("200")).toBe(false);
    }
    expect(await answer(other.id, d.codes.seats.fire)).toMatch(/^401 /);
  });
});

describe("live findings (README: over the room, director and evaluators only)", () => {
  it("an evaluator asks the room and gets them (score null: nothing due yet); a seat is refused", async () => {
    const evaluator = await join(h, d.id, d.codes.evaluator, "评估员");
    const seat = await join(h, d.id, d.codes.seats.fire!, "消防值班员");
    try {
      const got = new Promise<{ score: unknown; findings: unknown[] }>((resolve) => evaluator.onMessage("findings", resolve));
      evaluator.send("findings", {});
      const f = await got;
      expect(f.score).toBeNull();
      expect(f.findings).toEqual([]);
      const refused = new Promise<{ code: string; type: string }>((resolve) => seat.onMessage("rejected", resolve));
      let leaked = false;
      seat.onMessage("findings", () => (leaked = true));
      seat.send("findings", {});
      expect(await refused).toMatchObject({ type: "findings", code: "notAllowed" });
      expect(leaked).toBe(false);
    } finally {
      await evaluator.leave();
      await seat.leave();
    }
  });

  it("there is no HTTP findings route: 404 like any unknown route", async () => {
    expect((await get(`/api/drills/${d.id}/findings`, h.directorCode)).status).toBe(404);
  });
});
