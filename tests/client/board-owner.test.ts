// @vitest-environment happy-dom
/**
 * The director's deadline board says who owes each row (review 8 item 10: on a phone, in English,
 * "Notify Linjiang county fire and rescue brigade … Due 09:30" named nobody). A notice is owed
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
import { compiled, runPlay } from "../helpers.ts";
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

  for (const [lang, ent, fire] of [["zh", "临江化工有限公司：", "临江县消防救援大队"], ["en", "Linjiang Chemical Co., Ltd.: ", "Linjiang county fire and rescue brigade"]] as const) {
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
