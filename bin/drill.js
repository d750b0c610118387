#!/usr/bin/env node
// The `drill` command. It runs the compiled bundle (dist/cli, built by `npm run build:cli`, which
// `npm ci` runs through `prepare`), so it starts at once; in a checkout not yet built it registers
// tsx and runs the TypeScript sources instead.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/cli/drill.js", import.meta.url);
let main;
if (existsSync(bundle)) {
  ({ main } = await import(bundle.href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../cli/main.ts"));
}
// a reader that stops early (drill run … | head) closes the pipe: the output ends there, never in a stack trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}
process.exitCode = await main(process.argv.slice(2));
