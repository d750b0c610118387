/** Small labelled form controls shared by the panels (touch-sized by the stylesheet), with the problem of each field beside it. */
import type { ComponentChildren, RefObject } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import type { FieldProblem } from "../model/form-checks.ts";

/** A field's problem in words (zh-CN / English), e.g. 不能为空 / 最多 2000 个字 / 第 3 个字是不可见的控制字符（U+202E…）. */
export function problemText(p: FieldProblem): string {
  return t(`formCheck.${p.key}`, "max" in p ? { max: p.max, length: p.length } : "char" in p ? { position: p.position, char: p.char } : undefined);
}

/** What is wrong, said where it is wrong: under a field, or (no field) above the send button. */
export function FieldError(props: { problem?: FieldProblem | string; testid?: string }) {
  if (!props.problem) return null;
  const text = typeof props.problem === "string" ? props.problem : problemText(props.problem);
  return <span class="field-error" role="alert" data-testid={props.testid ?? "field-error"}>{text}</span>;
}

export function Field(props: { label: string; children: ComponentChildren; wide?: boolean; error?: FieldProblem | string; errorTestid?: string }) {
  return (
    <label class={`field ${props.wide ? "field-wide" : ""} ${props.error ? "field-bad" : ""}`}>
      <span class="field-label">{props.label}</span>
      {props.children}
      <FieldError problem={props.error} testid={props.errorTestid} />
    </label>
  );
}

export function Select<T extends string>(props: { value: T; onChange: (v: T) => void; options: Array<{ value: T; label: string }>; name?: string; testid?: string }) {
  return (
    <select name={props.name} data-testid={props.testid} value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T)}>
      {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}

/**
 * How many characters of `inserted` (pasted or dropped) a box holding `value`, with `from`..`to` selected (replaced),
 * cannot take at `max`: the browser's maxlength keeps what fits and drops the rest without a word. Counted in UTF-16
 * code units, as maxlength and protocol/limits.ts count; an <input> strips line breaks from what is pasted into it, a
 * <textarea> reads CRLF as one break (HTML's value sanitisation), so they are counted as the box will hold them.
 */
export function pasteCut(value: string, from: number, to: number, inserted: string, max: number, multiline: boolean): number {
  const text = multiline ? inserted.replace(/\r\n?/g, "\n") : inserted.replace(/[\r\n]/g, "");
  const room = Math.max(0, max - (value.length - Math.max(0, to - from)));
  return Math.max(0, text.length - room);
}

/**
 * A text box; `maxLength` stops the typing at the server's limit (protocol/limits.ts), and a paste or drop that the
 * limit cuts says beside the box how many characters were cut (formCheck.pasteCut, zh-CN / English) until the next
 * edit; `invalid` marks it for screen readers.
 */
export function Text(props: { value: string; onInput: (v: string) => void; name?: string; multiline?: boolean; rows?: number; placeholder?: string; testid?: string; type?: "text" | "number"; step?: string; maxLength?: number; invalid?: boolean }) {
  const [cut, setCut] = useState(0);
  // the input event that follows a paste is the paste's own: it keeps the notice the paste set
  const pasting = useRef(false);
  useEffect(() => {
    if (props.value === "") setCut(0); // sent, or cleared by the form: nothing cut any more
  }, [props.value]);
  const measure = (el: HTMLInputElement, text: string | undefined, replaces: boolean) => {
    if (props.maxLength === undefined || !text) return;
    const from = replaces ? el.selectionStart ?? el.value.length : 0;
    const to = replaces ? el.selectionEnd ?? from : 0;
    pasting.current = true;
    setCut(pasteCut(el.value, from, to, text, props.maxLength, !!props.multiline));
  };
  const on = (e: Event) => {
    if (pasting.current) pasting.current = false;
    else if (cut) setCut(0);
    props.onInput((e.currentTarget as HTMLInputElement).value);
  };
  const common = {
    name: props.name, "data-testid": props.testid, value: props.value, onInput: on, placeholder: props.placeholder, maxLength: props.maxLength, "aria-invalid": props.invalid ? "true" as const : undefined,
    onPaste: (e: ClipboardEvent) => measure(e.currentTarget as HTMLInputElement, e.clipboardData?.getData("text/plain"), true),
    // a drop inserts at the drop point and replaces nothing
    onDrop: (e: DragEvent) => measure(e.currentTarget as HTMLInputElement, e.dataTransfer?.getData("text/plain"), false),
  };
  const box = props.multiline ? <textarea {...common} rows={props.rows ?? 2} /> : <input {...common} type={(props.type ?? "text") as "text"} step={props.step} />;
  // one shape whether or not a notice shows, so the box is never re-created under the person's cursor
  return <>{box}{cut > 0 ? <span class="field-note" role="status" data-testid="paste-cut">{t("formCheck.pasteCut", { max: props.maxLength, count: cut })}</span> : null}</>;
}

/**
 * `value` as of the last render, for a callback that runs later: a refusal answered after the person went on (the
 * engine refuses at its tick, after the ack) puts the sent input back only into a form still as the send left it.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

/** How long after a send the same command again counts as the second click of a double click (ms, wall clock). */
export const DOUBLE_CLICK_MS = 1000;

/**
 * A form's guard against a double click: `repeat(command)` is true when this form sent the very same command (same
 * fields, JSON-equal) less than DOUBLE_CLICK_MS ago, and the form should send nothing. A form that keeps its input
 * after sending (签收's recipient, a measure's place and radius) sent every click before: two 签收, two support
 * requests for twice the units (newcomer round 28). A changed command, or the same one a second later, goes.
 */
export function useRepeatGuard(): (command: unknown) => boolean {
  const last = useRef<{ key: string; at: number }>(undefined);
  return (command) => {
    const key = JSON.stringify(command);
    const now = Date.now();
    const repeat = !!last.current && last.current.key === key && now - last.current.at < DOUBLE_CLICK_MS;
    if (!repeat) last.current = { key, at: now };
    return repeat;
  };
}

/**
 * A form its send empties (a message, the director's free inject): `sent()` when it sends; `justSent()` is true for
 * DOUBLE_CLICK_MS after, when an empty submit is a double click's second click and is ignored, not answered with
 * 请至少选择一个接收单位 in red under what was already sent (newcomer round 28).
 */
export function useJustSent(): { sent: () => void; justSent: () => boolean } {
  const at = useRef(-Infinity);
  return { sent: () => void (at.current = Date.now()), justSent: () => Date.now() - at.current < DOUBLE_CLICK_MS };
}

/**
 * A sticky send bar that grows (its reason for refusing, its send-anyway question): the pane it
 * scrolls in keeps that much room at its foot (--send-h, its scroll-padding), so a box reached by
 * Tab or the on-screen keyboard is brought into view above the bar, not under it (newcomer 17: Cause).
 */
export function useStickyBar(): RefObject<HTMLDivElement | null> {
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = bar.current, pane = el?.closest<HTMLElement>(".pane-scroll");
    if (!el || !pane || typeof ResizeObserver === "undefined") return;
    const fit = () => pane.style.setProperty("--send-h", `${Math.ceil(el.getBoundingClientRect().height) + 12}px`);
    fit();
    const watch = new ResizeObserver(fit);
    watch.observe(el);
    return () => (watch.disconnect(), pane.style.removeProperty("--send-h"));
  }, []);
  return bar;
}
