/**
 * Values from closed sets, checked against the set once the scenario is compiled (the sets come
 * from the hazard model: its tasks and the names of its changes). A typo in a capability, a task,
 * an inject condition or a requirement is a problem at its line with the allowed values listed,
 * not a unit that silently never works or an inject that never fires.
 */
import type { Compiled } from "../compile.ts";
import type { Finding } from "./check-hazard.ts";
import { PlayCommand } from "./play-schema.ts";
import type { ConditionDef } from "./schema.ts";

/** Command types a `commandGiven` condition may name: the play format's own list. */
export const COMMAND_TYPES: readonly string[] = PlayCommand.options.map((o) => o.shape.type.value);

/** Which condition fields each inject event reads; any other field is ignored by the engine, so it is a mistake. */
const CONDITION_FIELDS: Record<ConditionDef["event"], ReadonlyArray<keyof ConditionDef>> = {
  unitArrived: ["unit", "unitType", "agency"],
  taskCompleted: ["unit", "unitType", "agency", "task"],
  injectDelivered: ["inject"],
  gradeAtLeast: ["grade"],
  commandGiven: ["agency", "command"],
  hazard: ["what"],
};
const REQUIRED_FIELD: Partial<Record<ConditionDef["event"], keyof ConditionDef>> = { injectDelivered: "inject", gradeAtLeast: "grade" };

export function oneOf(values: Iterable<string>): string {
  const sorted = [...new Set(values)].sort();
  return sorted.length === 0 ? "nothing is defined" : `one of: ${sorted.join(", ")}`;
}

/** `c`: what the checks read of a compiled scenario (its scenario, tasks and hazard model): a scenario whose roads do not compile is checked too (cli/files.ts). */
export function checkValues(c: Pick<Compiled, "scenario" | "tasks" | "hazard">): Finding[] {
  const s = c.scenario;
  const out: Finding[] = [];
  const tasks = [...c.tasks];
  const unitTypes = new Set(s.units.map((u) => u.type));
  const inSet = (set: ReadonlySet<string> | readonly string[], value: string | undefined, path: Finding["path"], what: string, allowed: Iterable<string>) => {
    const has = Array.isArray(set) ? set.includes(value) : (set as ReadonlySet<string>).has(value!);
    if (value !== undefined && !has) out.push({ path, message: `unknown ${what} "${value}"`, expected: oneOf(allowed) });
  };

  s.units.forEach((u, i) => u.capabilities.forEach((cap, j) => inSet(c.tasks, cap, ["units", i, "capabilities", j], "capability", tasks)));
  s.requirements.forEach((r, i) => {
    inSet(c.tasks, r.task, ["requirements", i, "task"], "task", tasks);
    r.unitType.forEach((t, j) => inSet(unitTypes, t, ["requirements", i, "unitType", j], "unit type (no unit of this type in the scenario)", unitTypes));
    // who answers for a requirement several agencies' units could meet is the scenario's to say, not the order of notices
    const holders = [...new Set(s.units.filter((u) => r.unitType.includes(u.type)).map((u) => u.agency))];
    if (r.owner !== undefined) inSet(holders, r.owner, ["requirements", i, "owner"], "owner (no unit of its types belongs to it)", holders);
    else if (holders.length > 1) out.push({ path: ["requirements", i], message: `units of ${holders.join(", ")} can meet requirement "${r.id}": say which agency answers for it`, expected: `owner: ${oneOf(holders)}` });
  });
  s.injects.forEach((inj, i) => {
    const w = inj.when;
    if (!w) return;
    const at = (k: string): Finding["path"] => ["injects", i, "when", k];
    inSet(c.tasks, w.task, at("task"), "task", tasks);
    inSet(unitTypes, w.unitType, at("unitType"), "unit type", unitTypes);
    inSet(COMMAND_TYPES, w.command, at("command"), "command type", COMMAND_TYPES);
    inSet(c.hazard.changes, w.what, at("what"), `change of the ${c.hazard.id} model`, c.hazard.changes);
    const reads = CONDITION_FIELDS[w.event];
    for (const k of Object.keys(w) as Array<keyof ConditionDef>) {
      if (k !== "event" && !reads.includes(k)) out.push({ path: at(k), message: `"${k}" has no effect on a ${w.event} condition`, expected: reads.length ? `only ${reads.join(", ")}` : "no other field" });
    }
    const need = REQUIRED_FIELD[w.event];
    if (need && w[need] === undefined) out.push({ path: ["injects", i, "when"], message: `a ${w.event} condition needs "${need}"`, expected: `${need}: …` });
  });
  return out;
}

/**
 * The rules profile's control tasks for this scenario's kind (`control.<kind>.tasks`: what brings
 * the hazard under control, which the evaluator traces late control to) must be tasks this
 * scenario's hazard model knows; a typo would silently explain nothing. Paths are in the rules file.
 */
export function checkControlTasks(c: Compiled): Finding[] {
  const kind = c.scenario.kind;
  const tasks = c.rules.control[kind]?.tasks ?? [];
  return tasks.flatMap((t, i) => c.tasks.has(t) ? [] : [{
    path: ["control", kind, "tasks", i], message: `unknown task "${t}" for a ${kind} scenario (model ${c.hazard.id})`, expected: oneOf(c.tasks),
  }]);
}
