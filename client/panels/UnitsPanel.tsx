/**
 * Own units with status and ETA; dispatch (units, place, task, target spot) and recall. The
 * destination can be chosen from the list or by tapping the map (the console passes `picked`).
 */
import { useState, type Dispatch, type StateUpdater } from "preact/hooks";
import { unable } from "../../engine/units/capability.ts";
import { arrivalIn, failureText, placeName, statusName, taskName, unitName, unitTypeName, wall } from "../i18n/describe.ts";
import { local, t } from "../i18n/index.ts";
import { unitEtaMs, type ConsoleModel, type UnitView } from "../model/console.ts";
import type { OutCommand, Send } from "../net/session.ts";
import { keepDraft } from "../net/drafts.ts";
import type { FieldProblem } from "../model/form-checks.ts";
import { Field, FieldError, Select } from "./fields.tsx";
import { StandbyNote } from "./StandbyNote.tsx";
import { refusedLine } from "./MessageForm.tsx";

/** "约 3分后到达" while the drill runs; nothing after the end (no countdown runs then). */
function eta(u: UnitView, m: Pick<ConsoleModel, "tMs" | "ended">): string {
  const at = unitEtaMs(u);
  return at !== undefined && !m.ended ? arrivalIn(at - m.tMs) : "";
}

/** A dispatch being filled in: absent place or task means the default one. */
export interface DispatchDraft {
  units: string[];
  place?: string;
  task?: string;
  target: string;
}

export const EMPTY_DRAFT: DispatchDraft = { units: [], target: "" };

/**
 * `draft`: the console keeps the dispatch being filled in, so it outlives the panel (the ◎ pick
 * takes the phone to the map tab, which unmounts this panel; newcomer 18 item 1).
 */
export function UnitsPanel(props: { model: ConsoleModel; send: Send; draft?: [DispatchDraft, Dispatch<StateUpdater<DispatchDraft>>]; onWantPick?: () => void }) {
  const m = props.model;
  const own = m.units;
  const mine = useState<DispatchDraft>(EMPTY_DRAFT);
  const [draft, setDraft] = props.draft ?? mine;
  const sel = draft.units;
  const setSel = (units: string[]) => setDraft((d) => ({ ...d, units }));
  // a refused dispatch's units ticked again, unless the person has ticked others since (a refusal at the engine's tick comes later)
  const giveBack = (units: string[]) => setDraft((d) => (d.units.length ? d : { ...d, units }));
  const place = draft.place ?? m.incidentPlace ?? m.places[0]?.id ?? "";
  const setPlace = (place: string) => setDraft((d) => ({ ...d, place }));
  const caps = [...new Set(own.filter((u) => sel.includes(u.id)).flatMap((u) => u.info.capabilities))];
  // every task stays on offer whatever is ticked: the task the person chose is never swapped for another
  // (newcomer 20 item 2: ticking a unit that could not do it silently turned 灭火 into 搜救); a ticked unit
  // that cannot do it is named beside itself instead, and the person chooses
  const tasks = [...m.tasks, ...caps, "standby"].filter((x, i, a) => a.indexOf(x) === i);
  // until one is chosen the task shown is a default (the ticked units' first capability), and says so
  const task = draft.task ?? caps[0] ?? tasks[0] ?? "standby";
  const setTask = (task: string) => setDraft((d) => ({ ...d, task }));
  const target = draft.target;
  const setTarget = (target: string) => setDraft((d) => ({ ...d, target }));
  // a dispatch or recall with no unit that can take it says so beside the list; a refusal, beside the buttons
  const [problem, setProblem] = useState<FieldProblem>();
  const [refused, setRefused] = useState<string>();
  // on standby no unit is shown yet (README: a standby console has no units): "no units" would be untrue, so why
  if (own.length === 0) return m.standby ? <StandbyNote model={m} /> : <p class="empty">{t("units.none")}</p>;
  const toggle = (id: string) => (setSel(sel.includes(id) ? sel.filter((x) => x !== id) : [...sel, id]), setProblem(undefined));
  // each ticked unit that cannot do the task, named with why beside it, before it is sent (newcomer 19 item 2): the
  // same check the engine's taskFailed and the evaluator's DISPATCH_WRONG_TYPE make (engine/units/capability.ts)
  const cannot = new Set(unable(own.filter((u) => sel.includes(u.id)).map((u) => ({ id: u.id, capabilities: u.info.capabilities })), task).map((u) => u.id));
  // a unit that arrived and could not do its task, as its crew told the seat (engine/units/failures.ts)
  const failed = new Map((m.unitFailures ?? []).map((f) => [f.unit, f]));
  const deployed = sel.filter((id) => own.find((u) => u.id === id)?.status !== "available");
  return (
    <div class="form" data-testid="units">
      <h3>{t("units.title")}</h3>
      <ul class="units">
        {own.map((u) => (
          <li key={u.id} class={`unit ${sel.includes(u.id) ? "unit-on" : ""}`}>
            <label class="unit-pick">
              <input type="checkbox" name="unit" value={u.id} checked={sel.includes(u.id)} onChange={() => toggle(u.id)} />
              <span class="unit-name">{local(u.info.name)}</span>
            </label>
            <span class={`chip status-${u.status}`} data-testid={`unit-status-${u.id}`}>{statusName(u.status)}</span>
            <span class="muted unit-where">
              {u.destination ? `→ ${placeName(m, u.destination)}` : placeName(m, u.at)}
              {u.task ? ` · ${taskName(u.task)}` : ""}
              {eta(u, m) ? <span data-testid={`unit-eta-${u.id}`}>{` · ${eta(u, m)}`}</span> : ""}
            </span>
            {failed.get(u.id) ? <p class="unit-warn" role="alert" data-testid={`unit-failed-${u.id}`}>{failureText(m, failed.get(u.id)!)}</p> : null}
            {cannot.has(u.id) ? (
              <p class="unit-warn" role="alert" data-testid="dispatch-warn" data-unit={u.id}>
                ⚠ {t("deskAid.cannotDo", { unit: local(u.info.name), type: unitTypeName(u.info.type), task: taskName(task), caps: u.info.capabilities.length ? u.info.capabilities.map(taskName).join(t("punct.list")) : t("deskAid.noCaps") })}
                {u.info.capabilities.length ? <span class="row">{u.info.capabilities.map((c) => <button type="button" class="btn-quiet" key={c} data-testid={`warn-task-${c}`} onClick={() => setTask(c)}>{t("deskAid.useTask", { task: taskName(c) })}</button>)}</span> : null}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <FieldError problem={problem} testid="units-error" />
      <div class="grid2">
        <Field label={t("units.place")}>
          <Select name="place" testid="dispatch-place" value={place} onChange={setPlace} options={m.places.map((p) => ({ value: p.id, label: local(p.name) }))} />
        </Field>
        <Field label={t("units.task")}>
          <Select name="task" testid="dispatch-task" value={task} onChange={setTask} options={tasks.map((x) => ({ value: x, label: taskName(x) }))} />
        </Field>
      </div>
      {draft.task === undefined && sel.length > 0 ? <p class="muted" data-testid="task-default">{t("deskAid.taskDefault")}</p> : null}
      {m.siteTargets.length > 0 ? (
        <Field label={t("units.target")}>
          <Select name="target" value={target} onChange={setTarget} options={[{ value: "", label: "—" }, ...m.siteTargets.map((s) => ({ value: s.id, label: local(s.name) }))]} />
        </Field>
      ) : null}
      {props.onWantPick ? <button type="button" class="btn-quiet" onClick={props.onWantPick}>◎ {t("units.pickOnMap")}</button> : null}
      <div class="row dispatch-row">
        <button type="button" class="btn-primary" data-testid="dispatch" onClick={() => {
          setRefused(undefined);
          if (sel.length === 0) return setProblem({ key: "noUnits" });
          const draft = sel;
          keepDraft(props.send({ type: "dispatch", units: sel, place, task, ...(target ? { target } : {}) }), (why) => (giveBack(draft), setRefused(refusedLine(why))));
          setSel([]);
        }}>{t("units.dispatch")}</button>
        <button type="button" data-testid="recall" onClick={() => {
          setRefused(undefined);
          if (deployed.length === 0) return setProblem({ key: sel.length === 0 ? "noUnits" : "noneDeployed" });
          const draft = sel;
          keepDraft(props.send({ type: "recall", units: deployed }), (why) => (giveBack(draft), setRefused(refusedLine(why))));
          setSel([]);
        }}>{t("units.recall")}</button>
      </div>
      <FieldError problem={refused} testid="units-refused" />
      {m.knowledge?.readings.length ? (
        <div data-testid="readings">
          <h3>{t("map.reading")}</h3>
          <ul class="units">
            {m.knowledge.readings.map((r) => (
              <li key={r.unit} class="reading">
                {m.standby ? "" : `${wall(m, r.atMs)} `}{placeName(m, r.place)}{t("punct.colon")}
                {r.ppm !== undefined ? ` ${r.ppm.toFixed(1)} ppm` : ""}
                {r.windSpeedMs !== undefined ? ` ${t("units.wind", { deg: Math.round(r.windFromDeg ?? 0), ms: r.windSpeedMs.toFixed(1) })}` : ""}
                <span class="muted"> · {unitName(m, r.unit)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
