/** Obligations with countdowns in simulated time, most urgent first; the state is a word and an icon, not only a colour. */
import { agencyName, obligationState, obligationText, wall } from "../i18n/describe.ts";
import { t } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";

const ICON: Record<string, string> = { open: "○", overdue: "✖", notDue: "–", met: "✔", late: "⚠", missed: "✖" };

export function DutiesPanel(props: { model: ConsoleModel; showOwner?: boolean; testid?: string }) {
  const m = props.model;
  const rank = (s: string) => (s === "open" ? 0 : s === "missed" ? 1 : s === "late" ? 2 : 3);
  const list = [...m.obligations].sort((a, b) => rank(a.status) - rank(b.status) || a.deadlineMs - m.tMs - (b.deadlineMs - m.tMs) || a.id.localeCompare(b.id));
  if (list.length === 0) return <p class="empty">{t("duties.none")}</p>;
  return (
    <table class="duties" data-testid={props.testid ?? "duties"}>
      <tbody>
        {list.map((o) => {
          const s = obligationState(o, m);
          const state = s.state;
          return (
            <tr key={o.id} class={`duty duty-${state}`} data-status={state}>
              <td class="duty-state"><span aria-hidden="true">{ICON[state]}</span> {s.word}</td>
              <td class="duty-left">{s.left}</td>
              <td>
                {/* a notice names the agency to be told in its own words: no owner prefix */}
                {props.showOwner && o.kind !== "notified" ? <strong>{agencyName(m, o.agency)}：</strong> : null}
                {obligationText(o, m, props.showOwner)}
                <div class="muted small">{t("duties.deadline")} {wall(m, o.deadlineMs)}</div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
