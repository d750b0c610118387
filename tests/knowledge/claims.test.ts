/**
 * What an agency knows versus what it was told (engine/knowledge/deliver.ts): its own units'
 * observations and sources the scenario marks reliable (injects by default, `reliableSource`
 * agencies) are known; figures other agencies report are claims, possibly false, kept apart.
 * Honesty (瞒报/谎报) is judged on what was known. The outcome is the ground truth.
 */
import { describe, expect, it } from "vitest";
import type { Compiled } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { view, type AgencyView } from "../../engine/knowledge/view.ts";
import type { EventOf } from "../../engine/model/events.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";
import { rubric } from "../evaluate/fixtures.ts";

const c = compiled("chemical-leak");
const facts = { unit: "临江化工", time: "9时20分", location: "罐区", scene: "泄漏", sequence: "法兰泄漏", measures: ["撤离"] };
const report = (at: string, by: string, to: string, deaths: number, seq: number) =>
  cmd(at, by, { type: "report", to, kind: "initial", mode: "oral", content: { ...facts, casualties: { deaths, seriousInjuries: 0, injured: 0, missing: 0 } } }, seq);
const codesOf = (cc: Compiled, r: ReturnType<typeof runPlay>, agency: string) =>
  evaluate(cc, r.events, r.state, rubric()).findings.filter((f) => f.agency === agency && (f.code === "REPORT_FALSE" || f.code === "REPORT_CONCEALED")).map((f) => f.code);
const knowledge = (r: ReturnType<typeof runPlay>, agency: string) => r.state.knowledge.find((k) => k.agency === agency)!;

describe("a false report is a claim to its recipient, not knowledge", () => {
  // the township invents 10 deaths at 00:10, when nobody has died. The claimant is not the accident unit: since
  // the report merge (report-fields.ts reportedFiguresKnown) a formal report from the accident unit (here the
  // enterprise) or a reliableSource agency is known to its recipient, and is checked at the end of this block.
  const r = runPlay(c, [report("00:10:00", "town", "eb", 10, 1)], 7, ms("00:12:00"));

  it("the bureau holds the 10 deaths as claimed, and knows of none", () => {
    expect(r.state.casualties.deaths).toBe(0);
    expect(knowledge(r, "eb").claimedCasualties.deaths).toBe(10);
    expect(knowledge(r, "eb").knownCasualties.deaths).toBe(0);
  });

  it("the bureau's own view shows the two apart, and the known never exceeds the truth", () => {
    const v = view(c, r.state, "eb") as AgencyView;
    expect(v.knowledge.claimedCasualties.deaths).toBe(10);
    expect(v.knowledge.knownCasualties.deaths).toBeLessThanOrEqual(r.state.casualties.deaths);
  });

  it("the township that invented the figure reported falsely (谎报)", () => {
    expect(codesOf(c, r, "town")).toEqual(["REPORT_FALSE"]);
  });

  it("relaying the claim up is not 谎报, and leaving it out is not 瞒报: the bureau knew nothing", () => {
    const relayed = runPlay(c, [report("00:10:00", "town", "eb", 10, 1), report("00:11:00", "eb", "duty", 10, 2)], 7, ms("00:12:00"));
    expect(relayed.events.find((e): e is EventOf<"reportSubmitted"> => e.type === "reportSubmitted" && e.from === "eb")!.senderWasTold.deaths).toBe(10);
    expect(codesOf(c, relayed, "eb")).toEqual([]);
    const dropped = runPlay(c, [report("00:10:00", "town", "eb", 10, 1), report("00:11:00", "eb", "duty", 0, 2)], 7, ms("00:12:00"));
    expect(codesOf(c, dropped, "eb")).toEqual([]);
  });

  it("the accident unit's own false formal report is known to the bureau, and is the enterprise's 谎报", () => {
    const own = runPlay(c, [report("00:10:00", "ent", "eb", 10, 1)], 7, ms("00:12:00"));
    expect(knowledge(own, "eb").knownCasualties.deaths).toBe(10);
    expect(knowledge(own, "eb").claimedCasualties.deaths).toBe(0);
    expect(codesOf(c, own, "ent")).toEqual(["REPORT_FALSE"]);
  });
});

describe("sources the scenario marks reliable", () => {
  it("an inject reveals the truth by default: the enterprise knows of the 3 dead and 0 is 谎报", () => {
    const r = runPlay(c, [report("00:50:00", "ent", "eb", 0, 1)], 7, ms("00:51:00"));
    expect(knowledge(r, "ent").knownCasualties.deaths).toBe(3);
    expect(codesOf(c, r, "ent")).toEqual(["REPORT_FALSE"]);
  });

  it("an inject marked unreliable (a rumour) is only a claim: 0 dead is then not 谎报", () => {
    const rumour: Compiled = { ...c, injects: new Map([...c.injects].map(([id, i]) => [id, id === "inj-07-casualties" ? { ...i, reliable: false } : i])) };
    const r = runPlay(rumour, [report("00:50:00", "ent", "eb", 0, 1)], 7, ms("00:51:00"));
    expect(knowledge(r, "ent").knownCasualties.deaths).toBe(0);
    expect(knowledge(r, "ent").claimedCasualties.deaths).toBe(3);
    expect(codesOf(rumour, r, "ent")).toEqual([]);
  });

  it("a report from an agency marked reliableSource is known to its recipient", () => {
    const reliable: Compiled = { ...c, agencies: new Map([...c.agencies].map(([id, a]) => [id, id === "ent" ? { ...a, reliableSource: true } : a])) };
    const r = runPlay(reliable, [report("00:10:00", "ent", "eb", 2, 1)], 7, ms("00:12:00"));
    expect(knowledge(r, "eb").knownCasualties.deaths).toBe(2);
    expect(knowledge(r, "eb").claimedCasualties.deaths).toBe(0);
  });

  it("a relay still owes a follow-up (续报) for casualties it was only told of", () => {
    const r = runPlay(c, [report("00:10:00", "eb", "duty", 0, 1), report("00:20:00", "ent", "eb", 2, 2)], 7, ms("00:22:00"));
    expect(r.state.obligations.some((o) => o.agency === "eb" && o.to === "duty" && o.actions?.some((a) => a.task === "followUp"))).toBe(true);
  });
});

describe("the outcome is the ground truth (mine flood, no response at all)", () => {
  const m = compiled("mine-flood");
  const r = runPlay(m, [], 11);
  const summary = m.hazard.summary(r.state.hazard, r.state.tMs, m.scenario);

  it("counts the miners cut off by the water as trapped, as the hazard's own figures do", () => {
    expect(summary.figures.minersTrapped).toBe(6);
    expect(r.state.casualties.trapped).toBe(6);
  });

  it("and as missing too, since no agency has located them (下落不明 is what agencies know)", () => {
    expect(r.state.casualties.missing).toBe(6);
  });

  it("so doing nothing leaves a trapped-people finding in the evaluation", () => {
    const report = evaluate(m, r.events, r.state, rubric());
    expect(report.findings.some((f) => f.code === "OUTCOME_TRAPPED" && f.quantity === 6)).toBe(true);
  });
});
