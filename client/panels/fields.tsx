/** Small labelled form controls shared by the panels (touch-sized by the stylesheet). */
import type { ComponentChildren } from "preact";

export function Field(props: { label: string; children: ComponentChildren; wide?: boolean }) {
  return (
    <label class={`field ${props.wide ? "field-wide" : ""}`}>
      <span class="field-label">{props.label}</span>
      {props.children}
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

export function Text(props: { value: string; onInput: (v: string) => void; name?: string; multiline?: boolean; rows?: number; placeholder?: string; testid?: string; type?: "text" | "number" }) {
  const on = (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value);
  return props.multiline ? (
    <textarea name={props.name} data-testid={props.testid} rows={props.rows ?? 2} value={props.value} onInput={on} placeholder={props.placeholder} />
  ) : (
    <input name={props.name} data-testid={props.testid} type={(props.type ?? "text") as "text"} value={props.value} onInput={on} placeholder={props.placeholder} />
  );
}
