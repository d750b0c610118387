/**
 * The code form of the after-action pages (report, replay): opened without a code in this tab (a typed or shared
 * address: the server answers 401), the page asks for the director's or an evaluator's code here instead of
 * showing a bare error with nowhere to type (newcomer trial item 14; the replay, newcomer trial item 3). A code
 * tried is kept for this drill in this tab (the join page's key) and the page asks the server again.
 */
import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { ApiError, drillCode } from "../net/api.ts";
import { Field, Text } from "../panels/fields.tsx";

/** Keep `code` for this drill in this tab (sessionStorage, the join page's key), keeping a name already given. */
export function rememberCode(drillId: string, code: string): void {
  const key = `lianyan.join.${drillId}`;
  let name = "";
  try {
    name = (JSON.parse(sessionStorage.getItem(key) ?? "null") as { name?: string } | null)?.name ?? "";
  } catch {
    /* a damaged entry: replaced */
  }
  sessionStorage.setItem(key, JSON.stringify({ code, name }));
}

/**
 * `refused`: "" before any code is tried, else the server's reason for refusing the one tried; `words`: the
 * page's title, why it needs a code, the button, and the refusal line ({{msg}}); `testid`: the prefix of the
 * form's test ids (`<testid>-code-form`, `-code`, `-code-error`, `-code-submit`).
 */
export function CodeForm(props: { drillId: string; refused: string; words: { title: string; needed: string; open: string; refusedKey: string }; testid: string; onCode: () => void }) {
  const [code, setCode] = useState("");
  const p = props.testid;
  const open = (e: Event) => {
    e.preventDefault();
    if (code.trim() === "") return;
    rememberCode(props.drillId, code.trim());
    props.onCode();
  };
  return (
    <main class="page">
      <form class="form card" onSubmit={open} data-testid={`${p}-code-form`} noValidate>
        <h2>{props.words.title}</h2>
        <p class="muted">{props.words.needed}</p>
        <Field label={t("after.code")} wide error={props.refused ? t(props.words.refusedKey, { msg: props.refused }) : undefined} errorTestid={`${p}-code-error`}>
          <Text name="code" value={code} onInput={setCode} testid={`${p}-code`} invalid={!!props.refused} />
        </Field>
        <button type="submit" class="btn-primary" data-testid={`${p}-code-submit`}>{props.words.open}</button>
      </form>
    </main>
  );
}

/**
 * Load what a page needs with the code kept for this drill in this tab: `value` once the server gives it; `refused`
 * while it answers 401 ("" before a code is tried here, else its reason for the code tried); `err` for any other
 * failure. `retry` asks again (after CodeForm has kept a new code).
 */
export function useCodeGate<T>(drillId: string, load: () => Promise<T>): { value?: T; err?: string; refused?: string; retry: () => void } {
  const [value, setValue] = useState<T>();
  const [err, setErr] = useState<string>();
  const [refused, setRefused] = useState<string>();
  const [tries, setTries] = useState(0);
  useEffect(() => {
    setErr(undefined);
    const had = drillCode(drillId) !== undefined;
    load().then(
      (x) => (setRefused(undefined), setValue(() => x)),
      (e: Error) => (e instanceof ApiError && e.status === 401 ? setRefused(had && tries > 0 ? e.message : "") : setErr(e.message)),
    );
  }, [drillId, tries]);
  return { ...(value !== undefined ? { value } : {}), ...(err !== undefined ? { err } : {}), ...(refused !== undefined ? { refused } : {}), retry: () => setTries((n) => n + 1) };
}
