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
import { FIGURES, reportAddressee, reportContent, type Figure } from "../model/report.ts";
import type { OutCommand, Send } from "../net/session.ts";
import { keepDraft } from "../net/drafts.ts";
import { hasProblems, reportNumberProblems, reportProblems, type Problems } from "../model/form-checks.ts";
import { TEXT_LIMITS } from "../../protocol/limits.ts";
import { Field, FieldError, Select, Text, useJustSent, useLatest, useStickyBar } from "./fields.tsx";
import { refusedLine } from "./MessageForm.tsx";
import { figureLabel } from "../model/labels.ts";
import { StandbyNote } from "./StandbyNote.tsx";
import { MAX_REPORT_FIGURE } from "../../engine/scenario/play-schema.ts";

export function ReportForm(props: { model: ConsoleModel; send: Send; defaultTo?: string }) {
  const m = props.model;
  const others = m.agencies.filter((a) => a.id !== m.role);
  // chosen by the person, else the addressee the rules give this seat, else none: never simply the first agency
  const [chosenTo, setTo] = useState(props.defaultTo ?? "");
  const to = chosenTo || reportAddressee(m) || "";
  const [kind, setKind] = useState<"initial" | "followUp" | "final">("initial");
  const [mode, setMode] = useState<"oral" | "written">("oral");
  const [f, setF] = useState<Record<string, string>>({});
  const [fig, setFig] = useState<Record<Figure, string>>({ deaths: "", seriousInjuries: "", injured: "", missing: "" });
  const [unknown, setUnknown] = useState<Record<Figure, boolean>>({ deaths: false, seriousInjuries: false, injured: false, missing: false });
  const [confirm, setConfirm] = useState<string[] | undefined>();
  const bar = useStickyBar();
  const set = (k: string) => (v: string) => setF({ ...f, [k]: v });
  // problems show once the person tried to send, and follow the input from then on
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<string>();
  // a refusal that comes once the person began another report leaves that one be (it only says why)
  const blank = useLatest(Object.values(f).every((v) => !v) && FIGURES.every((k) => fig[k] === "" && !unknown[k]));
  const problems: Problems = tried ? formProblems(to, reportContent(f, fig, unknown), fig, unknown, f.lossCNY ?? "") : {};
  /** a text box of the report: its limit, its problem beside it */
  const text = (k: string, multiline = false, rows?: number) => (
    <Text name={k} multiline={multiline} rows={rows} value={f[k] ?? ""} onInput={set(k)} maxLength={TEXT_LIMITS.reportField} invalid={!!problems[k]} />
  );

  const build = (): { cmd: OutCommand; missing: string[] } => {
    const content = reportContent(f, fig, unknown);
    const missing = REPORT_FIELDS.filter((k) => content[k] === undefined);
    return { cmd: { type: "report", to, kind, mode, content }, missing };
  };

  const emptied = useJustSent();
  const submit = (force: boolean) => {
    // a double click's second click on the form its first emptied: ignored, not 报告内容为空 under a report just sent
    if (blank.current && emptied.justSent()) return;
    const { cmd, missing } = build();
    setTried(true);
    setRefused(undefined);
    // nothing in it at all, or a text over its limit: said beside the field, never sent
    if (hasProblems(formProblems(to, cmd.content as Record<string, unknown>, fig, unknown, f.lossCNY ?? ""))) return setConfirm(undefined);
    if (missing.length > 0 && !force) {
      setConfirm(missing);
      return;
    }
    const draft = { to, kind, mode, f, fig, unknown };
    keepDraft(props.send(cmd), (why) => (blank.current && (setTo(draft.to), setKind(draft.kind), setMode(draft.mode), setF(draft.f), setFig(draft.fig), setUnknown(draft.unknown)), setRefused(refusedLine(why))));
    setConfirm(undefined);
    setTried(false);
    setF({});
    setFig({ deaths: "", seriousInjuries: "", injured: "", missing: "" });
    setUnknown({ deaths: false, seriousInjuries: false, injured: false, missing: false });
    emptied.sent();
  };

  return (
    <form class="form" data-testid="report-form" noValidate onSubmit={(e) => (e.preventDefault(), submit(false))}>
      <h3>{t("report.title")}</h3>
      <StandbyNote model={m} />
      <div class="grid3">
        <Field label={t("report.to")} error={problems.to}><Select name="to" value={to} onChange={setTo} options={[...(to ? [] : [{ value: "", label: t("report.chooseTo") }]), ...others.map((a) => ({ value: a.id, label: local(a.name) }))]} /></Field>
        <Field label={t("report.kind")}><Select name="kind" value={kind} onChange={setKind} options={(["initial", "followUp", "final"] as const).map((k) => ({ value: k, label: t(`report.${k}`) }))} /></Field>
        <Field label={t("report.mode")}><Select name="mode" value={mode} onChange={setMode} options={(["oral", "written"] as const).map((k) => ({ value: k, label: t(`report.${k}`) }))} /></Field>
      </div>
      <Field label={t("report.from")}><output name="from" data-testid="report-from">{local(reportSender(m.agencies, m.role))}</output></Field>
      <Field label={t("report.unit")} wide error={problems.unit}>{text("unit")}</Field>
      <div class="grid2">
        <Field label={t("report.time")} error={problems.time}>{text("time")}</Field>
        <Field label={t("report.location")} error={problems.location}>{text("location")}</Field>
      </div>
      <Field label={t("report.scene")} wide error={problems.scene}>{text("scene", true)}</Field>
      <Field label={t("report.sequence")} wide error={problems.sequence}>{text("sequence", true)}</Field>
      <fieldset class="figures">
        <legend>{t("report.casualties")}</legend>
        {FIGURES.map((k) => (
          <div class={`figure ${problems[k] ? "field-bad" : ""}`} key={k}>
            {/* the label names its box (newcomer 23 item 16: the four number inputs had no label associated) */}
            <label class="field-label" for={`figure-${k}`}>{figureLabel(m.hazardKind, k)}</label>
            <input id={`figure-${k}`} name={k} type="number" inputMode="numeric" min={0} max={MAX_REPORT_FIGURE} step={1} disabled={unknown[k]} aria-invalid={problems[k] ? true : undefined} value={unknown[k] ? "" : fig[k]} onInput={(e) => { const v = (e.currentTarget as HTMLInputElement).value; setFig((x) => ({ ...x, [k]: v })); }} />
            <label class="check"><input type="checkbox" name={`${k}-unknown`} checked={unknown[k]} onChange={(e) => setUnknown({ ...unknown, [k]: (e.currentTarget as HTMLInputElement).checked })} />{t("report.unknown")}</label>
            <FieldError problem={problems[k]} testid={`figure-error-${k}`} />
          </div>
        ))}
      </fieldset>
      <Field label={t("report.lossCNY")} wide error={problems.lossCNY}><Text name="lossCNY" type="number" value={f.lossCNY ?? ""} onInput={set("lossCNY")} invalid={!!problems.lossCNY} /></Field>
      <Field label={t("report.measures")} wide error={problems.measures}>{text("measures", true, 3)}</Field>
      <Field label={t("report.cause")} wide error={problems.cause}>{text("cause")}</Field>
      <Field label={t("report.other")} wide error={problems.other}>{text("other", true)}</Field>
      {/* what stops the report, and the question, sit with the send button in its sticky bar: below the form they were
          off-screen while the person pressed send again and nothing seemed to happen (newcomer trial 14) */}
      <div class="sticky-send" ref={bar}>
        <FieldError problem={problems.form} testid="report-blank" />
        <FieldError problem={refused} testid="report-refused" />
        {confirm ? (
          <div class="confirm" role="alert" data-testid="report-incomplete">
            {t("report.missingFields", { fields: confirm.map((k) => t(`report.${k}`)).join(t("punct.fields")) })}
            <div class="row">
              <button type="button" onClick={() => submit(true)}>{t("report.sendAnyway")}</button>
              <button type="button" class="btn-quiet" onClick={() => setConfirm(undefined)}>{t("common.cancel")}</button>
            </div>
          </div>
        ) : null}
        <button type="submit" class="btn-primary" data-testid="send-report">{t("report.send")}</button>
      </div>
    </form>
  );
}

/**
 * What stops a report: no addressee; nothing in it (but a casualty figure typed or ticked is not
 * "nothing": then the set is incomplete, said beside each box and above the send button — newcomer 17
 * typed Dead 2 and was told the report was empty); a text or figure out of bounds.
 */
function formProblems(to: string, content: Record<string, unknown>, fig: Record<Figure, string>, unknown: Record<Figure, boolean>, loss: string): Problems {
  const numbers = reportNumberProblems(fig, unknown, loss);
  const some = FIGURES.some((k) => fig[k].trim() !== "" || unknown[k]);
  const text = reportProblems(content);
  if (text.form?.key === "blankReport" && some) text.form = { key: "figuresIncomplete" };
  return { ...(to ? {} : { to: { key: "noAddressee" } as const }), ...text, ...numbers };
}
