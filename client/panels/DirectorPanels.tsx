/**
 * The director's controls: clock (pause, resume, speed, jump), end; the inject list with
 * "fire now" and a free inject or spot question; seats with presence, person↔bot and their
 * join codes as text and QR; the look-ahead forecast.
 */
import { useRef, useState } from "preact/hooks";
import { agencyName, agencyNames, simClock, wall } from "../i18n/describe.ts";
import { local, t } from "../i18n/index.ts";
import { forecastLines, type ForecastResult as Forecast } from "../model/forecast.ts";
import type { RecoveryNote } from "../../protocol/messages.ts";
import { notStarted, type ConsoleModel } from "../model/console.ts";
import { figureLabel } from "../model/labels.ts";
import type { OutCommand, Send } from "../net/session.ts";
import { keepDraft, type Refusal } from "../net/drafts.ts";
import { EMPTY_FREE_INJECT, FREE_INJECT_MAX, freeInject, type FreeInjectForm } from "../model/free-inject.ts";
import { Field, FieldError, Select, Text, useJustSent } from "./fields.tsx";
import { refusedLine } from "./MessageForm.tsx";
import { joinLink, Qr, useJoinOrigin } from "./Qr.tsx";
import { useCarried } from "./carried.ts";

type Control = (type: string, body: unknown) => Promise<unknown>;
const SPEEDS = [0.5, 1, 2, 5, 10, 30, 60];
/** the presets and the drill's own speed among them (3× from the creation form was none of them and the box went blank: newcomer 17 v02) */
export const speedOptions = (speed: number): string[] => [...new Set([...SPEEDS, speed])].sort((a, b) => a - b).map(String);

/**
 * The director's clock: start / pause, speed, jump, end. `sheet` (the control console on a phone): speed, jump and end
 * fold into a sheet behind one toggle (round 23 item 3: with them, the truth strip and the tabs the phone's map got
 * under 40% of the screen); start / pause, a refusal and the recovery note stay in view. On a desk the toggle is hidden
 * and everything shows (styles.css .sheet-toggle, .sheet-more).
 */
export function ClockControls(props: { model: ConsoleModel; control: Control; send?: Send; sheet?: { open: boolean; toggle: () => void } }) {
  const m = props.model;
  const [busy, setBusy] = useState(false);
  // the server's reason when it refuses a clock action or the end (it was lost: nothing changed and nothing said why)
  const [refused, setRefused] = useState<string>();
  // the end is asked once: a double click on 结束演练 asked "确定结束本次演练吗？" twice and sent a second end (newcomer r28)
  const ending = useRef(false);
  const follow = (answer: Promise<unknown>) => {
    setBusy(true);
    setRefused(undefined);
    answer.catch((e: Error) => setRefused(t("formCheck.refused", { reason: e.message }))).finally(() => setBusy(false));
  };
  const act = (body: unknown) => follow(props.control("clock", body));
  // a clock request sent before a page reload: answered here as if sent from this page (panels/carried.ts)
  useCarried("clock", (c) => follow(c.answer));
  if (m.ended) return null;
  return (
    <div class="controls" data-testid="clock-controls">
      {m.paused
        ? <button type="button" class="btn-primary" disabled={busy} data-testid="resume" onClick={() => act({ action: "resume" })}>▶ {notStarted(m) ? t("director.start") : t("director.resume")}</button>
        : <button type="button" class="btn-primary" disabled={busy} data-testid="pause" onClick={() => act({ action: "pause" })}>‖ {t("director.pause")}</button>}
      {props.sheet ? (
        <button type="button" class="sheet-toggle" aria-expanded={props.sheet.open} aria-controls="control-sheet-more" data-testid="sheet-toggle" onClick={props.sheet.toggle}>
          {props.sheet.open ? `${t("director.sheetClose")} ▴` : `${t("director.sheetOpen")} ▾`}
        </button>
      ) : null}
      <div class="sheet-more" id="control-sheet-more" data-testid="sheet-more">
      <label class="inline">{t("director.speed")}
        <select value={String(m.speed)} data-testid="speed" onChange={(e) => act({ action: "speed", value: Number((e.currentTarget as HTMLSelectElement).value) })}>
          {speedOptions(m.speed).map((s) => <option key={s} value={s}>{s}×</option>)}
        </select>
      </label>
      <button type="button" disabled={busy} data-testid="jump" onClick={() => act({ action: "jump", value: 10 })}>» {t("director.jumpMin", { n: 10 })}</button>
      <button type="button" class="btn-danger" data-testid="end" onClick={() => {
        if (ending.current || !confirm(t("director.endConfirm"))) return;
        ending.current = true;
        setRefused(undefined);
        // refused (the server could not end it): the director may try again
        keepDraft(props.send?.({ type: "end" }), (why) => ((ending.current = false), setRefused(refusedLine(why))));
      }}>■ {t("director.end")}</button>
      </div>
      <FieldError problem={refused} testid="clock-refused" />
      <RecoveredNote model={m} />
    </div>
  );
}

/**
 * After a server stop the director reads where the drill resumed and how much drill time at most was lost (round 22
 * item 5; server/live/clock-keep.ts recoveryNote): nothing when the clock was paused, else the bound.
 */
export function RecoveredNote(props: { model: ConsoleModel }) {
  const r = props.model.recovered;
  // closed by its button (for this recovery), and gone once the drill runs on past where it resumed (newcomer 23
  // item 6: it still said 继续前请告知各席位 20 simulated minutes after the resume)
  const [closed, setClosed] = useState<number>();
  if (!r || closed === r.atMs || props.model.tMs > r.atMs) return null;
  const lost = (n: RecoveryNote): string => n.lostAtMostMs > 0
    ? t("director.recoveredLost", { speed: n.speed, upTo: wall(props.model, n.atMs + n.lostAtMostMs), s: Math.ceil(n.lostAtMostMs / 1000) })
    : t("director.recoveredNone");
  // every stop since a director last joined: one that came before this one is not lost with it
  const earlier = props.model.earlierRecoveries ?? [];
  return (
    <p class="note" role="status" data-testid="recovered">
      <button type="button" class="btn-quiet note-close" data-testid="recovered-close" aria-label={t("director.recoveredClose")} title={t("director.recoveredClose")} onClick={() => setClosed(r.atMs)}>✕</button>
      {t("director.recovered", { at: wall(props.model, r.atMs), t: simClock(r.atMs) })}<br />{lost(r)}
      {earlier.map((e) => <span data-testid="recovered-earlier"><br />{t("director.recoveredEarlier", { at: wall(props.model, e.atMs), t: simClock(e.atMs) })}{lost(e)}</span>)}
    </p>
  );
}

export function InjectPanel(props: { model: ConsoleModel; send: Send }) {
  const m = props.model;
  const seats = m.agencies.filter((a) => !a.simulated);
  const [form, setForm] = useState<FreeInjectForm>(EMPTY_FREE_INJECT);
  const [err, setErr] = useState<{ field: "to" | "text"; text: string }>();
  // the server's reason for refusing an inject, by inject id ("free" for the free one)
  const [refused, setRefused] = useState<Readonly<Record<string, string>>>({});
  const refuse = (id: string) => (why: Refusal) => setRefused((now) => ({ ...now, [id]: refusedLine(why) }));
  const clear = (id: string) => setRefused(({ [id]: _, ...rest }) => rest);
  // scripted injects sent and not refused: "fire now" once each (a double click logged injectNow twice: newcomer r28);
  // a ref for the double click's second click, which may come before the redraw, and state to grey the button
  const firing = useRef(new Set<string>());
  const [, redraw] = useState(0);
  const fire = (id: string) => {
    if (firing.current.has(id)) return;
    firing.current.add(id);
    redraw((n) => n + 1);
    clear(id);
    keepDraft(props.send({ type: "injectNow", inject: id }), (why) => (firing.current.delete(id), redraw((n) => n + 1), refuse(id)(why)));
  };
  const to = form.to;
  const emptied = useJustSent();
  // any change clears the error it answered
  const set = (patch: Partial<FreeInjectForm>) => (setForm((f) => ({ ...f, ...patch })), setErr(undefined));
  const list = [...(m.injects ?? [])].sort((a, b) => Number(a.fired) - Number(b.fired) || (a.atMs ?? Infinity) - (b.atMs ?? Infinity));
  return (
    <div>
      <ul class="injects" data-testid="injects">
        {list.map((i) => (
          <li key={i.id} class={`inject ${i.fired ? "inject-fired" : ""}`} data-testid="inject" data-id={i.id}>
            <div class="msg-head">
              <span class="chip">{i.fired ? `✔ ${t("director.fired")}` : i.atMs !== undefined ? t("director.due", { t: wall(m, i.atMs) }) : `▸ ${i.when ?? ""}`}</span>
              {i.spotQuestion ? <span class="chip">{t("director.spot")}</span> : null}
              <span class="muted">→ {agencyNames(m, i.to)}</span>
            </div>
            <div class="msg-text">{local(i.text)}</div>
            {!i.fired && !m.ended ? <button type="button" data-testid={`fire-${i.id}`} disabled={firing.current.has(i.id)} onClick={() => fire(i.id)}>» {t("director.fire")}</button> : null}
            <FieldError problem={refused[i.id]} testid="inject-refused" />
          </li>
        ))}
      </ul>
      <form class="form" data-testid="free-inject" noValidate onSubmit={(e) => {
        e.preventDefault();
        if (form.to.length === 0 && form.text === "" && emptied.justSent()) return;
        const made = freeInject(form);
        if (!made.ok) return setErr({ field: made.field, text: made.problem === "tooLong" || made.problem === "hiddenChars" ? t(`formCheck.${made.problem}`, made) : t(`dir.${made.problem}`) });
        const draft = form;
        clear("free");
        // refused: the text back (unless another is being written by then) and the server's reason
        keepDraft(props.send(made.command), (why) => (setForm((now) => (now.text === "" ? draft : now)), refuse("free")(why)));
        // a spot question is asked once, an alarm given once: the next inject is a plain one unless ticked again, to
        // the seats ticked for it (newcomer 23 item 14: the last recipients stayed ticked)
        setForm(EMPTY_FREE_INJECT);
        emptied.sent();
      }}>
        <h3>{t("director.free")} / {t("director.spot")}</h3>
        <fieldset class="chips">
          <legend>{t("director.freeTo")}</legend>
          {seats.map((a) => (
            <label key={a.id} class={`chip-check ${to.includes(a.id) ? "on" : ""}`}>
              <input type="checkbox" name="to" value={a.id} checked={to.includes(a.id)} onChange={() => set({ to: to.includes(a.id) ? to.filter((x) => x !== a.id) : [...to, a.id] })} />
              {to.includes(a.id) ? "✓ " : ""}{local(a.name)}
            </label>
          ))}
        </fieldset>
        {err?.field === "to" ? <p class="error" role="alert" data-testid="inject-error">{err.text}</p> : null}
        <Field label={t("director.freeText")} wide><Text name="text" multiline rows={3} value={form.text} onInput={(v) => set({ text: v })} testid="inject-text" maxLength={FREE_INJECT_MAX} /></Field>
        {err?.field === "text" ? <p class="error" role="alert" data-testid="inject-error">{err.text}</p> : null}
        <FieldError problem={refused.free} testid="inject-refused" />
        <label class="check"><input type="checkbox" name="spot" data-testid="inject-spot" checked={form.spot} onChange={(e) => set({ spot: (e.currentTarget as HTMLInputElement).checked })} />{t("director.spot")}</label>
        <label class="check"><input type="checkbox" name="notifies" data-testid="inject-alarm" checked={form.alarm} onChange={(e) => set({ alarm: (e.currentTarget as HTMLInputElement).checked })} />{t("dir.alarm")}</label>
        <div class="sticky-send"><button type="submit" class="btn-primary" data-testid="send-inject">{t("director.fire")}</button></div>
      </form>
    </div>
  );
}

export function SeatsPanel(props: { model: ConsoleModel; control?: Control; codes?: Record<string, string>; drillId?: string }) {
  const m = props.model;
  // codes reissued here replace the ones handed out at creation (the old one stops working)
  const [fresh, setFresh] = useState<Record<string, string>>({});
  // the server's reason for refusing a seat's switch or reissue, by seat
  const [refused, setRefused] = useState<Readonly<Record<string, string>>>({});
  const follow = (seat: string, p: Promise<unknown> | undefined): Promise<unknown> | undefined => {
    setRefused(({ [seat]: _, ...rest }) => rest);
    p?.catch((e: Error) => setRefused((now) => ({ ...now, [seat]: t("formCheck.refused", { reason: e.message }) })));
    return p;
  };
  const ask = (seat: string, type: string, body: unknown) => follow(seat, props.control?.(type, body));
  const reissued = (seat: string, p: Promise<unknown> | undefined) => void follow(seat, p)?.then((r) => setFresh((f) => ({ ...f, [seat]: (r as { code: string }).code })), () => undefined);
  // a reissue locks out whoever holds the old code: asked first
  const reissue = (seat: string, name: string) => confirm(t("director.reissueConfirm", { seat: name })) && reissued(seat, props.control?.("reissue", { seat }));
  // a reissue sent before a page reload: its code or its refusal on its seat, as if asked here (panels/carried.ts)
  useCarried("reissue", (c) => reissued(String(c.body.seat), c.answer));
  const seats = m.seats ?? m.agencies.filter((a) => !a.simulated).map((a) => ({ seat: a.id, kind: "seat" as const, people: [], bot: false }));
  const origin = useJoinOrigin();
  const qr = (seat: string, code: string) => (
    <div class="seat-code">
      <code data-testid={`code-${seat}`}>{code}</code>
      <Qr text={joinLink(code, props.drillId, origin)} size={96} />
    </div>
  );
  // evaluators and observers have codes too (handed out at creation), shown after the agencies' seats
  // after the end nobody plays a seat: no switching to a bot, no fresh codes (the server refuses them too)
  const live = !!props.control && !m.ended;
  const others = (["evaluator", "observer"] as const).filter((k) => !seats.some((s) => s.seat === k) && (fresh[k] ?? props.codes?.[k]));
  return (
    <>
    {m.ended && props.control ? <p class="muted" data-testid="seats-ended">{t("director.seatsEnded")}</p> : null}
    {!props.codes ? <p class="muted" data-testid="codes-elsewhere">{t("director.codesElsewhere")}</p> : null}
    <ul class="seats" data-testid="seats">
      {seats.map((s) => {
        const code = fresh[s.seat] ?? props.codes?.[s.seat];
        // a seat a bot plays is being played (by the bot) even with nobody connected: not 离线 (newcomer 22 #12)
        const online = s.people.length > 0 || s.bot;
        return (
          <li key={s.seat} class="seat" data-testid="seat" data-seat={s.seat}>
            <div class="seat-head">
              <strong>{s.kind === "seat" ? agencyName(m, s.seat) : t(`${s.seat === "director" ? "director" : "evaluator"}.title`)}</strong>
              <span class={`chip ${online ? "chip-ok" : ""}`} data-testid="seat-status">{s.bot && !s.people.length ? `● ${t("director.bot")}` : online ? `● ${t("director.connected")}` : `○ ${t("director.offline")}`}</span>
              {s.bot && !s.people.length ? null : <span class="chip">{s.bot ? `${t("director.bot")}` : `${t("director.person")}`}</span>}
            </div>
            {s.people.length ? <div class="muted">{s.people.join(t("punct.list"))}</div> : null}
            {s.kind === "seat" && live ? (
              <button type="button" data-testid={`mode-${s.seat}`} onClick={() => void ask(s.seat, "seatMode", { seat: s.seat, mode: s.bot ? "person" : "bot" })}>{t("director.switchTo", { to: s.bot ? t("director.person") : t("director.bot") })}</button>
            ) : null}
            {s.kind === "seat" && live ? <button type="button" data-testid={`reissue-${s.seat}`} onClick={() => reissue(s.seat, agencyName(m, s.seat))}>{t("director.reissue")}</button> : null}
            <FieldError problem={refused[s.seat]} testid="seat-refused" />
            {/* a seat a bot plays needs no code handed out; its code shows again once switched to a person */}
            {s.bot ? <span class="chip" data-testid={`bot-seat-${s.seat}`}>{t("dir.botSeat")}</span> : code ? qr(s.seat, code) : null}
          </li>
        );
      })}
      {others.map((k) => (
        <li key={k} class="seat" data-testid="seat" data-seat={k}>
          <div class="seat-head"><strong>{t(k === "evaluator" ? "evaluator.title" : "join.observer")}</strong></div>
          {qr(k, (fresh[k] ?? props.codes?.[k])!)}
        </li>
      ))}
    </ul>
    </>
  );
}

export function ForecastPanel(props: { model: ConsoleModel; control: Control }) {
  const [min, setMin] = useState("30");
  const [f, setF] = useState<Forecast>();
  const [err, setErr] = useState<string>();
  const m = props.model;
  return (
    <div class="form" data-testid="forecast">
      <h3>{t("director.forecast")}</h3>
      <div class="row">
        <Select value={min} onChange={setMin} options={["10", "30", "60", "120"].map((x) => ({ value: x, label: t("director.minutes", { n: x }) }))} />
        <button type="button" onClick={() => props.control("forecast", { minutes: Number(min) }).then((x) => (setF(x as Forecast), setErr(undefined)), (e: Error) => setErr(e.message))}>{t("director.run")}</button>
      </div>
      {err ? <p class="error">{err}</p> : null}
      {/* a forecast is of a running drill: once it has ended the old one is gone (newcomer 23 item 16) */}
      {f && !m.ended ? (
        <div data-testid="forecast-result">
          <p>T+{simClock(f.fromMs)} → T+{simClock(f.toMs)}</p>
          <p>{Object.entries(f.casualties).map(([k, v]) => `${figureLabel(m.hazardKind, k)} ${v}`).join(t("punct.comma"))}</p>
          <ul>{forecastLines(m, f).injects.map((l, i) => <li key={`i${i}`}>{l}</li>)}</ul>
          <ul>{forecastLines(m, f).missed.map((l, i) => <li key={`m${i}`}>{l}</li>)}</ul>
        </div>
      ) : null}
    </div>
  );
}
