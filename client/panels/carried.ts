/**
 * The requests a control console sent before a page reload, handed to the panel that sends them (round 31): the
 * reloaded page re-sends them under their ids (net/records.ts) and shows their answers where the page that sent them
 * would have, in the same words — a clock control refused beside the clock, a reissued code or its refusal on the
 * seat, an observation saved or refused under the form. The live page provides the session's `carried` (DrillPage);
 * elsewhere (replay, tests of a panel alone) there is none and nothing is carried.
 */
import { createContext } from "preact";
import { useContext, useEffect } from "preact/hooks";
import type { Carried } from "../net/records.ts";

/** `take(type)`: the carried-over requests of `type`, each given out once (net/live.ts LiveSession.carried) */
export const CarriedRequests = createContext<((type: string) => Carried[]) | undefined>(undefined);

/**
 * Once the panel is on the page: `follow(c)` for each request of `type` sent before the reload, oldest first, so the
 * panel treats its answer as it treats the answer to a request of its own (busy while open, the answer or refusal shown).
 */
export function useCarried(type: string, follow: (c: Carried) => void): void {
  const take = useContext(CarriedRequests);
  useEffect(() => {
    for (const c of take?.(type) ?? []) follow(c);
  }, [take]);
}
