/**
 * The hash chain of a drill's command log (留痕, issue 7 §9). Each record's hash is
 *   SHA-256 hex of canonicalJson([prevHash, seq, atMs, by, person, clientId, command])
 * (engine/model/hash.ts: keys sorted, numbers to 6 decimals), with prevHash "" for seq 1. Editing,
 * deleting or reordering a record breaks the chain at that record's seq.
 */
import { canonicalJson, sha256Hex } from "../../engine/model/hash.ts";
import type { ChainCheck, LogEntry, LogRecord } from "./store.ts";

/** The hash of one record from its fields (hex, 64 chars). */
export function recordHash(prevHash: string, seq: number, e: LogEntry): string {
  return sha256Hex(canonicalJson([prevHash, seq, e.atMs, e.by, e.person, e.clientId, e.command]));
}

/**
 * Check a drill's records in seq order. `head`, when the store keeps it, is the expected
 * {count, hash} of the last appended record, so a truncated tail or a re-hashed last record shows.
 * Returns the first broken seq with a reason (English, for operators and `drill verify`).
 */
export function checkChain(records: readonly LogRecord[], head?: { count: number; hash: string }): ChainCheck {
  let prev = "";
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const want = i + 1;
    if (r.seq !== want) return { ok: false, seq: want, reason: `record ${want} is missing (next stored record is ${r.seq})` };
    if (recordHash(r.prevHash, r.seq, r) !== r.hash) return { ok: false, seq: want, reason: `record ${want} was changed: its fields do not give its hash` };
    if (r.prevHash !== prev) {
      // this record is intact, so the one before it was edited and re-hashed: name that one
      return i === 0
        ? { ok: false, seq: 1, reason: "record 1 does not start the chain (prevHash is not empty)" }
        : { ok: false, seq: want - 1, reason: `record ${want - 1} was changed: record ${want} chained to a different hash` };
    }
    prev = r.hash;
  }
  if (head && head.count > records.length) {
    return { ok: false, seq: records.length + 1, reason: `records ${records.length + 1}..${head.count} are missing from the end of the log` };
  }
  if (head && head.count < records.length) {
    return { ok: false, seq: head.count + 1, reason: `record ${head.count + 1} was not appended by the server (the log ended at ${head.count})` };
  }
  if (head && head.count === records.length && head.hash !== prev) {
    return { ok: false, seq: records.length, reason: `record ${records.length} was changed: it is not the record that was appended last` };
  }
  return { ok: true, records: records.length, head: prev };
}
