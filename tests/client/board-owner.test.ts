// @vitest-environment happy-dom
/**
 * The director's deadline board says who owes each row (review 8 item 10: on a phone, in English,
 * "Notify Linjiang County Fire and Rescue Brigade … Due 09:30" named nobody). A notice is owed
 * by its notifier: the chemical leak's LNK-CHEM-FIRE has `notifiedBy: incidentAgency`
 * (scenarios/rules/county-default.yaml), so the brigade's notice is the enterprise's (临江化工有限公司,
 * the 119 alarm); a notice with no `notifiedBy` is the lead agency's (the county bureau, domain.md
 * §5). The live room's synced rows (server/live/views.ts) and the replay console agree.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { controlProjection } from "../../server/live/views.ts";
import { compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { panel } from "./forms-dom.ts";

const DutiesPanel = await panel<Record<string, unknown>>("DutiesPanel.tsx", "DutiesPanel");
const chem = compiled("chemical-leak");
const state = runPlay(chem, [], 7, 15 * 60_000).state;
afterEach(() => setLang("zh"));

const rows = () => {
  const root = document.createElement("div");
  render(h(DutiesPanel, { model: consoleModel(chem, state, "director"), showOwner: true, testid: "deadline-board" }), root);
  return [...root.querySelectorAll("tr")];
};

describe("the deadline board's owners", () => {
  it("the room's rows name the notifier of each notice: the brigade's is the enterprise's, the police's the bureau's", () => {
    const obligations = controlProjection(chem, state).obligations;
    expect(obligations.find((o) => o.id === "LNK-CHEM-FIRE:notified:fire")?.owner).toBe("ent");
    expect(obligations.filter((o) => o.kind === "notified").every((o) => o.owner !== "")).toBe(true);
    for (const o of obligations) if (o.kind !== "notified") expect(o.owner).toBe(o.agency);
  });

  for (const [lang, ent, fire] of [["zh", "临江化工有限公司：", "临江县消防救援大队"], ["en", "Linjiang Chemical Co., Ltd.: ", "Linjiang County Fire and Rescue Brigade"]] as const) {
    it(`${lang}: every row starts with who owes it; the brigade's notice with the enterprise`, () => {
      setLang(lang);
      const all = rows();
      expect(all.length).toBeGreaterThan(3);
      for (const tr of all) expect(tr.querySelector("[data-testid=duty-owner]"), tr.textContent!).not.toBeNull();
      const notice = all.find((tr) => tr.textContent!.includes(fire) && tr.getAttribute("data-status") !== null && /通知|Notify/.test(tr.textContent!));
      expect(notice?.querySelector("[data-testid=duty-owner]")!.textContent).toBe(ent);
    });
  }
});

describe("a notice someone else gave is not its notifier's (newcomer trial: ✔ 已完成 on the bureau for the township an inject told)", () => {
  // no one acts; by 00:45 the villager's 110 call (inject, 00:11) has told the police and the school
  // principal's call (inject, 00:18) the township — neither is the enterprise's or the bureau's doing
  const idle = runPlay(chem, [], 7, 45 * 60_000).state;
  const row = (id: string) => controlProjection(chem, idle).obligations.find((o) => o.id === id)!;

  it("the room's rows say who told the agency: the scenario, not the notifier", () => {
    expect(row("LNK-CHEM-TOWN:notified:town")).toMatchObject({ owner: "eb", toldBy: "scenario", metAtMs: 18 * 60_000 });
    expect(row("LNK-CHEM-PSB:notified:police")).toMatchObject({ owner: "ent", toldBy: "scenario", metAtMs: 11 * 60_000 });
    // never told: no teller
    expect(row("LNK-CHEM-ECO:notified:eco").toldBy).toBe("");
  });

  it("the board shows 已由情景告知, never ✔ 已完成 or ⚠ 迟报 on the notifier", () => {
    const root = document.createElement("div");
    render(h(DutiesPanel, { model: consoleModel(chem, idle, "director"), showOwner: true, testid: "deadline-board" }), root);
    const tr = (text: string) => [...root.querySelectorAll("tr")].find((x) => x.textContent!.includes(text))!;
    for (const [agency, owner] of [["江湾镇人民政府", "临江县应急管理局："], ["临江县公安局", "临江化工有限公司："]] as const) {
      const r = tr(`通知${agency}`);
      expect(r.querySelector("[data-testid=duty-owner]")!.textContent).toBe(owner);
      expect(r.getAttribute("data-status")).toBe("toldByOther");
      expect(r.querySelector(".duty-state")!.textContent).toContain("已由情景告知");
    }
  });

  it("a notice its notifier gave stays the notifier's: the enterprise's 119 call at 00:12 is ⚠ late, told by the enterprise", () => {
    const poor = runPlay(chem, playOf(chem, `${SCENARIOS}/plays/chemical-leak.poor.yaml`), 7, 45 * 60_000).state;
    expect(controlProjection(chem, poor).obligations.find((o) => o.id === "LNK-CHEM-FIRE:notified:fire")).toMatchObject({ status: "late", owner: "ent", toldBy: "ent" });
  });
});
