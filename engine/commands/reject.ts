/** A command that cannot apply becomes a `rejected` event: a stable code and its parameters, never prose. */
import type { RejectionCode, RejectionParams } from "../model/events.ts";
import { emit, type Tx } from "../tx.ts";

/** The envelope of a command, as far as it could be read (a malformed one may lack any of it). */
export interface CommandRef {
  seq: number;
  by: string;
  type: string;
}

export function reject(tx: Tx, cmd: CommandRef, code: RejectionCode, params: RejectionParams = {}): void {
  emit(tx, { type: "rejected", seq: cmd.seq, by: cmd.by, command: cmd.type, code, params });
}
