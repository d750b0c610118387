import type { Command } from "../model/commands.ts";
import type { RejectionCode } from "../model/events.ts";
import { emit, type Tx } from "../tx.ts";

export function reject(tx: Tx, cmd: Command, code: RejectionCode, reason: string): void {
  emit(tx, { type: "rejected", seq: cmd.seq, by: cmd.by, command: cmd.type, code, reason });
}
