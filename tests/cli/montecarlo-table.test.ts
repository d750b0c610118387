/**
 * `drill montecarlo`'s duty table reads on its own (newcomer review 17): both percentage columns have a
 * heading (迟延 / 未完成), and two duties of one agency under one rule — the chemical leak's two spot
 * questions to 临江县应急管理局, injected at 00:40:00 and 01:30:00 (scenarios/chemical-leak.yaml) —
 * are told apart by when each began.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./drill-cli.ts";

describe("drill montecarlo: the failed-duty table", () => {
  it("has a heading for each column and no two rows that read the same", async () => {
    const r = await drill("montecarlo", "scenarios/chemical-leak.yaml", "--play", "scenarios/plays/chemical-leak.poor.yaml", "--seeds", "2", "--workers", "1");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    const at = lines.findIndex((l) => l.startsWith("各项义务迟延"));
    expect(lines[at + 1]).toMatch(/^\s+迟延\s+未完成\s+单位 — 义务（起算时刻）$/);
    const rows = lines.slice(at + 2).filter((l) => /^\s+\d+%/.test(l)).map((l) => l.replace(/^\s+\d+%\s+\d+%\s+/, ""));
    const spot = rows.filter((l) => l.startsWith("临江县应急管理局 — 随机提问须在10分钟内答复"));
    expect(spot).toEqual(["临江县应急管理局 — 随机提问须在10分钟内答复（00:40:00 起）", "临江县应急管理局 — 随机提问须在10分钟内答复（01:30:00 起）"]);
    expect(new Set(rows).size).toBe(rows.length);
  }, 60_000);
});
