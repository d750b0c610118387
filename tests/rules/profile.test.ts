/**
 * Issue 10 §12, the county default profile complete and honest, against domain.md: the duty office
 * reports up the government line (应对法 第十七条, §1.6); escalation by grade (493号令 第十条: 较大 to
 * the province); the 第十条 notifications (公安, 人社, 工会, 检察院) by the reporting department; the
 * school chain (school → education bureau and township, §4.3) and no 493号令 第九条 rule on a school
 * (not a 生产经营单位); follow-ups on new developments on the mine's sector lines (第十三条, §1.4);
 * a deadline for calling the mine-rescue team; basis tags true to their source (§0).
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/model/events.ts";
import { compiled } from "../helpers.ts";
import { drill } from "../evaluate/fixtures.ts";

const rules = compiled("chemical-leak").rules;
const opened = (id: string, which: "good" | "poor") =>
  drill(id, which).events.filter((e): e is EventOf<"obligationOpened"> => e.type === "obligationOpened").map((e) => e.obligation);

describe("county default profile", () => {
  it("has the duty office report up to the city, by grade, and 较大 escalation to the province", () => {
    const up = rules.reporting.filter((r) => r.from === "countyDutyOffice" && r.to === "superior");
    expect(up.map((r) => r.id).sort()).toEqual(["CTY-UP-01", "CTY-UP-02-oral", "CTY-UP-02-written"]);
    expect(rules.reporting.find((r) => r.id === "RPT-GOV-02")).toMatchObject({ from: "cityEmergencyBureau", when: { grades: [1, 2, 3] } });
    expect(opened("chemical-leak", "poor").some((o) => o.ruleId.startsWith("CTY-UP") && o.agency === "duty" && o.to === "cityduty")).toBe(true);
  });

  it("has the 493号令 第十条 notifications for production-safety accidents, given by the emergency bureau", () => {
    for (const kind of ["chemical-leak", "mine-flood"] as const) {
      const told = rules.linkage[kind].filter((r) => r.notifiedBy === "emergencyBureau").map((r) => r.agency).sort();
      // beside them the mine's township, told by the bureau of the trapped (LNK-MINE-TOWN, 本县设定; review9 mine 11a)
      expect(told.filter((a) => a !== "townshipGov"), kind).toEqual(["humanResources", "procuratorate", "tradeUnion"]);
      expect(told.includes("townshipGov"), kind).toBe(kind === "mine-flood");
    }
  });

  it("applies the school chain, not the enterprise rule, to a school", () => {
    const ids = opened("school-fire", "good").map((o) => o.ruleId);
    expect(ids).toEqual(expect.arrayContaining(["RPT-SCH-01", "RPT-SCH-02"]));
    expect(ids.filter((id) => id.startsWith("RPT-ENT"))).toEqual([]);
  });

  it("asks the mine for follow-ups on new developments on its sector lines, and sets a deadline for calling the rescue team", () => {
    const fu = opened("mine-flood", "good").filter((o) => o.ruleId.startsWith("RPT-FU-MINE"));
    expect(fu.length).toBeGreaterThan(0);
    expect(rules.linkage["mine-flood"].find((r) => r.id === "LNK-MINE-MRT")).toMatchObject({ notifiedBy: "incidentAgency", notifiedWithinMin: 10 });
  });

  it("never tags a local choice or an analogy as statute, and never cites an internal file", () => {
    const all = [...rules.reporting, ...rules.followUp, ...Object.values(rules.linkage).flat(), ...rules.dispatch];
    for (const r of all) {
      expect(r.basis, r.id).not.toMatch(/domain\.md|hazards\.md|§/);
      if (/比照|本县|按\d+分钟计|按5分钟计|按10分钟计/.test(r.basis + r.text.zh)) expect(["D", "P"], r.id).toContain(r.tag);
    }
  });
});
