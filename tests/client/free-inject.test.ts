/**
 * The director's free inject (newcomer run 6, items 1 and 12): it is the incident alarm only when
 * the director ticks 作为事故报警 (README: "a free inject tells its recipients of the incident only
 * with `notifies: true`"); a 随机提问 is one only when ticked; a blank or whitespace-only text, or no
 * seat chosen, is not sent but named, field by field. The command is checked against the play
 * schema the server's intake uses, so what the form sends is what the engine takes.
 */
import { describe, expect, it } from "vitest";
import { EMPTY_FREE_INJECT, freeInject } from "../../client/model/free-inject.ts";
import { PlayCommand } from "../../engine/scenario/play-schema.ts";

const form = { ...EMPTY_FREE_INJECT, to: ["fire", "eb"], text: "  导调：请报告现场风向和已出动力量。 " };

describe("the free inject form", () => {
  it("unticked: a plain inject, no alarm, no spot question, text trimmed", () => {
    const r = freeInject(form);
    expect(r).toEqual({ ok: true, command: { type: "adHocInject", to: ["fire", "eb"], text: "导调：请报告现场风向和已出动力量。", channel: "phone" } });
  });

  it("作为事故报警 ticked: notifies true; 随机提问 ticked: spotQuestion true; the play schema takes both", () => {
    const r = freeInject({ ...form, alarm: true, spot: true });
    expect(r.ok && r.command).toMatchObject({ notifies: true, spotQuestion: true });
    expect(PlayCommand.safeParse({ at: "00:02:35", by: "director", ...(r.ok ? r.command : {}) }).success).toBe(true);
  });

  it("blank or whitespace text, or no seat, is refused with the field and the reason", () => {
    expect(freeInject({ ...form, text: "   \n " })).toEqual({ ok: false, field: "text", problem: "needText" });
    expect(freeInject({ ...form, text: "" })).toEqual({ ok: false, field: "text", problem: "needText" });
    expect(freeInject({ ...form, to: [] })).toEqual({ ok: false, field: "to", problem: "needTo" });
  });
});
