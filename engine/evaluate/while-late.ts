/**
 * What an agency heard and said while a duty of its own stood late (review16 mine F5: the dispatch room, told of the
 * signs at 00:02, heard the crew ask for the withdrawal at 00:12 (#6) and told the mine head at 00:15 to "先观察"
 * (#7), ordering the withdrawal only at 00:52): the evidence of the delay, and its own words, quoted.
 */
import type { LocalText } from "../model/ids.ts";
import { clock, type EvalContext } from "./context.ts";

export interface WhileLate {
  /** injects and messages to `agency`, and its own messages, after `fromMs` and before `toMs` (event indices) */
  events: number[];
  /** its first own message in that window, quoted ("" when it said nothing) */
  said: LocalText;
}

/**
 * The events in (fromMs, toMs) addressed to `agency` (injects, messages) or sent by it (messages), and its first own
 * message quoted with its time and addressees (`name` gives an agency's name). Errors: none.
 */
export function whileLate(x: EvalContext, agency: string, fromMs: number, toMs: number, name: (id: string) => LocalText): WhileLate {
  const events: number[] = [];
  let said: LocalText = { zh: "", en: "" };
  x.events.forEach((e, i) => {
    if (e.at <= fromMs || e.at >= toMs) return;
    if (e.type === "injectDelivered" && e.to.includes(agency)) events.push(i);
    else if (e.type === "messageSent" && e.to.includes(agency)) events.push(i);
    else if (e.type === "messageSent" && e.from === agency) {
      events.push(i);
      if (said.zh === "") {
        const to = e.to.map(name);
        said = {
          zh: `；其间 ${clock(e.at)} 告知${to.map((n) => n.zh).join("、")}：「${e.text}」`,
          // the player's words are Chinese: the English report points to them in the timeline rather than quote them
          en: `; meanwhile, at ${clock(e.at)}, it messaged ${to.map((n) => n.en).join(", ")} (its words are in the timeline)`,
        };
      }
    }
  });
  return { events, said };
}
