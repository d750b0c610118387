/**
 * Every code a `rejected` answer can carry, in one list both sides read: the room's and the
 * intake's own refusals (server/live/console.ts, intake.ts, drill.ts, the room's `revoked`) and
 * the engine's rejections (engine/model/events.ts REJECTION_CODES). The server may send no other
 * code (its refusal functions take a `RefusalCode`); the client words each in zh-CN and English
 * (client/i18n `reject.<code>`, checked by tests/client/refusal-text.test.ts).
 */
import { REJECTION_CODES } from "../engine/model/events.ts";

/** The server's own refusal codes (before or instead of the engine). */
export const SERVER_REFUSAL_CODES = [
  "unknownType", "notAllowed", "badMessage", "tooLarge", "rateLimited", "internal", "revoked",
  "badCommand", "badId", "idReused", "notOwner", "unknownName", "drillEnded", "outsideDrill",
  "blankText", "textTooLong", "blankReport", "hiddenChars", "answerSealed",
] as const;

export const REFUSAL_CODES = [...new Set([...SERVER_REFUSAL_CODES, ...REJECTION_CODES])] as ReadonlyArray<RefusalCode>;

export type ServerRefusalCode = (typeof SERVER_REFUSAL_CODES)[number];
export type RefusalCode = ServerRefusalCode | (typeof REJECTION_CODES)[number];
