/**
 * A play checked against its scenario: every command falls inside the drill, and every agency,
 * unit, place, group, inject, task and unit type it names must exist, so a trainer's typo is caught at validation with its line, not discovered
 * as a rejection in the middle of a drill. (Whether a command is *allowed* then — a busy
 * unit, another agency's unit — stays a runtime decision: a rejection event.)
 */
import type { Compiled } from "../compile.ts";
import { parseClock } from "../model/time.ts";
import type { Finding } from "./check-hazard.ts";
import { oneOf } from "./check-values.ts";
import type { Play } from "./play-schema.ts";

/** The kinds of name a command may carry. */
export type NameKind = "agency" | "unit" | "place" | "group" | "inject" | "task" | "target" | "unitType";

/**
 * `only`: the names of some kinds the commands may use in place of the scenario's (a seat shown
 * part of the scenario: any other is "no such name", whether or not the scenario has it).
 */
export function checkPlay(play: Play, c: Compiled, only: Partial<Record<NameKind, ReadonlySet<string>>> = {}): Finding[] {
  const out: Finding[] = [];
  const ids: Record<NameKind, ReadonlySet<string>> = {
    agency: new Set(c.scenario.agencies.map((a) => a.id)),
    unit: new Set(c.scenario.units.map((u) => u.id)),
    place: new Set(c.scenario.map.places.map((p) => p.id)),
    group: new Set(c.scenario.populations.map((g) => g.id)),
    inject: new Set(c.scenario.injects.map((i) => i.id)),
    task: c.tasks as Set<string>,
    target: new Set((c.hazard.siteTargets?.(c.scenario) ?? []).map((t) => t.id)),
    unitType: new Set(c.scenario.units.map((u) => u.type)),
    ...only,
  };
  play.commands.forEach((cmd, i) => {
    // the last tick starts before the end: a command at or after it would never be applied
    const at = parseClock(cmd.at);
    if (at !== undefined && at >= c.durationMs) out.push({ path: ["commands", i, "at"], message: `${cmd.at} is at or after the drill's end (${c.scenario.clock.duration})`, expected: `a time before ${c.scenario.clock.duration}` });
    const need = (kind: keyof typeof ids, id: string | undefined, path: Array<string | number>) => {
      if (id === undefined || ids[kind].has(id)) return;
      out.push({ path: ["commands", i, ...path], message: `no ${kind} "${id}" in scenario ${c.scenario.id}`, expected: oneOf(ids[kind]) });
    };
    if (cmd.by !== "director") need("agency", cmd.by, ["by"]);
    switch (cmd.type) {
      case "report":
      case "acknowledge":
        return need("agency", cmd.to, ["to"]);
      case "message":
        return cmd.to.forEach((a, j) => a !== "director" && need("agency", a, ["to", j]));
      case "adHocInject":
        return cmd.to.forEach((a, j) => need("agency", a, ["to", j]));
      case "requestSupport":
        need("agency", cmd.from, ["from"]);
        need("unitType", cmd.unitType, ["unitType"]);
        return need("place", cmd.place, ["place"]);
      case "dispatch":
        cmd.units.forEach((u, j) => need("unit", u, ["units", j]));
        need("place", cmd.place, ["place"]);
        need("target", cmd.target, ["target"]);
        return need("task", cmd.task, ["task"]);
      case "recall":
        return cmd.units.forEach((u, j) => need("unit", u, ["units", j]));
      case "cordon":
      case "warning":
        return need("place", cmd.place, ["place"]);
      case "evacuate":
        need("place", cmd.destination, ["destination"]);
        cmd.groups?.forEach((g, j) => need("group", g, ["groups", j]));
        return need("place", cmd.place, ["place"]);
      case "shelter":
        cmd.groups?.forEach((g, j) => need("group", g, ["groups", j]));
        return need("place", cmd.place, ["place"]);
      case "injectNow":
        return need("inject", cmd.inject, ["inject"]);
      case "activateResponse":
      case "end":
        return;
    }
  });
  return out;
}
