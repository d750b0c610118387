/**
 * The director's look-ahead (推演预测) words every row (newcomer trial, double-blind chemical drill): a spot
 * question's duty, opened only inside the forecast window, read "临江县应急管理局：SPOT:inj-06-media:eb". Over
 * the three shipped scenarios, each forecast row, in Chinese and in English, carries words and no raw id.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { forecastLines } from "../../client/model/forecast.ts";
import { LiveDrill } from "../../server/live/drill.ts";
import { forecast } from "../../server/live/tools.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

// an id as the engine names things: SPOT:inj-06-media:eb, LNK-CHEM-FIRE:notified:fire, inj-02-internal
const RAW_ID = /[A-Za-z][A-Za-z0-9-]*:[a-z][A-Za-z0-9-]*:[A-Za-z0-9-]+|\binj-[a-z0-9-]+|\b[A-Z]{2,}-[A-Z0-9-]+/;

// the server side needs node (sqlite, files): the language switch only marks <html lang>
vi.stubGlobal("document", { documentElement: {} });
afterAll(() => (setLang("zh"), vi.unstubAllGlobals()));

describe.each(["chemical-leak", "mine-flood", "school-fire"])("the look-ahead of %s", (name) => {
  const store = openSqliteStore(":memory:");
  const { drill } = LiveDrill.create(store, { scenarioYaml: readFileSync(`scenarios/${name}.yaml`, "utf8"), file: `${name}.yaml`, seed: 7, settings: { blindness: "DOUBLE_BLIND", speed: 1, bots: [] } });
  // nobody acts: every duty ahead, the spot questions' included, is missed inside four hours
  const f = forecast(drill, 240);
  const model = consoleModel(drill.c, drill.state, "director");

  it("foresees a spot question's missed answer", () => {
    expect(f.missed.some((o) => o.id.startsWith("SPOT:"))).toBe(true);
  });

  it.each(["zh", "en"] as const)("words every row without a raw id (%s)", (lang) => {
    setLang(lang);
    const { injects, missed } = forecastLines(model, f);
    expect(missed.length).toBeGreaterThan(0);
    for (const line of [...injects, ...missed]) expect(line).not.toMatch(RAW_ID);
    const spot = missed.find((_, i) => f.missed[i]!.id.startsWith("SPOT:"))!;
    expect(spot).toContain(lang === "zh" ? "随机提问" : "spot question");
  });
});
