/**
 * The data the HTML report's charts draw (report-client.js builds the ECharts options from
 * it, in either language). Times are minutes from the drill's start.
 */
import type { LocalText } from "../../engine/model/ids.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { label as glossary } from "../../engine/evaluate/glossary.ts";
import { agencyText } from "./text.ts";

/** How a message reached an agency (linkage.ts `deliveries`), in words. */
const DELIVERY: Record<string, LocalText> = {
  message: { zh: "消息", en: "message" },
  report: { zh: "报告", en: "report" },
  ack: { zh: "确认收到", en: "acknowledgement" },
  request: { zh: "请求支援", en: "request for support" },
  inject: { zh: "情景注入", en: "inject" },
};
/** How a unit's order ended (UnitLeg.end), in words. */
const LEG_END: Record<string, LocalText> = {
  completed: { zh: "完成", en: "completed" },
  failed: { zh: "无法执行", en: "could not carry it out" },
  recalled: { zh: "召回", en: "recalled" },
  redispatched: { zh: "改派", en: "sent elsewhere" },
  working: { zh: "作业中", en: "working" },
  onScene: { zh: "在现场", en: "on scene" },
  enRoute: { zh: "途中", en: "en route" },
};
const MODE: Record<string, LocalText> = { oral: { zh: "（口头）", en: " (oral)" }, written: { zh: "（书面）", en: " (written)" } };

const min = (ms: number) => Math.round((ms / 60000) * 100) / 100;

export interface ChartData {
  /** wall clock of the drill's start, seconds after midnight */
  startS: number;
  endMin: number;
  obligations: Array<{ label: LocalText; openedMin: number; deadlineMin: number; metMin: number | null; status: string }>;
  linkage: {
    nodes: Array<{ id: string; name: LocalText; notifiedMin: number | null; status: string }>;
    edges: Array<{ from: string; to: string; firstMin: number; count: number; kinds: LocalText[] }>;
  };
  units: Array<{ label: LocalText; dispatchedMin: number; departedMin: number | null; arrivedMin: number | null; workFromMin: number | null; endMin: number; end: string; endText: LocalText; idleToMin: number | null }>;
  outcomes: {
    curve: Array<[number, number, number, number, number]>;
    controlledMin: number | null;
    grades: Array<{ min: number; to: number }>;
  };
}

export function chartData(r: ReportModel): ChartData {
  const m = /T(\d{2}):(\d{2}):(\d{2})/.exec(r.scenario.start);
  const startS = m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : 0;
  const short = (id: string): LocalText => {
    const n = agencyText(r, id);
    return { zh: n.zh.replace(/（.*?）/g, ""), en: n.en.replace(/\s*\(.*?\)/g, "") };
  };
  const act = { zh: "履职", en: "act" };
  const rows = [...r.reporting.obligations, ...r.dispatch.standards];
  const linkRows = r.linkage.rows;
  const unitName = (id: string): LocalText => r.dispatch.units.find((u) => u.unit === id)?.name ?? { zh: id, en: id };
  const allObligations = rows.map((o) => {
    const who = o.unit ? unitName(o.unit) : short(o.agency);
    const mode = (o.mode && MODE[o.mode]) || { zh: "", en: "" };
    return { o, label: { zh: `${who.zh}${o.to ? `→${short(o.to).zh}` : ""}${mode.zh}`, en: `${who.en}${o.to ? ` → ${short(o.to).en}` : ""}${mode.en}` } };
  });
  const linkObligations = linkRows.flatMap((l) => {
    const out: Array<{ label: LocalText; openedMin: number; deadlineMin: number; metMin: number | null; status: string }> = [];
    if (l.actDeadlineMs !== undefined && l.notifiedAtMs !== undefined) {
      out.push({
        label: { zh: `${short(l.agency).zh}${act.zh}`, en: `${short(l.agency).en} ${act.en}` },
        openedMin: min(l.notifiedAtMs), deadlineMin: min(l.actDeadlineMs),
        metMin: l.firstRequiredActionAtMs !== undefined ? min(l.firstRequiredActionAtMs) : null,
        status: l.status === "prompt" ? "met" : l.status === "late" ? "late" : l.status === "idle" ? "missed" : "open",
      });
    }
    return out;
  });
  return {
    startS,
    endMin: min(r.endMs),
    obligations: [
      ...allObligations.map(({ o, label }) => ({ label, openedMin: min(o.openedAtMs), deadlineMin: min(o.deadlineMs), metMin: o.metAtMs !== undefined ? min(o.metAtMs) : null, status: o.status })),
      ...linkObligations,
    ].sort((a, b) => a.openedMin - b.openedMin || a.deadlineMin - b.deadlineMin),
    linkage: {
      nodes: [
        { id: "scenario", name: { zh: "情景注入", en: "Scenario" }, notifiedMin: 0, status: "source" },
        ...r.agencies.map((a) => {
          const row = linkRows.find((l) => l.agency === a.id);
          const k = row?.notifiedAtMs ?? firstTold(r, a.id);
          return { id: a.id, name: short(a.id), notifiedMin: k !== undefined ? min(k) : null, status: row?.status ?? "other" };
        }),
      ],
      edges: r.linkage.edges.map((e) => ({ from: e.from, to: e.to, firstMin: min(e.firstAtMs), count: e.count, kinds: e.kinds.map((k) => DELIVERY[k] ?? glossary("command", k)) })),
    },
    units: r.dispatch.units.flatMap((u) =>
      u.legs.map((l, i) => {
        const next = u.legs[i + 1];
        return {
          label: { zh: `${u.name.zh} · ${glossary("task", l.task).zh}`, en: `${u.name.en} · ${glossary("task", l.task).en}` },
          dispatchedMin: min(l.dispatchedAtMs),
          departedMin: l.departedAtMs !== undefined ? min(l.departedAtMs) : null,
          arrivedMin: l.arrivedAtMs !== undefined ? min(l.arrivedAtMs) : null,
          workFromMin: l.workFromMs !== undefined ? min(l.workFromMs) : null,
          endMin: min(l.endMs),
          end: l.end,
          endText: LEG_END[l.end] ?? { zh: "—", en: "—" },
          idleToMin: l.end === "failed" ? min(next ? next.dispatchedAtMs : r.endMs) : null,
        };
      }),
    ),
    outcomes: {
      curve: r.outcomes.curve.map((p) => [min(p.atMs), p.deaths, p.seriousInjuries, p.injured, p.exposed]),
      controlledMin: r.outcomes.figures.controlledAtMs !== undefined ? min(r.outcomes.figures.controlledAtMs) : null,
      grades: r.outcomes.gradeChanges.map((g) => ({ min: min(g.atMs), to: g.to })),
    },
  };
}

function firstTold(r: ReportModel, agency: string): number | undefined {
  const e = r.linkage.edges.filter((x) => x.to === agency).sort((a, b) => a.firstAtMs - b.firstAtMs)[0];
  return e?.firstAtMs;
}
