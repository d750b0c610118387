/**
 * A finding's kind label says what its text says (newcomer review 8): a cordon never set within 30 min
 * (ERG 2024 Table 3 initial isolation; cordon.ts) is 警戒缺失, not 警戒迟延; a group never ordered to
 * shelter or leave (protective-action.ts) is 群众未防护, not 群众防护迟延 — in the findings table and in
 * 不足, counted apart. The chemical leak's poor play sets no cordon and never orders 王家嘴自然村 (180 people),
 * while 江湾村口, 江湾村 and 江湾小学 are protected late (scenarios/plays/chemical-leak.poor.yaml).
 */
import { describe, expect, it } from "vitest";
import { rendered } from "./reports.ts";

describe("chemical leak, poor play: kind labels match the findings' text", () => {
  const md = rendered("chemical-leak", "poor").md.zh;
  const en = rendered("chemical-leak", "poor").md.en;
  const rows = md.split("\n").filter((l) => /^\| F\d+ \|/.test(l));

  it("the cordon never set reads 警戒缺失; no row labels a text of one kind with another", () => {
    // its deadline now printed with its start (00:41, from the police's receipt at 00:11: review12 chemical 4), not "30分钟内"
    expect(rows.filter((l) => l.includes("**警戒缺失** 未在泄漏源设置") && l.includes("00:11:00 获知起算"))).toHaveLength(1);
    expect(rows.filter((l) => /\*\*警戒迟延\*\* [^|]*未在/.test(l))).toHaveLength(0);
    expect(en).toMatch(/\*\*No cordon\*\* No cordon of at least the ERG initial isolation distance/);
  });

  // this rendering has no replay (reports.ts passes no commands): the village's 01:05 walk-out through the cloud is judged
  // 群众防护不当 here (protective-action.ts, through the cloud), and its row now reads so, not 群众防护迟延 (review r15 chemical 3)
  it("王家嘴 never ordered reads 群众未防护; the walk-out through the cloud reads 群众防护不当; the two protected late read 群众防护迟延; 不足 counts each", () => {
    // 王家嘴 on the police, and on the township told at 00:18 as well (joint-protection.ts, review15 chemical 4)
    expect(rows.filter((l) => /\*\*群众未防护\*\* 王家嘴自然村村民/.test(l))).toHaveLength(2);
    expect(rows.filter((l) => /\*\*群众防护迟延\*\* [^|]*始终未下达/.test(l))).toHaveLength(0);
    expect(rows.filter((l) => l.includes("**群众防护迟延** 群众防护不当"))).toHaveLength(0);
    expect(rows.filter((l) => /\*\*群众防护不当\*\* 江湾村村民/.test(l))).toHaveLength(1);
    // the groups protected late, each on the holder whose deadline came first (the police's farmers, the township's
    // school; the village's walk-out is 群众防护不当 above): 2 rows; the joint holders silent beside them (the township's farmers and village, the police's
    // school) add no started window to the first holder's lateness (late-grade.ts, r19-chem), so they are 0-point notes
    // under 情况说明, not findings rows (review16 chemical C named them; r19-words moved 0-point lines to the notes)
    expect(rows.filter((l) => l.includes("**群众防护迟延**"))).toHaveLength(2);
    expect(md).toMatch(/^- F\d+ [^\n]*群众防护迟延：江湾小学师生[^\n]*临江县公安局负有组织其避险或转移之责/m);
    // the police's 王家嘴 and the township's: nobody ever ordered them
    expect(md).toMatch(/^- 群众未防护 × 2: 临江县公安局、江湾镇人民政府$/m);
    expect(md).toMatch(/^- 群众防护不当 × 1: 临江县公安局$/m);
    // the same two rows; the township's late shelter of the pupils is its own shortfall, no longer 随 its 响应迟缓
    // (review17 chemical A1), so none is counted apart
    expect(md).toMatch(/^- 群众防护迟延 × 2: /m);
  });
});
