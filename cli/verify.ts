/**
 * `drill verify DRILL [--data FILE] [--json]`: check a live drill's record (server/store/verify.ts):
 * the scenario text's hash, the log's hash chain (留痕) and a replay to the recorded state hash.
 * Exit 0 when all hold, 1 on any mismatch (the line names the stage and the log record) or a drill
 * the store does not have (said as such: nothing was compared), 2 on usage.
 */
import { VERIFY_USAGE } from "./usage.ts";
import { existsSync } from "node:fs";
import { formatClock } from "../engine/model/time.ts";
import { dataFile } from "../server/store/data-file.ts";
import { openSqliteStore } from "../server/store/sqlite.ts";
import { verifyDrill } from "../server/store/verify.ts";
import { parseArgv, UsageError, type Out } from "./args.ts";
import { argvLocale, usageErrorText } from "../i18n/usage-errors.ts";


export function verifyCommand(argv: string[], out: Out): number {
  const { positionals, values } = parseArgv(argv, { data: { type: "string" }, json: { type: "boolean", default: false }, lang: { type: "string", default: "zh" } });
  const id = positionals[0];
  if (!id || positionals.length > 1) throw new UsageError("oneDrillId", { command: "verify" });
  const file = (values.data as string | undefined) ?? dataFile();
  if (!existsSync(file)) {
    out.err(usageErrorText("noStore", { file }, argvLocale(argv)));
    return 1;
  }
  const store = openSqliteStore(file);
  try {
    const v = verifyDrill(store, id);
    if (values.json) out.log(JSON.stringify(v, null, 2));
    else if (!v.ok && v.stage === "drill") out.err(usageErrorText("noDrill", { id, file }, argvLocale(argv)));
    else if (v.ok) {
      out.log(`ok ${id}: ${v.records} commands, chain head ${v.head || "(empty)"}`);
      out.log(`   replayed to ${formatClock(v.reachedMs)}: stateHash ${v.stateHash}${v.stateRecorded ? " (matches the recorded one)" : " (no state hash was recorded)"}`);
    } else {
      out.err(`MISMATCH ${id} [${v.stage}]${v.seq !== undefined ? ` seq ${v.seq}` : ""}: ${v.reason}`);
      if (v.expected !== undefined) out.err(`   recorded ${v.expected}\n   replayed ${v.actual}`);
    }
    return v.ok ? 0 : 1;
  } finally {
    store.close();
  }
}
