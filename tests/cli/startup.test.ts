/**
 * A CLI that starts at once: `drill` runs a compiled bundle in which `--help` loads only the
 * usage text, and only the rendering commands load the report renderer, ECharts and Chromium's
 * driver. (How fast is a benchmark, `npm run bench`; here: what loads, and that it works.)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, RENDER_ONLY } from "../../cli/build.ts";
import { drill } from "./drill-cli.ts";
import { compiled, playOf, runPlay } from "../helpers.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";


describe("drill with no command, and drill --help", () => {
  it("--help prints the usage to stdout and exits 0", async () => {
    const r = await drill("--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^用法：/);
    for (const c of ["validate", "run", "schema", "evaluate", "whatif"]) expect(r.out).toContain(`drill ${c} `);
    expect(r.err).toBe("");
  });

  it("no arguments prints the usage to stderr and exits 2", async () => {
    const r = await drill();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^用法：/);
  });
});

describe("the compiled bundle", () => {
  const dir = mkdtempSync(join(tmpdir(), "drill-bundle-"));
  let meta: Metafile;
  beforeAll(async () => {
    meta = await buildCli(dir);
  });

  /** Every input and external package a chunk loads before it runs (static imports, transitively). */
  function staticClosure(chunk: string): Set<string> {
    const seen = new Set<string>();
    const loads = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      const out = meta.outputs[path]!;
      for (const input of Object.keys(out.inputs)) loads.add(input);
      for (const imp of out.imports) {
        if (imp.kind !== "import-statement") continue;
        if (imp.external) loads.add(imp.path);
        else visit(imp.path);
      }
    };
    visit(chunk);
    return loads;
  }
  const entry = () => Object.keys(meta.outputs).find((p) => meta.outputs[p]!.entryPoint === "cli/main.ts")!;
  // a dynamically imported module is an entry point of its own chunk
  const chunkOf = (input: string) => Object.keys(meta.outputs).find((p) => meta.outputs[p]!.entryPoint === input)!;
  const matches = (loads: Set<string>, what: string) => [...loads].filter((l) => l === what || l.includes(`/${what}`) || l.startsWith(what));

  it("starts with the usage text and nothing heavy: no zod, no YAML parser, no engine, no i18n, no renderer", () => {
    const loads = staticClosure(entry());
    for (const heavy of ["zod", "yaml", "engine/scenario/schema.ts", "engine/step.ts", "i18next", ...RENDER_ONLY]) expect(matches(loads, heavy), heavy).toEqual([]);
  });

  it("`run` loads the engine but not the report renderer, ECharts or playwright-core", () => {
    const loads = staticClosure(chunkOf("cli/run.ts"));
    expect(matches(loads, "engine/step.ts").length).toBe(1);
    for (const heavy of RENDER_ONLY) expect(matches(loads, heavy), heavy).toEqual([]);
  });

  it("runs as a process: --help on stdout (exit 0), no arguments exit 2", () => {
    const url = pathToFileURL(join(dir, "drill.js")).href;
    const call = (args: string[]) => spawnSync(process.execPath, ["--input-type=module", "-e", `const { main } = await import(${JSON.stringify(url)}); process.exitCode = await main(${JSON.stringify(args)});`], { encoding: "utf8" });
    const help = call(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^用法：/);
    expect(call([]).status).toBe(2);
  });

  it("gives the same drill as the TypeScript sources (same state hash)", () => {
    const url = pathToFileURL(join(dir, "drill.js")).href;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", `const { main } = await import(${JSON.stringify(url)}); process.exitCode = await main(["run", "scenarios/chemical-leak.yaml", "--play", "scenarios/plays/chemical-leak.good.yaml", "--until", "01:00:00", "--json"]);`], { encoding: "utf8" });
    const c = compiled("chemical-leak");
    const here = runPlay(c, playOf(c, "scenarios/plays/chemical-leak.good.yaml"), 7, 3_600_000);
    expect(JSON.parse(out).stateHash).toBe(here.hash);
  });
});

describe("the compiled bundle's server commands", () => {
  // built inside the project, as `npm ci` builds it, so the packages kept out of the bundle resolve
  mkdirSync("dist", { recursive: true });
  const dir = mkdtempSync(join("dist", "test-bundle-"));
  beforeAll(async () => {
    await buildCli(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("`verify` loads the store (better-sqlite3's native binding) and answers in one line, never a stack trace", () => {
    const url = pathToFileURL(join(dir, "drill.js")).href;
    const data = join(mkdtempSync(join(tmpdir(), "drill-verify-")), "store.sqlite");
    openSqliteStore(data).close();
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", `const { main } = await import(${JSON.stringify(url)}); process.exitCode = await main(["verify", "d1", "--lang", "en", "--data", ${JSON.stringify(data)}]);`], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/at .*\(|ReferenceError|__filename/);
    expect(r.stdout + r.stderr).toContain("d1: no such drill in the store");
    expect(r.status).toBe(1);
  });
});
