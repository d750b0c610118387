/**
 * Review r15 chemical 8: a strength never praises a hot-zone entry short of the protection HOT_ZONE_UNPROTECTED's
 * own basis names (ERG 2024 指南124: 「佩戴正压式空气呼吸器，穿戴化学防护服」). The good play's enterprise team goes into
 * the V-101 tank area (2315 ppm chlorine, above AEGL-3 20 ppm and IDLH 10 ppm) with SCBA alone (scenarios/chemical-leak.yaml
 * ent-team: protection scba); the strength keeps its timing and states the protection and the risk.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;

describe("chemical good play: the enterprise's SCBA-only rescue entry", () => {
  const { report } = drill("chemical-leak", "good");
  it("is not praised as plain good practice: the strength names SCBA only, the hot zone and ERG 指南124's chemical protective clothing", () => {
    const s = report.strengths.find((x) => x.agency === "ent" && x.section === "linkage")!;
    expect(s.message.zh).toContain("00:00:30 履行职责（调派（搜救））");
    expect(s.message.zh).toContain("临江化工应急救援队仅配正压式空气呼吸器");
    expect(s.message.zh).toContain("未穿化学防护服（《应急响应指南》（ERG 2024）指南124：佩戴正压式空气呼吸器，穿戴化学防护服），存在人员防护风险");
    expect(s.message.en).toContain("without chemical protective clothing (ERG 2024 Guide 124");
  });
  it("every strength citing a crew short of level A that then stood above AEGL-3 says so (the kind, not the example)", () => {
    const d = drill("chemical-leak", "good");
    for (const s of d.report.strengths) {
      const units = s.evidence.events.flatMap((i) => { const e = d.events[i]; return e?.type === "unitDispatched" || e?.type === "unitArrived" ? [e.unit] : []; });
      const hot = units.filter((u) => d.c.units.get(u)!.protection !== "levelA" && d.events.some((e) => e.type === "unitExposed" && e.unit === u && e.level === "aegl3"));
      if (hot.length > 0) expect(s.message.zh, s.message.zh).toContain("存在人员防护风险");
    }
  });
});

describe("small plays: the clause follows the crew in the hot zone, not the agency", () => {
  it("the enterprise team (scba) sent to rescue at the tank: the clause; the enterprise moving its workers out instead (no crew in the zone): none", () => {
    const a = small("chemical-leak", [["00:00:30", "ent", { type: "dispatch", units: ["ent-team"], place: "tank-v101", task: "rescue" }]], 20 * MIN);
    expect(a.report.strengths.find((s) => s.agency === "ent")!.message.zh).toContain("存在人员防护风险");
    const b = small("chemical-leak", [["00:00:30", "ent", { type: "evacuate", groups: ["workers"] }]], 20 * MIN);
    expect(b.report.strengths.find((s) => s.agency === "ent")!.message.zh).not.toContain("风险");
  });
});
