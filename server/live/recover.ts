/**
 * Recovery at start-up (issue 7 §10): every unfinished drill is rebuilt by replaying its log and resumes paused; its
 * codes are in the store, so its people come back in with them. A drill whose scenario no longer loads is reported
 * and left alone. Round 22 item 5: it resumes at the later of its last written clock position and its last logged
 * command's time (live/clock-keep.ts recoveryNote), never earlier, and keeps a note for its director of where it
 * resumed and how much simulated time, at most, was lost (the welcome's `recovered`; also in the audit log).
 * Round 22 wave 2: a server that stops again before a director joins keeps the earlier notes too (the welcome's
 * `earlierRecoveries`), so the director is told of every recovery since one last joined.
 */
import type { RecoveryNote } from "../../protocol/messages.ts";
import type { AuditEntry, Store } from "../store/store.ts";
import { recoveryNote } from "./clock-keep.ts";
import { LiveDrill } from "./drill.ts";

export function recoverDrills(store: Store, log: (line: string) => void = console.log): LiveDrill[] {
  const out: LiveDrill[] = [];
  for (const rec of store.unfinishedDrills()) {
    try {
      const records = store.log(rec.id);
      const lastCommandMs = records.reduce((m, r) => Math.max(m, r.atMs), -1);
      const note = recoveryNote(rec.clockMs, lastCommandMs, rec.status === "running", rec.settings.speed);
      const drill = LiveDrill.rebuild({ ...rec, clockMs: note.atMs }, records, { store });
      const earlier = unseenRecoveries(store.auditLog(rec.id));
      drill.recovery = note;
      if (earlier.length) drill.earlierRecoveries = earlier;
      drill.pause();
      drill.audit("server", "recovered", { ...note });
      out.push(drill);
      log(`recovered drill ${rec.id} (${rec.scenarioId}) at ${Math.round(drill.state.tMs / 1000)} s, paused; at most ${Math.round(note.lostAtMostMs / 1000)} s of its clock lost`);
    } catch (e) {
      log(`could not recover drill ${rec.id}: ${(e as Error).message}`);
    }
  }
  return out;
}

/**
 * The recoveries a drill's director has not been shown, oldest first: the "recovered" audit entries (their detail is
 * the RecoveryNote) after the last "join" of a director seat (drill-room audits each join with the seat's kind; the
 * director's welcome carries the notes, so a join is a reading).
 */
export function unseenRecoveries(audit: AuditEntry[]): RecoveryNote[] {
  let out: RecoveryNote[] = [];
  for (const e of audit) {
    if (e.action === "join" && e.detail?.kind === "director") out = [];
    else if (e.action === "recovered" && e.detail) out.push(e.detail as unknown as RecoveryNote);
  }
  return out;
}
