/**
 * Client-made ids for messages that create a record on the server (commands in the outbox, observations): the server
 * stores each once per (drill, seat, id) and answers a re-send with the first answer, so an id must be made once per
 * person's action and never again for another.
 *
 * `idMaker()` returns a maker of `<prefix>-<n>` ids (n = 1, 2, …): the prefix is 12 random base-36 characters
 * (~62 bits) drawn fresh by each call, never restored from storage, so a duplicated tab or a reload never makes an
 * id an earlier page made (review 8 item 1). crypto.getRandomValues works on a plain-http LAN page too
 * (crypto.randomUUID needs a secure context). Ids fit protocol/messages.ts ClientId (at most 64 characters).
 */
export function idMaker(): () => string {
  const prefix = freshPrefix();
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function freshPrefix(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("");
}
