/**
 * Review19 chemical A2 (493号令 第四条 no 迟报/谎报, 第十三条 及时补报; RPT-FU-02: the enterprise's 续报 within 30 min): the
 * enterprise's correction of its 01:02 谎报 is due 01:32. Before, its lateness was free and moving it to 02:30 (review19
 * b7) moved the bureau's relay clock with it, so poor's bureau 迟报 (02:10 → 02:20) vanished and b7 scored 21.3 > poor
 * 21.0. Now the correction is a late 续报 graded by how late (half the 续报's 4 per started 30-min window, at most 4:
 * late-grade.ts lateShare), and the bureau's follow-up it delayed is charged to the enterprise (due 01:32 + 30 min = 02:02
 * had it been corrected on time; reported 02:20: 1 started hour × 4, none of it the bureau's own finding).
 * Hand calculations: poor, 8 min late → 1 window → 0.5 × 4 = 2 rubric points; b7, 58 min → 2 windows → 1 × 4 = 4,
 * plus 4 caused = 8.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { ms } from "../helpers.ts";
import { judge, poorPlay, sorted } from "./chem-variant.ts";

type Rep = Command & { by?: string; to?: string };
const correction = (k: Command) => k.type === "report" && (k as Rep).by === "ent" && (k as Rep).to === "eb" && k.at === ms("01:40:00");
const at = (t?: string) => judge(sorted(poorPlay().flatMap((k) => (correction(k) ? (t === undefined ? [] : [{ ...k, at: ms(t) }]) : [k]))));
const late = (r: ReturnType<typeof judge>) => r.findings.filter((f) => f.code === "REPORT_LATE" && f.agency === "ent" && f.message.zh.includes("更正其谎报"));

describe("a 谎报 corrected late: graded by how late, with the bureau's delay it caused", () => {
  const poor = at("01:40:00");
  const b7 = at("02:30:00");
  const never = at(undefined);

  it("poor (01:40, 8 min late) is charged half the 续报: 2 rubric points on the enterprise", () => {
    expect(late(poor).map((f) => f.rubricPoints)).toEqual([2]);
  });
  it("b7 (02:30, 58 min late) is charged the whole 续报 (4) and the bureau's follow-up it made late (4)", () => {
    const f = late(b7);
    expect(f.map((g) => g.rubricPoints)).toEqual([8]);
    expect(f[0]!.message.zh).toContain("02:02:00");
  });
  it("scores: never corrected ≤ corrected at 02:30 < corrected at 01:40", () => {
    expect(b7.score!).toBeLessThan(poor.score!);
    expect(never.score!).toBeLessThanOrEqual(b7.score!);
  });
});
