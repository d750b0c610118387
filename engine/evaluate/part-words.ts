/**
 * A duty met by its first act with a part left undone (LINKAGE_PART_UNDONE carrying `part`, forecast-passed.ts) is not
 * "done" whole (review23 chemical 7: the weather bureau's 01:20 report gave the current wind only; the late notices that
 * made it late, poor F19/F20, said 「01:20:00 才完成」 of the whole duty). Each finding that charges the lateness of that
 * duty (its `shouldDue` names the duty's obligation: relay-lateness.ts withCaused) says which part its clause covers and
 * points to the finding on the rest:
 *   「「气象部门…」按应获知时起算时限 01:10:00，01:20:00 才完成实况部分（预报部分未报送，见 F37）」.
 *   partWords(x, findings) → findings (numbered: the ids are cited), those clauses reworded (zh and en); others as given.
 */
import { clock, type EvalContext } from "./context.ts";
import type { Finding } from "./report-model.ts";

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CLOCK = String.raw`\d\d:\d\d:\d\d`;

export function partWords(x: EvalContext, findings: readonly Finding[]): Finding[] {
  const parts = findings.filter((g) => g.code === "LINKAGE_PART_UNDONE" && g.part !== undefined && g.evidence.obligations.length > 0);
  if (parts.length === 0) return [...findings];
  return findings.map((f) => {
    let { zh, en } = f.message;
    for (const g of parts) {
      const ob = g.evidence.obligations[0]!;
      if (f.id === g.id || !f.shouldDue?.some((s) => s.obligation === ob)) continue;
      const t = x.obligations.find((o) => o.ob.id === ob);
      if (!t?.met) continue;
      const p = g.part!;
      zh = zh.replace(new RegExp(`(「${esc(t.ob.text.zh)}」按应获知时起算时限 ${CLOCK}，${esc(clock(t.met.atMs))} 才完成)`), `$1${p.done.zh}（${p.undone.zh}，见 ${g.id}）`);
      en = en.replace(new RegExp(`(“${esc(t.ob.text.en)}”, due by ${CLOCK} counted from when it should have known and done at ${esc(clock(t.met.atMs))})`), `$1 (${p.done.en} only; ${p.undone.en}: see ${g.id})`);
    }
    return zh === f.message.zh && en === f.message.en ? f : { ...f, message: { zh, en } };
  });
}
