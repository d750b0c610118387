/**
 * The fire brigade told where a missing or trapped person is, and not searching there at once (SEARCH_NOT_AIMED,
 * issue 10; r22 school d3: the school tells the brigade at 00:14 that the missing pupil was last seen in the
 * third-floor toilets, and its crew reaches them only at 00:24:30 while the best play's is there at 00:14:30).
 * 消防法 第四十五条第一款: the fire service commanding the fire ground 优先保障遇险人员的生命安全 — told where a person
 * in danger is, it sends its search or rescue there first. 「立即」 is taken as 5 min after being told (本县设定, the same
 * 5 min as the school's own passing-on of where the trapped are: told-rescuers.ts TELL_LOCAL_BASIS).
 *
 *   told        a message from another agency to a searcher (the fire brigade, the mine rescue team) that speaks of
 *               people missing (MISSING; a class known to wait shut in a room is brought out by a rescue, which the
 *               model aims at no room: the 00:09 音乐教室 message is no search owed) and names one room of the building: its own name
 *               (科学实验准备室), or its floor and its kind where that floor has one room of the kind (三楼卫生间: the
 *               third-floor toilets). A floor's five classrooms are no one place: "三楼教室" names none.
 *   searched    the searcher's crew sent with a search or rescue task aimed at that room (a dispatch's `target`),
 *               at any time up to 5 min after the message.
 *   finding     one per searcher and room, on the first message naming it: 搜救迟延 when the aimed search came later
 *               (its time and lateness stated), 未搜救 when none came by the drill's end. Not judged while the 5 min
 *               have not run out at the drill's end (a deadline past the last simulated time is open).
 * What is judged is the searcher's own act on what it was told; whether the room was the right one is the teller's
 * (the school naming the wrong floor is its fault, not the brigade's that searched where it was told). A room the teller
 * named against what it had heard (its injects speaking of the missing name other rooms: told-place.ts misplaced, the
 * school's 「二楼卫生间」 after its head teacher's 三楼厕所) is no search owed: nobody was there, and not searching it cost
 * nothing; the misleading is the teller's (told-rescuers.ts: 误导搜救，不算告知; review23 school (4), v5-wrong-floor).
 * Evidence: the message that told it, and the aimed dispatch (late) or the drill's end (never).
 * Section: dispatch (力量调派: the searchers' crews sent where the people are). ruleId TOLD_SEARCH_RULE so the outcome's
 * causes can cite it (causes.ts RESCUE_RULES) and the reruns correct it (cause-reruns.ts aimFix).
 */
import type { EvalContext } from "./context.ts";
import { clock, span } from "./context.ts";
import { finding } from "./findings.ts";
import type { Finding } from "./report-model.ts";
import { DENIED } from "./heard.ts";

export const TOLD_SEARCH_RULE = "SEARCH-TOLD";
/** 「立即」 for searching where one was told the missing are: 5 min (本县设定; header) */
export const SEARCH_WITHIN_MS = 5 * 60_000;
export const TOLD_SEARCH_BASIS = "消防法 第四十五条第一款（消防救援机构统一组织和指挥火灾现场扑救，应当优先保障遇险人员的生命安全）；获知遇险人员位置后“立即”搜救，按5分钟计（本县设定，与学校告知被困人员位置的5分钟相同）";

const SEARCHERS: ReadonlySet<string> = new Set(["fireRescue", "mineRescueTeam"]);
const SEARCH_TASKS: ReadonlySet<string> = new Set(["search", "rescue"]);
/** Words of people missing (not where they are known to wait: a class shut in a room is brought out by a rescue, not searched for) */
export const MISSING = /下落不明|失踪|没回来|不见了|找不到|missing/i;
const CN = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** Words naming a kind of room (the building model's ROOM_KINDS), zh and en. */
const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  toilet: /卫生间|厕所|洗手间|toilet/i,
  classroom: /教室|classroom/i,
  lab: /实验室|lab/i,
  office: /办公室|office/i,
  hall: /门厅|大厅|hall/i,
};

interface Room { id: string; name: { zh: string; en: string }; floor: number; kind: string }

/** The rooms of the building `text` names (header: "told"); none outside a building fire. */
export function namedRooms(x: EvalContext, text: string): Room[] {
  const h = x.c.scenario.hazard as { model: string; rooms?: Room[] };
  if (h.model !== "building-fire" || !h.rooms) return [];
  const floorSaid = (n: number) => new RegExp(`(^|[^0-9十])(${n}|${CN[n] ?? n})[楼层]`).test(text);
  const only = (r: Room) => h.rooms!.filter((o) => o.floor === r.floor && o.kind === r.kind).length === 1;
  return h.rooms.filter((r) => text.includes(r.name.zh) || (floorSaid(r.floor) && (KIND_WORDS[r.kind]?.test(text) ?? false) && only(r)));
}

/** The searchers told where people are and not searching there within 5 min (header). */
export function searchWhereTold(x: EvalContext): Finding[] {
  const kind = (a: string) => x.c.agencies.get(a)?.kind ?? "";
  const seen = new Set<string>();
  const out: Finding[] = [];
  x.events.forEach((e, i) => {
    if (e.type !== "messageSent" || !MISSING.test(e.text.replace(DENIED, " "))) return;
    // what the teller had heard of the missing (its injects before the message): a room it named against that is no telling
    const heard = x.events.filter((h) => h.type === "injectDelivered" && h.at <= e.at && h.to.includes(e.from)).map((h) => (h.type === "injectDelivered" ? `${h.text.zh} ${h.text.en}` : "")).filter((t) => MISSING.test(t));
    const known = namedRooms(x, heard.join(" "));
    const rooms = namedRooms(x, e.text).filter((r) => known.length === 0 || known.some((k) => k.id === r.id));
    for (const to of e.to) {
      if (to === e.from || !SEARCHERS.has(kind(to))) continue;
      for (const room of rooms) {
        const key = `${to}>${room.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const due = e.at + SEARCH_WITHIN_MS;
        if (due > x.endMs) continue;
        // the need ends when the people in that room are out (brought out by another crew's search): an aimed search
        // sent after that is none, and "至 02:00:00 未派出" would run past it (review23 school 7)
        const outAt = roomOut(x, room.id);
        const aimed = x.events.findIndex((d) => d.type === "unitDispatched" && d.agency === to && SEARCH_TASKS.has(d.task) && d.target === room.id && (outAt === undefined || d.at <= x.events[outAt]!.at));
        const at = aimed >= 0 ? x.events[aimed]!.at : undefined;
        if (at !== undefined && at <= due) continue;
        const who = x.agencyName(to);
        const from = x.agencyName(e.from);
        const told = { zh: `${clock(e.at)} ${from.zh}告知${who.zh}遇险人员在${room.name.zh}`, en: `at ${clock(e.at)} ${from.en} told ${who.en} that people in danger were in the ${room.name.en}` };
        const out_ = outAt !== undefined ? clock(x.events[outAt]!.at) : undefined;
        const message = at !== undefined
          ? { zh: `获知遇险人员位置后搜救迟延：${told.zh}，${who.zh}至 ${clock(at)} 才派出搜救力量前往，应在 ${clock(due)} 前（获知后5分钟），迟延 ${span(at - due).zh}`, en: `Search sent late where people were reported: ${told.en}; it sent a search there only at ${clock(at)}, due by ${clock(due)} (5 min after being told), ${span(at - due).en} late` }
          : out_ !== undefined
            ? { zh: `获知遇险人员位置后未搜救：${told.zh}，${who.zh}未派出搜救力量前往该处（应在 ${clock(due)} 前，获知后5分钟）；该处遇险人员至 ${out_} 才被救出（未经定点搜救）`, en: `No search where people were reported: ${told.en}; it sent no search there (due by ${clock(due)}, 5 min after being told); the people there were brought out only at ${out_}, by no search aimed there` }
            : { zh: `获知遇险人员位置后未搜救：${told.zh}，至 ${clock(x.endMs)} ${who.zh}未派出搜救力量前往该处，应在 ${clock(due)} 前（获知后5分钟）`, en: `No search where people were reported: ${told.en}; by ${clock(x.endMs)} it had sent no search there, due by ${clock(due)} (5 min after being told)` };
        out.push(finding({
          code: "SEARCH_NOT_AIMED", section: "dispatch", agency: to, atMs: due, ruleId: TOLD_SEARCH_RULE, basis: TOLD_SEARCH_BASIS, message,
          evidence: { events: [i, aimed >= 0 ? aimed : outAt ?? x.endEvent], messages: [e.id], obligations: [] },
          // its own ✗ mark at the deadline (finding-marks.ts; review23 school 7): late at the aimed dispatch, or never
          mark: { text: { zh: `获知遇险人员在${room.name.zh}后5分钟内派出搜救力量前往该处`, en: `a search sent to the ${room.name.en} within 5 min of being told people in danger were there` }, dueMs: due, ...(aimed >= 0 ? { doneEvent: aimed } : {}) },
          key: `told-search:${key}`,
        }));
      }
    }
  });
  return out;
}

/** The event at which the last occupant group of room `roomId` was brought out (the fire model's groupRescued), if all were. */
function roomOut(x: EvalContext, roomId: string): number | undefined {
  const h = x.c.scenario.hazard as { occupants?: Array<{ room: string; name: { zh: string } }> };
  const names = new Set((h.occupants ?? []).filter((o) => o.room === roomId).map((o) => o.name.zh));
  if (names.size === 0) return undefined;
  const done = new Set<string>();
  for (let i = 0; i < x.events.length; i++) {
    const e = x.events[i]!;
    if (e.type !== "hazardChanged" || e.what !== "groupRescued") continue;
    const g = e.params.group as { zh?: string } | string | undefined;
    const name = typeof g === "string" ? g : g?.zh;
    if (name !== undefined && names.has(name)) done.add(name);
    if (done.size === names.size) return i;
  }
  return undefined;
}
