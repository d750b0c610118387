/** Obligations with countdowns in simulated time, most urgent first; the state is a word and an icon, not only a colour; the zone said once above the rows. */
import { agencyName, obligationState, obligationText, unitTypeName, wallTime, wallZone } from "../i18n/describe.ts";
import { local, t } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";
import type { StartWhy } from "../../engine/evaluate/requirement-why.ts";

/** who owes a row: the synced owner, else the agency itself (a notice without a known notifier names nobody) */
const owner = (o: ConsoleModel["obligations"][number]): string | undefined => o.owner || (o.kind === "notified" ? undefined : o.agency);

/**
 * A requirement's deadline on the control board, said with what it rests on (round 22 item 3: the school's 120 need
 * moved from 10:25 to 10:30 unexplained): 暂定 and why while a fact not yet known can move it, else where it counts from
 * (engine/evaluate/requirement-why.ts; the report computes the same start).
 */
export function WhyLine(props: { why: StartWhy; model: ConsoleModel }) {
  const w = props.why, m = props.model;
  const text = w.pending
    ? t(w.pending.what === "notice" ? "duties.pendingNotice" : w.pending.what === "notifier" ? "duties.pendingNotifier" : "duties.pendingTold", { agency: agencyName(m, w.pending.agency) })
    : w.from === "notice" ? t("duties.whyNotice", { owner: agencyName(m, w.owner ?? ""), at: wallTime(m, w.startMs) })
    : w.from === "told" ? t("duties.whyTold", { owner: agencyName(m, w.owner ?? ""), at: wallTime(m, w.startMs) })
    : t("duties.whyIncident", { at: wallTime(m, w.startMs) });
  return <span class={w.pending ? "duty-why duty-provisional" : "duty-why"} data-testid="duty-why" data-pending={w.pending ? "true" : "false"}>{t("punct.fields")}{text}</span>;
}

/** One undone part of a duty in words: a notice to give, a part's own words, or units still to arrive (newcomer 23 item 7). */
export function partLeftText(m: ConsoleModel, p: NonNullable<ConsoleModel["obligations"][number]["partsLeft"]>[number]): string {
  if ("notice" in p) return t("deskAid.notice", { agency: agencyName(m, p.notice) });
  if ("units" in p) return t("deskAid.units", { types: p.units.types.map(unitTypeName).join(t("punct.list")), left: p.units.need - p.units.arrived, need: p.units.need, arrived: p.units.arrived });
  return local(p.text);
}

const ICON: Record<string, string> = { partial: "◐", partialOverdue: "✖", open: "○", due: "◔", overdue: "✖", notDue: "–", met: "✔", late: "⚠", missed: "✖", toldByOther: "↪" };

export function DutiesPanel(props: { model: ConsoleModel; showOwner?: boolean; testid?: string }) {
  const m = props.model;
  // by the state shown, then deadline: open ones (overdue or counting down), missed, late, not yet due at the end, met;
  // so after the end every overdue row comes before the 未到期 ones
  const RANK: Record<string, number> = { overdue: 0, partialOverdue: 0, due: 0, open: 0, partial: 0, missed: 1, late: 2, notDue: 3, toldByOther: 4, met: 4 };
  const rows = m.obligations.map((o) => ({ o, s: obligationState(o, m) }));
  const list = rows.sort((a, b) => RANK[a.s.state]! - RANK[b.s.state]! || a.o.deadlineMs - b.o.deadlineMs || a.o.id.localeCompare(b.o.id));
  if (list.length === 0) return <p class="empty">{t("duties.none")}</p>;
  const zone = wallZone(m);
  return (
    <table class="duties" data-testid={props.testid ?? "duties"}>
      {/* the zone once, for every time below (round 23: each row repeated 「UTC+08:00」) */}
      {zone ? <caption class="duties-zone muted small" data-testid="duties-zone">{t("duties.zone", { zone })}</caption> : null}
      <tbody>
        {list.map(({ o, s }) => {
          const state = s.state;
          return (
            <tr key={o.id} class={`duty duty-${state}`} data-status={state}>
              <td class="duty-state"><span aria-hidden="true">{ICON[state]}</span> {s.word}</td>
              <td class="duty-left">{s.left}</td>
              <td>
                {/* every row says who owes it: a notice its notifier (the agency to be told is in the text) */}
                {props.showOwner && owner(o) ? <strong data-testid="duty-owner">{agencyName(m, owner(o)!)}{t("duties.ownerSep")}</strong> : null}
                {obligationText(o, m, props.showOwner)}
                {o.partsLeft?.length ? (
                  <div class="duty-parts" data-testid="duty-parts-left">
                    {t("deskAid.partsLeft", { parts: o.partsLeft.map((p) => partLeftText(m, p)).join(t("punct.list")) })}
                  </div>
                ) : null}
                <div class="muted small">{t("duties.deadline")} {wallTime(m, o.deadlineMs)}{o.why ? <WhyLine why={o.why} model={m} /> : null}</div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
