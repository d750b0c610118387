/**
 * Codes, not sentences, leave the engine; the shells word them through one i18n library
 * (i18next, catalogues in i18n/). A Chinese timeline has no English and no raw ids in it; an
 * English one no Chinese; every code the engine emits has its entry in both catalogues.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { init } from "../../engine/init.ts";
import type { Command } from "../../engine/model/commands.ts";
import { REJECTION_CODES, type DrillEvent } from "../../engine/model/events.ts";
import { step } from "../../engine/step.ts";
import { describeEvent, hazardText, statusText, words } from "../../i18n/describe.ts";
import { CATALOGUES, translator } from "../../i18n/index.ts";
import { compiled, playOf, runPlay } from "../helpers.ts";

function flat(o: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === "object" && v !== null) for (const [kk, vv] of flat(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, String(v));
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("the zh-CN and en catalogues", () => {
  const zh = flat(CATALOGUES["zh-CN"]);
  const en = flat(CATALOGUES.en);

  it("have the same keys, each with the same placeholders", () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [k, v] of zh) expect(placeholders(en.get(k)!), k).toEqual(placeholders(v));
  });

  it("zh-CN is the default and holds Chinese; en holds none", () => {
    expect(translator()("event.unitRecalled", { unit: "X" })).toBe("X 奉命返回");
    for (const [k, v] of en) expect(/[\u4e00-\u9fff]/.test(v), `${k}: ${v}`).toBe(false);
  });

  it("word every rejection code, in both languages", () => {
    for (const code of REJECTION_CODES) {
      expect(zh.has(`rejected.${code}`), code).toBe(true);
      expect(en.has(`rejected.${code}`), code).toBe(true);
    }
  });
});

const ALLOWED_LATIN = /AEGL|ppm|kg\/s|m³\/h|kW/g;
/** Lines that quote people (messages) or the scenario's own inject text verbatim. */
const QUOTED = new Set<DrillEvent["type"]>(["messageSent", "injectDelivered"]);

describe.each(["chemical-leak", "mine-flood", "school-fire"])("the %s timeline", (id) => {
  const c = compiled(id);
  const runs = (["good", "poor"] as const).map((which) => runPlay(c, playOf(c, `scenarios/plays/${id}.${which}.yaml`)));
  const events = runs.flatMap((r) => r.events);
  const zh = words(c, "zh-CN");
  const en = words(c, "en");
  const ids = [...c.units.keys(), ...c.agencies.keys(), ...c.scenario.map.places.map((p) => p.id), ...c.tasks].filter((x) => /[a-z]/i.test(x));

  it("in Chinese has no English words and no raw ids", () => {
    for (const e of events) {
      if (QUOTED.has(e.type)) continue;
      const line = describeEvent(c, zh, e);
      if (line === undefined) continue;
      expect(line.replace(ALLOWED_LATIN, "").match(/[A-Za-z]{3,}/), `${e.type}: ${line}`).toBeNull();
      for (const x of ids) expect(line.includes(x), `${e.type} shows id ${x}: ${line}`).toBe(false);
    }
  });

  it("in English has no Chinese", () => {
    for (const e of events) {
      if (QUOTED.has(e.type)) continue;
      const line = describeEvent(c, en, e) ?? "";
      expect(/[\u4e00-\u9fff]/.test(line), `${e.type}: ${line}`).toBe(false);
    }
  });

  it("words every hazard change and status with its own entry (no fallback)", () => {
    const changes = events.filter((e) => e.type === "hazardChanged");
    expect(changes.length).toBeGreaterThan(0);
    for (const e of changes) if (e.type === "hazardChanged") expect(hazardText(zh, e), e.what).not.toBe(zh.t("hazard.other"));
    for (const r of runs) {
      const s = c.hazard.summary(r.state.hazard, r.state.tMs, c.scenario).status;
      expect(zh.t(`status.${s.code}`, { defaultValue: "" }), s.code).not.toBe("");
      expect(statusText(zh, s)).not.toMatch(/\{\{/);
    }
  });

  it("events carry codes and parameters: no sentence from the engine", () => {
    for (const e of events) {
      if (e.type === "rejected" || e.type === "taskFailed" || e.type === "hazardChanged") {
        const p = e.params as Record<string, unknown>;
        for (const v of Object.values(p)) if (typeof v === "string") expect(v, `${e.type}: ${v}`).not.toMatch(/\s|[\u4e00-\u9fff]/);
      }
    }
  });
});

describe("rejections, worded", () => {
  const c = compiled("chemical-leak");
  const raw: unknown[] = [
    null,
    { at: 0, by: "fire", seq: 1, type: "teleport" },
    { at: 0, by: "fire", seq: 2, type: "dispatch", units: [], place: "plant", task: "rescue" },
    { at: 0, by: "fire", seq: 3, type: "dispatch", units: ["hz-e1", "hz-e1"], place: "plant", task: "rescue" },
    { at: 0, by: "fire", seq: 4, type: "dispatch", units: ["amb-1"], place: "plant", task: "treat" },
    { at: 0, by: "fire", seq: 5, type: "dispatch", units: ["hz-e1"], place: "nowhere", task: "rescue" },
    { at: 0, by: "fire", seq: 6, type: "dispatch", units: ["hz-e1"], place: "plant", task: "teleport" },
    { at: 0, by: "ent", seq: 7, type: "warning", level: "red", place: "village", radiusM: 2000 },
    { at: 0, by: "police", seq: 8, type: "injectNow", inject: "inj-07-casualties" },
    { at: 0, by: "police", seq: 9, type: "recall", units: ["pol-1"] },
    { at: 0, by: "police", seq: 10, type: "evacuate", groups: ["martians"] },
    { at: 0, by: "eb", seq: 11, type: "report", to: "eb", kind: "initial", mode: "oral", content: {} },
  ];
  const events = step(c, init(c, 7), raw as Command[]).events.filter((e) => e.type === "rejected");

  it("every kind of refusal reads as Chinese: the scenario's names, no field names, ids only where the user's own unknown id is quoted", () => {
    expect(events.length).toBe(raw.length);
    const zh = words(c, "zh-CN");
    for (const e of events) {
      // an id the scenario does not have is the user's own input, echoed in quotes
      const line = describeEvent(c, zh, e)!.replace(/“[^”]*”/g, "“”");
      expect(line.match(/[A-Za-z]{3,}/), line).toBeNull();
    }
  });
});

describe("the engine builds no sentences", () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
    });
  }
  // scenario/ holds the file formats' own error messages and descriptions; evaluate/ (findings) is
  // being reworked under issue 10; the chemical property table names substances like a scenario does.
  // message-words.ts reads the words of a player's message (input), never builds a sentence.
  const EXEMPT = [/^engine\/scenario\//, /^engine\/evaluate\//, /^engine\/hazards\/chemical\/properties\.ts$/, /^engine\/rules\/message-words\.ts$/];
  const sources = files("engine").filter((f) => !EXEMPT.some((x) => x.test(f)));

  it("has no Chinese text in string literals outside the file formats", () => {
    const hits = sources.filter((f) => /[\u4e00-\u9fff]/.test(readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")));
    expect(hits).toEqual([]);
  });
});

describe("the AEGL crossing event (groupExposed)", () => {
  it("names the group, its people, the level, the crossing time (not the tick's) and what the level means, in both languages", () => {
    const c = compiled("chemical-leak");
    const e: DrillEvent = { type: "groupExposed", at: 2_160_000, group: "villagers", level: "aegl2", crossedAtMs: 2_151_697, count: 600 };
    const village = c.groups.get("villagers")!.name;
    expect(describeEvent(c, words(c, "zh-CN"), e)).toBe(`⚠ ${village.zh}（600 人）的毒性负荷于 00:35:51 达到 AEGL-2 阈值（不可逆或严重健康影响）`);
    expect(describeEvent(c, words(c, "en"), { ...e, level: "aegl3" })).toBe(`⚠ ${village.en} (600 people): toxic load reached the AEGL-3 threshold at 00:35:51 (life-threatening)`);
  });
});
