/**
 * A bot play (POST /api/drills `botPlay`, read by cli/files.ts playFromText) with several bad
 * commands lists every problem, one line each, as the README promises (review 8 item 12): a time
 * that is not a clock ("00:61:00": minutes 0–59) no longer hides one past the 4-hour drill's end
 * ("99:00:00", chemical-leak `duration`).
 */
import { describe, expect, it } from "vitest";
import { playFromText } from "../../cli/files.ts";
import { compiled } from "../helpers.ts";

const chem = compiled("chemical-leak");
const PLAY = `scenario: chemical-leak
seed: 7
commands:
  - { at: "99:00:00", by: eb, type: message, to: [fire], text: 太晚 }
  - { at: "00:61:00", by: eb, type: message, to: [fire], text: 不是时间 }
  - { at: "00:10:00", by: eb, type: message, to: [fire], text: 正常 }
`;

describe("a bot play with two bad commands", () => {
  it("lists both, each at its own command", () => {
    const r = playFromText(PLAY, "bot-play.yaml", chem);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems.map((p) => p.path.slice(0, 2))).toEqual([["commands", 1], ["commands", 0]]);
    expect(problems.map((p) => p.line)).toEqual([5, 4]);
  });
});
