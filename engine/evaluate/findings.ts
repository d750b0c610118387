/** Building findings: one shape for every section, ids stable for the same log. */
import type { Evidence, Finding } from "./report-model.ts";

/** What a section states about a finding; the id, points and rubric item are filled in later. */
export type FindingInput = Pick<Finding, "code" | "section" | "agency" | "atMs" | "ruleId" | "basis" | "message"> & Pick<Partial<Finding>, "dueMs" | "jointly" | "mark"> & {
  evidence: Partial<Evidence>;
  quantity?: number;
  /** names this finding as a root cause other findings can cite (e.g. "dark:<agency>") */
  key?: string;
  /** the root cause this finding follows from: it cites that finding and costs nothing again */
  rootKey?: string;
  /** the opportunity it takes points from (credit.ts) */
  opportunity?: string;
  /** the figures the shells word it from (report-model.ts FindingParams) */
  params?: Finding["params"];
  /** a 漏报伤亡 (report-model.ts Finding.omission) */
  omission?: true;
  stood?: { opportunity: string };
  /** a 谎报 passed on (report-model.ts Finding.relayed) */
  relayed?: true;
  /** a notice never sent, the agency told from elsewhere (report-model.ts Finding.heardElsewhere) */
  heardElsewhere?: true;
  /** the finding this one is charged with, keeping its own points (report-model.ts Finding.chargedWith): a key, or lieKey() */
  chargedKey?: string;
  /** a duty late on an agency told late: the notice finding it cites (report-model.ts Finding.seeNotice) */
  seeNotice?: Finding["seeNotice"];
};

/**
 * The 谎报 of the report with message id `message`, as a `chargedKey`: one false figure is one finding (review22 mine B5;
 * 493号令 第三十六条 punishes the 谎报, once), and what it went on to spoil (a relay made untrue, relayed-lie.ts; a notice
 * its addressee never knew it owed, kept-notice.ts) is charged with it, 随 Fx 计入 Fx, its points kept where they fall.
 */
const LIE_KEY = "lie:";
export const lieKey = (message: string): string => `${LIE_KEY}${message}`;

export function finding(x: FindingInput): Finding {
  const uniq = <T>(a: readonly T[] | undefined): T[] => [...new Set(a ?? [])];
  const { code, section, agency, atMs, ruleId, basis, message } = x;
  return {
    id: "",
    code, section, agency, atMs, ruleId, basis, message,
    evidence: {
      events: uniq(x.evidence.events).sort((a, b) => a - b),
      messages: uniq(x.evidence.messages),
      obligations: uniq(x.evidence.obligations),
    },
    quantity: x.quantity ?? 1,
    points: 0,
    ...(x.key ? { key: x.key } : {}),
    ...(x.rootKey ? { rootKey: x.rootKey } : {}),
    ...(x.opportunity ? { opportunity: x.opportunity } : {}),
    ...(x.params ? { params: x.params } : {}),
    ...(x.omission ? { omission: true as const } : {}),
    ...(x.stood ? { stood: { opportunity: x.stood.opportunity } } : {}),
    ...(x.relayed ? { relayed: true as const } : {}),
    ...(x.heardElsewhere ? { heardElsewhere: true as const } : {}),
    ...(x.chargedKey ? { chargedKey: x.chargedKey } : {}),
    ...(x.seeNotice ? { seeNotice: { ...x.seeNotice } } : {}),
    ...(x.dueMs !== undefined ? { dueMs: x.dueMs } : {}),
    ...(x.jointly && x.jointly.length > 0 ? { jointly: [...x.jointly] } : {}),
    ...(x.mark ? { mark: x.mark } : {}),
  };
}

/**
 * The key of one order sending units to a task they cannot do (DISPATCH_WRONG_TYPE's root): the
 * units' agency, the order's time (ms) and the task. Findings on the same order cite it.
 */
export function wrongOrderKey(agency: string | null, dispatchedAtMs: number, task: string): string {
  return `wrong:${agency}:${dispatchedAtMs}:${task}`;
}

/** Sort by time (then section, code, agency) and number them F1, F2, … */
export function numberFindings(list: Finding[]): Finding[] {
  const order = { reporting: 0, linkage: 1, dispatch: 2, outcomes: 3 } as const;
  const sorted = [...list].sort(
    (a, b) => a.atMs - b.atMs || order[a.section] - order[b.section] || cmp(sortCode(a.code), sortCode(b.code)) || cmp(a.agency ?? "", b.agency ?? "") || cmp(a.ruleId, b.ruleId),
  );
  const numbered = sorted.map((f, i) => ({ ...f, id: `F${i + 1}` }));
  // a consequence cites its root finding (the first with that key); without a root it stands alone
  const rootId = new Map<string, string>();
  for (const f of numbered) if (f.key && !rootId.has(f.key)) rootId.set(f.key, f.id);
  return numbered.map(({ key: _k, rootKey, chargedKey, ...f }) => {
    const root = rootKey !== undefined ? rootId.get(rootKey) : undefined;
    // a lie's key: its own 谎报 finding (not a relay of it) on the report with that message id
    const carrier = chargedKey === undefined ? undefined : chargedKey.startsWith(LIE_KEY)
      ? numbered.find((g) => g.code === "REPORT_FALSE" && g.relayed !== true && g.evidence.messages.includes(chargedKey.slice(LIE_KEY.length)))?.id
      : rootId.get(chargedKey);
    const g = carrier !== undefined && carrier !== f.id ? { ...f, chargedWith: carrier } : f;
    return root !== undefined && root !== f.id ? { ...g, causedBy: root } : g;
  });
}

/** A code's place among findings at one time: the unit's own plan (own-plan.ts) where its 联而不动 stood before review23, so numbers stay. */
const sortCode = (c: string): string => (c === "PLAN_NOT_STARTED" || c === "PLAN_NOT_DECLARED" ? "LINKAGE_IDLE" : c);

/** Code-unit order: the same on every machine (no locale). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
