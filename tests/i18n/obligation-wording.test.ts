/**
 * The evidence timeline says what an obligation was (the newcomer's review: "✓ 按时：江湾镇 — 乡镇政府组织
 * 群众疏散" read as if the township had evacuated people, beside a 联而不动 finding on it). A linkage
 * rule opens two obligations (domain.md §5: being told, then acting); the first is met when the agency is
 * told, and its line says so: "按时获知 …（其职责：…）".
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/model/events.ts";
import { describeEvent, words } from "../../i18n/describe.ts";
import { drill } from "../evaluate/fixtures.ts";

describe("chemical-leak poor play: the township's obligations in the timeline", () => {
  const d = drill("chemical-leak", "poor");
  const zh = words(d.c, "zh-CN");
  const en = words(d.c, "en");
  const met = (id: string) => d.events.find((e): e is EventOf<"obligationMet"> => e.type === "obligationMet" && e.id === id)!;

  it("being told reads 获知 / told, with the duty as the agency's, not as done", () => {
    const e = met("LNK-CHEM-TOWN:notified:town");
    expect(describeEvent(d.c, zh, e)).toMatch(/^✓ 按时获知：江湾镇人民政府（其职责：/);
    expect(describeEvent(d.c, en, e)).toMatch(/^✓ Told in time: .*\(its duty: /);
  });

  it("the duty itself keeps its own wording", () => {
    const act = d.events.find((e) => (e.type === "obligationMet" || e.type === "obligationMissed") && e.id === "LNK-CHEM-TOWN:act:town")!;
    expect(describeEvent(d.c, zh, act)).not.toContain("获知");
  });
});

describe("chemical-leak poor play: a duty met by its first act reads as begun, not as done (review9 chemical 7)", () => {
  const d = drill("chemical-leak", "poor");
  const met = d.events.find((e): e is EventOf<"obligationMet"> => e.type === "obligationMet" && e.id === "LNK-CHEM-PSB:act:police")!;

  it("the police's duty, met by one traffic car at 00:25 while its cordon and the public's protection are findings, reads 按时开始履行", () => {
    expect(met.late).toBe(false);
    const zh = describeEvent(d.c, words(d.c, "zh-CN"), met)!;
    expect(zh).toMatch(/^✓ 按时开始履行：临江县公安局（职责：/);
    expect(zh).not.toMatch(/^✓ 按时：/);
    expect(describeEvent(d.c, words(d.c, "en"), met)).toMatch(/^✓ Began its duty in time: /);
  });
});
