/** Small labelled form controls shared by the panels (touch-sized by the stylesheet), with the problem of each field beside it. */
import type { ComponentChildren, RefObject } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
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

/** A text box; `maxLength` stops the typing at the server's limit (protocol/limits.ts), `invalid` marks it for screen readers. */
export function Text(props: { value: string; onInput: (v: string) => void; name?: string; multiline?: boolean; rows?: number; placeholder?: string; testid?: string; type?: "text" | "number"; step?: string; maxLength?: number; invalid?: boolean }) {
  const on = (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value);
  const common = { name: props.name, "data-testid": props.testid, value: props.value, onInput: on, placeholder: props.placeholder, maxLength: props.maxLength, "aria-invalid": props.invalid ? "true" as const : undefined };
  return props.multiline ? <textarea {...common} rows={props.rows ?? 2} /> : <input {...common} type={(props.type ?? "text") as "text"} step={props.step} />;
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
