/**
 * The browser tests' build step (playwright.config.ts webServer): builds the server bundle and the browser client only
 * when a file they are made from is newer than what dist/ holds. `npm ci` has just built both (prepare), so CI's
 * `npm test` does not build them a second time; after an edit the next run builds again, so no test meets stale code.
 * The CLI bundle is not built here: the drill server does not load it.
 *
 * Run: `tsx tests/e2e/fresh-build.ts` (exit 0 once dist/ is fresh; a failed build's exit code otherwise).
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What dist/server.js and dist/client are made from: the bundled source folders, the build configs, the lockfile. */
export const SOURCES = ["server", "client", "engine", "protocol", "i18n", "cli", "scenarios", "package.json", "package-lock.json", "vite.config.ts", "tsconfig.json"];
/** What the drill server reads from dist/ (package.json build:server, build:client). */
export const OUTPUTS = ["dist/server.js", "dist/report-client.js", "dist/client/index.html"];

/** Newest modification time (ms) of a file or, for a folder, of any file under it; 0 when absent. */
export function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of readdirSync(path, { withFileTypes: true })) max = Math.max(max, newest(join(path, e.name)));
  return max;
}

/** Whether every output exists and is newer than every source (paths relative to `root`). */
export function fresh(root = "."): boolean {
  const outs = OUTPUTS.map((o) => join(root, o));
  if (!outs.every((o) => existsSync(o))) return false;
  const built = Math.min(...outs.map((o) => statSync(o).mtimeMs));
  return SOURCES.every((s) => newest(join(root, s)) < built);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (fresh()) console.log("dist/ is newer than its sources: not rebuilt");
  else execSync("npm run build:server --silent && npm run build:client --silent", { stdio: "inherit" });
}
