/**
 * The overview's 未通知 list, read off the findings themselves (review11 school 7): an agency is listed
 * when a finding says it was never told (kind 未通知: LINKAGE_NOT_NOTIFIED, also a notice its notifier never
 * sent though the agency heard from elsewhere, `heardElsewhere`), whoever told it at
 * last; the linkage rows' status alone missed the agency another told late (the county bureau, never
 * told by the brigade, heard at 00:40 from the city). Duties the scenario cannot play (`link:…:absent`)
 * have their own 未演练 line. Shapes: the told agency's id, and "应急管理局（消防救援大队未通知；00:40:00 经…获知）".
 */
import type { LocalText } from "../../engine/model/ids.ts";
import { formatClock } from "../../engine/model/time.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { agencyText, CODE_TEXT, kindText } from "./text.ts";

export interface NeverTold {
  agency: string;
  text: LocalText;
}

export function neverTold(r: ReportModel): NeverTold[] {
  const out = new Map<string, NeverTold>();
  for (const f of r.findings) {
    if (kindText(f).zh !== CODE_TEXT.LINKAGE_NOT_NOTIFIED.zh) continue;
    const to = /^link:[^:]+:(.+)$/.exec(f.opportunity ?? "")?.[1];
    if (to === undefined || to === "absent" || out.has(to)) continue;
    const name = agencyText(r, to);
    const by = f.agency !== null && f.agency !== to ? agencyText(r, f.agency) : undefined;
    const row = r.linkage.rows.find((x) => x.agency === to);
    const via = row?.notifiedBy !== undefined && row.notifiedBy !== "scenario" && row.notifiedBy !== f.agency ? agencyText(r, row.notifiedBy) : undefined;
    const heard = row?.notifiedAtMs !== undefined
      ? { zh: `；${formatClock(row.notifiedAtMs)} ${via ? `经${via.zh}` : "从他处"}获知`, en: `; heard at ${formatClock(row.notifiedAtMs)} ${via ? `from ${via.en}` : "from elsewhere"}` }
      : { zh: "", en: "" };
    const who = by ? { zh: `${by.zh}未通知`, en: `not told by ${by.en}` } : { zh: "未通知", en: "never told" };
    out.set(to, { agency: to, text: { zh: `${name.zh}（${who.zh}${heard.zh}）`, en: `${name.en} (${who.en}${heard.en})` } });
  }
  return [...out.values()];
}
