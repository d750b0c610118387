/**
 * The evaluator's observation form (time, section, agency, AQ/T 9009 Annex A area, rating, what
 * was seen and why): both texts required, each problem said beside its field, the server's
 * refusal beside the form. After the end it still records (timed at the end, as the server does).
 * One save at a time: the button is off and a second submit ignored until the server answers, so a double click
 * sends one observation, not two. Each save is one observation with one id (made by the session, net/records.ts),
 * which a re-send after a dropped connection keeps, so the server stores it once.
 */
import { useRef, useState } from "preact/hooks";
import { ANNEX_A_AREAS, RATINGS, SECTION_IDS, type AnnexArea } from "../../engine/scenario/rubric-schema.ts";
import { annexAreaChoice } from "../model/labels.ts";
import { TEXT_LIMITS } from "../../protocol/limits.ts";
import { wall } from "../i18n/describe.ts";
import { lang, local, t } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";
import { hasProblems, observationProblems, type Problems } from "../model/form-checks.ts";
import { Field, FieldError, Select, Text } from "./fields.tsx";
import { useCarried } from "./carried.ts";

type Control = (type: string, body: unknown) => Promise<unknown>;

export function ObservationForm(props: { model: ConsoleModel; control: Control }) {
  const m = props.model;
  const [section, setSection] = useState<string>("reporting");
  const [agency, setAgency] = useState("");
  const [area, setArea] = useState("");
  const [rating, setRating] = useState<string>("partlyMet");
  const [text, setText] = useState("");
  const [why, setWhy] = useState("");
  const [note, setNote] = useState<string>();
  const [refused, setRefused] = useState<string>();
  // problems show once the evaluator tried to save, and follow the input from then on
  const [tried, setTried] = useState(false);
  // a save on its way: a ref, since a double click's second submit comes before Preact draws the first's state
  const saving = useRef(false);
  const [busy, setBusy] = useState(false);
  const problems: Problems = tried ? observationProblems(text, why) : {};
  /** one save's answer: saved (then `saved()`) or the server's refusal (worded by net/live.ts); the form is free again */
  const follow = (answer: Promise<unknown>, saved: () => void = () => {}) => {
    saving.current = true;
    setBusy(true);
    const done = () => ((saving.current = false), setBusy(false));
    answer.then(() => (done(), setNote(t("evaluator.saved")), saved()), (x: Error) => (done(), setRefused(t("formCheck.refused", { reason: x.message }))));
  };
  // a save sent before a page reload: said saved or refused here, as if saved from this page; the texts typed since
  // the reload are not that save's, so they stay (panels/carried.ts)
  useCarried("observation", (c) => follow(c.answer));
  return (
    <form class="form" data-testid="observation-form" noValidate onSubmit={(e) => {
      e.preventDefault();
      if (saving.current) return;
      setTried(true);
      setNote(undefined);
      setRefused(undefined);
      if (hasProblems(observationProblems(text, why))) return;
      const body = { atMs: m.tMs, section, ...(agency ? { agency } : {}), ...(area ? { area } : {}), rating, seen: text.trim(), why: why.trim() };
      // the server's refusal (worded by net/live.ts) is shown, and the text stays for another try
      follow(props.control("observation", body), () => (setText(""), setWhy(""), setTried(false)));
    }}>
      <h3>{t("evaluator.observation")} · {wall(m, m.tMs)}</h3>
      {m.ended ? <p class="muted" data-testid="observation-after-end">{t("endedBar.observeAfter")}</p> : null}
      <div class="grid2">
        <Field label={t("evaluator.section")}><Select name="section" value={section} onChange={setSection} options={SECTION_IDS.map((s) => ({ value: s, label: t(`section.${s}`) }))} /></Field>
        <Field label={t("evaluator.agency")}><Select name="agency" value={agency} onChange={setAgency} options={[{ value: "", label: "—" }, ...m.agencies.map((a) => ({ value: a.id, label: local(a.name) }))]} /></Field>
        <Field label={t("evaluator.area")}><Select name="annexA" value={area} onChange={setArea} options={[{ value: "", label: "—" }, ...(Object.keys(ANNEX_A_AREAS) as AnnexArea[]).map((k) => ({ value: k, label: annexAreaChoice(k, lang()) }))]} /></Field>
        <Field label={t("evaluator.rating")}><Select name="rating" value={rating} onChange={setRating} options={RATINGS.map((r) => ({ value: r, label: t(`evaluator.${r}`) }))} /></Field>
      </div>
      <Field label={local({ zh: "观察到的情况", en: "What was seen" })} wide error={problems.seen} errorTestid="observation-seen-error"><Text name="text" multiline value={text} onInput={setText} maxLength={TEXT_LIMITS.observation} invalid={!!problems.seen} /></Field>
      <Field label={t("evaluator.justification")} wide error={problems.why} errorTestid="observation-why-error"><Text name="justification" multiline value={why} onInput={setWhy} maxLength={TEXT_LIMITS.observation} invalid={!!problems.why} /></Field>
      {note ? <p role="status" data-testid="observation-note">{note}</p> : null}
      <FieldError problem={refused} testid="observation-refused" />
      <div class="sticky-send"><button type="submit" class="btn-primary" data-testid="save-observation" disabled={busy}>{t("evaluator.save")}</button></div>
    </form>
  );
}
