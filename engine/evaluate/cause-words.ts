/**
 * The words an outcome finding gets when causes.ts names who answers for it (issue 10 §1; AQ/T 9009-2015 §7): the causes by
 * agency, the agency it is charged to and why, the measures missing, or why it is on no agency. Each returns the finding
 * (or its message) with the clause appended, zh and en alike; no errors.
 */
import type { EvalContext } from "./context.ts";
import type { Finding } from "./report-model.ts";

const num = (f: Finding) => Number(f.id.slice(1));

/** "；计入临江县消防救援大队（负有该项处置职责）": why the outcome sits on `who` beside the other causes' agencies. */
export function onWhom(x: EvalContext, f: Finding, who: string | null, guard: string | undefined): Finding {
  if (who === null) return f;
  const n = x.agencyName(who);
  const why = f.code === "HAZARD_CONTROL_LATE" || f.code === "HAZARD_NOT_CONTROLLED"
    ? { zh: "负有控制危险源的处置职责", en: "whose work it was to bring the hazard under control" }
    : who === guard ? { zh: "负有受害人员的防护职责", en: "whose duty it was to protect the people harmed" } : { zh: "其缺陷最先发生", en: "whose fault began first" };
  return { ...f, message: { zh: `${f.message.zh}；计入${n.zh}（${why.zh}）`, en: `${f.message.en}; charged to ${n.en} (${why.en})` } };
}

/** "…；多因共同所致：临江化工有限公司（F3、F5），临江县消防救援大队（F8、F25）": the causes by agency, in order of fault. */
export function joint(x: EvalContext, f: Finding, ordered: readonly Finding[], agencies: readonly string[]): Finding["message"] {
  const ids = (a: string) => ordered.filter((r) => r.agency === a).map((r) => r.id);
  return {
    zh: `${f.message.zh}；多因共同所致：${agencies.map((a) => `${x.agencyName(a).zh}（${ids(a).join("、")}）`).join("，")}`,
    en: `${f.message.en}; several agencies' faults together: ${agencies.map((a) => `${x.agencyName(a).en} (${ids(a).join(", ")})`).join("; ")}`,
  };
}

/**
 * "…；缺少的措施（逐一补上后复算均可保住）：增设排水泵、加大排水能力（F24）；构筑挡水墙截水…（F25）": a lost installation
 * names the missing measures whose correction, replayed, saves it (review r15 mine 4), by the requirement or duty each is.
 */
export function measures(x: EvalContext, f: Finding, ordered: readonly Finding[]): Finding["message"] {
  const what = (r: Finding) => x.c.scenario.requirements.find((q) => q.id === r.ruleId)?.text ?? x.c.rules.linkage[x.c.scenario.kind].find((d) => d.id === r.ruleId)?.text ?? { zh: r.id, en: r.id };
  return {
    zh: `${f.message.zh}；缺少的措施（逐一补上后复算均可保住）：${ordered.map((r) => `${what(r).zh}（${r.id}）`).join("；")}`,
    en: `${f.message.en}; the measures missing (each, put right in a replay, saves it): ${ordered.map((r) => `${what(r).en} (${r.id})`).join("; ")}`,
  };
}

/**
 * Harm no single fault's correction reduces (each replayed apart, cause-reruns.ts): on no agency, saying which faults
 * were corrected in the reruns (the school's pupil, dead at 00:20 whether or not the brigade was told at 00:15).
 */
export function notCleared(x: EvalContext, f: Finding, dropped: readonly Finding[]): Finding {
  if (dropped.length === 0) return unexplained(f);
  const ids = [...dropped].sort((a, b) => num(a) - num(b)).map((r) => r.id);
  const control = f.code === "HAZARD_CONTROL_LATE";
  return {
    ...f,
    agency: null,
    message: {
      zh: `${f.message.zh}；逐一更正${ids.join("、")}后复算（同一情景、种子），${control ? "控制均未提前" : "伤亡均未减少"}：不归于任何单一单位的处置缺陷`,
      en: `${f.message.en}; replayed with each of ${ids.join(", ")} corrected in turn (same scenario and seed), ${control ? "control comes no sooner" : "the harm is no less"}: not on any single agency's fault`,
    },
  };
}

/** An outcome no process finding explains: on no agency, saying so (see the header). */
export function unexplained(f: Finding): Finding {
  // a fact stated free (quantity 0: the best play has it too) is counted against nothing at all
  const counted = f.quantity > 0 ? { zh: "计入演练整体处置结果，", en: "counted against the drill's overall outcome, " } : { zh: "", en: "" };
  return {
    ...f,
    agency: null,
    message: {
      zh: `${f.message.zh}；无可归因的处置缺陷，${counted.zh}不归于任何单位`,
      en: `${f.message.en}; no fault in the response explains it: ${counted.en}not against any agency`,
    },
  };
}
