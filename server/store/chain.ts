/**
 * The hash chain of a drill's command log (留痕, issue 7 §9). Each record's hash is
 *   SHA-256 hex of canonicalJson([prevHash, seq, atMs, by, person, clientId, command])
 * (engine/model/hash.ts: keys sorted, numbers to 6 decimals), with prevHash "" for seq 1. Editing,
 * deleting or reordering a record breaks the chain at that record's seq.
 */
import { canonicalJson, sha256Hex } from "../../engine/model/hash.ts";
import { verifyReason, type VerifyCode } from "../../i18n/verify-words.ts";
import type { ChainBroken, ChainCheck, LogEntry, LogRecord } from "./store.ts";

/** A broken chain at `seq`, for the reason `code` (i18n/verify-words.ts), its English reason kept beside the code. */
export function broken(seq: number, code: VerifyCode, params: Record<string, unknown> = {}): ChainBroken {
  const why = { code, params };
  return { ok: false, seq, reason: verifyReason(why, "en"), why };
}

/** The hash of one record from its fields (hex, 64 chars). */
export function recordHash(prevHash: string, seq: number, e: LogEntry): string {
  return sha256Hex(canonicalJson([prevHash, seq, e.atMs, e.by, e.person, e.clientId, e.command]));
}

/**
 * Check a drill's records in seq order. `head`, when the store keeps it, is the expected
 * {count, hash} of the last appended record, so a truncated tail or a re-hashed last record shows.
 * Returns the first broken seq with its reason: a code (worded by `drill verify` in zh-CN or English) and its English words.
 */
export function checkChain(records: readonly LogRecord[], head?: { count: number; hash: string }): ChainCheck {
  let prev = "";
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const want = i + 1;
    if (r.seq !== want) return broken(want, "recordMissing", { seq: want, next: r.seq });
    if (recordHash(r.prevHash, r.seq, r) !== r.hash) return broken(want, "recordEdited", { seq: want });
    if (r.prevHash !== prev) {
      // this record is intact, so the one before it was edited and re-hashed: name that one
      return i === 0
        ? broken(1, "chainStart")
        : broken(want - 1, "recordRehashed", { seq: want - 1, next: want });
    }
    prev = r.hash;
  }
  if (head && head.count > records.length) {
    return broken(records.length + 1, "tailMissing", { from: records.length + 1, to: head.count });
  }
  if (head && head.count < records.length) {
    return broken(head.count + 1, "notAppended", { seq: head.count + 1, last: head.count });
  }
  if (head && head.count === records.length && head.hash !== prev) {
    return broken(records.length, "lastChanged", { seq: records.length });
  }
  return { ok: true, records: records.length, head: prev };
}
