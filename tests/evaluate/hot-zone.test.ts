/**
 * Responders in the hot zone without the protection their work needs (HOT_ZONE_UNPROTECTED).
 * Sources: hazards.md §1.9 (scoring hook: responders inside the AEGL-3/IDLH zone without Level A/B
 * PPE) and §1.6 (chlorine: 60-min AEGL-3 20 ppm, NIOSH IDLH 10 ppm [S]); domain.md §7.5 (no
 * unprotected entry into the core zone) and §3.6 (AQ/T 9009 附录A 人员保护); the chemical-leak
 * scenario's own requirement req-plug: "具备一级（A级）防护的防化救援力量实施带压堵漏". At the tank the
 * engine puts crews at 2315.3 ppm, far above both limits.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GLOSSARY } from "../../engine/evaluate/glossary.ts";
import { drill } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const send = (at: string, units: string[], task: string): [string, string, Record<string, unknown>] => [at, "fire", { type: "dispatch", units, place: "tank-v101", task }];

describe("chemical leak poor play: the east station's two water tenders (SCBA only) sent to plug the leak", () => {
  const { report, events } = drill("chemical-leak", "poor");
  const fs = report.findings.filter((f) => f.code === "HOT_ZONE_UNPROTECTED");

  it("is one finding on the fire brigade that sent them, for 2 units, in the dispatch section", () => {
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ agency: "fire", section: "dispatch", quantity: 2, item: "hot-zone-protection", annexA: "personnelProtection" });
  });

  it("is one fault with the wrong-type order that put them there (issue 10 §2): it cites DISPATCH_WRONG_TYPE, which alone is deducted", () => {
    // the tenders' SCBA suits their own work (water curtains); they were exposed only because the order gave them a task outside it
    const wrong = report.findings.find((f) => f.code === "DISPATCH_WRONG_TYPE" && f.causedBy === undefined)!;
    expect(wrong.evidence.events.some((i) => fs[0]!.evidence.events.includes(i) && events[i]!.type === "unitDispatched")).toBe(true);
    expect(wrong.points).toBeGreaterThan(0);
    expect(fs[0]!.causedBy).toBe(wrong.id);
    expect(fs[0]!.points).toBe(0);
  });

  it("cites the order, each tender's arrival at the tank and its exposure above AEGL-3", () => {
    const cited = fs[0]!.evidence.events.map((i) => events[i]!);
    expect(cited.filter((e) => e.type === "unitDispatched").map((e) => (e as { unit: string }).unit).sort()).toEqual(["ce-e1", "ce-e2"]);
    expect(cited.filter((e) => e.type === "unitArrived").map((e) => (e as { unit: string }).unit).sort()).toEqual(["ce-e1", "ce-e2"]);
    expect(cited.filter((e) => e.type === "unitExposed" && e.level === "aegl3")).toHaveLength(2);
  });

  it("says so in both languages, with the limits and the concentration", () => {
    expect(fs[0]!.message.zh).toContain("IDLH（10 ppm）或AEGL-3（20 ppm）");
    expect(fs[0]!.message.zh).toContain("一级（A级）化学防护");
    expect(fs[0]!.message.en).toContain("2315.3 ppm");
  });
});

describe("crews doing the work their kit is made for are not charged", () => {
  it("chemical leak good play: level-A hazmat teams plug, SCBA tenders set water curtains (req-curtain): no finding", () => {
    expect(drill("chemical-leak", "good").report.findings.filter((f) => f.code === "HOT_ZONE_UNPROTECTED")).toEqual([]);
  });

  it("a level-A hazmat team sent to plug the leak: no finding", () => {
    expect(small("chemical-leak", [send("00:02:00", ["hz-chem1"], "plugLeak")], 20 * MIN).of("HOT_ZONE_UNPROTECTED")).toEqual([]);
  });

  it("an SCBA water tender sent to set a water curtain at the tank: no finding", () => {
    expect(small("chemical-leak", [send("00:02:00", ["hz-e1"], "waterCurtain")], 20 * MIN).of("HOT_ZONE_UNPROTECTED")).toEqual([]);
  });
});

describe("one SCBA water tender sent to plug the leak at 00:02", () => {
  const d = small("chemical-leak", [send("00:02:00", ["hz-e1"], "plugLeak")], 20 * MIN);

  it("is charged to the fire brigade, for 1 unit", () => {
    expect(d.of("HOT_ZONE_UNPROTECTED", "fire").map((f) => f.quantity)).toEqual([1]);
  });
});

describe("each fault once: a crew with no respiratory protection at all is UNSAFE_ENTRY, not also a hot-zone finding", () => {
  const d = small("chemical-leak", [["00:02:00", "ent", { type: "message", to: ["police"], channel: "phone", text: "氯气泄漏" }], ["00:04:00", "police", { type: "dispatch", units: ["pol-1"], place: "tank-v101", task: "cordonGuard" }]], 40 * MIN);

  it("the police car at the tank is an unprotected entry only", () => {
    expect(d.of("UNSAFE_ENTRY", "police").length).toBe(1);
    expect(d.of("HOT_ZONE_UNPROTECTED")).toEqual([]);
  });
});

describe("hazards without an airborne toxic have no hot-zone rule", () => {
  it.each(["mine-flood", "school-fire"])("%s poor play: no finding", (id) => {
    expect(drill(id, "poor").report.findings.filter((f) => f.code === "HOT_ZONE_UNPROTECTED")).toEqual([]);
  });
});

describe("the protection labels are the shells' catalogue's (i18n/*.json `protection`)", () => {
  it.each([["zh-CN", "zh"], ["en", "en"]] as const)("%s", (file, lang) => {
    const cat = JSON.parse(readFileSync(`i18n/${file}.json`, "utf8")) as { protection: Record<string, string> };
    expect(Object.fromEntries(Object.entries(GLOSSARY.protection).map(([k, v]) => [k, v[lang]]))).toEqual(cat.protection);
  });
});

describe("removing the condemned order (issue 10 §11: removing a command a finding condemns never lowers the score)", () => {
  it("chemical leak poor play without the east station tenders' plugging order: the hot-zone finding goes, the score does not fall", async () => {
    const { whatIf } = await import("../../engine/evaluate/whatif.ts");
    const { bestPlay, rubric } = await import("./fixtures.ts");
    const poor = drill("chemical-leak", "poor");
    const f = poor.report.findings.find((x) => x.code === "HOT_ZONE_UNPROTECTED")!;
    const seq = (poor.events[f.evidence.events[0]!] as { seq?: number }).seq;
    const index = poor.commands.findIndex((c) => c.seq === seq) + 1;
    expect(index).toBeGreaterThan(0);
    const r = whatIf(poor.c, 7, poor.commands, [{ type: "drop", index }], rubric(), undefined, bestPlay("chemical-leak", poor.c));
    expect(r.variant.score).toBeGreaterThanOrEqual(r.base.score!);
    expect(r.variantReport.findings.some((x) => x.code === "HOT_ZONE_UNPROTECTED")).toBe(false);
  });
});
