/**
 * Issue 10 §10/§13 (evidence and strengths true): a command a finding condemns begins no duty, in the timeline as in the
 * findings. Chemical-leak poor play, seed 7: the brigade, told at 00:12, sends two water tenders to plug the chlorine
 * leak at 00:13 — a task a tender cannot do (DISPATCH_WRONG_TYPE: 应派 危化品处置队) — and a tender to set the water
 * curtain at 00:14. Its duty LNK-CHEM-FIRE (dispatch at once on the 119 alarm) is begun by the 00:14 order: the notice
 * finding says 「00:14:00 才完成」 (harmful-orders.ts judgedAct). The timeline's duty-start mark (「开始履行」), read
 * from the JSON report (cli/report/json.ts), must sit on the 00:14 order, never on the 00:13 one. In every shipped play,
 * no act duty's met mark sits on a dispatch that a wrong-type or unprotected-hot-zone finding condemns.
 */
import { describe, expect, it } from "vitest";
import { renderJson } from "../../cli/report/json.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { compiled, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

interface JsonEntry { index: number; atMs: number; type: string; agency?: string; event: { type: string; id?: string; byEvent?: string; unit?: string; task?: string; agency?: string }; text?: { zh: string } }
interface JsonReport { timeline: JsonEntry[]; findings: Array<{ id: string; code: string; evidence: { events: number[] } }> }

function jsonReport(id: string, play: "good" | "poor"): JsonReport {
  const c = compiled(id);
  const best = bestPlay(id, c);
  const rb = rubric();
  const r = runKeepingReference(c, 7, playOf(c, `${SCENARIOS}/plays/${id}.${play}.yaml`), best);
  return JSON.parse(renderJson(wordReport(c, evaluate(c, r.events, r.state, rb, undefined, best), rb))) as JsonReport;
}

const min = (m: number) => m * 60_000;
/** the act duties' met marks ("开始履行"): obligationMet of an `…:act:…` obligation */
const startMarks = (r: JsonReport) => r.timeline.filter((t) => t.event.type === "obligationMet" && (t.event.id ?? "").includes(":act:"));

/** the dispatch events a finding condemns as an order (harmful-orders.ts: wrong type, SCBA-only in the hot zone) */
function condemned(r: JsonReport): Set<number> {
  const dispatches = new Set(r.timeline.filter((t) => t.event.type === "unitDispatched").map((t) => t.index));
  return new Set(r.findings.filter((f) => f.code === "DISPATCH_WRONG_TYPE" || f.code === "HOT_ZONE_UNPROTECTED").flatMap((f) => f.evidence.events.filter((i) => dispatches.has(i))));
}

describe("chemical-leak poor play: the brigade's duty-start mark sits on its 00:14 water curtain, not its 00:13 wrong-type dispatch", () => {
  const r = jsonReport("chemical-leak", "poor");
  const bad = condemned(r);

  it("the 00:13 dispatches (tenders to plug the leak) are condemned as the wrong type", () => {
    const at13 = r.timeline.filter((t) => t.event.type === "unitDispatched" && t.agency === "fire" && t.atMs === min(13));
    expect(at13.map((t) => t.event.task)).toEqual(["plugLeak", "plugLeak"]);
    expect(r.findings.some((f) => f.code === "DISPATCH_WRONG_TYPE" && f.evidence.events.some((i) => at13.some((t) => t.index === i)))).toBe(true);
    expect(at13.every((t) => bad.has(t.index))).toBe(true);
  });

  it("no duty-start mark of the brigade at 00:13; one at 00:14, by the water curtain, right after that order", () => {
    const fire = startMarks(r).filter((t) => t.event.id === "LNK-CHEM-FIRE:act:fire");
    expect(fire.map((t) => t.atMs)).toEqual([min(14)]);
    expect(fire[0]!.event.byEvent).toBe("dispatch waterCurtain");
    expect(fire[0]!.text?.zh).toContain("开始履行");
    expect(r.timeline.filter((t) => t.atMs === min(13) && (t.text?.zh ?? "").includes("开始履行"))).toEqual([]);
    const pos = r.timeline.indexOf(fire[0]!);
    expect(r.timeline[pos - 1]!.event).toMatchObject({ type: "unitDispatched", agency: "fire", task: "waterCurtain" });
  });
});

describe.each([["chemical-leak"], ["mine-flood"], ["school-fire"]])("%s: no duty-start mark on a condemned order", (id) => {
  it.each([["poor" as const], ["good" as const]])("%s play", (play) => {
    const r = jsonReport(id, play);
    const bad = condemned(r);
    const wrong: string[] = [];
    r.timeline.forEach((t, pos) => {
      if (!startMarks(r).includes(t)) return;
      // the command a met mark sits on: the agency's last command before it in the timeline, at the mark's time
      for (let p = pos - 1; p >= 0 && r.timeline[p]!.atMs === t.atMs; p--) {
        const c = r.timeline[p]!;
        if (c.event.type === "unitDispatched" && c.agency === t.agency) {
          if (bad.has(c.index)) wrong.push(`${t.event.id} at ${t.atMs} on #${c.index}`);
          break;
        }
      }
    });
    expect(wrong).toEqual([]);
  });
});
