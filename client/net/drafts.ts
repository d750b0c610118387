/**
 * What a form held when it sent a command, kept until the server answers: a refusal (too long,
 * not allowed, a bad field, an engine rejection) gives the form its input back, so nobody types
 * it again ("bad input … loses nothing"). The outbox reports every answer here (net/outbox.ts).
 */

/** the most drafts kept: older ones (long answered or never answered) are forgotten */
const MAX = 50;
const waiting = new Map<string, () => void>();

/**
 * After `send` returned the command's client id: `restore` puts the form's input back if that
 * command is refused. An id of undefined (a read-only console) keeps nothing.
 */
export function keepDraft(id: string | void, restore: () => void): void {
  if (!id) return;
  waiting.set(id, restore);
  while (waiting.size > MAX) waiting.delete(waiting.keys().next().value!);
}

/** The server's answer to command `id`: refused → the form gets its input back; accepted → dropped. */
export function answered(id: string, refused: boolean): void {
  const restore = waiting.get(id);
  if (!restore) return;
  waiting.delete(id);
  if (refused) restore();
}
