/**
 * The HTTP API (issue 7 §11; README "HTTP API"): health, scenarios, create and list drills, a
 * drill's log as a play file, its report and its verification. Bodies are zod-checked and
 * size-limited; director and evaluator routes need a code as `Authorization: Bearer <code>`;
 * errors are JSON `{ error, problems? }`, never a stack trace.
 */
import { z } from "zod";
import { problemText } from "../../i18n/problems.ts";
import { hostRoom, type LiveContext } from "../context.ts";
import { LiveDrill } from "../live/drill.ts";
import { logToPlayYaml } from "../live/log.ts";
import { playFromText } from "../../cli/files.ts";
import { compileScenario, shippedScenarios, shippedScenarioText } from "../live/scenario.ts";
import { uploadProblem } from "../live/text-check.ts";
import type { DrillRecord, SeatKind } from "../store/store.ts";
import { verifyDrill } from "../store/verify.ts";
import { access, allowed, apiText, fail, guard, readJson, type App, type Req, type Res } from "./common.ts";
import { firstPerField, issueText, requestLocale, zodOptions } from "./issues.ts";
import { drillReport, type ReportFormat } from "./report.ts";
import { mountSeatRoutes } from "./seat-routes.ts";
import { peerOf } from "../live/guesses.ts";
import { join } from "node:path";
import { scenariosDir } from "../live/scenario.ts";

import { MAX_BODY } from "./common.ts";

const NewDrillBody = z
  .object({
    scenario: z.string().min(1).max(MAX_BODY),
    seed: z.number().min(0).max(2 ** 31).int().optional(),
    blindness: z.enum(["NONE", "SINGLE_BLIND", "DOUBLE_BLIND"]).optional(),
    speed: z.number().min(0.5).max(60).optional(),
    bots: z.array(z.string().max(64)).max(64).optional(),
    botPlay: z.string().max(MAX_BODY).optional(),
    paused: z.boolean().optional(),
  })
  .strict();

/**
 * Answer 401 (`deniedKey`) to a request without a valid code for drill `id`, 404 to one with a
 * valid code of a kind the route takes when no drill has this id (common.ts access); true when answered.
 */
function refused(ctx: LiveContext, req: Req, res: Res, id: string, kinds: readonly SeatKind[], deniedKey: string): boolean {
  const a = access(ctx, req, id, kinds);
  if (a === "denied") fail(res, 401, apiText(req, deniedKey));
  else if (a === "noDrill") fail(res, 404, apiText(req, "noDrill", { id }));
  return a !== "ok";
}

/**
 * A drill's clock as the consoles and the report show it (review 8 item 12): a live drill's
 * `nowMs`; a drill the director ended, the time the end took effect (its logged `end` command),
 * not the tick after it that the stored clock keeps for recovery (LiveDrill.rebuild replays to it).
 */
function shownClockMs(ctx: LiveContext, d: DrillRecord): number {
  const live = ctx.drills.get(d.id);
  if (live) return live.nowMs;
  if (d.status !== "ended") return d.clockMs;
  const end = [...ctx.store.log(d.id)].reverse().find((r) => (r.command as { type?: unknown }).type === "end");
  return end ? Math.min(end.atMs, d.clockMs) : d.clockMs;
}

/** A drill by id: live in this process, or rebuilt from the store (a finished drill). */
function drillOf(ctx: LiveContext, id: string): LiveDrill | undefined {
  const live = ctx.drills.get(id);
  if (live) return live;
  const rec = ctx.store.getDrill(id);
  return rec ? LiveDrill.rebuild(rec, ctx.store.log(id)) : undefined;
}

export function mountRoutes(app: App, ctx: LiveContext): void {
  // an address that has spent its wrong codes is refused on every route before any code is looked up (live/guesses.ts)
  app.use("/api", async (req, res, next) => {
    const g = ctx.guesses;
    if (g && (await g.spent(peerOf(req)))) return fail(res, 429, apiText(req, "tooManyGuesses", { minutes: g.minutes }));
    next();
  });
  // how many drills run is the operator's to know (the server's director code): a seat or a passer-by learns only that it is up
  app.get("/api/health", guard((req, res) => res.json({ ok: true, uptimeS: Math.round(process.uptime()), ...(allowed(ctx, req, undefined, []) ? { drills: ctx.drills.size } : {}) })));
  // where phones on the network open the server (server/lan.ts): the join links' and QR codes' base when the page was opened via localhost
  app.get("/api/lan", guard((_req, res) => res.json({ urls: ctx.lanUrls ?? [] })));

  // the server's director code only: a list of titles on a seat's join page would tell a
  // double-blind seat the scenario before the director reveals it
  app.get("/api/scenarios", guard((req, res) => {
    if (!allowed(ctx, req, undefined, [])) return fail(res, 401, apiText(req, "scenariosNeedDirector"));
    res.json(shippedScenarios());
  }));

  app.post("/api/drills", guard(async (req, res) => {
    if (!allowed(ctx, req, undefined, [])) return fail(res, 401, apiText(req, "needDirector"));
    const body = await readJson(req);
    if (!body.ok) return fail(res, body.status, body.error);
    const locale = requestLocale(req);
    const parsed = NewDrillBody.safeParse(body.value, zodOptions(locale));
    if (!parsed.success) return fail(res, 400, apiText(req, "badSettings"), firstPerField(parsed.error.issues).map((i) => issueText(i, locale)));
    const b = parsed.data;
    const uploaded = b.scenario.includes("\n");
    const text = uploaded ? b.scenario : shippedScenarioText(b.scenario);
    if (text === undefined) return fail(res, 404, apiText(req, "noScenario", { id: b.scenario, choices: shippedScenarios().map((x) => x.id).join(", ") }));
    // what people will read must be what the file says: no bidi overrides or other invisible characters (live/text-check.ts)
    // the file's every problem is listed with it, as `drill validate` lists them (newcomer 23 item 4)
    const file = uploaded ? "upload.yaml" : `${b.scenario}.yaml`;
    const compiled = compileScenario(text, file);
    const hiddenScenario = uploaded ? uploadProblem(text) : undefined;
    if (hiddenScenario) return fail(res, 422, apiText(req, "scenarioHidden", hiddenScenario), compiled.ok ? [] : compiled.problems.map((p) => problemText(p, locale)));
    const hiddenPlay = b.botPlay === undefined ? undefined : uploadProblem(b.botPlay);
    if (hiddenPlay) return fail(res, 422, apiText(req, "botPlayHidden", hiddenPlay));
    if (!compiled.ok) return fail(res, 422, apiText(req, "scenarioInvalid"), compiled.problems.map((p) => problemText(p, locale)));
    const s = compiled.value.scenario;
    const unknownBot = (b.bots ?? []).find((a) => !compiled.value.agencies.has(a));
    if (unknownBot) return fail(res, 400, apiText(req, "unknownBot", { agency: unknownBot, scenario: s.id, choices: [...compiled.value.agencies.keys()].join(", ") }));
    if (b.botPlay !== undefined) {
      const play = playFromText(b.botPlay, "bot-play.yaml", compiled.value);
      if (!play.ok) return fail(res, 422, apiText(req, "botPlayInvalid"), play.problems.map((p) => problemText(p, locale)));
    }
    const settings = { blindness: b.blindness ?? s.blindness, speed: b.speed ?? 1, bots: [...(b.bots ?? [])].sort(), ...(b.botPlay ? { botPlay: b.botPlay } : {}) };
    const { drill, codes } = LiveDrill.create(ctx.store, { scenarioYaml: text, file, seed: b.seed ?? s.seed, settings });
    if (b.paused) drill.pause();
    await hostRoom(drill);
    drill.audit("director", "create", { scenario: s.id, seed: drill.record.seed });
    // the seats' names, so the page handing out codes labels them as people know them; the bots
    // (no code to hand out), when and what was created, and the LAN URLs the QR codes must carry
    res.status(201).json({
      id: drill.id, codes, agencies: Object.fromEntries(s.agencies.map((a) => [a.id, a.name])),
      bots: settings.bots, title: s.title, scenarioId: s.id, createdAt: drill.record.createdAt, lan: ctx.lanUrls ?? [],
    });
  }));

  app.get("/api/drills", guard((req, res) => {
    if (!allowed(ctx, req, undefined, [])) return fail(res, 401, apiText(req, "listNeedsDirector"));
    res.json(ctx.store.listDrills().map((d) => ({ id: d.id, scenarioId: d.scenarioId, seed: d.seed, status: d.status, clockMs: shownClockMs(ctx, d), createdAt: d.createdAt, blindness: d.settings.blindness, speed: d.settings.speed, bots: d.settings.bots })));
  }));

  app.get("/api/drills/:id/log", guard((req, res) => {
    const id = req.params.id!;
    if (refused(ctx, req, res, id, ["director", "evaluator"], "logNeedsCode")) return;
    const d = ctx.store.getDrill(id);
    if (!d) return fail(res, 404, apiText(req, "noDrill", { id }));
    res.type("text/yaml; charset=utf-8").send(logToPlayYaml(d.scenarioId, d.seed, ctx.store.log(id), `drill ${id}`));
  }));

  app.get("/api/drills/:id/report", guard(async (req, res) => {
    const id = req.params.id!;
    if (refused(ctx, req, res, id, ["director", "evaluator"], "reportNeedsCode")) return;
    const format = String(req.query.format ?? "json");
    const lang = req.query.lang === "en" ? "en" : "zh";
    if (!["json", "html", "pdf"].includes(format)) return fail(res, 400, apiText(req, "badFormat"));
    // a language the report is not written in is refused, not silently answered in Chinese
    if (req.query.lang !== undefined && !["zh", "zh-CN", "en"].includes(String(req.query.lang))) return fail(res, 400, apiText(req, "badLang"));
    const drill = drillOf(ctx, id);
    if (!drill) return fail(res, 404, apiText(req, "noDrill", { id }));
    const out = await drillReport(drill, ctx.store, format as ReportFormat, lang);
    res.type(out.type).send(typeof out.body === "string" ? out.body : Buffer.from(out.body));
  }));

  mountSeatRoutes(app, ctx);

  app.get("/api/drills/:id/verify", guard((req, res) => {
    const id = req.params.id!;
    if (refused(ctx, req, res, id, ["director", "evaluator"], "verifyNeedsCode")) return;
    const v = verifyDrill(ctx.store, id, join(scenariosDir(), "rules"));
    res.status(v.ok ? 200 : v.stage === "drill" ? 404 : 409).json(v);
  }));
}
