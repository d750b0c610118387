/**
 * r31 (issue 10 §1, §2, §5, §11): lateness up the reporting chain priced once and split by causal share, as every other
 * delay (priced-once.ts splitOnce through relay-lateness.ts takeCaused).
 *
 * The play: the chemical leak's poor play (incident 00:00; the bureau told 00:40 and reporting to the county duty office
 * at 01:18 against CTY-01's 01:00, "事发后1小时", domain.md §1.6 CTY-01: its own 迟报, 1 started hour), with the duty
 * office reporting up to the city duty office at 03:00, judged on the county's rules with CTY-UP-01 counted from the
 * incident, 70 min (a county → city limit "事发后" as domain.md §1.7 lets a county set, like 兰州's ≤ 2 h): due 01:10.
 * The duty office learnt only from the bureau's report, at 01:18, after its deadline: its own deadline runs from then,
 * 01:18 + 70 = 02:28 (own-window.ts), so its own 迟报 is 32 min, 1 started hour, 4 rubric points (REPORT_LATE 4 an hour).
 * Told when the bureau's report fell due (01:00) it would have had 01:10 (01:00 + 10 min "立即" ≤ 01:10: the rule's
 * deadline stands), and 03:00 is 110 min past it: 2 started hours. Before r31 the hour between was charged to nobody.
 *   v (rubric points, 4 an hour, within the report's 8): the bureau's report alone late (the office on time once told,
 *   by 02:28): 78 min, 2 h = 8; the office alone late (told 01:00, its own 32 min: 01:42): 1 h = 4; both: 2 h = 8.
 *   Shapley: the bureau (8 + 8 − 4) / 2 = 6, the office (4 + 8 − 8) / 2 = 2; together 8, the 2 hours priced once.
 * Its own 迟报 took 4, so 2 of it move to the bureau's row and 4 more are fresh. Correcting the bureau (v(office) = 4)
 * or the office (v(bureau) = 8) never raises the total above 8.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { splitOnce } from "../../engine/evaluate/priced-once.ts";
import type { Command } from "../../engine/model/commands.ts";
import { ms, playOf, SCENARIOS } from "../helpers.ts";
import { chem, poorPlay, sorted } from "./chem-variant.ts";
import { bestPlay, rubric } from "./fixtures.ts";

// CTY-UP-01 counted from the incident, 70 min (an incident-counted county → city rule)
const rules = { ...chem.rules, reporting: chem.rules.reporting.map((r) => (r.id === "CTY-UP-01" ? { ...r, clockStartsAt: "occurrence" as const, withinMin: 70 } : r)) };
const c = compile(chem.scenario, rules);
const k = poorPlay();
// the good play's first report of the duty office to the city's, its content complete, made at 03:00
const good = playOf(chem, `${SCENARIOS}/plays/chemical-leak.good.yaml`).find((m) => m.type === "report" && (m as { by?: string }).by === "duty" && (m as { kind?: string }).kind === "initial")!;
const up = { ...good, at: ms("03:00:00"), seq: 999 } as Command;
const commands = sorted([...k, up]);
const best = bestPlay("chemical-leak", c);
const run = runKeepingReference(c, 7, commands, best);
const r = evaluate(c, run.events, run.state, rubric(), undefined, best, { commands });
const onUp = (code: string, agency: string) => r.findings.filter((f) => f.code === code && f.agency === agency && f.ruleId === "CTY-UP-01");

describe("a late report up the chain and its addressee late too: the whole delay priced once, split by Shapley (domain.md §1.6, §1.7)", () => {
  it("the hand calculation: v = [0, 8, 4, 8] → the bureau 6, the duty office 2", () => {
    expect(splitOnce(2, (m) => [0, 8, 4, 8][m]!, 4).bear).toEqual([6, 2]);
  });

  it("the r30 bound: correcting either never raises the total (8 → 4 or 8), the other's rise at most half the overlap (8 + 4 − 8) / 2 = 2", () => {
    // the bureau corrected: the office alone bears v(office) = 4 (2 → 4); the office corrected: the bureau v(bureau) = 8 (6 → 8)
    expect(4 - splitOnce(2, (m) => [0, 8, 4, 8][m]!, 4).bear[1]!).toBeLessThanOrEqual((8 + 4 - 8) / 2);
    expect(8 - splitOnce(2, (m) => [0, 8, 4, 8][m]!, 4).bear[0]!).toBeLessThanOrEqual((8 + 4 - 8) / 2);
  });

  it("the duty office's own 迟报 from its receipt: due 02:28, 32 min late, 1 h — 4 rubric points of which 2 pass to the bureau by causal share", () => {
    const own = onUp("REPORT_LATE", "duty");
    expect(own).toHaveLength(1);
    expect(own[0]!.message.zh).toContain("时限 02:28:00");
    expect(own[0]!.quantity).toBe(1);
    expect(own[0]!.rubricPoints).toBe(2);
    expect(own[0]!.counted?.shared).toBe(2);
  });

  it("the bureau's 迟报（他方所致） row: due 01:10 had the office been told at 01:00, 2 h in all, 1 beyond the office's own; its share 6", () => {
    const row = onUp("REPORT_LATE", "eb");
    expect(row).toHaveLength(1);
    expect(row[0]!.message.zh).toContain("临江县应急管理局未按时报告");
    expect(row[0]!.message.zh).toContain("按应获知时起算时限 01:10:00，03:00:00 才报告，除其自身迟延外 1 小时");
    expect(row[0]!.caused).toEqual([expect.objectContaining({ code: "REPORT_LATE", quantity: 1, alone: 2 })]);
    expect(row[0]!.rubricPoints).toBe(6);
    // together the 2 started hours priced once: 8 = 2 × 4, never more
    expect(row[0]!.rubricPoints! + onUp("REPORT_LATE", "duty")[0]!.rubricPoints!).toBe(8);
  });

  it("a report whose clock runs from the office's own receipt (CTY-UP-02-oral, 30 min from 01:18) the bureau's lateness never moved: no row on it", () => {
    expect(r.findings.filter((f) => f.agency === "eb" && f.message.zh.includes("临江县应急管理局未按时报告")).map((f) => f.ruleId)).toEqual(["CTY-UP-01"]);
  });
});
