// The browser tests' build step (tests/e2e/fresh-build.ts) skips the build only while every file the drill server reads
// from dist/ is newer than every source it is made from: a stale dist/ would put old code under the browser tests.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fresh } from "../e2e/fresh-build.ts";

let root: string;

/** Write `rel` under the temporary root with modification time `t` (seconds since 1970). */
function at(rel: string, t: number): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, "x");
  utimesSync(p, t, t);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "fresh-build-"));
  // sources at t = 1000 s, deep in folders too; outputs at t = 2000 s
  for (const s of ["server/http/routes.ts", "client/map/map-scene.ts", "engine/model/time.ts", "scenarios/chemical-leak.yaml", "package.json", "vite.config.ts"]) at(s, 1000);
  for (const o of ["dist/server.js", "dist/report-client.js", "dist/client/index.html"]) at(o, 2000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the e2e build step", () => {
  it("skips the build when every output is newer than every source", () => {
    expect(fresh(root)).toBe(true);
  });

  it("builds when one file deep in a source folder was edited after the build", () => {
    at("client/map/map-scene.ts", 2500);
    expect(fresh(root)).toBe(false);
  });

  it("builds when a scenario changed after the build (the client bundles the scenarios it previews: client/dev/DevPreview.tsx)", () => {
    at("scenarios/chemical-leak.yaml", 2001);
    expect(fresh(root)).toBe(false);
  });

  it("builds when one output is older than a source although the others are newer", () => {
    at("dist/client/index.html", 999);
    expect(fresh(root)).toBe(false);
  });

  it("builds when an output is missing", () => {
    rmSync(join(root, "dist/report-client.js"));
    expect(fresh(root)).toBe(false);
  });
});
