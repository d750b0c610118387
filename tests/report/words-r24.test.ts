/**
 * Review23's wording refusals on the shipped poor plays (issue 10: a finding is titled as what it is; a duty said done is
 * done). Words and marks only: no figure moves. Seed 7, drill start = 00:00:00.
 *
 * Mine flood, poor (review23 mine B5): the mine told the county bureau 「被困（涉险）人员 0」 at 01:20 knowing of 6 (F10, its
 *   谎报); the bureau, knowing no better, passed the 0 on to the county duty office at 02:05. That relay is the same false
 *   figure reaching one more desk: 转报失实 (charged with F10, relayed-lie.ts), not a second 谎报. So the shortcomings list
 *   reads 「谎报 × 1」 and 「转报失实 × 1」, never 「谎报 × 2」.
 * Chemical leak, poor (review23 chemical §5 item 7): the weather bureau, told at 00:58 (due 01:10 counted from when it should
 *   have been told: 00:40 + 30 min), sent the current wind at 01:20 and never the forecast of the 01:10 wind change (F37,
 *   职责未完成). The late notices charged with its lateness (F19 the plant's, F20 the police's) and its ✗ mark (#145) said
 *   the duty 「01:20:00 才完成」 / 「已履行」 whole; only its current-weather part was: 「才完成实况部分（预报部分未报送，见 F37）」.
 */
import { describe, expect, it } from "vitest";
import { countByCode } from "../../cli/report/headlines.ts";
import { rendered } from "./reports.ts";

describe("mine flood, poor play: the bureau's relay of the mine's false figure is titled 转报失实, not a second 谎报", () => {
  const r = rendered("mine-flood", "poor");
  const relay = r.worded.findings.find((f) => f.code === "REPORT_FALSE" && f.relayed === true && f.chargedWith !== undefined)!;
  const lie = r.worded.findings.find((f) => f.id === relay.chargedWith)!;

  it("the relay row reads **转报失实** (False figure relayed), charged with the 谎报 it repeats", () => {
    expect(lie.code).toBe("REPORT_FALSE");
    expect(r.md.zh).toMatch(new RegExp(`\\| ${relay.id} \\| [^|]+ \\| [^|]+ \\| \\*\\*转报失实\\*\\* `));
    expect(r.md.zh).toMatch(new RegExp(`\\| ${lie.id} \\| [^|]+ \\| [^|]+ \\| \\*\\*谎报\\*\\* `));
    expect(r.md.en).toMatch(new RegExp(`\\| ${relay.id} \\| [^|]+ \\| [^|]+ \\| \\*\\*False figure relayed\\*\\* `));
    expect(r.md.zh).toContain(`随 ${lie.id}：同一谎报之后果`);
  });

  it("the shortcomings count one 谎报 and one 转报失实", () => {
    const kinds = Object.fromEntries(countByCode(r.worded).map((k) => [k.label.zh, k.count + k.following]));
    expect(kinds["谎报"]).toBe(1);
    expect(kinds["转报失实"]).toBe(1);
    expect(r.md.zh).toContain("- 谎报 × 1:");
    expect(r.md.zh).not.toContain("谎报 × 2");
  });
});

describe("chemical leak, poor play: the weather bureau's duty is done for its current-weather part only", () => {
  const r = rendered("chemical-leak", "poor");
  const part = r.worded.findings.find((f) => f.code === "LINKAGE_PART_UNDONE" && f.agency === "met")!;
  const late = r.worded.findings.filter((f) => f.shouldDue?.some((s) => s.obligation === "LNK-CHEM-MET:act:met"));

  it("each late notice charged with its lateness says 01:20:00 才完成实况部分 and points to the forecast finding", () => {
    expect(late.length).toBeGreaterThanOrEqual(2);
    for (const f of late) {
      expect(f.message.zh, f.id).toContain(`01:20:00 才完成实况部分（预报部分未报送，见 ${part.id}）`);
      expect(f.message.en, f.id).toContain(`done at 01:20:00 (the current weather only; the forecast never passed on: see ${part.id})`);
      expect(f.message.zh, f.id).not.toMatch(/01:20:00 才完成，/);
    }
  });

  it("its ✗ mark says the same: 已履行实况部分（预报部分未报送，见 F37）", () => {
    const mark = r.worded.timeline.find((e) => e.event.type === "obligationMet" && e.event.id === "LNK-CHEM-MET:act:met")!;
    expect(mark.findings).toContain(part.id);
    expect(mark.text.zh).toContain(`内已履行实况部分（预报部分未报送，见 ${part.id}）`);
    expect(mark.text.en).toContain(`done for the current weather (the forecast never passed on: see ${part.id})`);
  });
});
