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
import { checkPlay } from "../../engine/scenario/check-play.ts";
import { PlayCommand } from "../../engine/scenario/play-schema.ts";
import type { SeatCode } from "../store/store.ts";

export type IntakeCode = "badCommand" | "notAllowed" | "notOwner" | "unknownName" | "drillEnded" | "badId";
export type Checked = { ok: true; command: PlayCommand } | { ok: false; code: IntakeCode; reason: string };

/** Client-made command ids: 1–64 characters of letters, digits, '-', '_', ':' or '.'. */
export const CLIENT_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * Check a command from `seat`, to take effect at `atMs`. `raw` is the play-format command
 * without `at` and `by` (the room fills them in). Returns the validated play command (with its
 * defaults filled) or a code and a reason for the sender.
 */
export function checkCommand(c: Compiled, seat: SeatCode, raw: unknown, atMs: SimMs): Checked {
  if (seat.kind === "observer" || seat.kind === "evaluator") return no("notAllowed", `an ${seat.kind} cannot give commands`);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return no("badCommand", "a command is an object with a type");
  if ("at" in raw || "by" in raw) return no("badCommand", "leave out at and by: the room sets the time and the seat");
  const by = seat.kind === "director" ? "director" : seat.seat;
  const parsed = PlayCommand.safeParse({ ...raw, at: formatClock(atMs), by });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return no("badCommand", `${issue?.path.join(".") || "command"}: ${issue?.message ?? "invalid"}`);
  }
  const cmd = parsed.data;
  const directorOnly = DIRECTOR_COMMANDS.has(cmd.type as CommandType);
  if (seat.kind === "director" && !directorOnly) return no("notAllowed", `the director gives ${[...DIRECTOR_COMMANDS].join(", ")}; agencies give "${cmd.type}"`);
  if (seat.kind === "seat" && directorOnly) return no("notAllowed", `only the director (导调) may give "${cmd.type}"`);
  if (seat.kind === "seat") {
    const kind = c.agencies.get(seat.seat)?.kind;
    if (!kind) return no("notAllowed", `no agency "${seat.seat}"`);
    if (!mayGive(kind, cmd.type as CommandType)) return no("notAllowed", `a ${kind} agency has no power to give "${cmd.type}"`);
    const units = cmd.type === "dispatch" || cmd.type === "recall" ? cmd.units : [];
    const foreign = units.find((u) => c.units.get(u) !== undefined && c.units.get(u)!.agency !== seat.seat);
    if (foreign) return no("notOwner", `unit "${foreign}" belongs to another agency`);
  }
  const missing = checkPlay({ scenario: c.scenario.id, seed: 0, commands: [cmd] }, c)[0];
  if (missing) return no("unknownName", missing.message);
  return { ok: true, command: cmd };
}

function no(code: IntakeCode, reason: string): Checked {
  return { ok: false, code, reason };
}
