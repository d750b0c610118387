/**
 * A double-blind seat on standby is named by its agency's kind (server/live/views.ts standbyName); in English that
 * name is the seat's organisation, so title case as every English agency name is (newcomer 20 item 5: the standby
 * title read "fire and rescue"; tests/scenario/proper-names.test.ts holds the scenarios' names to the same rule).
 * The catalogue's agencyKind stays a common noun for sentences; the Chinese name is as it was.
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../i18n/index.ts";
import { titleCase, welcome } from "../../server/live/views.ts";
import { compiled } from "../helpers.ts";

describe("a standby seat's English name", () => {
  const chem = compiled("chemical-leak");
  const w = welcome(chem, { id: "d1", blindness: "DOUBLE_BLIND" }, { drillId: "d1", kind: "seat", seat: "fire" }, "值班员", "fire", true);
  const fire = w.agencies.find((a) => a.id === "fire")!;

  it("is title case: Fire and Rescue, not fire and rescue", () => {
    expect(translator("en")("agencyKind.fireRescue")).toBe("fire and rescue");
    expect(fire.name.en).toBe("Fire and Rescue");
    expect(fire.name.zh).toBe(translator("zh-CN")("agencyKind.fireRescue"));
  });

  it("capitalises each word but the small ones after the first", () => {
    expect(titleCase("emergency management bureau")).toBe("Emergency Management Bureau");
    expect(titleCase("city duty office")).toBe("City Duty Office");
  });
});
