/**
 * Issue 10 §3, what "told" means: an inject tells its recipients of the incident only when the
 * scenario says so (`notifies`). A weather forecast, a journalist's call or a neighbour's question
 * does not (domain.md §5 and §7.4: "notified" = the information reached the agency; 应对法 第六十条:
 * a citizen's or unit's report of the event does).
 */
import { describe, expect, it } from "vitest";
import { checkScenario } from "../../engine/scenario/check-scenario.ts";
import { compiled } from "../helpers.ts";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;

describe("chemical leak with no response: who was really told, and by whom", () => {
  const d = small("chemical-leak", [], 100 * MIN);
  const row = (agency: string) => d.report.linkage.rows.find((r) => r.agency === agency)!;

  it("the weather bureau's wind-shift forecast (00:58) does not tell it of the leak: not notified, charged to the lead agency", () => {
    expect(d.events.some((e) => e.type === "injectDelivered" && e.inject === "inj-10-wind-shift")).toBe(true);
    expect(row("met").status).toBe("notNotified");
    expect(row("met").notifiedAtMs).toBeUndefined();
    // the bureau itself learnt only at 01:30, so its notice is owed by 01:30 + 60 min (own-window.ts): not yet due at 01:40
    const owed = [...d.report.findings, ...d.report.notYetDue].find((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.ruleId === "LNK-CHEM-MET");
    expect(owed?.agency).toBe("eb");
  });

  it("the journalist's call (00:40) does not tell the emergency bureau; the city duty room's demand at 01:30 does", () => {
    const city = d.events.findIndex((e) => e.type === "injectDelivered" && e.inject === "inj-13-city");
    expect(row("eb").notifiedAtMs).toBe(90 * MIN);
    expect(row("eb").notifiedEvent).toBe(city);
    expect(row("eb").notifiedBy).toBe("scenario");
  });

  it("the villager's 110 call (00:11) tells the police", () => {
    expect(row("police").notifiedAtMs).toBe(11 * MIN);
  });
});

describe("validate: a scenario must say which injects tell of the incident", () => {
  it("rejects a scenario whose injects all leave `notifies` unset, naming the field", () => {
    const s = compiled("chemical-leak").scenario;
    const none = { ...s, injects: s.injects.map((i) => ({ ...i, notifies: false })) };
    const problems = checkScenario(none);
    expect(problems.map((p) => p.path.join("."))).toContain("injects");
    expect(problems.find((p) => p.path.join(".") === "injects")!.expected).toContain("notifies: true");
    expect(checkScenario(s).filter((p) => p.path.join(".") === "injects")).toEqual([]);
  });
});
