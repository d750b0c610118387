/**
 * What a form held when it sent a command, kept until the server answers: a refusal (too long,
 * not allowed, a bad field, an engine rejection) gives the form its input back, so nobody types
 * it again ("bad input … loses nothing"), and undoes whatever the screen showed as done (a 签收 tapped
 * reads 已签收 at once). The outbox reports every answer here (net/outbox.ts). An acknowledgement only says the
 * command is in the log: the engine may still refuse it at its tick (a unit busy by then), and that refusal comes
 * after the ack, so a form's restore is kept past the ack (the MAX newest) until a refusal or eviction.
 */

/** the most drafts kept: older ones (long answered or never answered) are forgotten */
const MAX = 50;
const waiting = new Map<string, (why: Refusal) => void>();

/** The server's refusal of a command: its code, its reason (zh-CN) and the params to word it with. */
export interface Refusal {
  code: string;
  reason: string;
  params?: Record<string, string | number>;
}

/**
 * After `send` returned the command's client id: `restore` puts the form's input back if that
 * command is refused (it is told why, to say so beside the form). An id of undefined (a read-only
 * console) keeps nothing.
 */
export function keepDraft(id: string | void, restore: (why: Refusal) => void): void {
  if (!id) return;
  waiting.set(id, restore);
  while (waiting.size > MAX) waiting.delete(waiting.keys().next().value!);
}

/**
 * The server's answer to command `id`: refused (before the log, or by the engine at its tick after the ack) → the
 * form gets its input back and the reason; logged (false) → kept, for the engine's refusal that may follow.
 */
export function answered(id: string, refused: Refusal | false): void {
  const restore = waiting.get(id);
  if (!restore || !refused) return;
  waiting.delete(id);
  restore(refused);
}
