/**
 * The deadline board says what an obligation is, as an evaluator would. Being told is not doing
 * the duty (an earlier board read "✔ 已完成 县应急管理局：县应急管理局接报后牵头协调处置" for the
 * bureau merely being told), and 「获知事故信息（其职责：…）」 read oddly (newcomer run 6, item 15):
 * the board reads 「通知<agency>（其职责：…）」, the holder's own list 「接到事故通知（本单位职责：…）」.
 * Two units under one dispatch standard were two identical rows with no unit (item 6): each
 * arrival row names its unit, and the place while it is on its way.
 */
import { describe, expect, it } from "vitest";
import { obligationText } from "../../client/i18n/describe.ts";
import { consoleModel } from "../../client/local/model.ts";
import type { Obligation } from "../../engine/model/state.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";

const chem = compiled("chemical-leak");
const play = playOf(chem, `${SCENARIOS}/plays/chemical-leak.good.yaml`);

describe("deadline board wording", () => {
  const state = runPlay(chem, play, 7, ms("00:04:00")).state;
  const director = consoleModel(chem, state, "director");
  const name = (id: string) => chem.agencies.get(id)!.name.zh;

  it("a notice names the agency to be told, on the board; the holder reads that it is to be told", () => {
    const notices = director.obligations.filter((o) => o.kind === "notified");
    expect(notices.length).toBeGreaterThan(0);
    for (const o of notices) {
      const text = obligationText(o, director, true);
      expect(text).toBe(`通知${name(o.agency)}（其职责：${o.text.zh}）`);
      expect(text).not.toContain("获知事故信息");
    }
    // a list without owners (a seat's own, or "as seen by") words it from the holder's side
    const own = notices[0]!;
    expect(obligationText(own, consoleModel(chem, state, own.agency))).toBe(`接到事故通知（本单位职责：${own.text.zh}）`);
  });

  it("an act duty keeps the duty's own words", () => {
    const act = director.obligations.find((o) => o.kind === "act")!;
    expect(obligationText(act, director, true)).toBe(act.text.zh);
  });

  it("two units sent under one dispatch standard are two rows, each naming its unit and where it goes", () => {
    const arrivals = director.obligations.filter((o) => o.kind === "arrive" && o.status === "open");
    expect(arrivals.length).toBeGreaterThanOrEqual(2);
    expect(new Set(arrivals.map((o) => o.text.zh)).size).toBeLessThan(arrivals.length); // the standard's text alone repeats
    const rows = arrivals.map((o) => obligationText(o, director, true));
    expect(new Set(rows).size).toBe(rows.length);
    for (const [i, o] of arrivals.entries()) {
      const unit = director.units.find((u) => u.id === o.unit)!;
      expect(rows[i]).toBe(`${unit.info.name.zh}前往${chem.scenario.map.places.find((p) => p.id === unit.destination)!.name.zh}：${o.text.zh}`);
    }
  });

  it("the live view has no unit field on an arrival: the unit is read from the obligation's id", () => {
    const o = director.obligations.find((x) => x.kind === "arrive")!;
    const { unit: _unit, ...live } = o;
    expect(obligationText(live as Obligation, director, true)).toBe(obligationText(o, director, true));
  });
});
