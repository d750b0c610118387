/**
 * An answer to a spot question meets the question; it meets a report duty only when it is a report (review19 mine A2).
 * The county bureau's answer to the city's 随机提问 at 01:15 — 「我局刚接到你们的询问才获知兴隆煤矿透水，尚未收到矿方
 * 报告；…正在向矿方核实，核实后立即报告」 — tells (it is more than a holding phrase, rules/telling.ts), so it answers the
 * question, but it states none of 493号令 第十二条's elements: it was taken as the bureau's 第十一条 report to the city
 * and the 漏报 vanished. A call answering an open spot question from its addressee therefore meets that addressee's
 * report duties only when its words report something of 第十二条 (message-words.ts reportsInWords); a call made on the
 * reporter's own initiative keeps the rule of telling.ts (a call that tells is the report where no written form is
 * asked: the enterprise's 110 call).
 *   answerOnly(tx, e) → true for a message answering an open spot question of one of its recipients and reporting nothing.
 */
import type { EventOf } from "../model/events.ts";
import type { Tx } from "../tx.ts";
import { reportsInWords } from "./message-words.ts";

export function answerOnly(tx: Tx, e: EventOf<"messageSent">): boolean {
  const asked = tx.s.obligations.some((o) => o.ruleId === "SPOT-QUESTION" && o.agency === e.from && o.to !== undefined && e.to.includes(o.to) && o.metAtMs === undefined && o.openedAtMs <= e.at);
  return asked && !reportsInWords(e.text);
}
