/**
 * The deadline board says what an obligation is (the screenshot of the director's board showed
 * "✔ 已完成 县应急管理局：县应急管理局接报后牵头协调处置" for the bureau merely being told): a linkage rule's
 * "notified" obligation reads 获知事故信息（其职责：…）; the act obligation keeps the duty's own words.
 */
import { describe, expect, it } from "vitest";
import { obligationText } from "../../client/i18n/describe.ts";
import type { Obligation } from "../../engine/model/state.ts";

const base = { id: "LNK-CHEM-EB:notified:eb", ruleId: "LNK-CHEM-EB", agency: "eb", openedAtMs: 0, deadlineMs: 3_600_000, status: "met", basis: "", text: { zh: "县应急管理局接报后牵头协调处置", en: "The county bureau leads the response" } } as unknown as Obligation;

describe("deadline board wording", () => {
  it("being told is not doing the duty", () => {
    expect(obligationText({ ...base, kind: "notified" } as Obligation)).toBe("获知事故信息（其职责：县应急管理局接报后牵头协调处置）");
    expect(obligationText({ ...base, id: "LNK-CHEM-EB:act:eb", kind: "act" } as Obligation)).toBe("县应急管理局接报后牵头协调处置");
  });
});
