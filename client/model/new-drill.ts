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
  /** agencies bots play, as typed: separated by spaces, commas or 、 */
  bots: string;
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

export const NEW_DRILL_DEFAULTS: NewDrillForm = { scenario: "", seed: "7", blindness: "DOUBLE_BLIND", speed: "1", bots: "", paused: true };

/** The request body for the form's values (a blank or bad number falls back: seed 0, speed 1). */
export function newDrillBody(f: NewDrillForm): NewDrillBody {
  return {
    scenario: f.scenario,
    seed: Number(f.seed) || 0,
    blindness: f.blindness,
    speed: Number(f.speed) || 1,
    bots: f.bots.split(/[\s,，、]+/).filter(Boolean),
    paused: f.paused,
  };
}
