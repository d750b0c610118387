/**
 * The words that count as each element of an alarm call (issue 10 §4, §13: data, not code), in the rules profile's
 * `alarmWords` (scenarios/rules/county-default.yaml), so a trainer can add a dialect word without touching code.
 *
 *   alarmWords.<hazard model>.<element> = { zh: [word…], en: [word…] }
 *     hazard model: building-fire, chemical-release, mine-flood (the scenario's `hazard.model`)
 *     element: what (what happened: a fire, a leak, water breaking in), where (an address, or a place underground),
 *       people (people in danger), trapped (the part of the people a searcher needs: trapped or missing), caller (the
 *       caller's name or number); at a chemical release also substance: { <chemical>: { zh, en } } for every chemical
 *       the chemical-release model knows (hazard-chemical.ts), the words that name it (氯 / chlorine).
 *     The unit's name is the scenario's own (its incident agency), not a word list.
 *   Each word is matched case-insensitively anywhere in the call's words; it is read as a regular expression, so a
 *   pattern may stand for a number (`\d+号`, a house number; `\d{7,}`, a phone number). Words that deny or ask
 *   ("无人员伤亡", "有没有被困") are set aside before people and trapped are read (evaluate/heard.ts `says`).
 * Errors (file, line, field): a model, an element, a language or a chemical left out is "required field is missing";
 * an empty list is out of range (≥ 1 items); a word that is no regular expression is refused at its line.
 */
import { z } from "zod";
import { Chemical } from "./hazard-chemical.ts";

/** One element's words in each language: at least one each, every one a valid regular expression. */
const Word = z.string().min(1).refine((p) => { try { new RegExp(p, "iu"); return true; } catch { return false; } }, "an alarm word is read as a regular expression, and this one is not valid (write a word, or a pattern such as \\d+号)");
const Words = z.object({ zh: z.array(Word).min(1), en: z.array(Word).min(1) }).strict();
export type AlarmWordList = z.infer<typeof Words>;

/** The elements read from words for every hazard model. */
const ModelWords = z.object({ what: Words, where: Words, people: Words, trapped: Words, caller: Words }).strict();

/** The rules profile's `alarmWords` (see the module note). */
export const AlarmWords = z
  .object({
    "building-fire": ModelWords,
    "mine-flood": ModelWords,
    // the substance is a chemical release's only (危化条例 第七十三条), named per chemical the model knows
    "chemical-release": ModelWords.extend({ substance: z.record(Chemical, Words) }).strict(),
  })
  .strict();
export type AlarmWords = z.infer<typeof AlarmWords>;
