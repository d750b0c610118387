/**
 * Recovery at start-up (issue 7 §10): every unfinished drill is rebuilt by replaying its log to
 * its recorded clock position and resumes paused; its codes are in the store, so its people come
 * back in with them. A drill whose scenario no longer loads is reported and left alone.
 */
import type { Store } from "../store/store.ts";
import { LiveDrill } from "./drill.ts";

export function recoverDrills(store: Store, log: (line: string) => void = console.log): LiveDrill[] {
  const out: LiveDrill[] = [];
  for (const rec of store.unfinishedDrills()) {
    try {
      const drill = LiveDrill.rebuild(rec, store.log(rec.id), { store });
      drill.pause();
      out.push(drill);
      log(`recovered drill ${rec.id} (${rec.scenarioId}) at ${Math.round(drill.state.tMs / 1000)} s, paused`);
    } catch (e) {
      log(`could not recover drill ${rec.id}: ${(e as Error).message}`);
    }
  }
  return out;
}
