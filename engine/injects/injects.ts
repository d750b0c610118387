/**
 * The master scenario events list (MSEL): injects delivered at their time, when their
 * condition is met (after a delay), or at once by the director. Delivery tells the
 * recipients, reveals ground truth to them, and applies the inject's effects to the world.
 */
import { WORK_BIT } from "../rules/duty-work.ts";
import { reject } from "../commands/reject.ts";
import { deliver } from "../knowledge/deliver.ts";
import type { CommandOf } from "../model/commands.ts";
import type { DrillEvent } from "../model/events.ts";
import type { InjectDef } from "../scenario/schema.ts";
import { setGroup } from "../people/orders.ts";
import { actionOf } from "../rules/actions.ts";
import { openDemand, openSpotQuestion } from "../rules/inject-duties.ts";
import { emit, nextMessageId, type Tx } from "../tx.ts";

const NO_CASUALTIES = { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 };

export function fireDueInjects(tx: Tx): void {
  for (const inj of tx.c.injects.values()) {
    if (inj.atMs !== undefined && inj.atMs <= tx.t && !tx.s.injectsFired.includes(inj.id)) fire(tx, inj);
  }
  const due = tx.s.injectsPending.filter((p) => p.dueMs <= tx.t);
  if (due.length === 0) return;
  tx.s.injectsPending = tx.s.injectsPending.filter((p) => p.dueMs > tx.t);
  for (const p of due) if (!tx.s.injectsFired.includes(p.inject)) fire(tx, tx.c.injects.get(p.inject)!);
}

export function applyInjectNow(tx: Tx, cmd: CommandOf<"injectNow">): void {
  const inj = tx.c.injects.get(cmd.inject);
  if (!inj) return reject(tx, cmd, "unknownInject", { inject: cmd.inject });
  if (tx.s.injectsFired.includes(inj.id)) return reject(tx, cmd, "injectAlreadyDelivered", { inject: inj.id });
  fire(tx, inj);
}

/**
 * The director's free-text inject (临机导调, domain.md §3.5): delivered at once to the chosen
 * agencies as an inject message; with `spotQuestion` (随机提问, §3.8) each recipient owes an answer.
 * It tells its recipients of the incident only with `notifies` (the director playing the alarm
 * call), as a scenario's inject only when marked so (issue 10 §3): a question about the wind is no
 * notice of the leak.
 * Its inject id is "adhoc-<message id>", so it never collides with the scenario's own.
 */
export function applyAdHocInject(tx: Tx, cmd: CommandOf<"adHocInject">): void {
  const unknown = cmd.to.find((a) => !tx.c.agencies.has(a));
  if (unknown) return reject(tx, cmd, "unknownAgency", { agency: unknown });
  const id = nextMessageId(tx);
  const inject = `adhoc-${id}`;
  const text = { zh: cmd.text, en: cmd.text };
  const notifies = cmd.notifies === true;
  emit(tx, { type: "injectDelivered", inject, id, to: cmd.to, channel: cmd.channel, text, ...(notifies ? { notifies } : {}) });
  if (cmd.spotQuestion) for (const agency of cmd.to) openSpotQuestion(tx, inject, agency);
  deliver(tx, { id, atMs: tx.t, kind: "inject", from: "scenario", to: cmd.to, channel: cmd.channel, localText: text, inject }, { facts: [`inject:${inject}`] }, notifies);
}

function fire(tx: Tx, inj: InjectDef): void {
  tx.s.injectsFired = [...tx.s.injectsFired, inj.id];
  const id = nextMessageId(tx);
  emit(tx, { type: "injectDelivered", inject: inj.id, id, to: inj.to, channel: inj.channel, text: inj.text, ...(inj.source ? { source: inj.source.zh } : {}) });
  for (const c of inj.effects?.casualties ?? []) {
    setGroup(tx, c.group, (g) => ({
      ...g,
      scripted: { deaths: g.scripted.deaths + c.deaths, seriousInjuries: g.scripted.seriousInjuries + c.seriousInjuries, injured: g.scripted.injured + c.injured },
    }));
  }
  if (inj.effects?.lossCNY) tx.s.lossCNY += inj.effects.lossCNY;
  if (inj.spotQuestion) for (const agency of inj.to) openSpotQuestion(tx, inj.id, agency, inj.askedBy);
  const demand = inj.reportDemand;
  if (demand && inj.askedBy !== undefined) for (const agency of inj.to) openDemand(tx, inj.id, agency, inj.askedBy, demand);
  deliver(
    tx,
    { id, atMs: tx.t, kind: "inject", from: "scenario", to: inj.to, channel: inj.channel, localText: inj.text, inject: inj.id },
    {
      ...(inj.reveals?.casualties ? { casualties: { ...NO_CASUALTIES, ...inj.reveals.casualties } } : {}),
      reliable: inj.reliable,
      facts: [`inject:${inj.id}`, ...(inj.reveals?.facts ?? [])],
      ...(inj.reveals?.work ? { work: inj.reveals.work.reduce((m, w) => m | WORK_BIT[w], 0) } : {}),
    },
    inj.notifies,
  );
}

/** Conditions met by this tick's events make their injects pending (due after their delay). */
export function armConditionalInjects(tx: Tx, events: readonly DrillEvent[]): void {
  for (const inj of tx.c.injects.values()) {
    const w = inj.when;
    if (!w || tx.s.injectsFired.includes(inj.id) || tx.s.injectsPending.some((p) => p.inject === inj.id)) continue;
    if (events.some((e) => matches(tx, w, e)) || (w.event === "gradeAtLeast" && w.grade !== undefined && tx.s.grade <= w.grade)) {
      tx.s.injectsPending.push({ inject: inj.id, dueMs: tx.t + inj.delayS * 1000 });
    }
  }
}

function matches(tx: Tx, w: NonNullable<InjectDef["when"]>, e: DrillEvent): boolean {
  const unitOk = (unit: string) => {
    const def = tx.c.units.get(unit);
    return (w.unit === undefined || w.unit === unit) && (w.unitType === undefined || w.unitType === def?.type) && (w.agency === undefined || w.agency === def?.agency);
  };
  switch (w.event) {
    case "unitArrived":
      return e.type === "unitArrived" && unitOk(e.unit);
    case "taskCompleted":
      return e.type === "taskCompleted" && unitOk(e.unit) && (w.task === undefined || w.task === e.task);
    case "injectDelivered":
      return e.type === "injectDelivered" && e.inject === w.inject;
    case "hazard":
      return e.type === "hazardChanged" && (w.what === undefined || w.what === e.what);
    case "commandGiven": {
      const a = actionOf(e);
      return a !== undefined && (w.agency === undefined || w.agency === a.agency) && (w.command === undefined || w.command === a.type);
    }
    case "gradeAtLeast":
      return false;
  }
}
