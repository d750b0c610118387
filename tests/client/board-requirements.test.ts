// @vitest-environment happy-dom
/**
 * The director's deadline board carries every seat's resource requirements (力量需求), as each seat's own deadlines
 * tab does (engine/evaluate/seat-requirements.ts, newcomer 20 item 7): before, the board had the engine's obligations
 * only, so the school's mini fire station (scenarios/school-fire.yaml req-mini: owner sch, on scene within 3 min, after
 * the mini fire station standard's 「3分钟到场」) and the brigade's two water tenders within 10 min (req-engines) were
 * judged and charged by the evaluator but never on the director's board. Now, live (server controlProjection) and
 * replayed (consoleModel), the board has each requirement under its owner with the status its seat's tab shows, and
 * the status moves with the drill: the poor play's water tenders are due at 00:10 and missed at 00:20.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { controlProjection, seatProjection } from "../../server/live/views.ts";
import { compiled, ms, playOf, runPlay } from "../helpers.ts";
import { rubric } from "../evaluate/fixtures.ts";
import { panel } from "./forms-dom.ts";

const DutiesPanel = await panel<Record<string, unknown>>("DutiesPanel.tsx", "DutiesPanel");
const school = compiled("school-fire");
const poor = playOf(school, "scenarios/plays/school-fire.poor.yaml");
afterEach(() => setLang("zh"));

const reqRows = (rows: ReadonlyArray<{ id: string; agency: string; status: string; deadlineMs: number }>) =>
  rows.filter((o) => o.id.startsWith("REQ:")).map((o) => ({ id: o.id, agency: o.agency, status: o.status, deadlineMs: o.deadlineMs })).sort((a, b) => a.id.localeCompare(b.id));

describe("the director's board has every seat's 力量需求", () => {
  it("live and replayed, the board holds each seat's requirement rows exactly as that seat's own tab has them", () => {
    for (const t of ["00:05:00", "00:10:00", "00:20:00"]) {
      const r = runPlay(school, poor, 7, ms(t));
      const seats = reqRows(school.scenario.agencies.flatMap((a) => seatProjection(school, r.state, a.id, "NONE", r.events).obligations));
      expect(seats.length).toBeGreaterThan(0);
      expect(reqRows(controlProjection(school, r.state, {}, r.events).obligations)).toEqual(seats);
      expect(reqRows(consoleModel(school, r.state, "director", { paused: true, speed: 1 }, r.events).obligations)).toEqual(seats);
    }
  });

  it("each row under its owner, its deadline the evaluator's, its status live: the water tenders due at 00:10, missed at 00:20", () => {
    const end = runPlay(school, poor, 7);
    const judged = evaluate(school, end.events, end.state, rubric()).dispatch.requirements;
    const board = Object.fromEntries(["00:10:00", "00:20:00"].map((t) => {
      const r = runPlay(school, poor, 7, ms(t));
      return [t, controlProjection(school, r.state, {}, r.events).obligations];
    }));
    const row = (t: string, id: string) => board[t]!.find((o) => o.id === `REQ:${id}`);
    // the school's mini station: its own (declared owner sch); the tenders: the brigade's (the one agency with fire engines)
    expect(row("00:10:00", "req-mini")).toMatchObject({ agency: "sch", owner: "sch", deadlineMs: judged.find((q) => q.id === "req-mini")!.deadlineMs });
    expect(row("00:10:00", "req-engines")).toMatchObject({ agency: "fire", owner: "fire", status: "open", deadlineMs: judged.find((q) => q.id === "req-engines")!.deadlineMs });
    // 10 min after it opened and no two tenders on scene (the poor play's brigade is late): missed, as the evaluator says
    expect(row("00:20:00", "req-engines")?.status).toBe("missed");
    expect(judged.find((q) => q.id === "req-engines")!.status).not.toBe("met");
  });

  for (const [lang, due, text] of [["zh", "剩余", "两辆水罐消防车10分钟内到场灭火"], ["en", "left", "Two water tenders on scene for suppression within 10 min"]] as const) {
    it(`${lang}: the board's row names the seat that owes it, the requirement and its countdown`, () => {
      setLang(lang);
      const r = runPlay(school, poor, 7, ms("00:10:00"));
      const root = document.createElement("div");
      render(h(DutiesPanel, { model: consoleModel(school, r.state, "director", { paused: true, speed: 1 }, r.events), showOwner: true, testid: "deadline-board" }), root);
      const tr = [...root.querySelectorAll("tr")].find((x) => x.textContent!.includes(text));
      expect(tr, "the water tenders' row on the board").toBeDefined();
      expect(tr!.querySelector("[data-testid=duty-owner]")!.textContent).toContain(school.agencies.get("fire")!.name[lang]);
      expect(tr!.getAttribute("data-status")).toBe("open");
      expect(tr!.textContent).toContain(due);
    });
  }
});
