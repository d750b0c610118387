/** 493号令 第三条 grading: "以上" includes the number, "以下" excludes it, and the highest criterion wins. */
import { describe, expect, it } from "vitest";
import { gradeIncident } from "../../engine/rules/grading.ts";
import { compiled } from "../helpers.ts";

const rules = compiled("chemical-leak").rules;

describe("incident grade", () => {
  it.each([
    [0, 0, 0, 4],
    [2, 9, 9_999_999, 4],
    [3, 0, 0, 3],
    [0, 10, 0, 3],
    [0, 0, 10_000_000, 3],
    [9, 49, 49_999_999, 3],
    [10, 0, 0, 2],
    [0, 50, 0, 2],
    [0, 0, 50_000_000, 2],
    [30, 0, 0, 1],
    [0, 100, 0, 1],
    [0, 0, 100_000_000, 1],
    [2, 55, 0, 2],
  ])("%i deaths, %i serious injuries, %i CNY → grade %i", (d, s, loss, grade) => {
    expect(gradeIncident(rules, d, s, loss).grade).toBe(grade);
  });

  it("names the criterion that set the grade", () => {
    expect(gradeIncident(rules, 1, 12, 0).criterion).toBe("seriousInjuries");
  });
});
