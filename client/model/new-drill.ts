/**
 * The director's "create a drill" form (join page) and the POST /api/drills body it sends. A
 * drill starts paused unless the director unticks it: the seats join first, then the director
 * resumes from the console.
 */

export interface NewDrillForm {
  scenario: string;
  seed: string;
  blindness: string;
  speed: string;
  /** ids of the agencies bots play, ticked by name on the form */
  bots: string[];
  paused: boolean;
}

export interface NewDrillBody {
  scenario: string;
  seed: number;
  blindness: string;
  speed: number;
  bots: string[];
  paused: boolean;
}

export const NEW_DRILL_DEFAULTS: NewDrillForm = { scenario: "", seed: "7", blindness: "DOUBLE_BLIND", speed: "1", bots: [], paused: true };

/**
 * The request body for the form's values (a blank or bad number falls back: seed 0, speed 1; a
 * number out of range — speed 0, seed -5 — is sent as typed, for the server to refuse with its reason).
 * `agencies`: the chosen scenario's agency ids; a tick left from another scenario is not sent.
 */
export function newDrillBody(f: NewDrillForm, agencies?: readonly string[]): NewDrillBody {
  return {
    scenario: f.scenario,
    seed: Number(f.seed) || 0,
    blindness: f.blindness,
    speed: f.speed.trim() === "" || !Number.isFinite(Number(f.speed)) ? 1 : Number(f.speed),
    bots: agencies ? f.bots.filter((b) => agencies.includes(b)) : [...f.bots],
    paused: f.paused,
  };
}
