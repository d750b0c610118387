/**
 * Apply one command: check its shape against the play schema (the engine's own copy of the
 * validator the CLI and the server use), authorise it (who may give it), then hand it to its
 * subsystem. Whatever arrives, the outcome is events: a command that cannot apply is a
 * `rejected` event with a code, never an exception (house rule: `step()` never throws).
 */
import { noteAction } from "../knowledge/deliver.ts";
import { DIRECTOR_COMMANDS, type Command } from "../model/commands.ts";
import { DIRECTOR } from "../model/ids.ts";
import { applyEvacuate, applyShelter } from "../people/orders.ts";
import { isSiteOwner, mayGive } from "../rules/powers.ts";
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
  if (accepted && cmd.by !== DIRECTOR) noteAction(tx, cmd.by, actedKinds(tx, cmd));
}

/** The kinds of action an accepted command counts as (rules/actions.ts actionOf): a site owner's activation is its plan's. */
function actedKinds(tx: Tx, cmd: Command): string[] {
  if (cmd.type === "dispatch") return ["dispatch", `dispatch:${cmd.task}`];
  if (cmd.type === "activateResponse" && isSiteOwner(tx.c.agencies.get(cmd.by)?.kind)) return ["activatePlan"];
  return [cmd.type];
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
