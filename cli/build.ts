// `npm run build:cli` (run by `prepare`, so by `npm ci`): bundle the `drill` command into
// dist/cli with esbuild, one chunk per subcommand, so `drill --help` loads almost nothing and
// only `evaluate` loads the report renderer (and, for PDF, playwright-core). ECharts and
// playwright-core stay in node_modules (their files are read or launched from there);
// report-client.js, which the HTML renderer reads beside itself, is copied next to the chunks.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { build, type Metafile } from "esbuild";

/** Modules only the rendering commands may load. */
export const RENDER_ONLY = ["playwright-core", "echarts", "cli/report/html.ts", "cli/report/pdf.ts"];

/** Build the bundle into `outdir`; returns esbuild's metafile (what each chunk imports). */
export async function buildCli(outdir = "dist/cli"): Promise<Metafile> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const r = await build({
    // the montecarlo worker threads load their own entry
    entryPoints: { drill: "cli/main.ts", "montecarlo-worker": "cli/montecarlo-worker.ts" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir,
    // tinypool starts its threads from its own entry file; ECharts and playwright-core are read or launched from node_modules;
    // `serve` and `verify` load the server's native and CommonJS packages (better-sqlite3 finds its binary through
    // `bindings`, which needs a CommonJS __filename), so they stay in node_modules too
    external: ["playwright-core", "echarts", "tinypool", "better-sqlite3", "@colyseus/*", "ws", "express"],
    // CommonJS packages (seedrandom) may call require(); give the ESM chunks one
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: "warning",
    metafile: true,
  });
  copyFileSync("cli/report/report-client.js", `${outdir}/report-client.js`);
  return r.metafile;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
