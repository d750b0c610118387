/**
 * Is a command offered under a client id already logged the same command (a re-send), or a
 * different one re-using the id (review 8 item 1: a duplicated browser tab copied the outbox's
 * counter, so its different command was acked and dropped)? Content is compared as canonical
 * JSON of the validated play command without `at` (the room fills `at` at each offer; `by` is the
 * same seat by construction). A re-send of the same content is acked again and applied once; a
 * different content under a logged id is refused with `idReused`, never acked.
 */
import { canonicalJson } from "../../engine/model/hash.ts";

/** The command's content as compared: canonical JSON of it without `at` (JSON round trip drops undefined). */
export function commandContent(command: Record<string, unknown> | object): string {
  const { at: _at, ...rest } = JSON.parse(JSON.stringify(command)) as Record<string, unknown>;
  return canonicalJson(rest);
}

/** true when `offered` (a validated play command) says what the logged `logged` says. */
export function sameCommand(logged: Record<string, unknown>, offered: object): boolean {
  return commandContent(logged) === commandContent(offered);
}
