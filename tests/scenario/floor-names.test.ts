/**
 * English floor names follow the Chinese count (review19: the English school-fire read "first floor" where the callers
 * say 二楼): Chinese 一层/一楼 is the ground-level floor, 二楼 the one above, as in US usage, so 一层 = "first floor",
 * 二层 = "second floor", 三层 = "third floor" — never the British count (ground, first, second). Checked on every
 * { zh, en } text of every shipped scenario: the floors, rooms, groups, injects, their callers and the summary.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ZH = { 一: 1, 二: 2, 三: 3, 四: 4 } as Record<string, number>;
const EN = { ground: 0, first: 1, second: 2, third: 3, fourth: 4 } as Record<string, number>;

/** Which floors a Chinese text names (一层, 二楼, …), and an English one (first floor, second-floor, ground floor), once each. */
const zhFloors = (s: string) => [...new Set([...s.matchAll(/([一二三四])[层楼]/g)].map((m) => ZH[m[1]!]!))].sort();
const enFloors = (s: string) => [...new Set([...s.matchAll(/\b(ground|first|second|third|fourth)[- ]floor/gi)].map((m) => EN[m[1]!.toLowerCase()]!))].sort();

/** Every { zh, en } pair in a parsed YAML tree. */
function pairs(v: unknown, out: Array<{ zh: string; en: string }> = []): Array<{ zh: string; en: string }> {
  if (Array.isArray(v)) for (const x of v) pairs(x, out);
  else if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.zh === "string" && typeof o.en === "string") out.push({ zh: o.zh, en: o.en });
    for (const x of Object.values(o)) pairs(x, out);
  }
  return out;
}

describe.each(["school-fire", "chemical-leak", "mine-flood"])("%s: English floors count as the Chinese do", (id) => {
  const texts = pairs(parse(readFileSync(`scenarios/${id}.yaml`, "utf8")));
  it("every text naming floors names the same ones in both languages (二楼 = second floor), and none is a ground floor", () => {
    for (const t of texts) {
      if (enFloors(t.en).length === 0 && zhFloors(t.zh).length === 0) continue;
      expect(enFloors(t.en), `${t.zh} / ${t.en}`).toEqual(zhFloors(t.zh));
    }
  });
});

describe("school-fire: the floor names", () => {
  const floors = (parse(readFileSync("scenarios/school-fire.yaml", "utf8")) as { hazard: { floors: Array<{ level: number; name: { en: string } }> } }).hazard.floors;
  it("level 1, 2, 3 are the First, Second, Third floor", () => {
    expect(floors.map((f) => [f.level, f.name.en])).toEqual([[1, "First floor"], [2, "Second floor"], [3, "Third floor"]]);
  });
});
