/**
 * A drill's scenario from its stored text: the drill replays from the YAML it was created with,
 * never from a file that may have changed since. Rules profiles and rubrics are read from the
 * scenarios folder (scenarios/rules/<id>.yaml), as `drill run` does.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadBestPlay, readText, type Loaded } from "../../cli/files.ts";
import type { BestPlay } from "../../engine/evaluate/references.ts";
import { loadRubric } from "../../cli/evaluate.ts";
import type { Compiled } from "../../engine/compile.ts";
import type { RubricProfile } from "../../engine/scenario/rubric-schema.ts";
import { compileScenarioText } from "../store/scenario-text.ts";

/** The shipped scenarios folder; LIANYAN_SCENARIOS overrides it. */
export function scenariosDir(): string {
  return process.env.LIANYAN_SCENARIOS ?? "scenarios";
}

/**
 * YAML text → compiled scenario, or the same file:line:col problems `drill validate` prints
 * (`file` is the name used in them, e.g. "upload.yaml"). The rules profile comes from `dir`/rules.
 */
export function compileScenario(text: string, file: string, dir = scenariosDir()): Loaded<Compiled> {
  const r = compileScenarioText(text, file, join(dir, "rules"));
  return r.ok ? { ok: true, value: r.compiled } : r;
}

/** The rubric a scenario names (scenarios/rubrics/<id>.yaml, inline, or the default). */
export function rubricFor(c: Compiled, dir = scenariosDir()): Loaded<RubricProfile> {
  return loadRubric(join(dir, `${c.scenario.id}.yaml`), c);
}

/**
 * The best play a scenario names (scenarios/plays/<id>.yaml), the reference its harm is graded
 * against; undefined when it names none or the play does not load (the report then says it was
 * not loaded and grades nothing relatively).
 */
export function bestPlayFor(c: Compiled, dir = scenariosDir()): BestPlay | undefined {
  const r = loadBestPlay(join(dir, `${c.scenario.id}.yaml`), c);
  return r.ok ? r.value : undefined;
}

export interface ShippedScenario {
  id: string;
  file: string;
  title: { zh: string; en: string };
  kind: string;
  blindness: string;
}

/** Scenario files shipped in the scenarios folder (those that load), for GET /api/scenarios. */
export function shippedScenarios(dir = scenariosDir()): ShippedScenario[] {
  const out: ShippedScenario[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) {
    const text = readText(join(dir, f));
    if (!text.ok) continue;
    const c = compileScenario(text.value, join(dir, f), dir);
    if (c.ok) out.push({ id: c.value.scenario.id, file: f, title: c.value.scenario.title, kind: c.value.scenario.kind, blindness: c.value.scenario.blindness });
  }
  return out;
}

/** The text of a shipped scenario by id, if there is one. */
export function shippedScenarioText(id: string, dir = scenariosDir()): string | undefined {
  const hit = shippedScenarios(dir).find((s) => s.id === id);
  if (!hit) return undefined;
  const t = readText(join(dir, hit.file));
  return t.ok ? t.value : undefined;
}
