/** A tiny observable value and a Preact hook to read it: the view store panels subscribe to. */
import { useEffect, useState } from "preact/hooks";

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

/** Re-render when the source changes; returns its current value. */
export function useSource<T>(src: { get(): T; subscribe(fn: () => void): () => void }): T {
  const [, tick] = useState(0);
  useEffect(() => src.subscribe(() => tick((n) => n + 1)), [src]);
  return src.get();
}
