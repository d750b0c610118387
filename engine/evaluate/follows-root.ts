/**
 * A consequence names only the agencies its root charges (issue 10: "blame the agency that failed", "each fault once";
 * newcomer r22: F11, 627 people over AEGL-2, named 临江化工有限公司 in its 单位 column while deducted 随 F19, and F19 put
 * that harm on no single agency — the report charged the enterprise in one row and cleared it in the next).
 *
 * A finding deducted under another (`causedBy`, the report's 「随 Fx」) costs nothing itself: the charge is its root's.
 * Its 单位 column therefore names only the agencies the root charges (`charged` below, the same rule the report's
 * 单位 column uses, cli/report/text.ts findingAgencyText). An agency the row named that the root does not charge is
 * dropped from the column, and the row says so in words: what it had been put on, and that the charge follows the root
 * (with the root's own 'none' mirrored: agency null, the column "—"). Findings with no root are returned unchanged.
 *
 * Shapes: numbered findings (F1…, `causedBy` set), same order out; only `agency`, `jointly` and `message` change.
 */
import type { Finding } from "./report-model.ts";

type Named = Pick<Finding, "agency" | "jointly" | "shares" | "causes" | "causedPart">;

/**
 * The agencies a finding charges, as its 单位 column names them: its agency and those that jointly failed the same
 * measure (`jointly`); for a harm on no single agency but shared (agency null, `shares`) or part of it caused
 * (`causedPart`), the agencies of its causes then of its shares, each once; else none. `agencyOf`: a finding id → its agency.
 */
export function charged(f: Named, agencyOf: (id: string) => string | null | undefined): string[] {
  // (a harm part of which one agency's faults' corrections avoid, `causedPart`, harm-share.ts, is on that agency for that
  // part: its causes' agencies, whatever those findings follow; review r22 chemical 5: v2 7.30 「由F45所致」 on the police)
  if (f.agency === null && ((f.shares?.length ?? 0) > 0 || (f.causedPart !== undefined && (f.causes?.length ?? 0) > 0))) return sharedBy(f, agencyOf);
  return [f.agency, ...(f.jointly ?? [])].filter((a): a is string => a !== null);
}

/** The agencies a harm shared on no single agency is on: those of its causes, then those of its shares, each once. */
export function sharedBy(f: Pick<Finding, "causes" | "shares">, agencyOf: (id: string) => string | null | undefined): string[] {
  const all = [...(f.causes ?? []).map((id) => agencyOf(id) ?? null), ...(f.shares ?? []).map((s) => s.agency)];
  return all.filter((a, i): a is string => a !== null && all.indexOf(a) === i);
}

/** Each consequence's 单位 column cut to the agencies its root charges, saying so (see the header). */
export function followRoots(findings: readonly Finding[], name: (agency: string) => { zh: string; en: string }): Finding[] {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const agencyOf = (id: string) => byId.get(id)?.agency;
  return findings.map((f) => {
    const root = f.causedBy !== undefined ? byId.get(f.causedBy) : undefined;
    if (root === undefined) return f;
    const theirs = charged(root, agencyOf);
    const mine = charged(f, agencyOf);
    const off = mine.filter((a) => !theirs.includes(a));
    if (off.length === 0) return f;
    const kept = mine.filter((a) => theirs.includes(a));
    const who = { zh: off.map((a) => name(a).zh).join("、"), en: off.map((a) => name(a).en).join(", ") };
    const on = theirs.length === 0
      ? { zh: `${root.id} 不归于任何单一单位，本条亦不归于${who.zh}`, en: `${root.id} puts it on no single agency, so this row does not charge ${who.en} either` }
      : { zh: `由 ${root.id} 所述单位承担，不归于${who.zh}`, en: `on the agencies ${root.id} names, not on ${who.en}` };
    const { jointly: _j, ...rest } = f;
    return {
      ...rest,
      agency: kept[0] ?? null,
      ...(kept.length > 1 ? { jointly: kept.slice(1) } : {}),
      message: {
        zh: `${f.message.zh}；本条随 ${root.id} 计分，${on.zh}`,
        en: `${f.message.en}; this row is scored under ${root.id}: ${on.en}`,
      },
    };
  });
}
