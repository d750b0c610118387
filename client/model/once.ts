/**
 * Each thing a seat is shown once, by its id (round 27 item 2: the same seat open in a second tab showed a warning
 * twice). A message, a unit's failed order or a command can reach one console by more than one path: the synced view,
 * a rejoin's history, another tab's echo, a view re-sent once a double-blind seat is told. Whatever the path, the
 * console keeps one row per id.
 */

/** `xs` with one item per `key`: the latest version of each, at the place where it first appeared. */
export function oncePer<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const at = new Map<string, number>();
  const out: T[] = [];
  for (const x of xs) {
    const k = key(x);
    const i = at.get(k);
    if (i === undefined) at.set(k, out.push(x) - 1);
    else out[i] = x;
  }
  return out;
}

/** `xs` once per `id` (messages, command entries). */
export const oncePerId = <T extends { id: string }>(xs: readonly T[]): T[] => oncePer(xs, (x) => x.id);
