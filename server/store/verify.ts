/**
 * `drill verify` and GET /api/drills/:id/verify (issue 7 §9): is this drill's record intact, and
 * does it reproduce what the server recorded? Three checks in order: the scenario text still has
 * its recorded SHA-256; the log's hash chain (留痕) is unbroken; replaying the log through the
 * engine (engine/replay.ts) from the stored scenario text and seed to the recorded clock position
 * gives the recorded state hash.
 */
import { sha256Hex } from "../../engine/model/hash.ts";
import { endInstantMs, run, stateHash } from "../../engine/replay.ts";
import { formatProblem } from "../../engine/scenario/problems.ts";
import { logCommands } from "./log-commands.ts";
import { compileScenarioText } from "./scenario-text.ts";
import type { Store } from "./store.ts";
import { verifyReason, type VerifyCode, type VerifyWhy } from "../../i18n/verify-words.ts";

export type VerifyStage = "drill" | "scenario" | "chain" | "replay" | "state";

export type Verification =
  | {
      ok: true;
      drillId: string;
      records: number;
      /** hash of the last log record ("" for an empty log) */
      head: string;
      clockMs: number;
      /** the drill time the replay reached: for an ended drill when it ended (engine/replay.ts endInstantMs), as the console said */
      reachedMs: number;
      /** the replayed state hash; equals the recorded one when `stateRecorded` */
      stateHash: string;
      /** false when the server never recorded a state hash: the chain and replay were still checked */
      stateRecorded: boolean;
    }
  | {
      ok: false;
      drillId: string;
      stage: VerifyStage;
      /** the log record at fault, for chain and replay failures */
      seq?: number;
      /** in English, for the HTTP route and operators */
      reason: string;
      /** the reason as a code (i18n/verify-words.ts), worded by `drill verify` in the reader's language */
      why: VerifyWhy;
      expected?: string;
      actual?: string;
    };

/** Verify drill `id` in `store`. Never throws for a bad drill: every failure is a result. */
export function verifyDrill(store: Store, id: string, rulesDir?: string): Verification {
  const failWhy = (stage: VerifyStage, why: VerifyWhy, more: { seq?: number; expected?: string; actual?: string; reason?: string } = {}): Verification =>
    ({ ok: false, drillId: id, stage, reason: verifyReason(why, "en"), why, ...more });
  const fail = (stage: VerifyStage, code: VerifyCode, params: Record<string, unknown>, more: { seq?: number; expected?: string; actual?: string; reason?: string } = {}): Verification =>
    failWhy(stage, { code, params }, more);
  const drill = store.getDrill(id);
  if (!drill) return fail("drill", "noDrill", { id });
  const textHash = sha256Hex(drill.scenarioYaml);
  if (textHash !== drill.scenarioHash) return fail("scenario", "scenarioChanged", {}, { expected: drill.scenarioHash, actual: textHash });

  const chain = store.verifyChain(id);
  if (!chain.ok) return failWhy("chain", chain.why, { seq: chain.seq });

  const compiled = compileScenarioText(drill.scenarioYaml, `drill ${id}`, rulesDir, drill.rulesYaml);
  if (!compiled.ok) return fail("scenario", "scenarioInvalid", { problems: compiled.problems }, { reason: compiled.problems.map(formatProblem).join("\n") });
  const sid = compiled.compiled.scenario.id;
  if (sid !== drill.scenarioId) return fail("scenario", "scenarioIdDiffers", { stored: sid, drill: drill.scenarioId }, { expected: drill.scenarioId, actual: sid });
  const cmds = logCommands(store.log(id));
  if (!cmds.ok) return failWhy("replay", cmds.why, { seq: cmds.seq });

  // the live state at clockMs has stepped every tick that ends at or before clockMs: `run` stops there
  const { state } = run(compiled.compiled, drill.seed, cmds.commands, { untilMs: drill.clockMs });
  const hash = stateHash(compiled.compiled, state);
  if (drill.stateHash !== undefined && hash !== drill.stateHash) {
    return fail("state", "stateDiffers", { records: chain.records, clockMs: drill.clockMs }, { expected: drill.stateHash, actual: hash });
  }
  return { ok: true, drillId: id, records: chain.records, head: chain.head, clockMs: drill.clockMs, reachedMs: endInstantMs(compiled.compiled, state), stateHash: hash, stateRecorded: drill.stateHash !== undefined };
}
