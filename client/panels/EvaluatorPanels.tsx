/**
 * The evaluator's panels: live findings (the evaluator run on the events so far, from the
 * server), "as seen by" a seat at a past time (the server rebuilds that seat's view from the
 * log), and the observation form (time, section, agency, AQ/T 9009 Annex A area, rating,
 * what was seen and why).
 */
import { useEffect, useState } from "preact/hooks";
import { ANNEX_A_AREAS, RATINGS, SECTION_IDS } from "../../engine/scenario/rubric-schema.ts";
import { agencyName, simClock, wall } from "../i18n/describe.ts";
import { lang, local, t } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";
import { AgencyConsole } from "../pages/AgencyConsole.tsx";
import { Field, Select, Text } from "./fields.tsx";
import { tidyZh } from "../../i18n/spacing.ts";

type Control = (type: string, body: unknown) => Promise<unknown>;
interface FindingView { id?: string; code: string; name?: { zh: string; en: string }; agency: string | null; atMs: number; message: { zh: string; en: string } }

export function FindingsPanel(props: { model: ConsoleModel; control: Control }) {
  const [list, setList] = useState<FindingView[]>();
  const [err, setErr] = useState<string>();
  const m = props.model;
  // refresh when the drill moves on by a minute of simulated time
  const minute = Math.floor(m.tMs / 60_000);
  useEffect(() => {
    props.control("findings", {}).then((x) => (setList((x as { findings: FindingView[] }).findings), setErr(undefined)), (e: Error) => setErr(e.message));
  }, [minute]);
  if (err) return <p class="error">{err}</p>;
  if (!list) return <p class="muted">{t("common.loading")}</p>;
  return (
    <ul class="findings" data-testid="findings">
      {list.length === 0 ? <li class="muted" data-testid="findings-none">{t("findings.none")}</li> : null}
      {list.map((f, i) => (
        <li key={f.id ?? i} class="finding" data-code={f.code}>
          <span class="chip" data-testid="finding-name">{local(f.name, f.code)}</span> <span class="muted">{wall(m, f.atMs)}</span> {f.agency ? <strong>{agencyName(m, f.agency)}</strong> : null}
          <div>{lang() === "zh" ? tidyZh(local(f.message)) : local(f.message)}</div>
        </li>
      ))}
    </ul>
  );
}

export function AsSeenBy(props: { model: ConsoleModel; control: Control }) {
  const m = props.model;
  const seats = m.agencies.filter((a) => !a.simulated);
  const [seat, setSeat] = useState(seats[0]?.id ?? "");
  const [at, setAt] = useState(simClock(Math.max(0, m.tMs - 10 * 60_000)));
  const [seen, setSeen] = useState<ConsoleModel>();
  const [err, setErr] = useState<string>();
  const show = () => {
    const [h, mi, s] = at.split(":").map(Number);
    const atMs = ((h ?? 0) * 3600 + (mi ?? 0) * 60 + (s ?? 0)) * 1000;
    props.control("viewAt", { seat, atMs }).then((x) => (setSeen(x as ConsoleModel), setErr(undefined)), (e: Error) => setErr(e.message));
  };
  return (
    <div data-testid="as-seen">
      <div class="grid3">
        <Field label={t("evaluator.seat")}><Select value={seat} onChange={setSeat} options={seats.map((a) => ({ value: a.id, label: local(a.name) }))} /></Field>
        <Field label={`${t("evaluator.at")} (T+HH:MM:SS)`}><Text value={at} onInput={setAt} /></Field>
        <button type="button" onClick={show}>{t("evaluator.show")}</button>
      </div>
      {err ? <p class="error">{err}</p> : null}
      {seen ? <div class="embedded"><AgencyConsole model={seen} drillId={`seen-${seat}`} person={`${t("evaluator.asSeen")} ${wall(m, seen.tMs)}`} commands={[]} connection="online" outbox={0} /></div> : null}
    </div>
  );
}

export function ObservationForm(props: { model: ConsoleModel; control: Control }) {
  const m = props.model;
  const [section, setSection] = useState<string>("reporting");
  const [agency, setAgency] = useState("");
  const [area, setArea] = useState("");
  const [rating, setRating] = useState<string>("partlyMet");
  const [text, setText] = useState("");
  const [why, setWhy] = useState("");
  const [note, setNote] = useState<string>();
  return (
    <form class="form" data-testid="observation-form" onSubmit={(e) => {
      e.preventDefault();
      // a blank field is named, not silently ignored
      if (!text.trim()) return setNote(t("dir.obsNeedSeen"));
      if (!why.trim()) return setNote(t("dir.obsNeedWhy"));
      const body = { atMs: m.tMs, section, ...(agency ? { agency } : {}), ...(area ? { area } : {}), rating, seen: text.trim(), why: why.trim() };
      props.control("observation", body).then(() => (setNote(t("evaluator.saved")), setText(""), setWhy("")), (x: Error) => setNote(x.message));
    }}>
      <h3>{t("evaluator.observation")} · {wall(m, m.tMs)}</h3>
      <div class="grid2">
        <Field label={t("evaluator.section")}><Select name="section" value={section} onChange={setSection} options={SECTION_IDS.map((s) => ({ value: s, label: t(`section.${s}`) }))} /></Field>
        <Field label={t("evaluator.agency")}><Select name="agency" value={agency} onChange={setAgency} options={[{ value: "", label: "—" }, ...m.agencies.map((a) => ({ value: a.id, label: local(a.name) }))]} /></Field>
        <Field label={t("evaluator.area")}><Select name="annexA" value={area} onChange={setArea} options={[{ value: "", label: "—" }, ...Object.entries(ANNEX_A_AREAS).map(([k, v]) => ({ value: k, label: `${v.no} ${v[lang()]}` }))]} /></Field>
        <Field label={t("evaluator.rating")}><Select name="rating" value={rating} onChange={setRating} options={RATINGS.map((r) => ({ value: r, label: t(`evaluator.${r}`) }))} /></Field>
      </div>
      <Field label={local({ zh: "观察到的情况", en: "What was seen" })} wide><Text name="text" multiline value={text} onInput={setText} /></Field>
      <Field label={t("evaluator.justification")} wide><Text name="justification" multiline value={why} onInput={setWhy} /></Field>
      {note ? <p role="status" data-testid="observation-note">{note}</p> : null}
      <div class="sticky-send"><button type="submit" class="btn-primary" data-testid="save-observation">{t("evaluator.save")}</button></div>
    </form>
  );
}
