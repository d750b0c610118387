/**
 * `drill verify DRILL [--data FILE] [--json]`: check a live drill's record (server/store/verify.ts):
 * the scenario text's hash, the log's hash chain (留痕) and a replay to the recorded state hash.
 * Exit 0 when all hold, 1 on any mismatch (the line names the stage and the log record) or a drill
 * the store does not have (said as such: nothing was compared), 2 on usage. Every line is in the language of
 * `--lang` (zh-CN unless `--lang en`: 核对通过 / 不一致, the reason worded from its code, i18n/verify-words.ts);
 * `--json` prints the store's result as it is (its `reason` in English, `why` the code).
 */
import { existsSync } from "node:fs";
import { formatClock } from "../engine/model/time.ts";
import { dataFile } from "../server/store/data-file.ts";
import { openSqliteStore } from "../server/store/sqlite.ts";
import { verifyDrill } from "../server/store/verify.ts";
import { parseArgv, UsageError, type Out } from "./args.ts";
import { argvLocale, usageErrorText } from "../i18n/usage-errors.ts";
import { VERIFY_LINES, verifyReason } from "../i18n/verify-words.ts";
import { problemText } from "../i18n/problems.ts";
import type { Problem } from "../engine/scenario/problems.ts";


export function verifyCommand(argv: string[], out: Out): number {
  const { positionals, values } = parseArgv(argv, { data: { type: "string" }, json: { type: "boolean", default: false }, lang: { type: "string", default: "zh" } });
  const locale = argvLocale(argv);
  const k = locale === "en" ? "en" : "zh";
  const id = positionals[0];
  if (!id || positionals.length > 1) throw new UsageError("oneDrillId", { command: "verify" });
  const file = (values.data as string | undefined) ?? dataFile();
  if (!existsSync(file)) {
    out.err(usageErrorText("noStore", { file }, locale));
    return 1;
  }
  const store = openSqliteStore(file);
  try {
    const v = verifyDrill(store, id);
    if (values.json) out.log(JSON.stringify(v, null, 2));
    else if (!v.ok && v.stage === "drill") out.err(usageErrorText("noDrill", { id, file }, locale));
    else if (v.ok) {
      out.log(VERIFY_LINES.ok[k]({ id, records: v.records, head: v.head }));
      out.log(VERIFY_LINES.replayed[k]({ at: formatClock(v.reachedMs), hash: v.stateHash, recorded: v.stateRecorded }));
    } else {
      out.err(VERIFY_LINES.mismatch[k]({ id, stage: v.stage, ...(v.seq !== undefined ? { seq: v.seq } : {}), reason: verifyReason(v.why, locale) }));
      // a stored scenario that no longer compiles: its problems, one a line, in the reader's language
      if (v.why.code === "scenarioInvalid") for (const p of v.why.params.problems as Problem[]) out.err(`   ${problemText(p, locale === "en" ? "en" : "zh-CN")}`);
      if (v.expected !== undefined) out.err(VERIFY_LINES.pair[k]({ expected: v.expected, actual: v.actual ?? "" }));
    }
    return v.ok ? 0 : 1;
  } finally {
    store.close();
  }
}
