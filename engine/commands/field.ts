/** cordon, warning, activateResponse, end: field and command decisions that change the situation. */
import type { CommandOf } from "../model/commands.ts";
import { emit, type Tx } from "../tx.ts";
import { isSiteOwner } from "../rules/powers.ts";
import { reject } from "./reject.ts";

export function applyCordon(tx: Tx, cmd: CommandOf<"cordon">): void {
  if (!tx.c.graph.places.has(cmd.place)) return reject(tx, cmd, "unknownPlace", { place: cmd.place });
  tx.s.cordons.push({ place: cmd.place, radiusM: cmd.radiusM, by: cmd.by, atMs: tx.t });
  emit(tx, { type: "cordonSet", seq: cmd.seq, by: cmd.by, place: cmd.place, radiusM: cmd.radiusM });
}

export function applyWarning(tx: Tx, cmd: CommandOf<"warning">): void {
  if (!tx.c.graph.places.has(cmd.place)) return reject(tx, cmd, "unknownPlace", { place: cmd.place });
  tx.s.warnings.push({ level: cmd.level, place: cmd.place, radiusM: cmd.radiusM, by: cmd.by, atMs: tx.t });
  emit(tx, { type: "warningIssued", seq: cmd.seq, by: cmd.by, level: cmd.level, place: cmd.place, radiusM: cmd.radiusM });
}

/**
 * A government seat starts the county's response at `level` (应对法 第七十一、七十二条); a site owner (the enterprise, the
 * mine, the school) starts its own emergency plan (生产安全事故应急条例 第十七条), which leaves the county's level alone
 * (review22 mine B1: the mine's activation printed 「启动Ⅳ级应急响应」 and set the county's level).
 */
export function applyActivateResponse(tx: Tx, cmd: CommandOf<"activateResponse">): void {
  if (isSiteOwner(tx.c.agencies.get(cmd.by)?.kind)) {
    tx.s.unitPlans = [...(tx.s.unitPlans ?? []), { agency: cmd.by, level: cmd.level, atMs: tx.t }];
    emit(tx, { type: "unitPlanActivated", seq: cmd.seq, by: cmd.by, level: cmd.level });
    return;
  }
  tx.s.responseLevel = cmd.level;
  emit(tx, { type: "responseActivated", seq: cmd.seq, by: cmd.by, level: cmd.level });
}

export function applyEnd(tx: Tx, cmd: CommandOf<"end">): void {
  tx.s.ended = true;
  tx.s.endReason = "director";
  if (cmd.reason) tx.s.endNote = cmd.reason;
}
