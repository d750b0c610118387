/**
 * A hazardous-chemical unit's report to the health authorities (120), judged as 危化条例 第七十一条 asks (review16
 * chemical F11): the unit reports to the 卫生主管部门 so the medical side knows what poisoned the people and how many;
 * its defect is the substance and the casualty count it left out, not 493号令 第十二条's list for a report to the
 * work-safety authorities. The other missing fields are named after them.
 */
import type { LocalText } from "../model/ids.ts";
import type { EventOf } from "../model/events.ts";
import type { EvalContext } from "./context.ts";
import { mediumName } from "./medium.ts";

export const CHEM_HEALTH_BASIS = "危险化学品安全管理条例 第七十一条（事故单位主要负责人立即组织救援，并向安全生产监督管理部门和环境保护、公安、卫生主管部门报告）";

const HEALTH: ReadonlySet<string> = new Set(["healthBureau", "ems120"]);

/**
 * The basis and words of an incomplete report `e` (its missing fields `lacking`, worded by `field`) when it is the
 * chemical unit's report to the health side; undefined otherwise (the 第十二条 wording stands).
 */
export function chemHealthReport(
  x: EvalContext, e: EventOf<"reportSubmitted">, lacking: readonly string[], what: LocalText, field: (f: string) => LocalText,
): { basis: string; message: LocalText } | undefined {
  const medium = mediumName(x);
  if (!medium || e.from !== x.c.scenario.incidentAgency || !HEALTH.has(x.c.agencies.get(e.to)?.kind ?? "")) return undefined;
  const text = Object.values(e.content).flat().filter((v) => typeof v === "string").join(" ");
  const core = medium.zh.replace(/[液气]/g, "") || medium.zh;
  const named = text.includes(core) || text.toLowerCase().includes(medium.en.toLowerCase());
  const casualties = lacking.includes("casualties");
  if (named && !casualties) return undefined;
  const key = [...(named ? [] : [{ zh: `泄漏介质（${medium.zh}）`, en: `the substance (${medium.en})` }]), ...(casualties ? [{ zh: "伤亡人数", en: "the casualty count" }] : [])];
  const rest = lacking.filter((f) => f !== "casualties").map(field);
  return {
    basis: CHEM_HEALTH_BASIS,
    message: {
      zh: `报告要素不全：${what.zh}未说明${key.map((k) => k.zh).join("和")}${rest.length > 0 ? `（另缺${rest.map((r) => r.zh).join("、")}）` : ""}`,
      en: `Incomplete report: ${what.en} does not give ${key.map((k) => k.en).join(" or ")}${rest.length > 0 ? ` (and lacks ${rest.map((r) => r.en).join(", ")})` : ""}`,
    },
  };
}
