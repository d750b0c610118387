// @vitest-environment happy-dom
/**
 * Every refusal the server can send (protocol/refusals.ts: the room's and intake's own codes and
 * the engine's rejections) has the client's words in Chinese and in English; adding a code without
 * them fails here. A text refusal names its field in the reader's language from the params the
 * server now sends (fieldId), e.g. an observation's blank 观察到的情况 / What was seen.
 */
import { describe, expect, it } from "vitest";
import { REFUSAL_CODES } from "../../protocol/refusals.ts";
import { REJECTION_CODES } from "../../engine/model/events.ts";
import { zh } from "../../client/i18n/zh.ts";
import { en } from "../../client/i18n/en.ts";
import { rejection } from "../../client/i18n/refusals.ts";
import { setLang } from "../../client/i18n/index.ts";
import { messageTextProblem, commandTextProblem } from "../../server/live/text-check.ts";
import { refused } from "../../server/live/refusal.ts";

const CJK = /[\u4e00-\u9fff]/;
const table = (c: typeof zh): Record<string, string> => c.reject as Record<string, string>;

describe("the client's words for each refusal code", () => {
  it("the list holds the engine's rejections and the room's own refusals seen in this project's issues", () => {
    for (const code of [...REJECTION_CODES, "drillEnded", "blankText", "textTooLong", "blankReport", "outsideDrill", "revoked", "rateLimited", "tooLarge"]) expect(REFUSAL_CODES).toContain(code);
  });

  for (const code of REFUSAL_CODES) {
    it(`${code}: zh and en`, () => {
      const z = table(zh)[code];
      const e = table(en)[code];
      expect(z, `zh reject.${code}`).toMatch(CJK);
      expect(e, `en reject.${code}`).toBeTruthy();
      expect(e, `en reject.${code}`).not.toMatch(CJK);
    });
  }
});

describe("a text refusal names its field in the reader's language", () => {
  const blankSeen = messageTextProblem("observation", { seen: "   ", why: "迟报" })!;
  const longText = commandTextProblem({ type: "message", to: ["eb"], text: "字".repeat(2001) })!;

  it("the server sends the field's id and the figures with the refusal", () => {
    expect(blankSeen).toMatchObject({ code: "blankText", params: { fieldId: "seen" } });
    expect(refused("observation", "", blankSeen.code, `refusedText.${blankSeen.code}`, blankSeen.params).body).toMatchObject({ code: "blankText", params: { fieldId: "seen" } });
    expect(longText).toMatchObject({ code: "textTooLong", params: { fieldId: "text", max: 2000, length: 2001 } });
  });

  it("English and Chinese: the field named, the limit and the length given; never the server's Chinese in English", () => {
    setLang("en");
    expect(rejection(blankSeen.code, "观察到的情况不能为空", blankSeen.params)).toBe("What was seen must not be empty (spaces alone do not count)");
    expect(rejection(longText.code, "文字内容最多 2000 个字", longText.params)).toBe("The text may be at most 2000 characters; it has 2001");
    expect(rejection("drillEnded", "演练已结束")).toBe("The drill has ended");
    expect(rejection("outsideDrill", "观察记录的时间 05:00:00 不在演练时段内")).not.toMatch(CJK);
    setLang("zh");
    expect(rejection(blankSeen.code, "x", blankSeen.params)).toBe("观察到的情况不能为空（只有空格也不算填写）");
    expect(rejection(longText.code, "x", longText.params)).toBe("文字内容最多 2000 个字，现有 2001 个字");
  });
});
