/**
 * Findings worded from their figures where the engine's sentence says less than the report must
 * (issue 10; codes and parameters leave the engine, the shells word them):
 * - DISPATCH_INSUFFICIENT: what was required against what arrived, by type and name, and how many short;
 * and no internal rule id inside a sentence ("同一报告另涉及：CTY-01（…）" names the rule by its text).
 */
import type { Compiled } from "../../engine/compile.ts";
import { label, unitCount } from "../../engine/evaluate/glossary.ts";
import type { Finding, ReportModel, RequirementRow } from "../../engine/evaluate/report-model.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { formatClock } from "../../engine/model/time.ts";

function insufficient(c: Compiled, r: ReportModel, f: Finding, q: RequirementRow): LocalText {
  const place = c.scenario.map.places.find((p) => p.id === q.place)?.name ?? { zh: "现场", en: "the scene" };
  const task = label("task", q.task);
  const due = q.deadlineMs !== undefined ? formatClock(q.deadlineMs) : undefined;
  const unit = (id: string) => c.units.get(id);
  const name = (id: string) => unit(id)?.name ?? { zh: "—", en: "—" };
  const arrived = q.arrivals.map((a) => ({ n: name(a.unit), at: formatClock(a.atMs), late: !a.onTime }));
  const arrivedTypes = [...new Set(q.arrivals.map((a) => unit(a.unit)?.type ?? "other"))];
  // units sent to the same task and place that cannot count (another type): named, so the gap is plain
  const others = r.dispatch.units.filter((u) => !q.arrivals.some((a) => a.unit === u.unit) && u.legs.some((l) => l.task === q.task && l.place === q.place && l.arrivedAtMs !== undefined));
  const need = unitCount(q.count, q.unitTypes);
  const got = unitCount(q.arrivals.length, arrivedTypes.length ? arrivedTypes : q.unitTypes);
  const short = q.count - q.arrivals.length;
  const list = (lang: "zh" | "en") => arrived.map((a) => (lang === "zh" ? `${a.n.zh} ${a.at}${a.late ? "（超时）" : ""}` : `${a.n.en} at ${a.at}${a.late ? " (late)" : ""}`)).join(lang === "zh" ? "、" : ", ");
  const other = others.map((u) => ({ zh: `${u.name.zh}（${label("unitType", u.type).zh}）`, en: `${u.name.en} (${label("unitType", u.type).en})` }));
  // the owner left in the dark (dispatch.ts says so at the end of its sentence): kept
  // the owner's own window when it was told late and missed that too (dispatch.ts, own-window.ts learntText): kept
  const learnt = { zh: /；[^；]*?才获知事故信息，自获知起时限至 [0-9:]+/.exec(f.message.zh)?.[0] ?? "", en: /; [^;]*? learnt of the incident only at [0-9:]+, so its own deadline was [0-9:]+/.exec(f.message.en)?.[0] ?? "" };
  const dark = r.agencies.find((a) => f.message.zh.endsWith(`（${a.name.zh}未及时获知事故信息所致）`));
  const because = dark ? `（${dark.name.zh}未及时获知事故信息所致）` : undefined;
  const becauseEn = dark ? ` (${dark.name.en} was not told in time)` : undefined;
  return {
    zh: `力量不足：${q.text.zh}——需 ${need.zh}到${place.zh}执行${task.zh}${due ? `（时限 ${due}${learnt.zh}）` : ""}，实际到场 ${got.zh}${arrived.length ? `（${list("zh")}）` : ""}，缺 ${unitCount(short, q.unitTypes).zh}${other.length ? `；另有 ${other.map((o) => o.zh).join("、")} 到场，但不能执行${task.zh}` : ""}${because ?? ""}`,
    en: `Too few units: ${q.text.en} — ${need.en} required at ${place.en} for ${task.en}${due ? ` by ${due}${learnt.en}` : ""}; ${got.en} arrived${arrived.length ? ` (${list("en")})` : ""}, ${short} short${other.length ? `; ${other.map((o) => o.en).join(", ")} also arrived but cannot carry out ${task.en}` : ""}${becauseEn ?? ""}`,
  };
}

/** Rule ids the profile and the scenario use, with the rule's text: for sentences that still name one. */
function ruleTexts(c: Compiled): Map<string, LocalText> {
  const p = c.rules;
  const m = new Map<string, LocalText>();
  for (const r of [...p.reporting, ...p.followUp, ...p.linkage["chemical-leak"], ...p.linkage["mine-flood"], ...p.linkage["school-fire"], ...p.dispatch]) m.set(r.id, r.text);
  for (const r of c.scenario.requirements) m.set(r.id, r.text);
  return m;
}

/** A sentence without rule ids: "CTY-01（text，时限 t）" → "text（时限 t）"; a bare id → 「text」. */
export function withoutRuleIds(text: LocalText, rules: ReadonlyMap<string, LocalText>): LocalText {
  let { zh, en } = text;
  for (const [id, t] of rules) {
    if (!zh.includes(id) && !en.includes(id)) continue;
    const esc = id.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
    zh = zh.replace(new RegExp(`${esc}（${escRe(t.zh)}，时限 ([0-9:]+)）`, "g"), `${t.zh}（时限 $1）`).replace(new RegExp(`(?<![A-Za-z0-9-])${esc}(?![A-Za-z0-9-])`, "g"), `「${t.zh}」`);
    en = en.replace(new RegExp(`${esc}（${escRe(t.en)}，due ([0-9:]+)）`, "g"), `“${t.en}” (due $1)`).replace(new RegExp(`(?<![A-Za-z0-9-])${esc}(?![A-Za-z0-9-])`, "g"), `“${t.en}”`);
  }
  return { zh, en };
}

const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each finding's message as the report prints it. */
export function rewordFindings(c: Compiled, r: ReportModel): Finding[] {
  const rules = ruleTexts(c);
  return r.findings.map((f) => {
    let message = f.message;
    const q = r.dispatch.requirements.find((x) => x.id === f.ruleId);
    if (f.code === "DISPATCH_INSUFFICIENT" && q) message = insufficient(c, r, f, q);
    return { ...f, message: withoutRuleIds(message, rules) };
  });
}
