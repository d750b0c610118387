/**
 * The intake's checks before a command reaches the log (issue 7 §3, §12): the play schema (the
 * one validator play files use), who may give it, and that every name in it exists. What passes
 * is logged and acknowledged; whether it can apply *then* (a busy unit) stays the engine's call,
 * a rejection the room passes back to the sender.
 */
import type { Compiled } from "../../engine/compile.ts";
import { DIRECTOR_COMMANDS, type CommandType } from "../../engine/model/commands.ts";
import { formatClock, type SimMs } from "../../engine/model/time.ts";
import { mayGive } from "../../engine/rules/powers.ts";
import { checkPlay, type NameKind } from "../../engine/scenario/check-play.ts";
import { PlayCommand } from "../../engine/scenario/play-schema.ts";
import type { ServerRefusalCode } from "../../protocol/refusals.ts";
import type { SeatCode } from "../store/store.ts";
import { fieldProblem, label, plainKey, refusalText, ZOD_ZH } from "./refusal.ts";
import { commandTextProblem } from "./text-check.ts";

export type IntakeCode = Extract<ServerRefusalCode, "badCommand" | "notAllowed" | "notOwner" | "unknownName" | "drillEnded" | "badId" | "blankText" | "textTooLong" | "blankReport" | "hiddenChars">;
export type Checked = { ok: true; command: PlayCommand } | { ok: false; code: IntakeCode; reason: string; params?: Record<string, string | number> };

/** Client-made command ids: 1–64 characters of letters, digits, '-', '_', ':' or '.'. */
export const CLIENT_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * Check a command from `seat`, to take effect at `atMs`. `raw` is the play-format command
 * without `at` and `by` (the room fills them in). Returns the validated play command (with its
 * defaults filled) or a code and a reason for the sender. `only`: the names the seat may use
 * (a double-blind seat not yet told: what it was shown, live/views.ts shownNames); any other is
 * refused as one the scenario lacks, so a guessed id ("mrt") never tells what the scenario holds.
 */
export function checkCommand(c: Compiled, seat: SeatCode, raw: unknown, atMs: SimMs, only: Partial<Record<NameKind, ReadonlySet<string>>> = {}): Checked {
  if (seat.kind === "observer" || seat.kind === "evaluator") return no("notAllowed", "noCommands", { role: label("refusedRole", seat.kind) });
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return no("badCommand", "commandShape");
  if ("at" in raw || "by" in raw) return no("badCommand", "noAtBy");
  const text = commandTextProblem(raw as Record<string, unknown>);
  if (text) return no(text.code, `refusedText.${text.code}`, text.params);
  const by = seat.kind === "director" ? "director" : seat.seat;
  const parsed = PlayCommand.safeParse({ ...raw, at: formatClock(atMs), by }, ZOD_ZH);
  if (!parsed.success) {
    // the field and what it must be, as codes and figures the client words (newcomer 19 item 7), and in zh-CN words
    const f = fieldProblem(parsed.error.issues[0], "commandField.type", "command", String((raw as { type?: unknown }).type));
    return { ok: false, code: "badCommand", reason: refusalText("badField", f.words), params: f.params };
  }
  const cmd = parsed.data;
  const directorOnly = DIRECTOR_COMMANDS.has(cmd.type as CommandType);
  // a free inject is a 情景注入 too (the catalogue's command names are the evaluator's glossary)
  const type = label("command", cmd.type === "adHocInject" ? "injectNow" : cmd.type);
  if (seat.kind === "director" && !directorOnly) return no("notAllowed", "directorGives", { list: [...DIRECTOR_COMMANDS].map((x) => label("command", x)).join("、"), type });
  if (seat.kind === "seat" && directorOnly) return no("notAllowed", "directorOnly", { type });
  if (seat.kind === "seat") {
    const kind = c.agencies.get(seat.seat)?.kind;
    if (!kind) return no("notAllowed", "noAgency", { agency: seat.seat });
    if (!mayGive(kind, cmd.type as CommandType)) return no("notAllowed", "noPower", { kind: label("agencyKind", kind), type });
    const units = cmd.type === "dispatch" || cmd.type === "recall" ? cmd.units : [];
    const foreign = units.find((u) => c.units.get(u) !== undefined && c.units.get(u)!.agency !== seat.seat);
    if (foreign) return no("notOwner", "notOwner", { unit: c.units.get(foreign)?.name.zh ?? foreign });
  }
  const missing = checkPlay({ scenario: c.scenario.id, seed: 0, commands: [cmd] }, c, only)[0];
  if (missing) {
    // check-play words it `no <kind> "<id>" in scenario …`
    const [, kind = "other", name = missing.message] = /^no (\w+) "([^"]*)"/.exec(missing.message) ?? [];
    return no("unknownName", "unknownName", { kind: label("refusedName", kind), name });
  }
  return { ok: true, command: cmd };
}

/** A refusal: its stable `code` and the zh-CN reason worded from `refused.<key>` (server/live/refusal.ts). */
function no(code: IntakeCode, key: string, params: Record<string, string | number> = {}): Checked {
  // a text refusal's params go to the client too, which words the field in its own language
  // so do figures-only ones, with the catalogue key they are worded from (refusal.ts plainKey)
  // (params that are already words stay in the reason: a client words the code alone)
  const plain = plainKey(key, params);
  const sent = params.fieldId !== undefined ? params : plain.key !== undefined ? { ...plain, ...params } : undefined;
  return { ok: false, code, reason: refusalText(key, params), ...(sent ? { params: sent } : {}) };
}
