/**
 * A cache of files already checked: the validated value of a scenario (with its rules profile) or
 * a play, stored under the SHA-256 of everything the check read (file names and texts), so the
 * next `drill run` of the same files skips the YAML parse and the zod checks (a quarter of a
 * second of its start). Only files that passed are stored; a file with problems is always parsed
 * again, so its messages keep their lines. The bundle keeps its cache in dist/cli/.cache, which
 * every build wipes, so a cached value never outlives the code that checked it. A cache that
 * cannot be read or written is skipped silently: it only saves time.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";

let dir: string | undefined;

/** Turn the cache on (a folder, created on first write) or off (undefined, the default). */
export function useFileCache(folder: string | undefined): void {
  dir = folder;
}

/** A key for the texts a check read: the same inputs always give the same key. */
export function cacheKey(kind: string, ...parts: string[]): string {
  const h = createHash("sha256").update(kind);
  for (const p of parts) h.update("\0").update(p);
  return h.digest("hex");
}

/** The value stored under `key`, or undefined when there is none (or no cache). */
export function cached<T>(key: string): T | undefined {
  if (!dir) return undefined;
  try {
    return deserialize(readFileSync(join(dir, key))) as T;
  } catch {
    return undefined;
  }
}

/** Store `value` under `key` (written whole then renamed, so a reader never sees half a file). */
export function store(key: string, value: unknown): void {
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, serialize(value));
    renameSync(tmp, join(dir, key));
  } catch {
    // a read-only install or a full disk: run without the cache
  }
}
