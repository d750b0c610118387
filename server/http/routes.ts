/**
 * The HTTP API (issue 7 §11; README "HTTP API"): health, scenarios, create and list drills, a
 * drill's log as a play file, its report and its verification. Bodies are zod-checked and
 * size-limited; director and evaluator routes need a code as `Authorization: Bearer <code>`;
 * errors are JSON `{ error, problems? }`, never a stack trace.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { formatProblem } from "../../engine/scenario/problems.ts";
import { hostRoom, type LiveContext } from "../context.ts";
import { LiveDrill } from "../live/drill.ts";
import { logToPlayYaml } from "../live/log.ts";
import { compileScenario, shippedScenarios, shippedScenarioText } from "../live/scenario.ts";
import { hashCode } from "../live/seats.ts";
import { verifyDrill } from "../store/verify.ts";
import type { SeatKind } from "../store/store.ts";
import { drillReport, type ReportFormat } from "./report.ts";
import { join } from "node:path";
import { scenariosDir } from "../live/scenario.ts";

const MAX_BODY = 1024 * 1024;

const NewDrillBody = z
  .object({
    scenario: z.string().min(1).max(MAX_BODY),
    seed: z.number().int().min(0).max(2 ** 31).optional(),
    blindness: z.enum(["NONE", "SINGLE_BLIND", "DOUBLE_BLIND"]).optional(),
    speed: z.number().min(0.5).max(60).optional(),
    bots: z.array(z.string().max(64)).max(64).optional(),
    botPlay: z.string().max(MAX_BODY).optional(),
    paused: z.boolean().optional(),
  })
  .strict();

type Req = IncomingMessage & { params: Record<string, string>; query: Record<string, unknown> };
type Res = ServerResponse & { status(n: number): Res; json(v: unknown): void; type(t: string): Res; send(b: unknown): void };
type App = { get(path: string, h: (req: Req, res: Res) => unknown): void; post(path: string, h: (req: Req, res: Res) => unknown): void };

const fail = (res: Res, status: number, error: string, problems?: string[]) => res.status(status).json({ error, ...(problems ? { problems } : {}) });

function bearer(req: Req): string | undefined {
  const h = req.headers.authorization;
  return typeof h === "string" && h.startsWith("Bearer ") ? h.slice(7).trim() : undefined;
}

/** Does the request carry the server's director code, or one of `kinds` for this drill? */
function allowed(ctx: LiveContext, req: Req, drillId: string | undefined, kinds: readonly SeatKind[]): boolean {
  const code = bearer(req);
  if (!code || code.length > 64) return false;
  const h = hashCode(code);
  if (h === ctx.directorHash) return true;
  const found = drillId ? ctx.store.findCode(h) : undefined;
  return found !== undefined && found.drillId === drillId && kinds.includes(found.kind);
}

async function readJson(req: Req): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return { ok: false, error: `the body is larger than ${MAX_BODY} bytes` };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, error: "the body is not JSON" };
  }
}

/** A drill by id: live in this process, or rebuilt from the store (a finished drill). */
function drillOf(ctx: LiveContext, id: string): LiveDrill | undefined {
  const live = ctx.drills.get(id);
  if (live) return live;
  const rec = ctx.store.getDrill(id);
  return rec ? LiveDrill.rebuild(rec, ctx.store.log(id)) : undefined;
}

export function mountRoutes(app: App, ctx: LiveContext): void {
  const guard = (h: (req: Req, res: Res) => Promise<unknown> | unknown) => async (req: Req, res: Res) => {
    try {
      await h(req, res);
    } catch (e) {
      console.error(`${req.method} ${req.url}:`, e);
      if (!res.headersSent) fail(res, 500, "the server could not answer this request");
    }
  };

  app.get("/api/health", guard((_req, res) => res.json({ ok: true, drills: ctx.drills.size, uptimeS: Math.round(process.uptime()) })));

  app.get("/api/scenarios", guard((_req, res) => res.json(shippedScenarios())));

  app.post("/api/drills", guard(async (req, res) => {
    if (!allowed(ctx, req, undefined, [])) return fail(res, 401, "creating a drill needs the director code: Authorization: Bearer <code>");
    const body = await readJson(req);
    if (!body.ok) return fail(res, 400, body.error);
    const parsed = NewDrillBody.safeParse(body.value);
    if (!parsed.success) return fail(res, 400, "bad drill settings", parsed.error.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`));
    const b = parsed.data;
    const uploaded = b.scenario.includes("\n");
    const text = uploaded ? b.scenario : shippedScenarioText(b.scenario);
    if (text === undefined) return fail(res, 404, `no shipped scenario "${b.scenario}"`);
    const file = uploaded ? "upload.yaml" : `${b.scenario}.yaml`;
    const compiled = compileScenario(text, file);
    if (!compiled.ok) return fail(res, 422, "the scenario does not validate", compiled.problems.map(formatProblem));
    const s = compiled.value.scenario;
    const unknownBot = (b.bots ?? []).find((a) => !compiled.value.agencies.has(a));
    if (unknownBot) return fail(res, 400, `bots: no agency "${unknownBot}" in ${s.id}`);
    const settings = { blindness: b.blindness ?? s.blindness, speed: b.speed ?? 1, bots: [...(b.bots ?? [])].sort(), ...(b.botPlay ? { botPlay: b.botPlay } : {}) };
    const { drill, codes } = LiveDrill.create(ctx.store, { scenarioYaml: text, file, seed: b.seed ?? s.seed, settings });
    if (b.paused) drill.pause();
    await hostRoom(drill);
    drill.audit("director", "create", { scenario: s.id, seed: drill.record.seed });
    res.status(201).json({ id: drill.id, codes });
  }));

  app.get("/api/drills", guard((req, res) => {
    if (!allowed(ctx, req, undefined, [])) return fail(res, 401, "listing drills needs the director code");
    res.json(ctx.store.listDrills().map((d) => ({ id: d.id, scenarioId: d.scenarioId, seed: d.seed, status: d.status, clockMs: d.clockMs, createdAt: d.createdAt, blindness: d.settings.blindness, speed: d.settings.speed, bots: d.settings.bots })));
  }));

  app.get("/api/drills/:id/log", guard((req, res) => {
    const id = req.params.id!;
    if (!allowed(ctx, req, id, ["director", "evaluator"])) return fail(res, 401, "the log needs the director's or an evaluator's code");
    const d = ctx.store.getDrill(id);
    if (!d) return fail(res, 404, `no drill ${id}`);
    res.type("text/yaml; charset=utf-8").send(logToPlayYaml(d.scenarioId, d.seed, ctx.store.log(id), `drill ${id}`));
  }));

  app.get("/api/drills/:id/report", guard(async (req, res) => {
    const id = req.params.id!;
    if (!allowed(ctx, req, id, ["director", "evaluator"])) return fail(res, 401, "the report needs the director's or an evaluator's code");
    const format = String(req.query.format ?? "json");
    const lang = req.query.lang === "en" ? "en" : "zh";
    if (!["json", "html", "pdf"].includes(format)) return fail(res, 400, "format: json, html or pdf");
    const drill = drillOf(ctx, id);
    if (!drill) return fail(res, 404, `no drill ${id}`);
    const out = await drillReport(drill, ctx.store, format as ReportFormat, lang);
    res.type(out.type).send(typeof out.body === "string" ? out.body : Buffer.from(out.body));
  }));

  app.get("/api/drills/:id/verify", guard((req, res) => {
    const id = req.params.id!;
    if (!allowed(ctx, req, id, ["director", "evaluator"])) return fail(res, 401, "verification needs the director's or an evaluator's code");
    const v = verifyDrill(ctx.store, id, join(scenariosDir(), "rules"));
    res.status(v.ok ? 200 : v.stage === "drill" ? 404 : 409).json(v);
  }));
}
