/**
 * Each seat view numbers its synced objects from a block of its own (review 19 item 2). Every
 * object the room syncs takes its refId from one counter per room (@colyseus/schema's
 * Root.nextUniqueId), and a client decodes the refIds of everything it is sent: so a double-blind
 * seat on standby would read, in the refIds of its own view and of each message it gets, how many
 * objects the room had made before — one presence entry per agency, the director's rows for every
 * unit of the scenario, the other seats' messages — that is, the roster's size and how busy the
 * drill already is. Here a seat's objects are numbered from BASE + slot × BLOCK, its slot fixed by
 * its key (SHA-256), whatever else the room holds; the control view keeps the shared counter.
 * RefIds are never reused and are plain msgpack numbers on the wire (uint32 here: below 2^31).
 */
import { createHash } from "node:crypto";

type Root = { nextUniqueId: number };

/** seat blocks start far past any shared counter a room reaches */
const BASE = 2 ** 30;
/** refIds per seat view, and how many slots (8192 × 65536 = 2^29: the last below 2^31) */
const BLOCK = 2 ** 16;
const SLOTS = 2 ** 13;
/** a seat view this close to its block's end (more than one sync can make: units ≤ 5000) falls back to the shared counter */
const MARGIN = 8192;

/** The room's refId counter (Room._serializer.encoder.root, not in Colyseus' types), if the room has one. */
export function rootOf(room: unknown): Root | undefined {
  return (room as { _serializer?: { encoder?: { root?: Root } } })._serializer?.encoder?.root;
}

const slotOf = (key: string) => createHash("sha256").update(key).digest().readUInt32BE(0) % SLOTS;

export class RefBlocks {
  private readonly next = new Map<string, number>();
  private readonly ends = new Map<string, number>();

  /** A block for each of `keys` (the seats' view keys): by its hash, the next free slot on a clash (keys taken in sorted order). */
  constructor(private readonly root: Root | undefined, keys: readonly string[]) {
    const used = new Set<number>();
    for (const k of [...new Set(keys)].sort()) {
      let slot = slotOf(k);
      while (used.has(slot)) slot = (slot + 1) % SLOTS;
      used.add(slot);
      this.next.set(k, BASE + slot * BLOCK);
      this.ends.set(k, BASE + (slot + 1) * BLOCK);
    }
  }

  /** Run `f`, numbering the objects it attaches to the state from `key`'s block (from the shared counter for a key without one, or one nearly used up). */
  within<T>(key: string, f: () => T): T {
    const at = this.next.get(key);
    const root = this.root;
    if (!root || at === undefined || at + MARGIN > this.ends.get(key)!) return f();
    const shared = root.nextUniqueId;
    root.nextUniqueId = at;
    try {
      return f();
    } finally {
      this.next.set(key, root.nextUniqueId);
      root.nextUniqueId = shared;
    }
  }
}
