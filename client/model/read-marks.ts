/**
 * Read marks across a double-blind seat's reveal. Until told, a seat's messages carry ids of its
 * own, "u1", "u2"… in the order it got them (server/live/views.ts withheld); once told, the same
 * messages come again, in the same order, with the drill's ids. A mark made on standby follows
 * its message, so what the person had read is not unread again the moment the seat is told.
 */

/**
 * `read` with each standby id ("u<n>") replaced by the id of the n-th message of `messages`
 * (the seat's messages in the server's order); ids of any other form, and standby ids past the
 * end of the list, are kept as they are. Returns `read` itself when nothing changes.
 */
export function followReveal(read: ReadonlySet<string>, messages: ReadonlyArray<{ id: string }>): ReadonlySet<string> {
  let changed = false;
  const out = new Set<string>();
  for (const id of read) {
    const n = /^u([1-9]\d*)$/.exec(id);
    const real = n ? messages[Number(n[1]) - 1]?.id : undefined;
    if (real !== undefined && real !== id) changed = true;
    out.add(real ?? id);
  }
  return changed ? out : read;
}
