/** The five parts of the 演练评估报告 and its evidence appendix, as bilingual HTML. */
import { formatClock, wallClock } from "../../engine/model/time.ts";
import { FIELD_TEXT } from "../../engine/evaluate/reporting.ts";
import type { ReportModel, SectionId } from "../../engine/evaluate/report-model.ts";
import { label } from "../../engine/evaluate/glossary.ts";
import { CONTROL_WORDS } from "../../engine/evaluate/control.ts";
import { notReachedWords } from "../../engine/evaluate/people-words.ts";
import { annexAreaLabel } from "../../engine/scenario/rubric-schema.ts";
import { aqtGoverns, evaluationMethod } from "./standards.ts";
import { countByCode, countText, headlines, LINKAGE_LABEL, linkageShare, requirementVerdict } from "./headlines.ts";
import { unverifiedNote } from "./unverified.ts";
import { annexNote } from "./annex.ts";
import { esc, evidenceLinks, t, table, tt } from "./html-parts.ts";
import type { WordedFinding, WordedReport } from "./worded.ts";
import { ranAtText, type DrillRun } from "./run.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { unitCount } from "../../engine/evaluate/glossary.ts";
import { itemSums, outsideRow, RUBRIC_NOTE, scoringNote, sectionTotalText, sectionRow, totalWorking, UNEARNED_HEAD } from "./scoring.ts";
import { TOLD_HEAD, TOLD_TITLE, toldCells, toldRows } from "./told.ts";
import { agencyText, BLINDNESS_TEXT, drillTimeText, findingAgencyText, findingBody, isNote, kindText, KIND_TEXT, L, noteText, pointsText, RATING_TEXT, when } from "./text.ts";


/** the consoles' own titles, which the client gives as a default name (client/i18n director.title) */
const DEFAULT_NAMES: readonly LocalText[] = [{ zh: "导调台", en: "Exercise control" }];

const ROLE_TEXT: Record<string, LocalText> = { director: { zh: "导调", en: "Director" }, evaluator: { zh: "评估人员", en: "Evaluators" }, observer: { zh: "观摩", en: "Observers" } };

/** "应急管理局：张三、李四；导调：王五": the names entered on joining, by seat; bot-played agencies carry their tag in their name. */
function peopleText(r: WordedReport, run: DrillRun): LocalText {
  if (run.people.length === 0) return { zh: "未记录（无人以姓名加入）", en: "none recorded (nobody joined by name)" };
  const seat = (id: string) => ROLE_TEXT[id] ?? agencyText(r, id);
  // the director console's creator is named by default with its title in the page's language (client JoinPage,
  // director.title): that title, not a person's name, is given in the report's language (newcomer r31: 导调：导调台 in English)
  const name = (n: string, lang: "zh" | "en") => DEFAULT_NAMES.find((d) => d.zh === n || d.en === n)?.[lang] ?? n;
  return {
    zh: run.people.map((p) => `${seat(p.seat).zh}：${p.names.map((n) => name(n, "zh")).join("、")}`).join("；"),
    en: run.people.map((p) => `${seat(p.seat).en}: ${p.names.map((n) => name(n, "en")).join(", ")}`).join("; "),
  };
}

export function overview(r: WordedReport): string {
  const s = r.scenario;
  const facts = table([tt("项目", "Item"), tt("内容", "Value")], [
    // a live drill: the day it was run and who took part; the scenario's date is the incident's, in the fiction
    ...(r.run ? [[tt("演练实施时间", "Drill run on"), t(ranAtText(r.run, r.scenario.start))], [tt("情景时间", "Scenario time"), t(drillTimeText(r))], [tt("参演人员", "Participants"), t(peopleText(r, r.run))]] : [[tt("演练时间", "Drill time"), t(drillTimeText(r))]]),
    [tt("事故类型", "Incident type"), t(KIND_TEXT[s.kind] ?? { zh: s.kind, en: s.kind })],
    [tt("演练形式", "Format"), t(BLINDNESS_TEXT[s.blindness] ?? { zh: s.blindness, en: s.blindness })],
    [tt("参演单位", "Agencies"), r.agencies.map((a) => t(a.name) + (a.simulated && !a.name.zh.includes("模拟") ? tt("（模拟）", " (simulated)") : "")).join(tt("、", ", "))],
    [tt("规则配置 / 随机种子", "Rules profile / seed"), `${t(r.rulesTitle)} / ${r.seed}`],
    [tt("事件记录", "Event log"), `${r.eventCount} ${tt("条", "events")} · ${tt("至", "until")} ${formatClock(r.endMs)}`],
  ]);
  const unplanned = outsideRow(r.sections);
  const scores = table([t(L.section), `<span class="num">${t(L.weight)}</span>`, t(L.attainable), t(L.deducted), t(L.sectionScore)], [
    ...r.sections.map((x) => {
      const row = sectionRow(x, L.notShown);
      return [t(x.text), row.weight, row.attainable, t(row.deducted), t(row.score)];
    }),
    ...(unplanned ? [[t(unplanned.label), "—", "—", t(unplanned.deducted), "—"]] : []),
  ]);
  const cards = headlines(r).map((h) => `<div class="card ${h.bad ? "bad" : h.neutral ? "neutral" : "good"}"><div class="k">${t(h.label)}</div><div class="v">${t(h.value)}</div></div>`).join("");
  const total = totalWorking(r);
  return `<section id="overview"><h2>${t(L.s1)}</h2>${s.summary ? `<p>${t(s.summary)}</p>` : ""}${facts}<div class="cards">${cards}</div>${scores}${total ? `<p class="note">${t(total)}</p>` : ""}</section>`;
}

export function method(r: WordedReport): string {
  const intro = tt(
    `${aqtGoverns(r.scenario.kind) ? "依据《生产安全事故应急演练评估规范》（AQ/T 9009-2015）第5—7章的评估程序和附录A的评估要素" : `${evaluationMethod(r.scenario.kind).zh}（第5—7章的评估程序）`}，采用评估标准「${r.rubric.title.zh}」，对信息报告、部门联动、力量调派和处置结果四个方面进行评估。评估数据全部来自演练指令记录的确定性回放（同一情景、随机种子和指令记录总能得到同一事件记录），规则义务（报告时限、通知与履职时限、到场标准）均以引擎记录的义务事件为准。每条问题注明时间、单位、规则与依据，并列出所依据的事件编号，可在附录时间线中逐条核对。评估人员的现场观察与评价单独列出，与计算结果并列，不替代计算结果。`,
    `${aqtGoverns(r.scenario.kind) ? "Following the evaluation process of AQ/T 9009-2015 (chapters 5–7) and its Annex A areas" : `${evaluationMethod(r.scenario.kind).en} (the process of chapters 5–7)`}, with the rubric "${r.rubric.title.en}", the drill is evaluated on reporting, linkage, dispatch and outcomes. All data come from a deterministic replay of the command log (the same scenario, seed and log always give the same events); obligations (reporting deadlines, notification and action limits, arrival standards) are taken from the obligation events the engine recorded. Every finding gives its time, agency, rule and basis and the events it rests on, which the timeline in the appendix lists. Evaluators' observations are listed beside the computed findings and never replace them.`,
  );
  const unnumbered = annexNote(r);
  const rows = r.sections.flatMap((s) => [
    ...s.items.map((it) => {
      return [t(s.text), t(it.text), tt(esc(annexAreaLabel(it.annexA, "zh", it.annexRef)), esc(annexAreaLabel(it.annexA, "en", it.annexRef))), it.followUpPoints !== undefined ? tt(`${it.points}（续报 ${it.followUpPoints}）`, `${it.points} (follow-up ${it.followUpPoints})`) : String(it.points), it.capApplies === false ? "—" : String(it.cap), String(it.deducted), String(it.unearned ?? 0)];
    }),
    [t(s.text), `<strong>${t(sectionTotalText(s))}</strong>`, "", "", "", String(itemSums(s).deducted), String(itemSums(s).unearned)],
  ]);
  return `<section id="method"><h2>${t(L.s2)}</h2><p>${intro}</p><p class="note standards">${tt("本报告适用的标准和规定：", "Standards and documents this report applied: ")}${r.standards.map(t).join(tt("；", "; "))}</p>${r.references.length > 0 ? `<p class="note references">${tt("参考资料（非标准，仅借鉴其做法）：", "References (not standards; practice borrowed from them): ")}${r.references.map(t).join(tt("；", "; "))}</p>` : ""}${table([t(L.section), tt("评分项", "Item"), tt("附录A要素", "Annex A area"), tt("每次扣分", "Points each"), tt("上限", "Cap"), t(L.deducted), t(UNEARNED_HEAD)], rows)}<p class="note">${t(RUBRIC_NOTE)}</p>${unnumbered ? `<p class="note annex">${t(unnumbered)}</p>` : ""}</section>`;
}

const SECTION_CHARTS: Record<SectionId, string[]> = {
  reporting: ["chart-obligations"],
  linkage: ["chart-linkage"],
  dispatch: ["chart-units"],
  outcomes: ["chart-outcomes"],
};

const CAPTIONS: Record<string, { zh: string; en: string }> = {
  "chart-obligations": { zh: "灰条为时限窗口（开始至时限），橙条为迟于时限完成，红条为超时未完成（至演练结束），圆点为完成时间。", en: "Grey: the window from opening to deadline; orange: met late; red: never met (to the end of the drill); dots: when met." },
  "chart-linkage": { zh: "纵轴为单位，节点横坐标为其首次获知事故的时间；节点旁标注其首次获知时间；实线箭头为通知（粗线为首次通知），虚线为情景注入。节点颜色：绿＝按时履职，橙＝履职迟延，红＝联而不动，灰＝始终未获知，蓝＝无履职时限。", en: "One row per agency; a node sits at the time the agency first heard of the incident, written beside it. Solid arrows are messages and reports (bold: the first); dashed arrows are injects. Green: acted in time; orange: acted late; red: told but idle; grey: never told; blue: no action limit." },
  "chart-units": { zh: "每行为一次调派：出动、途中、到场准备、作业；红色为到场后无法执行任务（派错力量）而闲置的时间。", en: "One row per order: turn-out, travel, set-up, work; red is time on scene unable to do the task (wrong unit type)." },
  "chart-outcomes": { zh: "左轴：死亡、重伤；右轴：受伤、受危害暴露人数（危化品泄漏：毒性负荷超过AEGL-2）。竖线标出事故升级和危险源得到控制的时间。", en: "Left axis: dead and seriously injured; right axis: injured and exposed to harm (for a toxic release: a toxic load above AEGL-2). Vertical lines mark re-grades and when the hazard came under control." },
};

export function problems(r: WordedReport, chartHeights: Record<string, number>): string {
  const parts = (["reporting", "linkage", "dispatch", "outcomes"] as SectionId[]).map((sec) => {
    const score = r.sections.find((x) => x.id === sec);
    const shown = score && score.judged !== false;
    const head = `<h3>${score ? t(score.text) : esc(sec)}${score ? ` <span class="note">${shown ? `${tt("得分率", "score")} ${score.score} · ${tt("扣", "lost")} ${score.deducted} / ${score.weight}` : t(L.notShown)}</span>` : ""}</h3>`;
    // the counting rule with this section's own numbers, above the points it explains
    const how = score ? scoringNote(score) : undefined;
    const charts = SECTION_CHARTS[sec].map((id) => `<div class="chart" id="${id}" style="height:${chartHeights[id] ?? 380}px"></div>${CAPTIONS[id] ? `<p class="note">${t(CAPTIONS[id]!)}</p>` : ""}`).join("");
    const list = r.findings.filter((f) => f.section === sec && !isNote(f));
    const notes = r.findings.filter((f) => f.section === sec && isNote(f));
    const findings = (list.length === 0 ? `<p>${t(L.none)}</p>` : table([esc("#"), t(L.time), t(L.agency), t(L.problem), t(L.basis), t(L.points), t(L.evidence)], list.map((f) => findingCells(r, f)), "findings"))
      + (notes.length > 0 ? `<p><strong>${t(L.notes)}</strong></p><ul class="notes">${notes.map((f) => `<li id="${f.id}">${t({ zh: noteText(r, f, "zh"), en: noteText(r, f, "en") })}</li>`).join("")}</ul>` : "");
    return head + (how ? `<p class="note scoring">${t(how)}</p>` : "") + extra(r, sec) + charts + findings + notYetDue(r, sec) + observations(r, sec);
  });
  return `<section id="problems"><h2>${t(L.s3)}</h2><p class="note">${t(L.capNote)}</p>${parts.join("")}</section>`;
}

function findingCells(r: WordedReport, f: WordedFinding): string[] {
  return [
    `<span id="${f.id}" data-code="${f.code}">${f.id}</span>`,
    esc(when(r, f.atMs)),
    t(findingAgencyText(r, f)),
    `<span class="tag">${t(kindText(f))}</span>${t({ zh: findingBody(f, "zh"), en: findingBody(f, "en") })}`,
    `<div class="basis">${t(f.basisText)}</div>`,
    t(pointsText(f, r.sections, r.findings)),
    evidenceLinks(f.evidence.events),
  ];
}

/** Section-specific tables: the linkage matrix, the resource requirements, the outcome figures. */
function extra(r: ReportModel, sec: SectionId): string {
  const clock = (ms: number | undefined) => (ms === undefined ? "—" : formatClock(ms));
  if (sec === "linkage") {
    const h = r.linkage.headline;
    const unverified = unverifiedNote(r);
    const status: Record<string, [string, string]> = { prompt: ["按时履职", "acted in time"], late: ["履职迟延", "acted late"], idle: ["联而不动", "told, idle"], notNotified: ["未通知", "never told"], notifiedOnly: ["已通知", "told"], acted: ["已履职", "acted"], notActed: ["未履职", "did not act"] };
    const rows = r.linkage.rows.map((l) => [
      t(agencyText(r, l.agency)), t(l.text), clock(l.notifiedAtMs), l.notifiedBy ? t(agencyText(r, l.notifiedBy)) : "—", clock(l.acknowledgedAtMs), clock(l.firstRequiredActionAtMs), clock(l.actDeadlineMs), l.actNotJudged ? tt(`${status[l.status]?.[0] ?? l.status}（履职不评判：${l.actNotJudged.zh}）`, `${status[l.status]?.[1] ?? l.status} (act not judged: ${l.actNotJudged.en})`) : tt(...(status[l.status] ?? [l.status, l.status])),
    ]);
    return `<p>${t(LINKAGE_LABEL)}${tt("：", ": ")}<b>${t(linkageShare(h))}</b></p>${table([t(L.agency), tt("职责", "Duty"), tt("首次获知", "First told"), tt("通知方", "Told by"), tt("确认/首次行动", "Acknowledged"), tt("首次履职", "First required action"), tt("履职时限", "Action due"), tt("结论", "Verdict")], rows)}${toldTable(r)}${unverified ? `<p class="note">${t(unverified)}</p>` : ""}`;
  }
  if (sec === "dispatch") {
    const st: Record<string, [string, string]> = { met: ["按时满足", "met in time"], late: ["迟延满足", "met late"], insufficient: ["不足", "not met"], notDue: ["未到期", "not yet due"], notDueMet: ["时限前已满足（计入）", "met before its deadline (counted)"] };
    const unitName = (id: string) => r.dispatch.units.find((u) => u.unit === id)?.name ?? { zh: "—", en: "—" };
    const rows = r.dispatch.requirements.map((q) => [t(q.text), `${t(unitCount(q.count, q.unitTypes))} · ${t(label("task", q.task))}`, clock(q.deadlineMs), q.arrivals.map((a) => `${t(unitName(a.unit))} ${formatClock(a.atMs)}${a.onTime ? "" : " ⚠"}`).join("<br>") || "—", tt(...st[requirementVerdict(r, q)]!)]);
    return table([tt("力量需求", "Requirement"), tt("数量与任务", "Units and task"), tt("时限", "Due"), tt("到场", "Arrivals"), tt("结论", "Verdict")], rows);
  }
  if (sec === "outcomes") {
    const f = r.outcomes.figures;
    return table([tt("指标", "Figure"), tt("数值", "Value")], [
      [tt("死亡（情景设定）", "Dead (scenario-set)"), `${f.deaths} (${f.scriptedDeaths})`],
      [tt("重伤（情景设定）", "Seriously injured (scenario-set)"), `${f.seriousInjuries} (${f.scriptedSeriousInjuries})`],
      [tt("受伤", "Injured"), String(f.injured)],
      // sub-counts said as such (AEGL-3 within AEGL-2, 下落不明 within 被困): no figure a reader might add twice
      f.toxic ? [tt("暴露超过 AEGL-2", "Exposed above AEGL-2"), tt(`${f.exposedAegl2}（其中超过 AEGL-3 ${f.exposedAegl3} 人）`, `${f.exposedAegl2} (${f.exposedAegl3} of them above AEGL-3)`)] : [tt("受危害暴露", "Exposed to harm"), String(f.exposedAegl2)],
      // a mine's 下落不明: the trapped no survey has reached (people-words.ts notReachedWords; review23 mine B6)
      ((not) => [tt("被困", "Trapped"), tt(`${f.trapped}${f.missing > 0 ? `（其中${not.short} ${f.missing} 人）` : ""}`, `${f.trapped}${f.missing > 0 ? ` (${f.missing} of them ${not.en})` : ""}`)])(notReachedWords(r.scenario.kind)),
      [tt("已疏散", "Evacuated"), String(f.evacuated)],
      [((w) => (w ? t(w.at) : tt("危险源控制时间", "Hazard controlled at")))(CONTROL_WORDS[r.scenario.kind]), f.controlledAtMs !== undefined ? formatClock(f.controlledAtMs) : tt("未控制", "not controlled")],
      [t(L.harm), t(r.outcomes.harm.note)],
      [tt("事故等级（最终）", "Final grade"), tt(["", "特别重大", "重大", "较大", "一般"][f.grade] ?? "", ["", "I", "II", "III", "IV"][f.grade] ?? "")],
    ]);
  }
    const reps = r.reporting.reports.map((p) => [
    esc(formatClock(p.atMs)), `${t(agencyText(r, p.from))} → ${t(agencyText(r, p.to))}`, tt(`${{ initial: "初报", followUp: "续报", final: "终报" }[p.kind]}（${p.mode === "oral" ? "口头" : "书面"}）`, `${p.kind} (${p.mode})`),
    p.reported ? tt(...([0, 1].map((l) => [p.reported!.deaths, p.reported!.seriousInjuries, p.reported!.injured].map((v) => (v === "unknown" ? ["不详", "unknown"][l] : String(v))).join("/")) as [string, string])) : "—", `${p.senderKnew.deaths}/${p.senderKnew.seriousInjuries}/${p.senderKnew.injured}`, `${p.truth.deaths}/${p.truth.seriousInjuries}/${p.truth.injured}`,
    tt(...({ ok: ["如实", "truthful"], omitted: ["漏报伤亡", "casualties left out"], false: ["谎报", "false"], notStated: ["未报伤亡", "no figures"] } as Record<string, [string, string]>)[p.honesty]!),
    p.requiredMissing.length ? tt(p.requiredMissing.map((f) => FIELD_TEXT[f]?.zh ?? f).join("、"), p.requiredMissing.map((f) => FIELD_TEXT[f]?.en ?? f).join(", ")) : "✓", `<a href="#ev-${p.event}">#${p.event}</a>`,
  ]);
  return table([t(L.time), tt("报告", "Report"), tt("类型", "Kind"), tt("所报 死/重/伤", "Reported d/s/i"), tt("当时已知", "Sender knew"), tt("实际", "Truth"), tt("真实性", "Honesty"), tt("缺少要素", "Missing fields"), t(L.evidence)], reps);
}

/** Who really told whom (issue 10 §3): when each linked agency learnt of the incident, from whom, by which event, and by when it should have been. */
function toldTable(r: ReportModel): string {
  const rows = toldRows(r).map((x) => {
    const c = toldCells(r, x);
    return [t(c.agency), t(c.at), t(c.by), c.event === undefined ? "—" : evidenceLinks([c.event]), t(c.due), t(c.verdict)];
  });
  return rows.length === 0 ? "" : `<p><b>${t(TOLD_TITLE)}</b></p>${table(TOLD_HEAD.map(t), rows, "told")}`;
}

/** duties the drill stopped before: listed with their deadline, never deducted (engine/evaluate/not-due.ts) */
function notYetDue(r: WordedReport, sec: SectionId): string {
  const open = r.notYetDue.filter((n) => n.section === sec);
  if (open.length === 0) return "";
  return `<p><b>${t(L.notYetDue)}</b></p>${table([t(L.due), t(L.agency), t(L.problem), t(L.basis)], open.map((n) => [n.dueMs !== undefined ? esc(when(r, n.dueMs)) : "—", n.agency ? t(agencyText(r, n.agency)) : "—", t(n.message), n.basisText ? `<div class="basis">${t(n.basisText)}</div>` : "—"]), "not-due")}`;
}

function observations(r: ReportModel, sec: SectionId): string {
  const obs = r.observations.filter((o) => o.section === sec);
  if (obs.length === 0) return "";
  return `<p><b>${t(L.observations)}</b></p>${table([t(L.time), t(L.evaluator), t(L.agency), t(L.annexArea), t(L.rating), t(L.observation), t(L.justification)], obs.map((o) => [esc(when(r, o.atMs)), esc(o.evaluator), o.agency ? t(agencyText(r, o.agency)) : "—", o.annexA ? tt(esc(annexAreaLabel(o.annexA, "zh")), esc(annexAreaLabel(o.annexA, "en"))) : "—", t(RATING_TEXT[o.rating]!), esc(o.text), esc(o.justification)]), "obs")}`;
}

export function lessons(r: ReportModel): string {
  const good = r.strengths.length === 0 ? `<p>—</p>` : `<ul class="list">${r.strengths.map((s) => `<li>${t(s.message)} ${evidenceLinks(s.evidence.events.slice(0, 4))}</li>`).join("")}</ul>`;
  const bad = countByCode(r).map((c) => [`<span class="tag" data-code="${c.code}">${t(c.label)}</span>`, t(countText(c)), String(Math.round(c.points * 100) / 100), c.agencies.map((a) => t(agencyText(r, a))).join(tt("、", ", ")) || "—"]);
  return `<section id="lessons"><h2>${t(L.s4)}</h2><h3>${t(L.strengths)}</h3>${good}<h3>${t(L.shortcomings)}</h3>${bad.length ? table([t(L.problem), t(L.count), t(L.points), t(L.agency)], bad) : `<p>${t(L.none)}</p>`}</section>`;
}

export function recommendations(r: ReportModel): string {
  const items = r.recommendations.map((x) => `<li>${t(x.text)}</li>`).join("");
  return `<section id="recommendations"><h2>${t(L.s5)}</h2>${items ? `<ol class="recs">${items}</ol>` : `<p>${tt("本次演练未发现需要整改的问题。", "Nothing in this drill calls for corrective action.")}</p>`}</section>`;
}

export function appendix(r: WordedReport): string {
  const rows = r.timeline
    .map((e) => {
      const cls = [e.quiet ? "quiet" : "", e.findings.length ? "cited" : ""].filter(Boolean).join(" ");
      const refs = e.findings.map((id) => `<a href="#${id}">${id}</a>`).join(" ");
      return `<tr id="ev-${e.index}"${cls ? ` class="${cls}"` : ""}><td>#${e.index}</td><td>${formatClock(e.atMs)}<br><span class="note">${wallClock(r.scenario.start, e.atMs)}</span></td><td>${t(e.text)}</td><td>${refs}</td></tr>`;
    })
    .join("");
  return `<section id="timeline"><h2>${t(L.appendix)}</h2><table class="timeline"><thead><tr><th>#</th><th>${t(L.time)}</th><th>${t(L.event)}</th><th>${tt("相关问题", "Findings")}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
