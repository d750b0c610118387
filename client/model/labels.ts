/**
 * Labels the consoles and the creation page show: the header's seat and person, the seat list of a
 * new drill's codes, and who sends a report. Agencies by their names, never raw ids.
 */
import type { LocalText } from "../../engine/model/ids.ts";
import { ANNEX_A_AREAS, annexNumberVerified, type AnnexArea } from "../../engine/scenario/rubric-schema.ts";
import { t } from "../i18n/index.ts";

/** "<seat> · <person>", or the seat alone when the person gave no name or the seat's own title. */
export function seatLabel(seat: string, person: string, sameAs: readonly string[] = []): string {
  const p = person.trim();
  return p && p !== seat && !sameAs.includes(p) ? `${seat} · ${p}` : seat;
}

/**
 * A new drill's seat codes in the scenario's order, each with its agency's name (the id when the
 * server gave none) and whether a bot plays it (`bots`: the drill's bot seats): a bot's seat needs
 * no code handed out (the page says 模拟（无需参演码）; the code is kept for a switch to a person).
 */
export function codeRows(seats: Record<string, string>, names: Record<string, LocalText> | undefined, pick: (t: LocalText) => string, bots: readonly string[] = []): Array<{ seat: string; name: string; code: string; bot: boolean }> {
  return Object.entries(seats).map(([seat, code]) => ({ seat, code, name: names?.[seat] ? pick(names[seat]) : seat, bot: bots.includes(seat) }));
}

/** The agency a seat's report is sent by (报送单位): the seat's own agency. */
export function reportSender(agencies: ReadonlyArray<{ id: string; name: LocalText }>, role: string): LocalText | undefined {
  return agencies.find((a) => a.id === role)?.name;
}

/**
 * A casualty figure's label in the scenario's own terms (`kind`: the scenario kind, ConsoleModel
 * hazardKind): 重伤（含急性工业中毒） where a toxic release can poison (493号令 第三条's wording), plain
 * 重伤 for a mine flood or a school fire; "exposed" is the hazard's own harm (the report's wording:
 * a toxic load above AEGL-2, reached by the inrush water, a harmful smoke dose). Unknown kind (a seat
 * not yet told): the 493号令 field name, and 受危害暴露. deaths, injured, missing: the same everywhere.
 */
export function figureLabel(kind: string | undefined, figure: string): string {
  if (figure === "seriousInjuries" || figure === "exposed") {
    const key = `dir.fig.${kind}.${figure}`;
    const s = kind ? t(key) : key;
    if (s !== key) return s;
    return figure === "exposed" ? t("dir.fig.generic.exposed") : t("report.seriousInjuries");
  }
  return t(`report.${figure}`);
}

/**
 * An AQ/T 9009 Annex A area as the evaluator's area chooser lists it: every one with its number and title
 * ("A.1 预警与信息报告", "A.3 事故监测与研判（编号待核实）"), the number of an area not seen in the standard's text
 * (domain.md §3.6: only 1, 2 and 4 were) marked as unverified, so the list reads alike while no remembered number
 * passes for the standard's. Reports keep annexAreaLabel (name alone for those).
 */
export function annexAreaChoice(area: AnnexArea, lang: "zh" | "en"): string {
  const a = ANNEX_A_AREAS[area];
  return `${a.no} ${lang === "zh" ? a.zh : a.en}${annexNumberVerified(area) ? "" : t("evaluator.areaUnverified")}`;
}
