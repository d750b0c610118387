/** A tiny observable value and a Preact hook to read it: the view store panels subscribe to. */
import { useSyncExternalStore } from "preact/compat";
import { useMemo } from "preact/hooks";

export class Store<T> {
  private subs = new Set<() => void>();
  constructor(private value: T) {}
  get(): T {
    return this.value;
  }
  set(next: T): void {
    this.value = next;
    for (const f of [...this.subs]) f();
  }
  update(f: (v: T) => T): void {
    this.set(f(this.value));
  }
  subscribe(fn: () => void): () => void {
    this.subs.add(fn);
    return () => this.subs.delete(fn);
  }
}

/**
 * Re-render when the source changes; returns its current value. A change between the render
 * and the subscription (a room's first state on a slow phone) is caught too: useSyncExternalStore
 * compares the snapshot once subscribed, where a plain effect would wait for the next change.
 */
export function useSource<T>(src: { get(): T; subscribe(fn: () => void): () => void }): T {
  const subscribe = useMemo(() => (fn: () => void) => src.subscribe(fn), [src]);
  return useSyncExternalStore(subscribe, () => src.get());
}
