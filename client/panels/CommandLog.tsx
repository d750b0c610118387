/** Every command this person gave: queued (outbox) → pending → acknowledged with its sequence number, or rejected with the reason. */
import { useEffect, useState } from "preact/hooks";
import { commandLabel, rejection } from "../i18n/describe.ts";
import { t } from "../i18n/index.ts";
import type { CommandEntry } from "../net/session.ts";

function stateText(c: CommandEntry): string {
  const s = c.status;
  return s.state === "queued" ? `↑ ${t("cmd.queued")}` : s.state === "pending" ? `… ${t("cmd.pending")}` : s.state === "acked" ? `✔ ${s.seq > 0 ? t("cmd.acked", { seq: s.seq }) : t("cmd.ackedPlain")}` : `✖ ${t("cmd.rejected", { reason: rejection(s.code, s.reason, s.params) })}`;
}

export function CommandLog(props: { commands: CommandEntry[] }) {
  const list = [...props.commands].reverse();
  if (list.length === 0) return null;
  return (
    <ul class="cmds" data-testid="commands" aria-live="polite">
      {list.map((c) => (
        <li key={c.id} class={`cmd cmd-${c.status.state}`} data-testid="command" data-state={c.status.state} data-id={c.id}>
          <span class="cmd-what">{commandLabel(c.command)}</span>
          <span class="cmd-state">{stateText(c)}</span>
        </li>
      ))}
    </ul>
  );
}

/** How long the newest command's fate stays in view after it changes. */
export const LATEST_SHOWN_MS = 8000;

/**
 * The newest command's fate, just under the form that gave it, for a few seconds after each
 * change: on a phone the log lies below the fold, where nobody who just pressed 调派 is looking.
 */
export function LatestCommand(props: { commands: CommandEntry[] }) {
  const last = props.commands[props.commands.length - 1];
  const key = last ? `${last.id}:${last.status.state}` : "";
  const [shown, setShown] = useState<string>();
  useEffect(() => {
    if (!key) return;
    setShown(key);
    const timer = setTimeout(() => setShown(undefined), LATEST_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [key]);
  if (!last || shown !== key) return null;
  return (
    <p class={`cmd cmd-latest cmd-${last.status.state}`} role="status" data-testid="latest-command" data-state={last.status.state}>
      <span class="cmd-what">{commandLabel(last.command)}</span>
      <span class="cmd-state">{stateText(last)}</span>
    </p>
  );
}
