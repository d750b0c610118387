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
process.exitCode = await main(process.argv.slice(2));
