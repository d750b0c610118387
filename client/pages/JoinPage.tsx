/**
 * The landing page: a join code (typed, or from a `/join/<code>` link or its QR code) and a
 * display name open that seat's console; the server tells which drill a typed code opens; a wrong or revoked code gets a clear message and nothing else. Below it, the
 * director creates a drill and gets every seat's code as text and QR.
 */
import { useEffect, useState } from "preact/hooks";
import { lang, local, setLang, t } from "../i18n/index.ts";
import { navigate } from "../nav.ts";
import { api, ApiError, type CreatedDrill, type ScenarioListing } from "../net/api.ts";
import { codeRows } from "../model/labels.ts";
import { NEW_DRILL_DEFAULTS, newDrillBody, type NewDrillForm } from "../model/new-drill.ts";
import { Field, Select, Text } from "../panels/fields.tsx";
import { joinLink, Qr } from "../panels/Qr.tsx";

export function rememberSeat(drillId: string, code: string, name: string): void {
  sessionStorage.setItem(`lianyan.join.${drillId}`, JSON.stringify({ code, name }));
}

/** The reason a console was closed (its code was reissued), shown once on the join page. */
function joinError(): string | undefined {
  const e = sessionStorage.getItem("lianyan.joinError") ?? undefined;
  sessionStorage.removeItem("lianyan.joinError");
  return e;
}

export function JoinPage(props: { code?: string }) {
  const [code, setCode] = useState(props.code ?? "");
  // a link or QR code carries the drill id; a typed code alone is looked up (POST /api/join)
  const linkDrill = new URLSearchParams(location.search).get("drill") ?? "";
  const [name, setName] = useState(() => localStorage.getItem("lianyan.name") ?? "");
  const [err, setErr] = useState<string | undefined>(() => joinError() ?? (new URLSearchParams(location.search).has("bad") ? t("join.badCode") : undefined));
  const [busy, setBusy] = useState(false);
  const join = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setErr(t("join.needName"));
    setBusy(true);
    setErr(undefined);
    try {
      const found = linkDrill && props.code === code ? { drillId: linkDrill } : await api.lookup(code.trim());
      localStorage.setItem("lianyan.name", name.trim());
      rememberSeat(found.drillId, code.trim(), name.trim());
      navigate(`/drill/${encodeURIComponent(found.drillId)}`);
    } catch (x) {
      setErr(t(x instanceof ApiError && x.status === 429 ? "join.tooMany" : "join.badCode"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="page page-join">
      <header class="join-head">
        <h1>{t("app.name")} <small>{t("app.tagline")}</small></h1>
        <button type="button" class="btn-link" onClick={() => setLang(lang() === "zh" ? "en" : "zh")}>{t("lang.switch")}</button>
      </header>
      <form class="form card" onSubmit={join} data-testid="join-form">
        <h2>{t("join.title")}</h2>
        <Field label={t("join.code")} wide><Text name="code" value={code} onInput={setCode} testid="join-code" /></Field>
        <Field label={t("join.name")} wide><Text name="name" value={name} onInput={setName} testid="join-name" /></Field>
        {err ? <p class="error" role="alert" data-testid="join-error">{err}</p> : null}
        <button type="submit" class="btn-primary" disabled={busy || !code.trim()} data-testid="join-submit">{busy ? t("join.joining") : t("join.submit")}</button>
      </form>
      <details class="card">
        <summary>{t("join.director")}</summary>
        <CreateDrill />
      </details>
    </main>
  );
}

function CreateDrill() {
  const [dcode, setDcode] = useState("");
  const [list, setList] = useState<ScenarioListing[]>([]);
  const [form, setForm] = useState<NewDrillForm>(NEW_DRILL_DEFAULTS);
  const set = <K extends keyof NewDrillForm>(k: K) => (v: NewDrillForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const { scenario, seed, blindness, speed, bots } = form;
  const [made, setMade] = useState<CreatedDrill>();
  const [err, setErr] = useState<string>();
  useEffect(() => {
    api.scenarios().then((xs) => (setList(xs), set("scenario")(xs[0]?.id ?? "")), (e: Error) => setErr(e.message));
  }, []);
  const create = async (e: Event) => {
    e.preventDefault();
    setErr(undefined);
    try {
      setMade(await api.createDrill(dcode.trim(), newDrillBody(form)));
    } catch (x) {
      setErr((x as Error).message);
    }
  };
  if (made) {
    return (
      <div data-testid="created">
        <p>{t("join.created")}</p>
        <ul class="codes">
          {codeRows(made.codes.seats, made.agencies, (n) => local(n)).map(({ seat, name, code: c }) => (
            <li key={seat}><strong data-testid={`created-name-${seat}`}>{name}</strong> <code data-testid={`created-code-${seat}`}>{c}</code><Qr text={joinLink(c, made.id)} size={96} /></li>
          ))}
          <li><strong>{t("evaluator.title")}</strong> <code data-testid="created-code-evaluator">{made.codes.evaluator}</code><Qr text={joinLink(made.codes.evaluator, made.id)} size={96} /></li>
          <li><strong>{local({ zh: "观摩", en: "Observers" })}</strong> <code>{made.codes.observer}</code></li>
        </ul>
        <button type="button" class="btn-primary" data-testid="open-director" onClick={() => {
          rememberSeat(made.id, made.codes.director, localStorage.getItem("lianyan.name") || t("director.title"));
          sessionStorage.setItem(`lianyan.codes.${made.id}`, JSON.stringify({ ...made.codes.seats, evaluator: made.codes.evaluator, observer: made.codes.observer }));
          navigate(`/drill/${encodeURIComponent(made.id)}`);
        }}>{t("join.openConsole")}</button>
      </div>
    );
  }
  return (
    <form class="form" onSubmit={create} data-testid="create-form">
      <Field label={t("join.directorCode")} wide><Text name="directorCode" value={dcode} onInput={setDcode} /></Field>
      <Field label={t("join.scenario")} wide><Select name="scenario" value={scenario} onChange={set("scenario")} options={list.map((s) => ({ value: s.id, label: local(s.title) }))} /></Field>
      <div class="grid3">
        <Field label={t("join.seed")}><Text name="seed" type="number" value={seed} onInput={set("seed")} /></Field>
        <Field label={t("join.blindness")}><Select name="blindness" value={blindness} onChange={set("blindness")} options={["NONE", "SINGLE_BLIND", "DOUBLE_BLIND"].map((b) => ({ value: b, label: t(`blindness.${b}`) }))} /></Field>
        <Field label={t("join.speed")}><Text name="speed" type="number" value={speed} onInput={set("speed")} /></Field>
      </div>
      <Field label={t("join.bots")} wide><Text name="bots" value={bots} onInput={set("bots")} placeholder="duty, police, health" /></Field>
      <label class="check"><input type="checkbox" name="paused" checked={form.paused} onChange={(e) => set("paused")((e.target as HTMLInputElement).checked)} data-testid="create-paused" /> {t("join.startPaused")}</label>
      {err ? <p class="error" role="alert">{err}</p> : null}
      <button type="submit" class="btn-primary" disabled={!dcode.trim() || !scenario}>{t("join.create")}</button>
    </form>
  );
}
