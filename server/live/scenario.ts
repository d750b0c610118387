/**
 * A drill's scenario from its stored text: the drill replays from the YAML it was created with,
 * and from the rules profile and rubric texts it began with, never from files that may have
 * changed since. A new drill reads them from the scenarios folder (scenarios/rules/<id>.yaml,
 * scenarios/rubrics/<id>.yaml), as `drill run` does.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadBestPlay, playFromText, profileCandidates, readText, type Loaded } from "../../cli/files.ts";
import type { BestPlay } from "../../engine/evaluate/references.ts";
import { loadRubric } from "../../cli/evaluate.ts";
import type { Compiled } from "../../engine/compile.ts";
import { playCommands } from "../../engine/replay.ts";
import { rubricRef } from "../../engine/evaluate/rubric.ts";
import { parseRubric, type RubricProfile } from "../../engine/scenario/rubric-schema.ts";
import { compileScenarioText } from "../store/scenario-text.ts";
import type { DrillRecord } from "../store/store.ts";

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

/** The profile texts a new drill keeps with it (store.ts DrillRecord.rulesYaml, rubricYaml). */
export interface DrillProfiles {
  rulesYaml: string;
  /** absent when the scenario holds its rubric inline (the scenario text keeps it) */
  rubricYaml?: string;
  /** absent when the scenario names no best play */
  bestPlayYaml?: string;
}

/** Like compileScenario, with the rules profile, rubric and best play texts to store beside the new drill. */
export function compileNewDrill(text: string, file: string, dir = scenariosDir()): Loaded<{ compiled: Compiled; profiles: DrillProfiles }> {
  const r = compileScenarioText(text, file, join(dir, "rules"));
  if (!r.ok) return r;
  const rubric = rubricRef(r.compiled.scenario);
  const found = (folder: "rubrics" | "plays", ref: string) => profileCandidates(join(dir, `${r.compiled.scenario.id}.yaml`), folder, ref).find((p) => existsSync(p));
  const rubricFile = rubric.type === "id" ? found("rubrics", rubric.id) : undefined;
  const bestFile = r.compiled.scenario.bestPlay !== undefined ? found("plays", r.compiled.scenario.bestPlay) : undefined;
  const profiles: DrillProfiles = {
    rulesYaml: r.rulesYaml,
    ...(rubricFile ? { rubricYaml: readFileSync(rubricFile, "utf8") } : {}),
    ...(bestFile ? { bestPlayYaml: readFileSync(bestFile, "utf8") } : {}),
  };
  return { ok: true, value: { compiled: r.compiled, profiles } };
}

/** A stored drill's scenario, with the rules profile it began with (the rules folder for older drills). */
export function compileStored(record: DrillRecord, dir = scenariosDir()): Loaded<Compiled> {
  const r = compileScenarioText(record.scenarioYaml, `${record.scenarioId}.yaml`, join(dir, "rules"), record.rulesYaml);
  return r.ok ? { ok: true, value: r.compiled } : r;
}

/**
 * The rubric a drill is scored with: the text it began with, else the one its scenario names
 * (scenarios/rubrics/<id>.yaml, inline, or the default).
 */
export function rubricFor(c: Compiled, record?: Pick<DrillRecord, "rubricYaml" | "id">, dir = scenariosDir()): Loaded<RubricProfile> {
  if (record?.rubricYaml !== undefined) return parseRubric(record.rubricYaml, `drill ${record.id} (stored rubric)`);
  return loadRubric(join(dir, `${c.scenario.id}.yaml`), c);
}

/**
 * The best play a scenario names (scenarios/plays/<id>.yaml), the reference its harm is graded
 * against; undefined when it names none or the play does not load (the report then says it was
 * not loaded and grades nothing relatively).
 */
export function bestPlayFor(c: Compiled, record?: Pick<DrillRecord, "bestPlayYaml" | "id">, dir = scenariosDir()): BestPlay | undefined {
  const ref = c.scenario.bestPlay;
  if (ref !== undefined && record?.bestPlayYaml !== undefined) {
    const p = playFromText(record.bestPlayYaml, `drill ${record.id} (stored best play)`, c);
    return p.ok ? { ref, ...(p.value.title ? { title: p.value.title } : {}), commands: playCommands(p.value) } : undefined;
  }
  const r = loadBestPlay(join(dir, `${c.scenario.id}.yaml`), c);
  return r.ok ? r.value : undefined;
}

export interface ShippedScenario {
  id: string;
  file: string;
  title: { zh: string; en: string };
  kind: string;
  blindness: string;
  /** the scenario's agencies (the creation form offers them as bot seats by name) */
  agencies: Array<{ id: string; name: { zh: string; en: string }; simulated: boolean }>;
}

/** Scenario files shipped in the scenarios folder (those that load), for GET /api/scenarios. */
export function shippedScenarios(dir = scenariosDir()): ShippedScenario[] {
  const out: ShippedScenario[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) {
    const text = readText(join(dir, f));
    if (!text.ok) continue;
    const c = compileScenario(text.value, join(dir, f), dir);
    if (c.ok) out.push({ id: c.value.scenario.id, file: f, title: c.value.scenario.title, kind: c.value.scenario.kind, blindness: c.value.scenario.blindness, agencies: c.value.scenario.agencies.map((a) => ({ id: a.id, name: a.name, simulated: a.simulated })) });
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
