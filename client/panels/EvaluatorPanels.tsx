/**
 * The evaluator's panels: live findings (the evaluator run on the events so far, from the
 * server), "as seen by" a seat at a past time (the server rebuilds that seat's view from the
 * log), and the observation form (ObservationForm.tsx).
 */
import { useEffect, useState } from "preact/hooks";
import { agencyName, simClock, wall } from "../i18n/describe.ts";
import { lang, local, t } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";
import { pastTime } from "../model/form-checks.ts";
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
  const [bad, setBad] = useState<string>();
  const show = () => {
    // a time that is not H:MM[:SS] with minutes and seconds 0–59, or later than now, is said beside the box, never shown as a view
    const p = pastTime(at, m.tMs);
    setBad("problem" in p ? (p.problem === "badTime" ? t("formCheck.badTime") : t("formCheck.afterNow", { now: simClock(m.tMs) })) : undefined);
    if ("problem" in p) return setSeen(undefined);
    props.control("viewAt", { seat, atMs: p.atMs }).then((x) => (setSeen(x as ConsoleModel), setErr(undefined)), (e: Error) => (setSeen(undefined), setErr(e.message)));
  };
  return (
    <div data-testid="as-seen">
      <div class="grid3">
        <Field label={t("evaluator.seat")}><Select value={seat} onChange={setSeat} options={seats.map((a) => ({ value: a.id, label: local(a.name) }))} /></Field>
        <Field label={`${t("evaluator.at")} (T+HH:MM:SS)`} error={bad} errorTestid="as-seen-error"><Text value={at} onInput={setAt} invalid={!!bad} /></Field>
        <button type="button" data-testid="as-seen-show" onClick={show}>{t("evaluator.show")}</button>
      </div>
      {err ? <p class="error">{err}</p> : null}
      {seen ? <div class="embedded"><AgencyConsole model={seen} drillId={`seen-${seat}`} person={`${t("evaluator.asSeen")} ${wall(m, seen.tMs)}`} commands={[]} connection="online" outbox={0} /></div> : null}
    </div>
  );
}

/** the observation form lives in its own module (no map, no Phaser): re-exported for the control console */
export { ObservationForm } from "./ObservationForm.tsx";
