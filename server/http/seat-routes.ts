/**
 * Routes a person with a seat's code uses (README "HTTP API"):
 * - `POST /api/join {code}` → `{ drillId, kind, seat, status }`: which drill and seat a typed code opens,
 *   so the join page needs only the code and a name. Unknown and revoked codes get the same
 *   404 answer through the same path (a revoked code is no longer in the store), and each address
 *   may ask only JOIN_LIMIT's 10 times every 10 seconds (live/throttle.ts; past it 429 with Retry-After): 100-bit
 *   codes plus this limit make guessing hopeless.
 * - `GET /api/drills/:id/sources` → `{ scenarioId, scenario, rulesId, rules, log, clockMs, stateHash? }`:
 *   what the replay viewer needs to re-run the drill in the browser (the stored scenario text,
 *   the rules profile it names, the log as a play file, the server's recorded hash). The
 *   director's or an evaluator's code at any time; any code of the drill once it has ended.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { LiveContext } from "../context.ts";
import { peerOf } from "../live/guesses.ts";
import { JOIN_LIMIT, Throttle } from "../live/throttle.ts";
import { logToPlayYaml } from "../live/log.ts";
import { compileStored, scenariosDir } from "../live/scenario.ts";
import { botPlays, hashCode } from "../live/seats.ts";
import { access, allowed, apiText, fail, guard, readJson, type App, type Req } from "./common.ts";

const JoinBody = z.object({ code: z.string().min(4).max(64) }).strict();
/** a join body is a code: anything larger is not one */
const JOIN_MAX_BODY = 512;

export function mountSeatRoutes(app: App, ctx: LiveContext): void {
  const limit = new Throttle(JOIN_LIMIT, "join");

  app.post("/api/join", guard(async (req, res) => {
    const taken = await limit.take(peerOf(req));
    if (!taken.ok) return fail(res.setHeader("Retry-After", String(taken.retryS)) as typeof res, 429, apiText(req, "tooManyJoins", { seconds: taken.retryS }));
    const body = await readJson(req, JOIN_MAX_BODY);
    if (!body.ok) return fail(res, body.status, body.error);
    const parsed = JoinBody.safeParse(body.value);
    if (!parsed.success) return fail(res, 400, apiText(req, "joinBody"));
    const found = ctx.store.findCode(hashCode(parsed.data.code));
    if (!found) {
      await ctx.guesses?.miss(peerOf(req), hashCode(parsed.data.code)); // live/guesses.ts: past the limit this address is refused on every path
      return fail(res, 404, apiText(req, "codeUnknown"));
    }
    // a seat a bot plays: its code waits for the director's switch to a person (live/seats.ts botPlays)
    if (botPlays(ctx.store, found)) return fail(res, 409, apiText(req, "botSeat"));
    // whether the drill has ended: a seat's console is closed then, its join page says so; a double-blind
    // drill's seat or observer is told only that ("live" else): paused or running would say when it began (review 18)
    const d = ctx.store.getDrill(found.drillId);
    const status = d?.status ?? "ended";
    const blind = d?.settings.blindness === "DOUBLE_BLIND" && (found.kind === "seat" || found.kind === "observer");
    res.json({ drillId: found.drillId, kind: found.kind, seat: found.seat, status: blind && status !== "ended" ? "live" : status });
  }));

  app.get("/api/drills/:id/sources", guard((req, res) => {
    const id = req.params.id!;
    const d = ctx.store.getDrill(id);
    const may = allowed(ctx, req, id, ["director", "evaluator"]) || (d?.status === "ended" && allowed(ctx, req, id, ["seat", "observer"]));
    // a valid code of any kind for another drill is told 404 whether this id is a drill or not (common.ts access); nobody learns which ids are
    if (access(ctx, req, id, ["director", "evaluator", "seat", "observer"]) === "noDrill") return fail(res, 404, apiText(req, "noDrill", { id }));
    if (!may || !d) return fail(res, 401, apiText(req, "sourcesNeedCode"));
    const c = compileStored(d);
    if (!c.ok) return fail(res, 409, apiText(req, "scenarioGone", { id }));
    const rulesId = c.value.scenario.rules;
    const rules = d.rulesYaml ?? readFileSync(join(scenariosDir(), "rules", `${rulesId}.yaml`), "utf8");
    res.json({
      scenarioId: d.scenarioId, scenario: d.scenarioYaml, rulesId, rules, ...(d.rubricYaml !== undefined ? { rubric: d.rubricYaml } : {}),
      log: logToPlayYaml(d.scenarioId, d.seed, ctx.store.log(id), `drill ${id}`),
      clockMs: d.clockMs, ...(d.stateHash ? { stateHash: d.stateHash } : {}), blindness: d.settings.blindness,
    });
  }));
}
