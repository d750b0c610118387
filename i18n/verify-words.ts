/**
 * `drill verify`'s words (server/store/verify.ts, chain.ts, log-commands.ts): why a drill's record does not hold, by
 * code, and the ok / MISMATCH lines, in Chinese (the CLI's default) and English (round 23: they were English only).
 * The store keeps the English `reason` for the HTTP route and operators' logs; the CLI words the code in the language
 * `--lang` asks for. Free of i18next (the store and the CLI load it without the catalogues).
 * Params: record numbers (seq, 1-based), ms of drill time, hashes as hex, ids as stored.
 */
import type { UsageLocale } from "./usage-errors.ts";

type P = Record<string, unknown>;
const s = (v: unknown) => String(v);

export const VERIFY_REASONS = {
  recordMissing: { zh: (p: P) => `第 ${s(p.seq)} 条记录缺失（存储中的下一条是第 ${s(p.next)} 条）`, en: (p: P) => `record ${s(p.seq)} is missing (next stored record is ${s(p.next)})` },
  recordEdited: { zh: (p: P) => `第 ${s(p.seq)} 条记录被改动：其各字段算不出它的哈希`, en: (p: P) => `record ${s(p.seq)} was changed: its fields do not give its hash` },
  chainStart: { zh: () => "第 1 条记录不是哈希链的起点（prevHash 不为空）", en: () => "record 1 does not start the chain (prevHash is not empty)" },
  recordRehashed: { zh: (p: P) => `第 ${s(p.seq)} 条记录被改动：第 ${s(p.next)} 条链接的是另一个哈希`, en: (p: P) => `record ${s(p.seq)} was changed: record ${s(p.next)} chained to a different hash` },
  tailMissing: { zh: (p: P) => `日志末尾缺少第 ${s(p.from)} 至 ${s(p.to)} 条记录`, en: (p: P) => `records ${s(p.from)}..${s(p.to)} are missing from the end of the log` },
  notAppended: { zh: (p: P) => `第 ${s(p.seq)} 条记录不是服务器追加的（日志止于第 ${s(p.last)} 条）`, en: (p: P) => `record ${s(p.seq)} was not appended by the server (the log ended at ${s(p.last)})` },
  lastChanged: { zh: (p: P) => `第 ${s(p.seq)} 条记录被改动：它不是最后追加的那条记录`, en: (p: P) => `record ${s(p.seq)} was changed: it is not the record that was appended last` },
  notJson: { zh: (p: P) => `第 ${s(p.seq)} 条记录被改动：其命令不是 JSON`, en: (p: P) => `record ${s(p.seq)} was changed: its command is not JSON` },
  noDrill: { zh: (p: P) => `没有演练 ${s(p.id)}`, en: (p: P) => `no drill ${s(p.id)}` },
  scenarioChanged: { zh: () => "演练创建后情景文本被改动过", en: () => "the scenario text was changed after the drill was created" },
  /** followed by one line per problem (params.problems: engine/scenario/problems.ts Problem[]), worded by the CLI */
  scenarioInvalid: { zh: () => "存储的情景文本无法编译：", en: () => "the stored scenario text does not compile:" },
  scenarioIdDiffers: { zh: (p: P) => `存储的情景文本是“${s(p.stored)}”，演练记的是“${s(p.drill)}”`, en: (p: P) => `the stored scenario text is "${s(p.stored)}", the drill says "${s(p.drill)}"` },
  badCommand: { zh: (p: P) => `第 ${s(p.seq)} 条记录不是有效的命令（字段 ${s(p.path)}）`, en: (p: P) => `record ${s(p.seq)} is not a valid command: ${s(p.path)}: ${s(p.detail)}` },
  stateDiffers: { zh: (p: P) => `按 ${s(p.records)} 条命令重演到 ${s(p.clockMs)} 毫秒，得不到记录的状态`, en: (p: P) => `replaying ${s(p.records)} commands to ${s(p.clockMs)} ms does not give the recorded state` },
} as const;

export type VerifyCode = keyof typeof VERIFY_REASONS;
/** Why a check failed: a code and its parameters, worded by `verifyReason`. */
export type VerifyWhy = { code: VerifyCode; params: Readonly<P> };

/** The reason in `locale`. */
export function verifyReason(why: VerifyWhy, locale: UsageLocale): string {
  const w = VERIFY_REASONS[why.code] as { zh: (p: P) => string; en: (p: P) => string };
  return locale === "en" ? w.en(why.params) : w.zh(why.params);
}

/** The verdict lines. `ok`: [head line, replay line]; `mismatch`: the first line; `pair`: recorded / replayed. */
export const VERIFY_LINES = {
  ok: {
    zh: (p: { id: string; records: number; head: string }) => `核对通过 ${p.id}：${p.records} 条命令，链头 ${p.head || "（空）"}`,
    en: (p: { id: string; records: number; head: string }) => `ok ${p.id}: ${p.records} commands, chain head ${p.head || "(empty)"}`,
  },
  replayed: {
    zh: (p: { at: string; hash: string; recorded: boolean }) => `   重演至 ${p.at}：stateHash ${p.hash}${p.recorded ? "（与记录一致）" : "（服务器未记录状态哈希）"}`,
    en: (p: { at: string; hash: string; recorded: boolean }) => `   replayed to ${p.at}: stateHash ${p.hash}${p.recorded ? " (matches the recorded one)" : " (no state hash was recorded)"}`,
  },
  mismatch: {
    zh: (p: { id: string; stage: string; seq?: number; reason: string }) => `不一致 ${p.id} [${STAGE_ZH[p.stage] ?? p.stage}]${p.seq !== undefined ? ` 第 ${p.seq} 条` : ""}：${p.reason}`,
    en: (p: { id: string; stage: string; seq?: number; reason: string }) => `MISMATCH ${p.id} [${p.stage}]${p.seq !== undefined ? ` seq ${p.seq}` : ""}: ${p.reason}`,
  },
  pair: {
    zh: (p: { expected: string; actual: string }) => `   记录值 ${p.expected}\n   重演值 ${p.actual}`,
    en: (p: { expected: string; actual: string }) => `   recorded ${p.expected}\n   replayed ${p.actual}`,
  },
};

/** The check that failed, in Chinese (server/store/verify.ts VerifyStage). */
const STAGE_ZH: Record<string, string> = { drill: "演练", scenario: "情景文本", chain: "哈希链", replay: "重演", state: "状态哈希" };
