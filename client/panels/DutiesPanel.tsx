/** Obligations with countdowns in simulated time, most urgent first; the state is a word and an icon, not only a colour. */
import { agencyName, obligationState, obligationText, wall } from "../i18n/describe.ts";
import { t } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";

const ICON: Record<string, string> = { open: "○", overdue: "✖", notDue: "–", met: "✔", late: "⚠", missed: "✖" };

export function DutiesPanel(props: { model: ConsoleModel; showOwner?: boolean; testid?: string }) {
  const m = props.model;
  // by the state shown, then deadline: open ones (overdue or counting down), missed, late, not yet due at the end, met;
  // so after the end every overdue row comes before the 未到期 ones
  const RANK: Record<string, number> = { overdue: 0, open: 0, missed: 1, late: 2, notDue: 3, met: 4 };
  const rows = m.obligations.map((o) => ({ o, s: obligationState(o, m) }));
  const list = rows.sort((a, b) => RANK[a.s.state]! - RANK[b.s.state]! || a.o.deadlineMs - b.o.deadlineMs || a.o.id.localeCompare(b.o.id));
  if (list.length === 0) return <p class="empty">{t("duties.none")}</p>;
  return (
    <table class="duties" data-testid={props.testid ?? "duties"}>
      <tbody>
        {list.map(({ o, s }) => {
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
