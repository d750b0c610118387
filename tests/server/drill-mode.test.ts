/**
 * The drill's mode is the one its director chose (newcomer P7): a 公开演练 of the chemical leak
 * showed its seats the scenario title "…多部门联动双盲演练". The title shown to seats and in the
 * feed and report names no mode (a scenario title that names one has it taken out), and the
 * mode shown — the seat's welcome, the report's 演练形式, the replay — is the drill's setting.
 * A double-blind seat still learns nothing of the scenario before it is told.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { Replay } from "../../client/local/replay.ts";
import { drillReport } from "../../server/http/report.ts";
import { LiveDrill } from "../../server/live/drill.ts";
import { seatProjection, welcome } from "../../server/live/views.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import type { Blindness } from "../../server/store/store.ts";

// an author's file whose title names the mode, as chemical-leak.yaml did
const YAML = readFileSync("scenarios/chemical-leak.yaml", "utf8")
  .replace(/(title:\n\s+zh: \S+?)多部门联动演练/, "$1多部门联动双盲演练")
  .replace("Linjiang Chemical Co. - multi-agency drill", "Linjiang Chemical Co. - multi-agency double-blind drill");
const RULES = readFileSync("scenarios/rules/county-default.yaml", "utf8");
const GOOD = readFileSync("scenarios/plays/chemical-leak.good.yaml", "utf8");

function drillIn(blindness: Blindness) {
  const store = openSqliteStore(":memory:");
  return { store, ...LiveDrill.create(store, { scenarioYaml: YAML, file: "chemical-leak.yaml", seed: 7, settings: { blindness, speed: 1, bots: [] } }) };
}

describe("the drill's mode comes from the drill, never from the scenario title", () => {
  it("the test's scenario file does name 双盲 in its title and defaults to DOUBLE_BLIND", () => {
    expect(YAML).toContain("多部门联动双盲演练");
    expect(YAML).toContain("multi-agency double-blind drill");
    expect(YAML).toMatch(/^blindness: DOUBLE_BLIND$/m);
  });

  it("a 公开演练: the seat's title names no mode, its welcome and the report's 演练形式 say 公开 (NONE)", async () => {
    const { drill, store } = drillIn("NONE");
    const p = seatProjection(drill.c, drill.state, "fire", "NONE");
    expect(p.info.brief?.title).toEqual({ zh: "临江化工有限公司液氯储罐泄漏事故多部门联动演练", en: "Liquid-chlorine tank leak at Linjiang Chemical Co. - multi-agency drill" });
    expect(welcome(drill.c, { id: drill.id, blindness: "NONE" }, { drillId: drill.id, kind: "seat", seat: "fire" }, "消防", "fire").blindness).toBe("NONE");
    const report = JSON.parse((await drillReport(drill, store, "json", "zh")).body as string) as { scenario: { title: { zh: string }; blindness: string } };
    expect(report.scenario.blindness).toBe("NONE");
    expect(report.scenario.title.zh).not.toMatch(/双盲|单盲/);
  });

  it("a double-blind drill keeps its secret: the seat not yet told gets no title, only the mode", () => {
    const { drill } = drillIn("DOUBLE_BLIND");
    const p = seatProjection(drill.c, drill.state, "fire", "DOUBLE_BLIND");
    expect(p.info.brief).toBeUndefined();
    const fire = consoleModel(new Replay(YAML, RULES, GOOD, "DOUBLE_BLIND").c, new Replay(YAML, RULES, GOOD, "DOUBLE_BLIND").now, "fire");
    expect(fire.title).toBeUndefined();
    expect(fire.mode).toBe("DOUBLE_BLIND");
  });

  it("the replay of a 公开演练 shows its seats the title and the mode NONE, not the scenario's default", () => {
    const r = new Replay(YAML, RULES, GOOD, "NONE");
    const fire = consoleModel(r.c, r.now, "fire");
    expect(fire.mode).toBe("NONE");
    expect(fire.title?.zh).toBe("临江化工有限公司液氯储罐泄漏事故多部门联动演练");
  });
});
