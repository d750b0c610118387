/**
 * The site view names its rooms and roadways (newcomer trial 17 item 8): a live console has no
 * site geometry, only the overlay keyed by ids, so the complete welcome carries each spot's name
 * (a school's rooms and stairs, a mine's nodes and roadways). A double-blind seat not yet told
 * gets none: the names would tell it the incident's site.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LiveDrill } from "../../server/live/drill.ts";
import { welcome } from "../../server/live/views.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

function drill(file: string) {
  return LiveDrill.create(openSqliteStore(":memory:"), { scenarioYaml: readFileSync(`scenarios/${file}`, "utf8"), file, seed: 7, settings: { blindness: "NONE", speed: 1, bots: [] } }).drill;
}

describe("the welcome's site spots", () => {
  it("name the school's rooms in both languages for a seat that knows the incident", () => {
    const d = drill("school-fire.yaml");
    const w = welcome(d.c, { id: d.id, blindness: "NONE" }, { drillId: d.id, kind: "director", seat: "director" }, "导调", "control");
    expect(w.spots).toContainEqual({ id: "teachers-1", name: { zh: "教师办公室", en: "Teachers' office" } });
    expect(w.spots).toContainEqual({ id: "c31", name: { zh: "301教室", en: "Classroom 301" } });
  });

  it("name the mine's roadways", () => {
    const d = drill("mine-flood.yaml");
    const w = welcome(d.c, { id: d.id, blindness: "NONE" }, { drillId: d.id, kind: "director", seat: "director" }, "导调", "control");
    expect(w.spots!.length).toBeGreaterThan(5);
    for (const s of w.spots!) expect(s.name.en).not.toBe("");
  });

  it("are not sent to a seat not yet told, nor for a release in the open (no site view)", () => {
    const d = drill("school-fire.yaml");
    expect(welcome(d.c, { id: d.id, blindness: "DOUBLE_BLIND" }, { drillId: d.id, kind: "seat", seat: "fire" }, "消防", "fire", true).spots).toBeUndefined();
    const c = drill("chemical-leak.yaml");
    expect(welcome(c.c, { id: c.id, blindness: "NONE" }, { drillId: c.id, kind: "director", seat: "director" }, "导调", "control").spots).toBeUndefined();
  });

  // newcomer 18 / r18-client: a live seat's dispatch offered no target room (the list was empty), the local console did
  it("carry the rooms a dispatch may target to a seat that knows the incident, none to a seat not yet told", () => {
    const d = drill("school-fire.yaml");
    const fire = welcome(d.c, { id: d.id, blindness: "NONE" }, { drillId: d.id, kind: "seat", seat: "fire" }, "消防", "fire");
    expect(fire.siteTargets).toContainEqual({ id: "c31", name: { zh: "301教室", en: "Classroom 301" } });
    expect(fire.siteTargets!.map((t) => t.id)).toEqual(d.c.hazard.siteTargets!(d.c.scenario).map((t) => t.id));
    expect(welcome(d.c, { id: d.id, blindness: "DOUBLE_BLIND" }, { drillId: d.id, kind: "seat", seat: "fire" }, "消防", "fire", true).siteTargets).toBeUndefined();
  });
});
