/** cordon, warning, activateResponse, end: field and command decisions that change the situation. */
import type { CommandOf } from "../model/commands.ts";
import { emit, type Tx } from "../tx.ts";
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

export function applyActivateResponse(tx: Tx, cmd: CommandOf<"activateResponse">): void {
  tx.s.responseLevel = cmd.level;
  emit(tx, { type: "responseActivated", seq: cmd.seq, by: cmd.by, level: cmd.level });
}

export function applyEnd(tx: Tx, cmd: CommandOf<"end">): void {
  tx.s.ended = true;
  tx.s.endReason = "director";
  if (cmd.reason) tx.s.endNote = cmd.reason;
}
