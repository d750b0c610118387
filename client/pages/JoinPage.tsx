/**
 * The landing page: a join code (typed, or from a `/join/<code>` link or its QR code) and a
 * display name open that seat's console; the server tells which drill a typed code opens; a wrong or revoked code gets a clear message and nothing else. Below it, the
 * director creates a drill and gets every seat's code as text and QR.
 */
import { useEffect, useState } from "preact/hooks";
import { lang, local, setLang, t } from "../i18n/index.ts";
import { navigate } from "../nav.ts";
import { api, ApiError, type CreatedDrill, type DrillListing, type ScenarioListing } from "../net/api.ts";
import { NEW_DRILL_DEFAULTS, newDrillBody, type NewDrillForm } from "../model/new-drill.ts";
import { Field, Select, Text } from "../panels/fields.tsx";
import { hasProblems, joinProblems, type Problems } from "../model/form-checks.ts";
import { TEXT_LIMITS } from "../../protocol/limits.ts";
import { CodesList } from "../panels/CodesList.tsx";
import { keptSeat, rememberCodes, sameCode } from "../net/seat-memory.ts";

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
  const q = new URLSearchParams(location.search);
  // the server refused the name (400): its reason beside the name field (zh-CN), or ours in English
  const [nameRefused, setNameRefused] = useState<string | undefined>(() => {
    if (!q.has("name")) return undefined;
    const server = joinError(); // read (and cleared) in either language
    return lang() === "zh" && server ? server : t("formCheck.badName", { max: TEXT_LIMITS.name });
  });
  const [err, setErr] = useState<string | undefined>(() => (q.has("name") ? undefined : joinError() ?? (q.has("bad") ? t("join.badCode") : undefined)));
  const [tried, setTried] = useState(false);
  const problems: Problems = tried ? joinProblems(code, name) : {};
  const [busy, setBusy] = useState(false);
  // the server's director code opens any drill's director console: the drills to choose from
  const [drills, setDrills] = useState<DrillListing[]>();
  // a code of a drill that has ended: what that seat can still see
  const [ended, setEnded] = useState<{ drillId: string; kind: string } | undefined>(() => {
    const q = new URLSearchParams(location.search);
    return q.has("ended") && linkDrill ? { drillId: linkDrill, kind: q.get("ended") ?? "seat" } : undefined;
  });
  // the join link of the seat this browser joined (kept, net/seat-memory.ts): straight back into it, no code asked;
  // not after a refusal or the end (DrillPage sent the person here to read why)
  const kept = linkDrill && props.code ? keptSeat(linkDrill) : undefined;
  const rejoin = !!kept && sameCode(kept.code, props.code!) && !["bad", "name", "busy", "ended"].some((k) => q.has(k));
  useEffect(() => {
    if (!rejoin) return;
    rememberSeat(linkDrill, kept!.code, kept!.name);
    navigate(`/drill/${encodeURIComponent(linkDrill)}`);
  }, [rejoin]);
  if (rejoin) return <main class="page"><p class="muted" role="status" data-testid="rejoining">{t("keep.rejoining")}</p></main>;
  const open = (drillId: string, typed: string) => {
    localStorage.setItem("lianyan.name", name.trim());
    rememberSeat(drillId, typed, name.trim());
    navigate(`/drill/${encodeURIComponent(drillId)}`);
  };
  const join = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    setNameRefused(undefined);
    // each try answers afresh: an old 参演码无效 never stays under a new problem (newcomer 17 b02)
    setErr(undefined);
    if (hasProblems(joinProblems(code, name))) return;
    setBusy(true);
    const typed = code.trim();
    try {
      const found = linkDrill && props.code === code ? { drillId: linkDrill, kind: "seat", status: undefined } : await api.lookup(typed);
      if (found.status === "ended") {
        rememberSeat(found.drillId, typed, name.trim()); // the replay (and the report) read it
        return setEnded({ drillId: found.drillId, kind: found.kind });
      }
      open(found.drillId, typed);
    } catch (x) {
      // the server's reason says how long the address is refused (guesses.ts), which our own words cannot know
      if (x instanceof ApiError && x.status === 429) return setErr(/^HTTP /.test(x.message) ? t("join.tooMany") : x.message);
      // a seat a bot plays: its code opens it once the director switches it to a person (the server says so, in the page's language)
      if (x instanceof ApiError && x.status === 409) return setErr(x.message);
      const list = await api.drills(typed).catch(() => undefined);
      if (!list) return setErr(t("join.badCode"));
      if (linkDrill && list.some((d) => d.id === linkDrill)) return open(linkDrill, typed);
      setDrills(list);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="page page-join">
      <header class="join-head">
        <h1>{t("app.name")} <small>{t("app.tagline")}</small></h1>
        <button type="button" class="btn-link" data-testid="lang-switch" onClick={() => setLang(lang() === "zh" ? "en" : "zh")}>{t("lang.switch")}</button>
      </header>
      <form class="form card" onSubmit={join} data-testid="join-form" noValidate>
        <h2>{t("join.title")}</h2>
        <Field label={t("join.code")} wide error={problems.code} errorTestid="join-code-error"><Text name="code" value={code} onInput={setCode} testid="join-code" invalid={!!problems.code} /></Field>
        <Field label={t("join.name")} wide error={problems.name ?? nameRefused} errorTestid="join-name-error"><Text name="name" value={name} onInput={(v) => (setName(v), setNameRefused(undefined))} testid="join-name" maxLength={TEXT_LIMITS.name} invalid={!!(problems.name ?? nameRefused)} /></Field>
        {/* the link's drill id is not named: the server neither confirms nor denies a drill id (it answers 401
            either way), so the page says the code decides, whatever the id (newcomer 17 item 7) */}
        {linkDrill && !props.code ? <p class="muted" data-testid="join-drill">{t("join.forDrill")}</p> : null}
        {err ? <p class="error" role="alert" data-testid="join-error">{err}</p> : null}
        <button type="submit" class="btn-primary" disabled={busy} data-testid="join-submit">{busy ? t("join.joining") : t("join.submit")}</button>
      </form>
      {ended ? <EndedDrill {...ended} /> : null}
      {drills ? <DrillChooser drills={drills} open={(id) => open(id, code.trim())} /> : null}
      {/* a join link (/join/<code>, its QR code) is a seat's way in: no 导调入口 there (newcomer 23 item 16) */}
      {props.code ? null : (
        <details class="card" data-testid="director-entry">
          <summary>{t("join.director")}</summary>
          <CreateDrill />
        </details>
      )}
    </main>
  );
}

/** A code of a drill that has ended: its console is closed; the replay (any code) and, for control, the report remain. */
function EndedDrill(p: { drillId: string; kind: string }) {
  const id = encodeURIComponent(p.drillId);
  const control = p.kind === "director" || p.kind === "evaluator";
  return (
    <div class="card" role="status" data-testid="join-ended">
      <p>{t(control ? "join.endedControl" : "join.endedSeat")}</p>
      <p class="row">
        <a class="btn-primary" href={`/replay/${id}`} data-testid="ended-replay">{t("after.replay")}</a>
        {control ? <a href={`/report/${id}`} data-testid="ended-report">{t("after.report")}</a> : null}
      </p>
    </div>
  );
}

/** The server's director code: every drill, each opening its director console. */
function DrillChooser(p: { drills: DrillListing[]; open: (id: string) => void }) {
  return (
    <div class="card" data-testid="drill-chooser">
      <h2>{t("join.chooseDrill")}</h2>
      {p.drills.length === 0 ? <p class="muted">{t("join.noDrills")}</p> : null}
      <ul class="codes">
        {[...p.drills].reverse().map((d) => (
          <li key={d.id}>
            <strong>{d.id}</strong> {d.scenarioId} · {t(`join.status.${d.status}`)} · T+{Math.floor(d.clockMs / 3_600_000)}:{String(Math.floor(d.clockMs / 60_000) % 60).padStart(2, "0")}
            <button type="button" class="btn-primary" data-testid={`choose-${d.id}`} onClick={() => p.open(d.id)}>{t("join.openConsole")}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CreateDrill() {
  const [dcode, setDcode] = useState("");
  const [list, setList] = useState<ScenarioListing[]>([]);
  const [form, setForm] = useState<NewDrillForm>(NEW_DRILL_DEFAULTS);
  const set = <K extends keyof NewDrillForm>(k: K) => (v: NewDrillForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const { scenario, seed, blindness, speed, bots } = form;
  const [made, setMade] = useState<CreatedDrill>();
  const agencies = list.find((s) => s.id === scenario)?.agencies ?? [];
  const tickBot = (id: string, on: boolean) => set("bots")(on ? [...bots, id] : bots.filter((b) => b !== id));
  const [err, setErr] = useState<string>();
  const [codeErr, setCodeErr] = useState<string>();
  // the scenarios are listed only once the server's director code is typed: the join page a seat
  // opens never fetches them, so a double-blind seat cannot read the scenario from the network
  useEffect(() => {
    const typed = dcode.trim();
    setList([]);
    setCodeErr(undefined);
    if (!typed) return;
    let live = true;
    const timer = setTimeout(() => {
      api.scenarios(typed).then(
        (xs) => live && (setList(xs), setForm((f) => ({ ...f, scenario: xs.some((s) => s.id === f.scenario) ? f.scenario : xs[0]?.id ?? "" }))),
        // a wrong code is said under its box (newcomer 17 d01: the 401 went only to the console); other failures in the server's words
        (x: unknown) => live && setCodeErr(x instanceof ApiError && x.status === 401 ? t("join.badDirectorCode") : (x as Error).message),
      );
    }, 300);
    return () => ((live = false), clearTimeout(timer));
  }, [dcode]);
  const create = async (e: Event) => {
    e.preventDefault();
    setErr(undefined);
    try {
      setMade(await api.createDrill(dcode.trim(), newDrillBody(form, agencies.map((a) => a.id))));
    } catch (x) {
      setErr((x as Error).message);
    }
  };
  if (made) {
    return (
      <div data-testid="created">
        <CodesList made={made} />
        <button type="button" class="btn-primary" data-testid="open-director" onClick={() => {
          rememberSeat(made.id, made.codes.director, localStorage.getItem("lianyan.name") || t("director.title"));
          rememberCodes(made.id, { ...made.codes.seats, evaluator: made.codes.evaluator, observer: made.codes.observer });
          navigate(`/drill/${encodeURIComponent(made.id)}`);
        }}>{t("join.openConsole")}</button>
      </div>
    );
  }
  return (
    <form class="form" onSubmit={create} data-testid="create-form">
      <Field label={t("join.directorCode")} wide error={codeErr} errorTestid="director-code-error"><Text name="directorCode" value={dcode} onInput={setDcode} /></Field>
      {list.length === 0 && !codeErr ? <p class="muted" data-testid="scenarios-after-code">{t("join.scenariosAfterCode")}</p> : null}
      <Field label={t("join.scenario")} wide><Select name="scenario" value={scenario} onChange={set("scenario")} options={list.map((s) => ({ value: s.id, label: local(s.title) }))} /></Field>
      <div class="grid3">
        <Field label={t("join.seed")}><Text name="seed" type="number" value={seed} onInput={set("seed")} /></Field>
        <Field label={t("join.blindness")}><Select name="blindness" value={blindness} onChange={set("blindness")} options={["NONE", "SINGLE_BLIND", "DOUBLE_BLIND"].map((b) => ({ value: b, label: t(`blindness.${b}`) }))} /></Field>
        <Field label={t("join.speed")}><Text name="speed" type="number" step="any" value={speed} onInput={set("speed")} /></Field>
      </div>
      <fieldset class="bots" data-testid="create-bots">
        <legend>{t("join.bots")}</legend>
        {/* no agency is a bot unless ticked: a newcomer trying alone would watch nothing move, so say so and offer all at once */}
        <p class="muted bots-hint" data-testid="bots-hint">{t("join.botsHint")}</p>
        {agencies.length > 0 ? (
          <p class="row bots-all">
            <button type="button" data-testid="bots-all" onClick={() => set("bots")(agencies.map((a) => a.id))}>{t("join.allBots")}</button>
            <button type="button" data-testid="bots-none" onClick={() => set("bots")([])}>{t("join.noBots")}</button>
          </p>
        ) : null}
        {agencies.map((a) => (
          <label class="check" key={a.id}><input type="checkbox" name="bot" value={a.id} checked={bots.includes(a.id)} onChange={(e) => tickBot(a.id, (e.target as HTMLInputElement).checked)} data-testid={`bot-${a.id}`} /> {local(a.name)}</label>
        ))}
      </fieldset>
      <label class="check"><input type="checkbox" name="paused" checked={form.paused} onChange={(e) => set("paused")((e.target as HTMLInputElement).checked)} data-testid="create-paused" /> {t("join.startPaused")}</label>
      {err ? <p class="error" role="alert">{err}</p> : null}
      <button type="submit" class="btn-primary" disabled={!dcode.trim() || !scenario}>{t("join.create")}</button>
    </form>
  );
}
