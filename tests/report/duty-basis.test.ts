/**
 * Issue 10 §12, §13, §8: a finding's basis is the duty of the agency charged, from the law or
 * standard that imposes it, tagged honestly (a local choice as 本县设定, a drill script only as
 * 参照, an unverified duty kept out of scoring), in the hazard's and the report's own language.
 * Right answers from the sources named in each test (domain.md sections and the laws it quotes).
 */
import { describe, expect, it } from "vitest";
import type { WordedFinding } from "../../cli/report/worded.ts";
import { TELL_RESCUERS_RULE } from "../../engine/evaluate/told-rescuers.ts";
import { CASES, rendered } from "./reports.ts";
import { small } from "../evaluate/verdicts-support.ts";

const find = (id: string, code: string, agencyKind: string) => {
  const r = rendered(id, "poor");
  const kindOf = (a: string | null) => r.worded.agencies.find((x) => x.id === a)?.kind;
  return r.worded.findings.filter((f) => f.code === code && kindOf(f.agency) === agencyKind);
};
const one = (fs: WordedFinding[]): WordedFinding => {
  expect(fs.length).toBeGreaterThan(0);
  return fs[0]!;
};

describe("a finding cites the duty of the agency charged", () => {
  it("school fire: the late 119 call cites the school's duty (消防法 第四十四条第一款), the brigade's slow turn-out its own (第四十四条第四款)", () => {
    const call = one(find("school-fire", "LINKAGE_NOTIFIED_LATE", "school").filter((f) => f.ruleId === "LNK-SCH-FIRE"));
    expect(call.basis).toContain("消防法 第四十四条第一款");
    expect(call.basis).not.toContain("第四十四条第四款");
    const turnOut = one(find("school-fire", "LINKAGE_SLOW", "fireRescue"));
    expect(turnOut.basis).toContain("消防法 第四十四条第四款");
    expect(turnOut.basis).not.toMatch(/学校|报警/);
  });

  it("school fire: the late 120 call is the school's own (a local rule: 119 and 120 together, drill-scripts.md C2 山巍小学), never the fire commander's power (消防法 第四十五条); 120's slow dispatch is not the school's duty", () => {
    const call = one(find("school-fire", "LINKAGE_NOTIFIED_LATE", "school").filter((f) => f.ruleId === "LNK-SCH-EMS"));
    // one rule, said as the clock counts it (review8 school 7): with the 119 call, 5 min from finding the fire
    expect(call.basis).toMatch(/^本县设定（参照山巍小学防灾消防逃生疏散演练预案）：有人员受伤的火灾，学校发现火灾报警时同时拨打119和120，“立即”按发现火灾后5分钟计/);
    expect(call.basis).not.toContain("第四十五条");
    const ems = one(find("school-fire", "LINKAGE_SLOW", "ems120"));
    expect(ems.basis).not.toContain("学校");
  });

  it("chlorine leak: the enterprise's late 119 call cites 危险化学品安全管理条例 第七十一条 and 生产安全事故应急条例 第十七条, not the fire-alarm articles of 消防法", () => {
    const call = one(find("chemical-leak", "LINKAGE_NOTIFIED_LATE", "enterprise").filter((f) => f.ruleId === "LNK-CHEM-FIRE"));
    expect(call.basis).toContain("危险化学品安全管理条例 第七十一条");
    expect(call.basis).toContain("生产安全事故应急条例 第十七条");
    expect(call.basis).not.toContain("消防法");
  });

  it("mine flood: the mine's call to its rescue team is owed from the inrush (应急条例 第十七条 binds 发生生产安全事故后: 00:25 + 10 min 本县设定 = 00:35), so its 00:30 call is on time; the duty cites 第十七条, not 矿山救援规程 nor an article-less 煤矿安全规程", () => {
    // review15 mine 4: counted from the 00:02 signs it was "迟 18分钟" (due 00:12), the dispatch room's own late word
    // to the head (LNK-MINE-MINE) charged again to the mine
    expect(find("mine-flood", "LINKAGE_NOTIFIED_LATE", "coalMine").filter((f) => f.ruleId === "LNK-MINE-MRT")).toEqual([]);
    const r = rendered("mine-flood", "poor");
    const row = r.worded.linkage.rows.find((l) => l.ruleId === "LNK-MINE-MRT")!;
    expect(row.notifyDeadlineMs).toBe(35 * 60_000);
    expect(row.notifiedAtMs).toBe(30 * 60_000);
    const rule = r.c.rules.linkage["mine-flood"].find((l) => l.id === "LNK-MINE-MRT")!;
    expect(rule.noticeBasis).toContain("生产安全事故应急条例 第十七条");
    expect(rule.noticeBasis).toContain("“立即”按10分钟计（本县设定）");
    // review8 mine 11: 煤矿安全规程 with no article is no basis a reader can look up
    expect(rule.noticeBasis).not.toContain("煤矿安全规程");
    expect(rule.noticeBasis).not.toContain("矿山救援规程");
  });

  it("mine flood: the dispatch room's withdrawal duty rests on 煤矿防治水细则（2018）第六条 (紧急撤人权; 突水征兆 → 撤出受水患威胁地点的人员); another mine's drill script is cited only as 参照", () => {
    const r = rendered("mine-flood", "poor");
    const row = r.worded.linkage.rows.find((l) => l.ruleId === "LNK-MINE-DISPATCH")!;
    // review8 mine 11: an article a reader can look up, not 煤矿安全规程 with no article
    expect(row.basis).toMatch(/^煤矿防治水细则（2018）第六条（调度员等有紧急撤人的权力；发现突水征兆，立即撤出所有受水患威胁地点的人员）/);
    expect(row.basis).toContain("参照大贤煤矿水灾应急救援演练方案");
    for (const f of r.worded.findings) expect(f.basis).not.toMatch(/(^|；)大贤煤矿/);
  });
});

describe("a school is no 生产经营单位 (493号令 第二条): its reports are judged under 突发事件应对法（2024）", () => {
  it("no finding of the school fire cites 493号令 as the law broken; content and honesty cite 应对法 第六十一条", () => {
    const r = rendered("school-fire", "poor");
    for (const f of r.worded.findings) expect(f.basis, `${f.id} ${f.basis}`).not.toMatch(/^生产安全事故报告和调查处理条例|；生产安全事故报告和调查处理条例（国务院令第493号）第四条/);
    const incomplete = one(r.worded.findings.filter((f) => f.code === "REPORT_INCOMPLETE"));
    expect(incomplete.basis).toMatch(/^突发事件应对法（2024）第六十一条/);
    expect(incomplete.basis).toContain("（本县设定）");
    // honesty findings on the reports to government: the 00:35 and 01:20 reports (漏报伤亡, 瞒报). The trapped never passed
    // to the brigade on scene is no report to government and cites AQ/T 9009 附录A 4 instead (review9 school 10d;
    // tests/evaluate/tell-trapped-deadline.test.ts)
    const concealed = r.worded.findings.filter((f) => f.code === "REPORT_FALSE" && f.ruleId !== TELL_RESCUERS_RULE);
    expect(concealed.length).toBeGreaterThan(0);
    for (const c of concealed) expect(c.basis).toMatch(/^突发事件应对法（2024）第六十一条（不得迟报、谎报、瞒报、漏报）/);
    // the definitions of 谎报 (第14号令 第三条) bind a 事故发生单位 (a 生产经营单位): a school's borrow them by the county's choice
    for (const c of concealed.filter((f) => f.ruleId === "RPT-HONEST-FALSE" || f.ruleId === "RPT-HONEST-OMIT")) expect(c.basis).toBe("突发事件应对法（2024）第六十一条（不得迟报、谎报、瞒报、漏报）；谎报、瞒报的认定参照生产安全事故罚款处罚规定（应急管理部令第14号）（本县设定）"); // the Order by name, no 条文序号未核对 remark (review19)
    const eb = r.worded.linkage.rows.find((l) => l.ruleId === "LNK-SCH-EB")!;
    expect(eb.basis).toContain("突发事件应对法（2024）第十七条");
    expect(eb.text.zh).not.toContain("火灾事故伤亡7日内补报");
  });

  it("a chemical leak (a 生产经营单位) judges its one incomplete report, to the 120, under 危化条例 第七十一条 (the substance and the count: review16 chem F11), never the school's 应对法", () => {
    const f = one(rendered("chemical-leak", "poor").worded.findings.filter((x) => x.code === "REPORT_INCOMPLETE"));
    expect(f.basis).toMatch(/^危险化学品安全管理条例 第七十一条/);
    expect(f.basis).not.toContain("突发事件应对法");
  });
});

describe("local choices are tagged as such, and nothing unverified is scored (domain.md §0)", () => {
  it("“续报只报新情况”（肇庆） is cited only on a follow-up, never on an initial report (domain.md §1.4 RPT-FU-04)", () => {
    for (const id of ["chemical-leak", "mine-flood", "school-fire"]) {
      for (const f of rendered(id, "poor").worded.findings.filter((x) => x.code === "REPORT_INCOMPLETE")) {
        if (f.message.zh.includes("的初报")) expect(f.basis, f.message.zh).not.toContain("续报只报新情况");
      }
    }
  });

  it("no report says a rule is “可配置” (configurable): a signed report states the county's choice", () => {
    for (const [id, play] of CASES) {
      const r = rendered(id, play);
      for (const text of [r.md.zh, r.html.zh]) expect(text, `${id}/${play}`).not.toContain("可配置");
      for (const text of [r.md.en, r.html.en]) expect(text, `${id}/${play}`).not.toMatch(/configurable/i);
    }
  });

  it("an unverified duty (tag U: the school-fire police, 公安具体职责未核实) is neither faulted nor scored, and the report says so", () => {
    for (const [id, play] of CASES) {
      const r = rendered(id, play);
      const u = new Set(r.c.rules.linkage[r.c.scenario.kind].filter((l) => l.tag === "U").map((l) => l.id));
      for (const f of r.worded.findings) if (f.code === "LINKAGE_SLOW" || f.code === "LINKAGE_IDLE") expect(u.has(f.ruleId), `${id}/${play} ${f.id}`).toBe(false);
    }
    const school = rendered("school-fire", "poor");
    expect(find("school-fire", "LINKAGE_SLOW", "publicSecurity")).toEqual([]);
    // nor an opportunity: no response earns nothing for it (its only part, the action, is not judged)
    const none = rendered("school-fire", "none").worded;
    expect(none.sections.find((x) => x.id === "linkage")!.score).toBe(0);
    expect(rendered("school-fire", "none").md.zh).not.toMatch(/计分方法[^\n]*公安（派出所、交警）维护现场秩序/);
    expect(school.md.zh).toContain("依据未核实的职责不计分");
    expect(school.md.en).toContain("Duties whose basis is unverified are not scored");
  });
});

describe("the hazard's own language and standard English", () => {
  it("the harm working of a mine flood and a school fire speaks of water and smoke, not AEGL or 群众 (issue 10 §8)", () => {
    const mine = rendered("mine-flood", "poor").md.zh;
    const school = rendered("school-fire", "poor").md.zh;
    for (const md of [mine, school]) expect(md).not.toMatch(/群众暴露超过AEGL-2或其他危害阈值/);
    // the people only exposed are graded within the harm item (harm-costs.ts): its working names no AEGL
    expect(school).toMatch(/伤亡对照[^\n]*未避免的可避免伤亡/);
    expect(school).not.toMatch(/伤亡对照[^\n]*AEGL/);
  });

  it("exposure is scored under AQ/T 9009 附录A 人员保护, as its findings cite, not 警戒与管制, and by name only (its number is unverified, domain.md §3.6)", () => {
    for (const id of ["chemical-leak", "mine-flood", "school-fire"]) {
      const rows = rendered(id, "poor").md.zh.split("\n").filter((l) => /^\| 处置结果 \| (人员|群众)[^|]*(暴露|淹及|烟气)/.test(l));
      expect(rows.length, id).toBeGreaterThan(0);
      for (const l of rows) expect(l, id).toContain("| 人员保护 |");
      for (const l of rows) expect(l, id).not.toContain("A.9");
    }
  });

  it("English names the grades Grade I–IV (较大 = relatively serious (Grade III)) and 工作要点 a work plan", () => {
    const en = rendered("chemical-leak", "poor").md.en;
    expect(en).toContain("relatively serious (Grade III)");
    expect(en).not.toMatch(/larger \(III\)|work points/i);
    for (const [id, play] of CASES) expect(rendered(id, play).md.en, `${id}/${play}`).not.toMatch(/larger \(III\)|general \(IV\)|work points/i);
  });
});

describe("every basis true to its source (issue 10 §12): references, not norms, and no document cited twice", () => {
  // review15 chemical 5: the brigade at the tank from 00:17:36 owed the cordon too (domain.md §5.2), so the one finding
  // cites each holder's own duty: the police's (危化条例 第七十二条, the city plan) and the fire commander's power
  // (消防法 第四十五条), never the enterprise's duty to report to them (第七十一条)
  it("chlorine leak: the missing cordon, on the police and the brigade jointly, cites each one's own duty and nothing else", () => {
    const cordon = one(find("chemical-leak", "CORDON_LATE", "publicSecurity"));
    expect(cordon.basis).toContain("危险化学品安全管理条例 第七十二条");
    expect(cordon.basis).toContain("消防法 第四十五条");
    expect(cordon.basis).not.toContain("第七十一");
  });

  it("a wrong-type dispatch cites the drill plan's requirement once, with AQ/T 9009 附录A 应急资源管理", () => {
    const wrong = one(find("chemical-leak", "DISPATCH_WRONG_TYPE", "fireRescue"));
    expect(wrong.basis).toMatch(/^演练方案力量需求“[^”]+”；生产安全事故应急演练评估规范（AQ\/T 9009-2015）附录A 应急资源管理$/);
  });

  it("another district's plan or drill script is a reference (参照) under the county's own setting, never the norm itself", () => {
    const c = rendered("mine-flood", "poor").c;
    const all = [...c.rules.reporting, ...c.rules.followUp, ...Object.values(c.rules.linkage).flat()];
    for (const r of all) {
      for (const part of r.basis.split("；")) {
        if (/某区|斗门区|大贤煤矿|乡镇学校安全事故应急预案示例/.test(part)) expect(part, r.id).toMatch(/参照/);
      }
    }
  });

  it("the standards list of each poor report names every document its findings cite, the county work plan and the township school plan included", () => {
    const school = rendered("school-fire", "poor").worded.standards.map((s) => s.zh);
    expect(school).toContain("县应急管理工作要点");
    // a sample plan or another district's plan is no standard (review8 school 10d, review9 chem 12): it is listed apart,
    // under 参考资料, with what was borrowed from it (the profile's bases: "参照某区煤矿事故应急预案：医疗救护组" etc.)
    const schoolRefs = rendered("school-fire", "poor").worded.references.map((s) => s.zh);
    expect(school.filter((d) => d.includes("乡镇学校安全事故应急预案示例"))).toEqual([]);
    expect(schoolRefs).toContain("乡镇学校安全事故应急预案示例（借鉴：“第一时间（事发0.5小时内）”报告教育主管部门和乡镇）");
    const minePoor = rendered("mine-flood", "poor");
    const mine = minePoor.worded.standards.map((s) => s.zh);
    expect(mine.filter((d) => /某区煤矿事故应急预案|大贤煤矿水灾应急救援演练方案/.test(d))).toEqual([]);
    const mineRefs = minePoor.worded.references.map((s) => s.zh);
    expect(mineRefs.find((d) => d.startsWith("某区煤矿事故应急预案（借鉴："))).toMatch(/医疗救护组/);
    expect(mineRefs.find((d) => d.startsWith("大贤煤矿水灾应急救援演练方案（借鉴："))).toBeDefined();
    expect(minePoor.md.zh).toContain("参考资料（非标准，仅借鉴其做法）：");
    expect(mine).toContain("县应急管理工作要点");
    expect(rendered("chemical-leak", "poor").worded.standards.map((s) => s.en)).toContain("County emergency-management work plan (县应急管理工作要点)");
  });
});

describe("English as a reader expects it", () => {
  it("“an ordinary (Grade IV) incident”, never “a ordinary”; no “Ltd..”; scoring groups after a full stop start with a capital", () => {
    for (const [id, play] of CASES) {
      const en = rendered(id, play).md.en;
      expect(en, `${id}/${play}`).not.toMatch(/\ba ordinary\b|Ltd\.\.|\]\. [a-z]/);
    }
    expect(rendered("chemical-leak", "poor").md.en).toContain("of an ordinary (Grade IV) incident");
  });
});

describe("a notice no rule names a notifier for is the lead agency's duty to tell the linked agencies", () => {
  // chlorine leak: the enterprise reports to the bureau at 00:02; nobody tells the meteorological bureau (due within 30 min, LNK-CHEM-MET,
  // whose noticeBasis states the bureau's duty and the county's 30 min: review6 B15)
  it("the bureau's missing notice to the weather bureau cites the bureau's own duty (危化条例 第六十九、七十二条, the county's 30 min), not the weather bureau's", () => {
    const d = small("chemical-leak", [["00:02:00", "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "临江化工有限公司", location: "液氯罐区", scene: "液氯储罐泄漏" } }]], 75 * 60_000);
    const f = d.of("LINKAGE_NOT_NOTIFIED", "eb").find((x) => x.ruleId === "LNK-CHEM-MET")!;
    expect(f).toBeDefined();
    expect(f.basis).toMatch(/^危险化学品安全管理条例 第六十九、七十二条/);
    expect(f.basis).toContain("30分钟为本县设定");
    expect(f.basis).not.toContain("气象");
  });
});

describe("the notifier's duty in the rules profile (noticeBasis) is tagged and translated like any basis", () => {
  it("every noticeBasis has its English and a tag, a county choice tagged D or P (domain.md §0), and no author's note", () => {
    const c = rendered("chemical-leak", "poor").c;
    const withNotice = Object.values(c.rules.linkage).flat().filter((r) => r.noticeBasis !== undefined);
    expect(withNotice.map((r) => r.id).sort()).toEqual(["LNK-CHEM-EMS", "LNK-CHEM-FIRE", "LNK-CHEM-MET", "LNK-MINE-EMS", "LNK-MINE-MINE", "LNK-MINE-MRT", "LNK-MINE-PSB", "LNK-MINE-TOWN", "LNK-SCH-EB", "LNK-SCH-EMS", "LNK-SCH-FIRE"]);
    for (const r of withNotice) {
      expect(r.noticeBasisEn, r.id).toBeTruthy();
      expect(r.noticeTag, r.id).toBeDefined();
      if (/本县/.test(r.noticeBasis!)) expect(["D", "P"], r.id).toContain(r.noticeTag);
      expect(r.noticeBasis, r.id).not.toMatch(/二手来源|未核实|转引/);
    }
  });
});
