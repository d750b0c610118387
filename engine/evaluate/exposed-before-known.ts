/**
 * People whose exposure began before the agency an exposure finding is charged to knew of the incident (review11
 * chemical 1: F18 put all 635 exposed on the police, including the 35 farmers exposed from 00:05:33, while the
 * police learnt of the leak at 00:11). A deadline runs from when the agency knew or should have known: those people
 * are stated apart, "not on this agency", naming the finding that charges them (the enterprise's F1), never counted
 * as its fault.
 *
 * Shape: the finding with a clause appended (zh/en), unchanged when nobody crossed before the agency knew, the
 * finding is not a toxic exposure (AEGL-2/AEGL-3: groupExposed events at that level), or it is on no agency.
 */
import type { LocalText } from "../model/ids.ts";
import { clock, type EvalContext } from "./context.ts";
import type { Finding } from "./report-model.ts";

const LEVEL = { OUTCOME_EXPOSED_AEGL2: "aegl2", OUTCOME_EXPOSED_AEGL3: "aegl3" } as const;

export function exposedBeforeKnown(x: EvalContext, f: Finding, all: readonly Finding[]): Finding {
  const level = LEVEL[f.code as keyof typeof LEVEL];
  const knew = f.agency === null ? undefined : x.state.knowledge.find((k) => k.agency === f.agency)?.notifiedAtMs;
  if (level === undefined || f.agency === null || knew === undefined) return f;
  const early = x.events.flatMap((e, i) => (e.type === "groupExposed" && e.level === level && e.crossedAtMs < knew ? [{ e, i }] : []));
  if (early.length === 0) return f;
  const who = early.map(({ e, i }) => {
    const g = x.c.scenario.populations.find((p) => p.id === e.group);
    const by = all.find((o) => o !== f && o.section === "outcomes" && o.evidence.events.includes(i));
    const name: LocalText = g?.name ?? { zh: e.group, en: e.group };
    return {
      zh: `${name.zh} ${e.count} 人自 ${clock(e.crossedAtMs)} 起暴露${by ? `（见 ${by.id}）` : ""}`,
      en: `${name.en}, ${e.count}, exposed from ${clock(e.crossedAtMs)}${by ? ` (see ${by.id})` : ""}`,
    };
  });
  const a = x.agencyName(f.agency);
  return {
    ...f,
    message: {
      zh: `${f.message.zh}；其中${who.map((w) => w.zh).join("、")}，早于${a.zh}获知事故（${clock(knew)}），不归于该单位`,
      en: `${f.message.en}; of them ${who.map((w) => w.en).join("; ")}, before ${a.en} knew of the incident (${clock(knew)}): not on that agency`,
    },
  };
}
