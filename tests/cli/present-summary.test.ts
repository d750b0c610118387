/**
 * `drill run`'s outcome counts each duty once (issue 10 §2: one report owed by one agency to one
 * addressee about one event is one fault, whatever number of rules describe it), as the report's
 * headline does (cli/report/headlines.ts reportDuties). The chemical-leak poor play: the emergency
 * bureau's first report to the county duty office is asked for by CTY-01 (一般, 1 h from the
 * incident) and, once the leak is re-graded 较大, by CTY-02-oral (30 min from the re-grade): both
 * late at 01:18:00 (the play's report), one late duty.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./drill-cli.ts";
import { runSeed } from "../../engine/montecarlo/seed-run.ts";
import { compiled, playOf, SCENARIOS } from "../helpers.ts";
import { rubric } from "../evaluate/fixtures.ts";

const ARGS = ["run", "scenarios/chemical-leak.yaml", "--play", "scenarios/plays/chemical-leak.poor.yaml"];

describe("drill run: one report duty, however many rules ask for it", async () => {
  const json = JSON.parse((await drill(...ARGS, "--json")).out) as { obligations: Array<{ rule: string; agency: string; to?: string; duty: string; status: string }> };
  const first = json.obligations.filter((o) => o.agency === "eb" && o.to === "duty" && (o.rule === "CTY-01" || o.rule === "CTY-02-oral"));
  const duties = new Set(json.obligations.map((o) => o.duty)).size;

  it("--json: CTY-01 and CTY-02-oral for the bureau's first report to the duty office share one duty, both late", () => {
    expect(first.map((o) => o.rule).sort()).toEqual(["CTY-01", "CTY-02-oral"]);
    expect(new Set(first.map((o) => o.duty)).size).toBe(1);
    expect(first.map((o) => o.status)).toEqual(["late", "late"]);
    expect(duties).toBeLessThan(json.obligations.length);
  });

  it("the Chinese summary counts duties, and lists the late first report once, naming the other rule", async () => {
    const out = (await drill(...ARGS)).out;
    const line = out.split("\n").find((l) => l.startsWith("义务 "))!;
    const [total, ...parts] = line.match(/\d+/g)!.map(Number);
    expect(total).toBe(duties);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    const listed = out.split("\n").filter((l) => l.startsWith("  ") && l.includes("临江县应急管理局 — ") && l.includes("县委县政府总值班室") && /— (一般突发事件|较大及以上或敏感事件：事发（或升级）后30分钟内口头)/.test(l));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(/^  迟延 报告 临江县应急管理局 — 一般突发事件.*完成 01:18:00（同一报告另涉及：较大及以上或敏感事件：事发（或升级）后30分钟内口头/);
  });

  it("the English summary the same", async () => {
    const out = (await drill(...ARGS, "--lang", "en")).out;
    const listed = out.split("\n").filter((l) => l.startsWith("  ") && /Linjiang County Emergency Management Bureau — (Ordinary \(Grade IV\) incident|Relatively serious \(Grade III\) or above, or sensitive - oral)/.test(l));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain("the same report is also required by “Relatively serious (Grade III) or above, or sensitive - oral");
  });
});

describe("drill montecarlo: a seed's failed duties count each report once", () => {
  it("the bureau's first report to the duty office, late under CTY-01 and CTY-02-oral, is one late duty named by the rule first due (CTY-01, 01:00:00)", () => {
    const c = compiled("chemical-leak");
    const failed = runSeed(c, playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`), rubric(), 7).failed;
    const first = failed.filter((f) => f.agency === "eb" && f.id === "eb>duty|first|any");
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ status: "late", text: { zh: expect.stringMatching(/^一般突发事件/) } });
    expect(new Set(failed.map((f) => f.id)).size).toBe(failed.length);
  });
});
