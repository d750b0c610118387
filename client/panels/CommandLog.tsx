/** Every command this person gave: queued (outbox) → pending → acknowledged with its sequence number, or rejected with the reason. */
import { rejection, seatCommandLabel } from "../i18n/describe.ts";
import { t } from "../i18n/index.ts";
import type { CommandEntry } from "../net/session.ts";

function stateText(c: CommandEntry): string {
  const s = c.status;
  return s.state === "queued" ? `↑ ${t("cmd.queued")}` : s.state === "pending" ? `… ${t("cmd.pending")}` : s.state === "acked" ? `✔ ${s.seq > 0 ? t("cmd.acked", { seq: s.seq }) : t("cmd.ackedPlain")}` : `✖ ${t("cmd.rejected", { reason: rejection(s.code, s.reason, s.params) })}`;
}

/** `skipNewest`: the newest is shown in the LatestCommand strip under the pane, so not here too; `ownPlan`: the seat's activation is its own plan's (startsOwnPlan). */
export function CommandLog(props: { commands: CommandEntry[]; skipNewest?: boolean; ownPlan?: boolean }) {
  const list = [...props.commands].reverse().slice(props.skipNewest ? 1 : 0);
  if (list.length === 0) return null;
  return (
    <ul class="cmds" data-testid="commands" aria-live="polite">
      {list.map((c) => (
        <li key={c.id} class={`cmd cmd-${c.status.state}`} data-testid="command" data-state={c.status.state} data-id={c.id}>
          <span class="cmd-what">{seatCommandLabel(c.command, props.ownPlan)}</span>
          <span class="cmd-state">{stateText(c)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The newest command's fate in a strip at the foot of the seat's pane, always there once the seat may give
 * commands (newcomer 19 item 3): appearing for a few seconds after 调派, it took its height from the pane and so
 * hid half of 调派/召回 at the pane's foot; now the pane never changes size under a finger. The log above it
 * lists the older ones (`CommandLog` with `skipNewest`), so a phone no longer shows 签收 ✔ twice (item 4).
 */
export function LatestCommand(props: { commands: CommandEntry[]; ownPlan?: boolean }) {
  const last = props.commands[props.commands.length - 1];
  // first in the DOM (so the log's `command` rows follow it, newest first), drawn at the pane's foot (CSS order)
  return (
    <div class="cmd-latest" role="status" data-testid="latest-command" data-state={last?.status.state ?? "none"}>
      {last ? (
        <p class={`cmd cmd-${last.status.state}`} data-testid="command" data-state={last.status.state} data-id={last.id} title={last.status.state === "acked" ? t("deskAid.ackedMeans") : undefined}>
          <span class="cmd-what">{seatCommandLabel(last.command, props.ownPlan)}</span>
          <span class="cmd-state">{stateText(last)}</span>
        </p>
      ) : <p class="cmd muted">{t("deskAid.none")}</p>}
    </div>
  );
}
