/**
 * The `drill` command line: validate files, run a scenario headless, evaluate, what-if, Monte
 * Carlo, write the JSON Schema. Each command is loaded only when asked for, so `drill --help`
 * starts at once and only the commands that render load the report renderer and Chromium.
 * Bad input gets one line per problem and exit 1, a usage mistake exit 2, never a stack trace.
 */
import { fileURLToPath } from "node:url";
import { UsageError, usageErrorLine, UserFacingError, type Out } from "./args.ts";
import { argvLocale, usageErrorText } from "../i18n/usage-errors.ts";
import { usageBlock } from "./usage.ts";

const stdio: Out = { log: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

type Command = (argv: string[], out: Out) => number | Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./validate.ts")).validate,
  run: async () => (await import("./run.ts")).runCommand,
  schema: async () => (await import("./schema.ts")).schemaCommand,
  evaluate: async () => (await import("./evaluate.ts")).evaluateCommand,
  whatif: async () => (await import("./whatif.ts")).whatifCommand,
  montecarlo: async () => (await import("./montecarlo.ts")).montecarloCommand,
  verify: async () => (await import("./verify.ts")).verifyCommand,
  serve: async () => (await import("./serve.ts")).serveCommand,
};

export async function main(argv: string[], out: Out = stdio): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "help" || command === "--help" || command === "-h") {
    out.log(usageBlock(argvLocale(argv)));
    return 0;
  }
  const load = command === undefined ? undefined : COMMANDS[command];
  if (!load) {
    out.err(command === undefined ? usageBlock(argvLocale(rest)) : `drill: ${usageErrorText("noCommand", { command }, argvLocale(rest))}\n${usageBlock(argvLocale(rest))}`);
    return 2;
  }
  // `drill whatif --help` is a question, not a mistake: its usage on stdout, exit 0, before any option is parsed
  // (only before a "--", after which "--help" would be a positional)
  const helpAt = rest.findIndex((a) => a === "--help" || a === "-h" || a === "--");
  if (helpAt >= 0 && rest[helpAt] !== "--") {
    out.log(usageBlock(argvLocale(rest), command));
    return 0;
  }
  // the bundle keeps the files it checked in dist/cli/.cache (file-cache.ts); the sources never cache
  if (!import.meta.url.endsWith(".ts")) (await import("./file-cache.ts")).useFileCache(fileURLToPath(new URL("./.cache/", import.meta.url)));
  try {
    return await (await load())(rest, out);
  } catch (e) {
    if (e instanceof UsageError) {
      out.err(`drill: ${usageErrorLine(e, rest)}\n${usageBlock(argvLocale(rest))}`);
      return 2;
    }
    if (e instanceof UserFacingError) {
      out.err(`drill: ${e.text(argvLocale(rest))}`);
      return 1;
    }
    throw e;
  }
}

// Run when invoked directly (tsx cli/main.ts …); bin/drill.js imports main() instead.
if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
