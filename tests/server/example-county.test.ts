/**
 * Newcomer 21 item 2: a double-blind seat showed the example county 青石县 (scenarios/roster/county.yaml, by design)
 * until told, then the scenario's 临江县, and the one word to replace the example sat at README line ~411. The
 * server now says so at start while the roster still names 青石县, and not once the county put its own names in.
 */
import { describe, expect, it } from "vitest";
import { countyRoster, exampleCountyLine, readRoster, rosterFile } from "../../server/live/roster.ts";

describe("the example county at start", () => {
  it("is pointed out while the shipped roster still names 青石县, with the file to edit", () => {
    const line = exampleCountyLine(countyRoster(), rosterFile());
    expect(line).toContain("青石县");
    expect(line).toContain(rosterFile());
  });

  it("is not once the roster names the county's own agencies", () => {
    const own = readRoster("agencies:\n  fireRescue: { zh: 白沙县消防救援大队, en: Baisha County Fire and Rescue Brigade }\n", "county.yaml");
    expect(exampleCountyLine(own, "county.yaml")).toBeUndefined();
  });
});
