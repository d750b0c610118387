/**
 * The information report (493号令 第十二条): initial / follow-up / final, oral / written, to
 * whom. Completeness is checked before sending; a casualty figure may be 未知 (快报事实), sent
 * as "unknown" (model/report.ts).
 */
import { useState } from "preact/hooks";
import { REPORT_FIELDS } from "../../engine/model/commands.ts";
import { t, local } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";
import { reportSender } from "../model/labels.ts";
import { FIGURES, reportContent, type Figure } from "../model/report.ts";
import type { OutCommand, Send } from "../net/session.ts";
import { keepDraft } from "../net/drafts.ts";
import { Field, Select, Text } from "./fields.tsx";

export function ReportForm(props: { model: ConsoleModel; send: Send; defaultTo?: string }) {
  const m = props.model;
  const others = m.agencies.filter((a) => a.id !== m.role);
  const [to, setTo] = useState(props.defaultTo ?? others[0]?.id ?? "");
  const [kind, setKind] = useState<"initial" | "followUp" | "final">("initial");
  const [mode, setMode] = useState<"oral" | "written">("oral");
  const [f, setF] = useState<Record<string, string>>({});
  const [fig, setFig] = useState<Record<Figure, string>>({ deaths: "", seriousInjuries: "", injured: "", missing: "" });
  const [unknown, setUnknown] = useState<Record<Figure, boolean>>({ deaths: false, seriousInjuries: false, injured: false, missing: false });
  const [confirm, setConfirm] = useState<string[] | undefined>();
  const set = (k: string) => (v: string) => setF({ ...f, [k]: v });

  const build = (): { cmd: OutCommand; missing: string[] } => {
    const content = reportContent(f, fig, unknown);
    const missing = REPORT_FIELDS.filter((k) => content[k] === undefined);
    return { cmd: { type: "report", to, kind, mode, content }, missing };
  };

  const submit = (force: boolean) => {
    const { cmd, missing } = build();
    if (missing.length > 0 && !force) {
      setConfirm(missing);
      return;
    }
    const draft = { to, kind, mode, f, fig, unknown };
    keepDraft(props.send(cmd), () => (setTo(draft.to), setKind(draft.kind), setMode(draft.mode), setF(draft.f), setFig(draft.fig), setUnknown(draft.unknown)));
    setConfirm(undefined);
    setF({});
    setFig({ deaths: "", seriousInjuries: "", injured: "", missing: "" });
    setUnknown({ deaths: false, seriousInjuries: false, injured: false, missing: false });
  };

  return (
    <form class="form" data-testid="report-form" onSubmit={(e) => (e.preventDefault(), submit(false))}>
      <h3>{t("report.title")}</h3>
      <div class="grid3">
        <Field label={t("report.to")}><Select name="to" value={to} onChange={setTo} options={others.map((a) => ({ value: a.id, label: local(a.name) }))} /></Field>
        <Field label={t("report.kind")}><Select name="kind" value={kind} onChange={setKind} options={(["initial", "followUp", "final"] as const).map((k) => ({ value: k, label: t(`report.${k}`) }))} /></Field>
        <Field label={t("report.mode")}><Select name="mode" value={mode} onChange={setMode} options={(["oral", "written"] as const).map((k) => ({ value: k, label: t(`report.${k}`) }))} /></Field>
      </div>
      <Field label={t("report.from")}><output name="from" data-testid="report-from">{local(reportSender(m.agencies, m.role))}</output></Field>
      <Field label={t("report.unit")} wide><Text name="unit" value={f.unit ?? ""} onInput={set("unit")} /></Field>
      <div class="grid2">
        <Field label={t("report.time")}><Text name="time" value={f.time ?? ""} onInput={set("time")} /></Field>
        <Field label={t("report.location")}><Text name="location" value={f.location ?? ""} onInput={set("location")} /></Field>
      </div>
      <Field label={t("report.scene")} wide><Text name="scene" multiline value={f.scene ?? ""} onInput={set("scene")} /></Field>
      <Field label={t("report.sequence")} wide><Text name="sequence" multiline value={f.sequence ?? ""} onInput={set("sequence")} /></Field>
      <fieldset class="figures">
        <legend>{t("report.casualties")}</legend>
        {FIGURES.map((k) => (
          <div class="figure" key={k}>
            <span class="field-label">{t(`report.${k}`)}</span>
            <input name={k} type="number" inputMode="numeric" min={0} disabled={unknown[k]} value={unknown[k] ? "" : fig[k]} onInput={(e) => setFig({ ...fig, [k]: (e.currentTarget as HTMLInputElement).value })} />
            <label class="check"><input type="checkbox" name={`${k}-unknown`} checked={unknown[k]} onChange={(e) => setUnknown({ ...unknown, [k]: (e.currentTarget as HTMLInputElement).checked })} />{t("report.unknown")}</label>
          </div>
        ))}
      </fieldset>
      <Field label={t("report.lossCNY")} wide><Text name="lossCNY" type="number" value={f.lossCNY ?? ""} onInput={set("lossCNY")} /></Field>
      <Field label={t("report.measures")} wide><Text name="measures" multiline rows={3} value={f.measures ?? ""} onInput={set("measures")} /></Field>
      <Field label={t("report.cause")} wide><Text name="cause" value={f.cause ?? ""} onInput={set("cause")} /></Field>
      <Field label={t("report.other")} wide><Text name="other" multiline value={f.other ?? ""} onInput={set("other")} /></Field>
      {confirm ? (
        <div class="confirm" role="alert" data-testid="report-incomplete">
          {t("report.missingFields", { fields: confirm.map((k) => t(`report.${k}`)).join("、") })}
          <div class="row">
            <button type="button" onClick={() => submit(true)}>{t("report.sendAnyway")}</button>
            <button type="button" class="btn-quiet" onClick={() => setConfirm(undefined)}>{t("common.cancel")}</button>
          </div>
        </div>
      ) : null}
      <div class="sticky-send"><button type="submit" class="btn-primary" data-testid="send-report">{t("report.send")}</button></div>
    </form>
  );
}
