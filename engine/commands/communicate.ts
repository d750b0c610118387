/** report, message, acknowledge, requestSupport: communication between agencies. */
import { deliver, knowledgeOf } from "../knowledge/deliver.ts";
import type { CommandOf } from "../model/commands.ts";
import { DIRECTOR } from "../model/ids.ts";
import { missingReportFields, reportedFiguresKnown, statedFigures } from "../rules/report-fields.ts";
import { tells } from "../rules/telling.ts";
import { workInWords } from "../rules/message-words.ts";
import { emit, nextMessageId, type Tx } from "../tx.ts";
import { reject } from "./reject.ts";

export function applyReport(tx: Tx, cmd: CommandOf<"report">): void {
  if (!tx.c.agencies.has(cmd.to)) return reject(tx, cmd, "unknownAgency", { agency: cmd.to });
  if (cmd.to === cmd.by) return reject(tx, cmd, "reportToSelf");
  const id = nextMessageId(tx);
  const missingFields = missingReportFields(cmd.content, tx.c);
  const k = knowledgeOf(tx, cmd.by);
  const none = { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 };
  const truth = tx.s.casualties;
  emit(tx, {
    type: "reportSubmitted", seq: cmd.seq, id, from: cmd.by, to: cmd.to, kind: cmd.kind, mode: cmd.mode, content: cmd.content, missingFields: [...missingFields],
    senderKnew: k?.knownCasualties ?? none,
    senderWasTold: k?.claimedCasualties ?? none,
    truth: { deaths: truth.deaths, seriousInjuries: truth.seriousInjuries, injured: truth.injured, missing: truth.missing },
  });
  deliver(
    tx,
    { id, atMs: tx.t, kind: "report", from: cmd.by, to: [cmd.to], channel: cmd.mode === "oral" ? "phone" : "written", report: { kind: cmd.kind, mode: cmd.mode, content: cmd.content } },
    // what it tells of the work: its figures (0 missing tells of nobody trapped) and its words ("员工吸入氯气倒地")
    { ...(cmd.content.casualties ? { casualties: statedFigures(cmd.content.casualties), reliable: reportedFiguresKnown(tx.c, cmd.by) } : {}), ...carried(tx, reportWords(cmd.content)) },
    told(tx),
  );
}

/** What a call or report tells of the work (casualties, people trapped) in its words (rules/duty-work.ts), when it tells at all. */
function carried(tx: Tx, words: string): { work: number } | undefined {
  const work = told(tx) ? workInWords(words) : 0;
  return work ? { work } : undefined;
}

/** A report's words (scene, sequence, measures, other …): what it says beyond its figures. */
function reportWords(content: CommandOf<"report">["content"]): string {
  return Object.entries(content).flatMap(([k, v]) => (k === "casualties" ? [] : [v].flat().filter((w): w is string => typeof w === "string"))).join(" ");
}

/** Whether the communication just emitted tells its recipients of the incident (rules/telling.ts: a holding reply does not). */
function told(tx: Tx): boolean {
  return tells(tx.c, tx.events[tx.events.length - 1]!);
}

export function applyMessage(tx: Tx, cmd: CommandOf<"message">): void {
  // the director (导调) may be written to: answers to its spot questions go there
  const unknown = cmd.to.find((a) => a !== DIRECTOR && !tx.c.agencies.has(a));
  if (unknown) return reject(tx, cmd, "unknownAgency", { agency: unknown });
  const to = cmd.to.filter((a) => a !== cmd.by);
  if (to.length === 0) return reject(tx, cmd, "noRecipient");
  const id = nextMessageId(tx);
  emit(tx, { type: "messageSent", seq: cmd.seq, id, from: cmd.by, to, channel: cmd.channel, text: cmd.text, ...(cmd.localText ? { localText: cmd.localText } : {}) });
  deliver(tx, { id, atMs: tx.t, kind: "message", from: cmd.by, to, channel: cmd.channel, text: cmd.text, ...(cmd.localText ? { localText: cmd.localText } : {}) }, carried(tx, cmd.text ?? ""), told(tx));
}

export function applyAcknowledge(tx: Tx, cmd: CommandOf<"acknowledge">): void {
  if (!tx.c.agencies.has(cmd.to)) return reject(tx, cmd, "unknownAgency", { agency: cmd.to });
  const id = nextMessageId(tx);
  emit(tx, { type: "acknowledged", seq: cmd.seq, id, from: cmd.by, to: cmd.to, ...(cmd.text ? { text: cmd.text } : {}) });
  deliver(tx, { id, atMs: tx.t, kind: "ack", from: cmd.by, to: [cmd.to], channel: "phone", ...(cmd.text ? { text: cmd.text } : {}), ...(cmd.localText ? { localText: cmd.localText } : {}) }, carried(tx, cmd.text ?? ""), told(tx));
}

export function applyRequestSupport(tx: Tx, cmd: CommandOf<"requestSupport">): void {
  if (!tx.c.agencies.has(cmd.from)) return reject(tx, cmd, "unknownAgency", { agency: cmd.from });
  if (cmd.place && !tx.c.graph.places.has(cmd.place)) return reject(tx, cmd, "unknownPlace", { place: cmd.place });
  const id = nextMessageId(tx);
  emit(tx, { type: "supportRequested", seq: cmd.seq, id, by: cmd.by, from: cmd.from, unitType: cmd.unitType, count: cmd.count, ...(cmd.place ? { place: cmd.place } : {}) });
  const request = { unitType: cmd.unitType, count: cmd.count, ...(cmd.place ? { place: cmd.place } : {}) };
  deliver(tx, { id, atMs: tx.t, kind: "request", from: cmd.by, to: [cmd.from], channel: "phone", request });
}
