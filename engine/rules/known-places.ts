/**
 * Where a report or an alarm call says the incident is (review19 school: 「120，第二实验小学有学生被烟呛了」 named the
 * school and was charged with no address). The public 报火警须知 asks for 详细地址 and 493号令 第十二条 for 地点 so that
 * the receiver knows where to go: a place the scenario knows, named, tells it as well as a road and number do.
 *
 *   knownPlaces(c) → string[]: the names of the incident unit, of each place of the scenario's map and of each spot
 *     inside the site (a room, a roadway), in Chinese (in full, and without a leading county or city:
 *     临江县第二实验小学教学楼, 第二实验小学教学楼) and in English; Chinese names of at least 3 characters, English of
 *     at least 4, so a bare 门厅 or "Hall" names no place.
 *   namesKnownPlace(c, text) → whether `text` names one of them. Errors: none.
 */
import type { Compiled } from "../compile.ts";

const cache = new WeakMap<Compiled, string[]>();
/** A leading county, city or district name (…县, …市, …区; escaped: the engine holds no Chinese text, it reads names). */
const COUNTY = /^.{1,6}?[\u53bf\u5e02\u533a]/;

export function knownPlaces(c: Compiled): string[] {
  const hit = cache.get(c);
  if (hit) return hit;
  const s = c.scenario;
  const unit = c.agencies.get(s.incidentAgency)?.name;
  const names = [...(unit ? [unit] : []), ...s.map.places.map((p) => p.name), ...(c.hazard.siteTargets?.(s) ?? []).map((t) => t.name)];
  const out = [...new Set(names.flatMap((n) => [n.zh, n.zh.replace(COUNTY, ""), n.en]))]
    .filter((w) => w.length >= (/^[\x00-\x7f]*$/.test(w) ? 4 : 3));
  cache.set(c, out);
  return out;
}

export function namesKnownPlace(c: Compiled, text: string): boolean {
  return knownPlaces(c).some((w) => text.includes(w));
}
