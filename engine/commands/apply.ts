/**
 * Apply one command: authorise it (who may give it), then hand it to its subsystem. An
 * invalid command is a `rejected` event with a reason, never an exception.
 */
import { noteAction } from "../knowledge/deliver.ts";
import { DIRECTOR_COMMANDS, type Command } from "../model/commands.ts";
import { DIRECTOR } from "../model/ids.ts";
import { applyEvacuate, applyShelter } from "../people/orders.ts";
import { mayGive } from "../rules/powers.ts";
import { applyAdHocInject, applyInjectNow } from "../injects/injects.ts";
import type { Tx } from "../tx.ts";
import { applyDispatch, applyRecall } from "../units/dispatch.ts";
import { applyAcknowledge, applyMessage, applyReport, applyRequestSupport } from "./communicate.ts";
import { applyActivateResponse, applyCordon, applyEnd, applyWarning } from "./field.ts";
import { reject } from "./reject.ts";

export function applyCommand(tx: Tx, cmd: Command): void {
  if (tx.s.ended) return reject(tx, cmd, "drillEnded", "the drill has ended");
  if (DIRECTOR_COMMANDS.has(cmd.type)) {
    if (cmd.by !== DIRECTOR) return reject(tx, cmd, "notAllowed", `only the director (导调) may give "${cmd.type}"`);
  } else {
    const agency = tx.c.agencies.get(cmd.by);
    if (!agency) return reject(tx, cmd, "unknownAgency", `no agency "${cmd.by}"`);
    if (!mayGive(agency.kind, cmd.type)) return reject(tx, cmd, "notAllowed", `a ${agency.kind} agency has no power to give "${cmd.type}"`);
  }
  const before = tx.events.length;
  route(tx, cmd);
  const accepted = !tx.events.slice(before).some((e) => e.type === "rejected");
  if (accepted && cmd.by !== DIRECTOR) noteAction(tx, cmd.by, cmd.type === "dispatch" ? ["dispatch", `dispatch:${cmd.task}`] : [cmd.type]);
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
      throw new Error(`unhandled command ${JSON.stringify(unknown)}`);
    }
  }
}
