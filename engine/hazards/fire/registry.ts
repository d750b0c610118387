/**
 * summary(), overlay() and observe() receive only the model state, not the scenario. The state
 * carries a content key of its params (a SHA-256 prefix of their canonical JSON); this
 * content-addressed memo maps the key back to the params. It is a cache, not hidden state:
 * tick() (which does get the scenario) refills it for a state that arrived from elsewhere.
 */
import { canonicalJson, sha256Hex } from "../../model/hash.ts";
import type { BuildingFireParams } from "../../scenario/hazard-building-fire.ts";

const byKey = new Map<string, BuildingFireParams>();

export function keyOf(p: BuildingFireParams): string {
  const key = sha256Hex(canonicalJson(p)).slice(0, 16);
  byKey.set(key, p);
  return key;
}

export function remember(key: string, p: BuildingFireParams): void {
  if (!byKey.has(key)) byKey.set(key, p);
}

export function recall(key: string): BuildingFireParams | undefined {
  return byKey.get(key);
}
