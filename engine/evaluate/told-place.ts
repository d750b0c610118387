/**
 * A telling of where the trapped or missing are that names the wrong place is no telling (review22 school 4,
 * v5-wrong-floor: the school told the brigade 「最后有人看见他去了二楼卫生间」 at 00:14 while its head teacher had said
 * 三楼厕所 at 00:13:24; the report credited it as told, 23.9 like the right floor). TELL-RESCUERS (told-rescuers.ts)
 * owes the rescuers the place the unit knew: 公安部令第61号《机关、团体、企业、事业单位消防安全管理规定》 and the
 * school's own plan have it tell the arriving fire brigade where people are trapped; a wrong place sends the search
 * elsewhere (消防法 第四十五条: the commander searches where told).
 *
 *   misplaced(x, news, call) → the rooms the call names (namedRooms, told-search.ts) when the call speaks of someone
 *   missing (told-search.ts MISSING), the news the unit had names rooms of the building and the call names none of them
 *   (a call about the class shut in the music room is about other people: the good play's 00:09 call); undefined when the call names no room, the news none, or a
 *   room of the news (a right or vaguer telling). Shapes: `news`, `call`: the texts (zh and en joined).
 *   wrongPlaceWords(x, at, said, known) → the clause the finding prints: 「；其 00:14:00 告知的位置（二楼卫生间）与其所知
 *   （三楼卫生间）不符，误导搜救，不算告知」.
 */
import { clock, type EvalContext } from "./context.ts";
import type { LocalText } from "../model/ids.ts";
import { MISSING, namedRooms } from "./told-search.ts";

type Rooms = ReturnType<typeof namedRooms>;

export function misplaced(x: EvalContext, news: string, call: string): { said: Rooms; known: Rooms } | undefined {
  // only a call about the missing person (MISSING): a call about others, the class shut in the music room, tells of them
  if (!MISSING.test(call)) return undefined;
  const known = namedRooms(x, news);
  const said = namedRooms(x, call);
  if (known.length === 0 || said.length === 0 || said.some((r) => known.some((k) => k.id === r.id))) return undefined;
  return { said, known };
}

export function wrongPlaceWords(at: number, w: { said: Rooms; known: Rooms }): LocalText {
  const zh = (rs: Rooms) => rs.map((r) => r.name.zh).join("、");
  const en = (rs: Rooms) => rs.map((r) => r.name.en).join(", ");
  return {
    zh: `；其 ${clock(at)} 告知的位置（${zh(w.said)}）与其所知（${zh(w.known)}）不符，误导搜救，不算告知`,
    en: `; the place it gave at ${clock(at)} (${en(w.said)}) is not the one it knew (${en(w.known)}): a telling that misleads the search is no telling`,
  };
}
