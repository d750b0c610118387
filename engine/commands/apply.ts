/**
 * Apply one command: check its shape against the play schema (the engine's own copy of the
 * validator the CLI and the server use), authorise it (who may give it), then hand it to its
 * subsystem. Whatever arrives, the outcome is events: a command that cannot apply is a
 * `rejected` event with a code, never an exception (house rule: `step()` never throws).
 */
import { noteAction, noteKnown } from "../knowledge/deliver.ts";
import { tells } from "../rules/telling.ts";
import { reportsInWords } from "../rules/message-words.ts";
import type { DrillEvent } from "../model/events.ts";
import { DIRECTOR_COMMANDS, type Command } from "../model/commands.ts";
import { DIRECTOR } from "../model/ids.ts";
import { applyEvacuate, applyShelter } from "../people/orders.ts";
import { mayGive } from "../rules/powers.ts";
import { applyAdHocInject, applyInjectNow } from "../injects/injects.ts";
import { EngineCommand } from "../scenario/play-schema.ts";
import type { Tx } from "../tx.ts";
import { applyDispatch, applyRecall } from "../units/dispatch.ts";
import { applyAcknowledge, applyMessage, applyReport, applyRequestSupport } from "./communicate.ts";
import { applyActivateResponse, applyCordon, applyEnd, applyWarning } from "./field.ts";
import { reject, type CommandRef } from "./reject.ts";

export function applyCommand(tx: Tx, raw: unknown): void {
  const parsed = EngineCommand.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reject(tx, envelope(raw), "badCommand", { field: issue?.path.join(".") ?? "", problem: issue?.code ?? "invalid" });
  }
  const cmd = parsed.data;
  if (tx.s.ended) return reject(tx, cmd, "drillEnded");
  if (DIRECTOR_COMMANDS.has(cmd.type)) {
    if (cmd.by !== DIRECTOR) return reject(tx, cmd, "directorOnly");
  } else {
    const agency = tx.c.agencies.get(cmd.by);
    if (!agency) return reject(tx, cmd, "unknownAgency", { agency: cmd.by });
    if (!mayGive(agency.kind, cmd.type)) return reject(tx, cmd, "notAllowed", { kind: agency.kind });
  }
  const before = tx.events.length;
  route(tx, cmd);
  const accepted = !tx.events.slice(before).some((e) => e.type === "rejected");
  if (accepted && cmd.by !== DIRECTOR) {
    // an agency that acts on the incident knew of it: its knowledge is never dated after its own act (review19 mine A1)
    if (actsOnIncident(tx, cmd.type, tx.events.slice(before))) noteKnown(tx, cmd.by);
    noteAction(tx, cmd.by, cmd.type === "dispatch" ? ["dispatch", `dispatch:${cmd.task}`] : [cmd.type]);
  }
}

/** Orders that act on the incident itself (units sent, people moved or kept in, a cordon, a warning, a response level). */
const FIELD_ACTS: ReadonlySet<string> = new Set(["dispatch", "requestSupport", "evacuate", "shelter", "cordon", "warning", "activateResponse"]);

/**
 * Whether an accepted command acts on the incident, once it has been found (scenario incidentFoundAt): a field order, or a
 * communication that tells of it (rules/telling.ts; a holding reply such as "正在核实" does not). Domain.md §5: an agency
 * is judged from when it knew, and its own act on the incident is proof it knew (review19 mine A1: the mine head's 00:30
 * call to the rescue team, dated 01:05:50 by the positioning system's inject).
 */
function actsOnIncident(tx: Tx, type: string, events: readonly DrillEvent[]): boolean {
  if (tx.t < tx.c.foundAtMs) return false;
  // a call counts only when it gives facts (message-words.ts reportsInWords): "值班室例行通话" to the director is no act
  // on the incident, and would open duties for a seat nobody told (issue 10 §1)
  return FIELD_ACTS.has(type) || events.some((e) => tells(tx.c, e) && (e.type !== "messageSent" || reportsInWords(e.text)));
}

/** seq, by and type of a command that failed its schema, with neutral stand-ins for what is missing. */
function envelope(raw: unknown): CommandRef {
  const o = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    seq: typeof o.seq === "number" && Number.isFinite(o.seq) ? o.seq : -1,
    by: typeof o.by === "string" ? o.by : "",
    type: typeof o.type === "string" ? o.type : "",
  };
}

function route(tx: Tx, cmd: Command): void {
  switch (cmd.type) {
    case "report": return applyReport(tx, cmd);
    case "message": return applyMessage(tx, cmd);
    case "acknowledge": return applyAcknowledge(tx, cmd);
    case "requestSupport": return applyRequestSupport(tx, cmd);
    case "dispatch": return applyDispatch(tx, cmd);
    case "recall": return applyRecall(tx, cmd);
    case "cordon": return applyCordon(tx, cmd);
    case "evacuate": return applyEvacuate(tx, cmd);
    case "shelter": return applyShelter(tx, cmd);
    case "warning": return applyWarning(tx, cmd);
    case "activateResponse": return applyActivateResponse(tx, cmd);
    case "injectNow": return applyInjectNow(tx, cmd);
    case "adHocInject": return applyAdHocInject(tx, cmd);
    case "end": return applyEnd(tx, cmd);
    default: {
      const unknown: never = cmd;
      return reject(tx, unknown, "badCommand", { field: "type", problem: "invalid_union" });
    }
  }
}
