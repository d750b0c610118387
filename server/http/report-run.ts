/**
 * The run facts a live drill's report gives (cli/report/run.ts DrillRun), from what the store holds:
 * the drill record (its creation time, the seats set to bots), the audit log (clock starts, joins
 * under the names people entered, seats switched to a bot) and the command log (commands a bot gave).
 */
import type { DrillRun } from "../../cli/report/run.ts";
import type { AuditEntry, DrillRecord, LogRecord } from "../store/store.ts";

/**
 * `utcOffsetMin`: minutes east of UTC the run's time is read in (the server's zone by default).
 * A seat counts as bot-played if it is set to a bot now, was switched to one, or a bot gave a command on it.
 */
export function drillRun(record: Pick<DrillRecord, "createdAt" | "settings">, audit: readonly AuditEntry[], log: readonly Pick<LogRecord, "by" | "person">[], utcOffsetMin = -new Date().getTimezoneOffset()): DrillRun {
  const started = audit.find((a) => a.action === "clock:resume");
  const bots = new Set(record.settings.bots);
  for (const a of audit) if (a.action === "seatMode" && a.detail?.mode === "bot" && typeof a.detail.seat === "string") bots.add(a.detail.seat);
  for (const l of log) if (l.person.startsWith("bot:")) bots.add(l.by);
  const people = new Map<string, string[]>();
  for (const a of audit) {
    const seat = a.action === "join" && typeof a.detail?.seat === "string" ? a.detail.seat : undefined;
    if (!seat || !a.who.trim()) continue;
    const names = people.get(seat) ?? [];
    if (!names.includes(a.who)) names.push(a.who);
    people.set(seat, names);
  }
  return { ranAt: started?.at ?? record.createdAt, utcOffsetMin, bots: [...bots].sort(), people: [...people].map(([seat, names]) => ({ seat, names })) };
}
