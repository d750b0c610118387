/**
 * Critical installations lost that the best play saved (处置结果; issue 10 §9: an outcome the response
 * could have prevented costs points). A hazard model that tracks critical installations reports
 * those lost so far (HazardModel.losses: a mine's flooded pump room, its main drainage). Each one
 * this drill lost and the scenario's best play, replayed to the same drill time (references.ts),
 * did not is one finding (quantity 1), dated when it was lost, citing the hazardChanged event that
 * recorded it. A loss the best play suffers too was beyond any response: nothing is charged. With
 * no best play nothing is judged (whether it was avoidable is unknown).
 *
 * The agency charged is found like any outcome's (causes.ts: the faults in the tasks that control
 * the hazard, e.g. the mine's missing pumps and water walls, 排、疏、堵、截); the rubric item's points
 * are set in scenarios/rubrics/default.yaml (item installation-lost).
 */
import type { LocalText } from "../model/ids.ts";
import type { DrillState } from "../model/state.ts";
import type { InstallationLoss } from "../hazards/types.ts";
import { clock, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import type { Finding } from "./report-model.ts";

/** Each kind of installation a model reports: its words and the norm that asks the response to protect it. */
const INSTALLATION: Readonly<Record<string, { what: (name: LocalText, at: string) => LocalText; basis: string }>> = {
  pumpRoom: {
    what: (n, at) => ({ zh: `${n.zh}于 ${at} 被淹、水泵停机，矿井主排水能力丧失`, en: `${n.en} flooded at ${at} and its pumps stopped: the mine lost its main drainage` }),
    basis: "矿山救援规程（2024）“矿井透水事故救援”：排、疏、堵、截，构筑挡水墙，排水能力小于涌水量时增设水泵",
  },
};
const OTHER = { what: (n: LocalText, at: string): LocalText => ({ zh: `${n.zh}于 ${at} 失效`, en: `${n.en} was put out of action at ${at}` }), basis: "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 现场控制及恢复" };

/** The losses in `state` at its time (none when the model tracks none). */
function lossesOf(x: EvalContext, state: DrillState): InstallationLoss[] {
  return x.c.hazard.losses?.(state.hazard, x.c.scenario) ?? [];
}

/** The events that recorded `loss`: its hazardChanged `what` naming the same place, from its time on (the first). */
function recorded(x: EvalContext, loss: InstallationLoss): number[] {
  const i = x.events.findIndex((e) => e.type === "hazardChanged" && e.what === loss.what && e.at >= loss.atMs && sameName(e.params?.place, loss.name));
  return i >= 0 ? [i] : [x.endEvent];
}

const sameName = (p: unknown, name: LocalText): boolean => typeof p === "object" && p !== null && (p as LocalText).zh === name.zh;

/**
 * OUTCOME_INSTALLATION_LOST findings: the installations lost by this drill's state that the best
 * play's state (`bestState`, same drill time) still has. Shapes: report-model.ts Finding, not yet
 * numbered, on the lead agency until causes.ts names the agency whose fault led to the loss.
 */
export function lossFindings(x: EvalContext, bestState: DrillState | undefined): Finding[] {
  if (!bestState) return [];
  const saved = new Set(lossesOf(x, bestState).map((l) => l.id));
  return lossesOf(x, x.state).filter((l) => !saved.has(l.id) && l.atMs <= x.endMs).map((l) => {
    const k = INSTALLATION[l.kind] ?? OTHER;
    const what = k.what(l.name, clock(l.atMs));
    return finding({
      code: "OUTCOME_INSTALLATION_LOST", section: "outcomes", opportunity: "outcomes", agency: x.c.scenario.leadAgency, atMs: l.atMs, ruleId: `OUT-LOSS:${l.id}`,
      basis: k.basis,
      message: { zh: `${what.zh}；最佳处置在同一时刻保住了它`, en: `${what.en}; with the best play it still worked at that time` },
      evidence: { events: recorded(x, l) },
    });
  });
}
