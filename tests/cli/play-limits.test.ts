/**
 * A play cannot say more than the drill allows (issue 8 item 4): commands at or after the end are
 * problems at their line; whatif refuses a shift past the end; `drill validate PLAY` checks the
 * play against its scenario exactly as `run` does, and never passes a play it could not check.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { drill } from "../support/cli.ts";

const GOOD = "scenarios/plays/chemical-leak.good.yaml";
const POOR = "scenarios/plays/chemical-leak.poor.yaml";

/** The good play, changed, in a folder with no scenario beside it. */
function playElsewhere(from: string, to: string): { file: string; line: number } {
  const text = readFileSync(GOOD, "utf8");
  const i = text.indexOf(from);
  expect(i).toBeGreaterThanOrEqual(0);
  const file = join(mkdtempSync(join(tmpdir(), "limits-")), "play.yaml");
  writeFileSync(file, text.slice(0, i) + to + text.slice(i + from.length));
  return { file, line: text.slice(0, i).split("\n").length };
}

describe("drill validate PLAY", () => {
  it("a command at or after the drill's end is a problem at its line", async () => {
    const { file, line } = playElsewhere('at: "00:03:00"', 'at: "04:00:00"');
    const r = await drill("validate", "--lang", "en", "scenarios/chemical-leak.yaml", file);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:${line}:`);
    expect(r.err).toMatch(/at: 04:00:00 is at or after the drill's end \(04:00:00\) \(expected a time before 04:00:00\)/);
  });

  it("checks names against the scenario given on the same command line, as run does", async () => {
    const { file, line } = playElsewhere("hz-chem1", "hz-chem9");
    const r = await drill("validate", "--lang", "en", "scenarios/chemical-leak.yaml", file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${line}:\\d+ commands\\[\\d+\\]\\.units\\[0\\]: no unit "hz-chem9" in scenario chemical-leak`));
    const run = await drill("run", "scenarios/chemical-leak.yaml", "--lang", "en", "--play", file);
    expect(run.code).toBe(1);
    expect(run.err).toContain('no unit "hz-chem9"');
  });

  it("never passes a play it could not check: without its scenario it says which one it needs", async () => {
    const { file } = playElsewhere("hz-chem1", "hz-chem9");
    const r = await drill("validate", "--lang", "en", file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/scenario: no scenario "chemical-leak" to check this play against \(expected scenarios\/chemical-leak\.yaml beside the plays folder, or that scenario file on the same command line\)/);
  });

  it("a play with a malformed line is still checked against its scenario, or says it could not be (newcomer trial)", async () => {
    // one line malformed (a time without seconds), another naming a unit the scenario does not have
    const text = readFileSync(GOOD, "utf8").replace('at: "00:03:00"', 'at: "0:3"').replace("hz-chem1", "hz-chem9");
    const file = join(mkdtempSync(join(tmpdir(), "limits-")), "play.yaml");
    writeFileSync(file, text);
    const alone = await drill("validate", "--lang", "en", file);
    expect(alone.code).toBe(1);
    expect(alone.err).toContain('"0:3" has the wrong format');
    expect(alone.err).toContain('no scenario "chemical-leak" to check this play against');
    const beside = await drill("validate", "--lang", "en", "scenarios/chemical-leak.yaml", file);
    expect(beside.err).toContain('"0:3" has the wrong format');
    expect(beside.err).toContain('no unit "hz-chem9" in scenario chemical-leak');
  });
});

describe("--until past the drill's end (newcomer trial: accepted silently)", () => {
  it("run and evaluate refuse it with the end they can go to; the end itself is accepted", async () => {
    for (const argv of [["run", "scenarios/chemical-leak.yaml", "--lang", "en", "--until", "05:00:00"], ["evaluate", "scenarios/chemical-leak.yaml", "--play", POOR, "--lang", "en", "--until", "99:00:00"]]) {
      const r = await drill(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      // the chemical leak runs 4 hours (scenarios/chemical-leak.yaml duration "04:00:00")
      expect(r.err).toContain(`--until ${argv[argv.length - 1]} is after the drill's end (04:00:00): give a time from 00:00:00 to 04:00:00`);
    }
    expect((await drill("run", "scenarios/chemical-leak.yaml", "--until", "04:00:00", "--json")).code).toBe(0);
  });
});

describe("drill whatif", () => {
  it("refuses to shift a command past the drill's end", async () => {
    const r = await drill("whatif", "scenarios/chemical-leak.yaml", "--play", POOR, "--shift", "5=04:10:00", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--shift 5=04:10:00 is at or after the drill's end \(04:00:00\)/);
  });

  it("refuses to add a command past the drill's end", async () => {
    const r = await drill("whatif", "scenarios/chemical-leak.yaml", "--play", POOR, "--add", '{"at":"05:00:00","by":"fire","type":"recall","units":["hz-chem1"]}', "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--add at 05:00:00 is at or after the drill's end/);
  });
});
