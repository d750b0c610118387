/**
 * The stored log → engine commands: the one conversion recovery, verification and export share.
 * A record's command is play-format JSON; its time and seat come from the record (atMs, by) and
 * its tie-break from the record's seq (design.md: ties broken by the sequence the log assigns).
 * Each command goes through the play schema again, so defaults and one-or-many fields come out
 * exactly as a play file's would.
 */
import type { Command } from "../../engine/model/commands.ts";
import { formatClock } from "../../engine/model/time.ts";
import { PlayCommand } from "../../engine/scenario/play-schema.ts";
import { broken } from "./chain.ts";
import type { ChainBroken, LogRecord } from "./store.ts";

export type LogCommands = { ok: true; commands: Command[] } | ChainBroken;

/** Engine commands for `records` (in seq order), or the first record that is not a valid play command. */
export function logCommands(records: readonly LogRecord[]): LogCommands {
  const commands: Command[] = [];
  for (const r of records) {
    const parsed = PlayCommand.safeParse({ ...r.command, at: formatClock(r.atMs), by: r.by });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return broken(r.seq, "badCommand", { seq: r.seq, path: issue ? issue.path.join(".") || "(root)" : "(root)", detail: issue?.message ?? "invalid" });
    }
    const { note: _note, ...rest } = parsed.data as PlayCommand & { note?: string };
    commands.push({ ...rest, at: r.atMs, seq: r.seq } as Command);
  }
  return { ok: true, commands };
}
