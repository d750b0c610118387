/** Every command this person gave: queued (outbox) → pending → acknowledged with its sequence number, or rejected with the reason. */
import { commandLabel, rejection } from "../i18n/describe.ts";
import { t } from "../i18n/index.ts";
import type { CommandEntry } from "../net/session.ts";

export function CommandLog(props: { commands: CommandEntry[] }) {
  const list = [...props.commands].reverse();
  if (list.length === 0) return null;
  return (
    <ul class="cmds" data-testid="commands" aria-live="polite">
      {list.map((c) => (
        <li key={c.id} class={`cmd cmd-${c.status.state}`} data-testid="command" data-state={c.status.state} data-id={c.id}>
          <span class="cmd-what">{commandLabel(c.command)}</span>
          <span class="cmd-state">
            {c.status.state === "queued" ? `↑ ${t("cmd.queued")}` : c.status.state === "pending" ? `… ${t("cmd.pending")}` : c.status.state === "acked" ? `✔ ${t("cmd.acked", { seq: c.status.seq })}` : `✖ ${t("cmd.rejected", { reason: rejection(c.status.code, c.status.reason, c.status.params) })}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
