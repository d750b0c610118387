/**
 * Chinese text has no spaces between characters (GB/T 15834; W3C clreq §3). Templates that put a
 * name between spaces read 「可执行该任务的 特勤站水罐消防车1、…」 and 「临江化工有限公司 调派 …」
 * (newcomer run 6, item 15). The spaces between Chinese characters go; those beside Latin letters
 * and digits (a time, a tank's number) stay.
 */
import { describe, expect, it } from "vitest";
import { describeEvent, words } from "../../i18n/describe.ts";
import { tidyZh } from "../../i18n/spacing.ts";
import { compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";

const BETWEEN_CJK = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef] +[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;

describe("spaces in Chinese text", () => {
  it("the newcomer's finding loses the space after 的, keeps the one before the time", () => {
    expect(tidyZh("力量闲置：而可执行该任务的 特勤站水罐消防车1、特勤站水罐消防车2 至 00:22:35 仍未调派"))
      .toBe("力量闲置：而可执行该任务的特勤站水罐消防车1、特勤站水罐消防车2 至 00:22:35 仍未调派");
    expect(tidyZh("临江县消防救援大队 调派 特勤站化学救援车（防化一组） 前往 V-101储罐")).toBe("临江县消防救援大队调派特勤站化学救援车（防化一组）前往 V-101储罐");
    expect(tidyZh("Fire and rescue dispatches hz-chem1")).toBe("Fire and rescue dispatches hz-chem1");
  });

  it("no line of a whole chemical-leak drill's Chinese timeline has a space between two Chinese characters", () => {
    const chem = compiled("chemical-leak");
    const run = runPlay(chem, playOf(chem, `${SCENARIOS}/plays/chemical-leak.poor.yaml`), 7, 90 * 60_000);
    const zh = words(chem, "zh-CN");
    const lines = run.events.map((e) => describeEvent(chem, zh, e)).filter((l): l is string => !!l);
    expect(lines.some((l) => l.includes("调派"))).toBe(true);
    expect(lines.filter((l) => BETWEEN_CJK.test(l))).toEqual([]);
    // English keeps its spaces
    const en = words(chem, "en");
    expect(run.events.map((e) => describeEvent(chem, en, e)).find((l) => l?.includes("dispatches"))).toMatch(/ dispatches /);
  });
});
