/** The `drill` usage text: kept apart from the commands so `drill --help` loads nothing else. */
export const EVALUATE_USAGE =
  "  drill evaluate SCENARIO --play FILE [--seed N] [--until HH:MM:SS] [--format json|md|html|pdf] [--out FILE] [--rubric FILE] [--observations FILE] [--lang zh|en]";
export const WHATIF_USAGE =
  "  drill whatif SCENARIO --play FILE [--seed N] [--shift N=HH:MM:SS] [--drop N] [--add YAML-or-JSON-command] [--rubric FILE] [--json] [--lang zh|en]";

export const MONTECARLO_USAGE =
  "  drill montecarlo SCENARIO --play FILE --seeds N [--workers W] [--first-seed S] [--worst K] [--rubric FILE] [--json] [--lang zh|en]";

export const VERIFY_USAGE =
  "  drill verify DRILL [--data FILE] [--json] [--lang zh|en]   (FILE: the server's store, default $LIANYAN_DATA or data/lianyan.sqlite)";

export const SERVE_USAGE = "  drill serve [--port N] [--host H] [--data FILE] [--lang zh|en]   (the live drill server; PORT, HOST (default: every interface; 127.0.0.1: this computer only), LIANYAN_DATA, LIANYAN_DIRECTOR_CODE)";

export const VALIDATE_USAGE = "  drill validate FILE... [--lang zh|en]";
export const RUN_USAGE = "  drill run SCENARIO [--seed N] [--play FILE] [--until HH:MM:SS] [--json] [--lang zh|en] [--checkpoints MIN] [--uncertain]";
export const SCHEMA_USAGE = "  drill schema [--kind scenario|play|rules|rubric|observations] [--dir DIR] [--lang zh|en]   (--dir writes them all)";

/** Each subcommand's own usage line: `drill COMMAND --help` prints it and exits 0 (main.ts). */
export const COMMAND_USAGE: Record<string, string> = {
  validate: VALIDATE_USAGE, run: RUN_USAGE, schema: SCHEMA_USAGE, evaluate: EVALUATE_USAGE,
  whatif: WHATIF_USAGE, montecarlo: MONTECARLO_USAGE, verify: VERIFY_USAGE, serve: SERVE_USAGE,
};

export const USAGE = `usage:
${VALIDATE_USAGE}
${RUN_USAGE}
${SCHEMA_USAGE}
${EVALUATE_USAGE}
${WHATIF_USAGE}
${MONTECARLO_USAGE}
${VERIFY_USAGE}
${SERVE_USAGE}`;
