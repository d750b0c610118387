// @vitest-environment happy-dom
/**
 * Round 27 item 4: the evaluator's AQ/T 9009 area chooser listed A.1, A.2 and A.4 with their numbers and the others
 * (A.3 事故监测与研判, A.5 事故处置 …) by name alone. Every area now shows its number and title; the numbers not seen in
 * the standard's text (domain.md §3.6: only areas 1, 2 and 4 were) say they are not verified, as reports never print
 * them as the standard's (rubric-schema.ts annexAreaLabel, unchanged).
 */
import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { annexAreaLabel } from "../../engine/scenario/rubric-schema.ts";
import { chem, mount, state } from "./forms-dom.ts";
import { consoleModel } from "../../client/local/model.ts";

afterEach(() => setLang("zh"));

async function options(): Promise<string[]> {
  const root = await mount("ObservationForm.tsx", "ObservationForm", { model: consoleModel(chem, state, "evaluator"), control: async () => ({}) });
  return [...root.querySelectorAll<HTMLOptionElement>("select[name=annexA] option")].map((o) => o.textContent ?? "").filter((x) => x !== "—");
}

describe("the AQ/T 9009 area chooser", () => {
  it("zh: all twelve areas A.1 … A.12, each with its number and title; A.3 and A.5 marked unverified", async () => {
    const xs = await options();
    expect(xs).toHaveLength(12);
    xs.forEach((x, i) => expect(x.startsWith(`A.${i + 1} `)).toBe(true));
    expect(xs[0]).toBe("A.1 预警与信息报告");
    expect(xs[2]).toBe("A.3 事故监测与研判（编号待核实）");
    expect(xs[4]).toBe("A.5 事故处置（编号待核实）");
    expect(xs[3]).toBe("A.4 指挥和协调");
  });

  it("en: the same, in English", async () => {
    setLang("en");
    const xs = await options();
    expect(xs[2]).toBe("A.3 Monitoring and assessment (number not verified)");
    expect(xs[4]).toBe("A.5 Incident handling (number not verified)");
    expect(xs[1]).toBe("A.2 Emergency mobilisation");
  });

  it("reports still print an unverified area by name alone", () => {
    expect(annexAreaLabel("incidentHandling", "zh")).toBe("事故处置");
  });
});
