/**
 * Group commit (design.md "The store"; issue 7 §3): commands accepted during one event-loop turn,
 * from every drill sharing a store, are appended in ONE transaction with one fsync
 * (synchronous=FULL stays), and only then settled. With an fsync per command the sync was the
 * bottleneck (p99 686 ms at 10 rooms × 32 people); one per turn makes its cost per batch, and
 * commands arriving while a slow sync blocks all join the next batch.
 *
 * Nothing is settled before its batch is durable; a failed batch settles every entry with the
 * error and appends none. Each entry is made at flush time (`make`), so it gets the drill's clock
 * as of the append, never a tick that already ran.
 */
import type { Appended, BatchEntry, LogEntry, Store } from "../store/store.ts";

/** A queued entry: `make` builds it at flush time (undefined: withdrawn); `settle` gets the outcome. */
export interface Pending {
  drillId: string;
  make(): LogEntry | undefined;
  /** the stored record, `undefined` when withdrawn, an Error when the batch failed */
  settle(outcome: Appended | undefined | Error): void;
}

export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  /** batches committed and entries they held, since start (benchmarks print them) */
  readonly stats = { batches: 0, entries: 0, largest: 0 };

  constructor(private readonly store: Store, private readonly schedule: (f: () => void) => void = setImmediate) {}

  /** Queue one entry for the next flush (scheduled at the end of this event-loop turn). */
  add(p: Pending): void {
    this.queue.push(p);
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => this.flush());
  }

  /** Append everything queued in one transaction, then settle each entry in order. Never throws. */
  flush(): void {
    this.scheduled = false;
    const queued = this.queue;
    this.queue = [];
    const made: Array<{ p: Pending; entry: LogEntry | undefined }> = [];
    for (const p of queued) made.push({ p, entry: tryMake(p) });
    const batch: BatchEntry[] = made.flatMap(({ p, entry }) => (entry ? [{ drillId: p.drillId, entry }] : []));
    let results: Appended[] | Error;
    try {
      results = this.store.appendMany(batch);
    } catch (e) {
      results = e instanceof Error ? e : new Error(String(e));
      console.error(`group commit: ${batch.length} commands were not stored:`, e); // the stack stays in the server log
    }
    if (!(results instanceof Error) && batch.length > 0) {
      this.stats.batches++;
      this.stats.entries += batch.length;
      this.stats.largest = Math.max(this.stats.largest, batch.length);
    }
    let i = 0;
    for (const { p, entry } of made) {
      const outcome = entry === undefined ? undefined : results instanceof Error ? results : results[i++];
      try {
        p.settle(outcome);
      } catch (e) {
        console.error("group commit: settling an entry failed:", e); // one drill's fault stops no other
      }
    }
  }
}

function tryMake(p: Pending): LogEntry | undefined {
  try {
    return p.make();
  } catch (e) {
    console.error("group commit: an entry could not be made:", e);
    return undefined;
  }
}

const shared = new WeakMap<Store, GroupCommit>();

/** The one committer of a store: every drill (room) in the process on this store shares it. */
export function groupCommit(store: Store): GroupCommit {
  let g = shared.get(store);
  if (!g) shared.set(store, (g = new GroupCommit(store)));
  return g;
}
