/**
 * People whose exposure began before the agency an exposure finding is charged to knew of the incident (review11
 * chemical 1: F18 put all 635 exposed on the police, including the 35 farmers exposed from 00:05:33, while the
 * police learnt of the leak at 00:11). A deadline runs from when the agency knew or should have known: those people
 * are stated apart, "not on this agency", never counted as its fault.
 *
 * One attribution for each group and level (review15 chemical 6): it runs once every outcome finding has its agency
 * (causes.ts), so a clause never points at a finding as the one that "charges them" while that finding is on the
 * very agency disclaimed. The people above AEGL-3 are among those above AEGL-2 (outcomes.ts): when the AEGL-2
 * clause disclaims a group for agency A and an AEGL-3 finding on A is about the same group (the farmer whose load
 * kept growing in the field after the police knew, until they moved the farmers: F41), the clause excepts that
 * finding by name, and the AEGL-3 finding says why it is on A although the group's exposure began earlier.
 *
 * Shape: `statedApart(x, findings, groups)` → the findings in the same order; an AEGL-2/AEGL-3 finding on an agency
 * with groups crossing its level before the agency knew gets a clause (zh/en) and `apart` ({ agency, groups,
 * except }); an AEGL-3 finding named in another's `except` gets the clause saying why. `groups`: per outcome code,
 * the groups the finding is about (outcomes.ts subjects), stored on the finding as `groups`.
 */
import type { LocalText } from "../model/ids.ts";
import type { FindingCode } from "../scenario/rubric-schema.ts";
import { clock, type EvalContext } from "./context.ts";
import type { Finding } from "./report-model.ts";

const LEVEL = { OUTCOME_EXPOSED_AEGL2: "aegl2", OUTCOME_EXPOSED_AEGL3: "aegl3" } as const;
/** the deeper level whose people are counted within this one's */
const DEEPER: Partial<Record<FindingCode, FindingCode>> = { OUTCOME_EXPOSED_AEGL2: "OUTCOME_EXPOSED_AEGL3" };

export function statedApart(x: EvalContext, findings: readonly Finding[], groups: Partial<Record<FindingCode, ReadonlySet<string>>>): Finding[] {
  const all = findings.map((f) => (LEVEL[f.code as keyof typeof LEVEL] !== undefined && groups[f.code] ? { ...f, groups: [...groups[f.code]!] } : f));
  const explain = new Map<string, { by: Finding; early: Array<{ group: string; crossedAtMs: number }>; knew: number }>();
  const out = all.map((f) => {
    const level = LEVEL[f.code as keyof typeof LEVEL];
    const knew = f.agency === null ? undefined : x.state.knowledge.find((k) => k.agency === f.agency)?.notifiedAtMs;
    if (level === undefined || f.agency === null || knew === undefined) return f;
    const early = x.events.flatMap((e, i) => (e.type === "groupExposed" && e.level === level && e.crossedAtMs < knew ? [{ e, i }] : []));
    if (early.length === 0) return f;
    const deeper = DEEPER[f.code];
    const groupIds = early.map(({ e }) => e.group);
    // the deeper-level findings on the same agency about these people: the part of them that is on it
    const except = all.filter((o) => o !== f && deeper !== undefined && o.code === deeper && o.agency === f.agency && (o.groups ?? []).some((g) => groupIds.includes(g)));
    const who = early.map(({ e, i }) => {
      const g = x.c.scenario.populations.find((p) => p.id === e.group);
      // another agency's outcome finding on these people (never one on the agency disclaimed)
      const by = all.find((o) => o !== f && o.section === "outcomes" && o.agency !== f.agency && o.evidence.events.includes(i));
      const name: LocalText = g?.name ?? { zh: e.group, en: e.group };
      return {
        zh: `${name.zh} ${e.count} 人自 ${clock(e.crossedAtMs)} 起暴露${by ? `（见 ${by.id}）` : ""}`,
        en: `${name.en}, ${e.count}, exposed from ${clock(e.crossedAtMs)}${by ? ` (see ${by.id})` : ""}`,
      };
    });
    for (const o of except) explain.set(o.id, { by: f, early: early.filter(({ e }) => (o.groups ?? []).includes(e.group)).map(({ e }) => ({ group: e.group, crossedAtMs: e.crossedAtMs })), knew });
    const a = x.agencyName(f.agency);
    const ids = except.map((o) => o.id);
    const but = ids.length > 0
      ? { zh: `；但其中超过 AEGL-3 者系${a.zh}获知后仍留在毒气中、剂量持续累积所致，归于该单位（见 ${ids.join("、")}）`, en: `; but those of them above AEGL-3 got there by staying in the cloud after ${a.en} knew, the dose still growing: on that agency (see ${ids.join(", ")})` }
      : { zh: "", en: "" };
    return {
      ...f,
      apart: { agency: f.agency, groups: groupIds, except: except.map((o) => o.id) },
      message: {
        zh: `${f.message.zh}；其中${who.map((w) => w.zh).join("、")}，早于${a.zh}获知事故（${clock(knew)}），该暴露不归于该单位${but.zh}`,
        en: `${f.message.en}; of them ${who.map((w) => w.en).join("; ")}, before ${a.en} knew of the incident (${clock(knew)}): that exposure is not on that agency${but.en}`,
      },
    };
  });
  return out.map((f) => {
    const why = explain.get(f.id);
    if (!why || f.agency === null) return f;
    const a = x.agencyName(f.agency);
    const since = Math.min(...why.early.map((e) => e.crossedAtMs));
    const cause = f.causes?.[0];
    return {
      ...f,
      message: {
        zh: `${f.message.zh}；该群体 ${clock(since)} 起超过 AEGL-2，早于${a.zh}获知事故（${clock(why.knew)}，该部分见 ${why.by.id}），超过 AEGL-3 系获知后仍留在毒气中、剂量持续累积所致${cause ? `（${cause}）` : ""}，归于该单位`,
        en: `${f.message.en}; the group passed AEGL-2 from ${clock(since)}, before ${a.en} knew of the incident (${clock(why.knew)}; that part: see ${why.by.id}); passing AEGL-3 came from staying in the cloud after it knew, the dose still growing${cause ? ` (${cause})` : ""}: on that agency`,
      },
    };
  });
}
