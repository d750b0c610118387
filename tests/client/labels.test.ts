/**
 * What the creation page and the consoles call seats and senders: the header never repeats the
 * seat's title as the person's name (the director opened from the creation page), the code list
 * names agencies as the scenario does, and a report's 报送单位 is the reporting agency itself.
 */
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { codeRows, reportSender, seatLabel } from "../../client/model/labels.ts";
import { zh } from "../../client/i18n/zh.ts";
import { compiled, runPlay } from "../helpers.ts";

const chem = compiled("chemical-leak");
const names = Object.fromEntries(chem.scenario.agencies.map((a) => [a.id, a.name]));

describe("labels", () => {
  it("the header: seat and person, the seat alone when the person's name is the seat's title or blank", () => {
    expect(seatLabel("导调台", "导调台")).toBe("导调台");
    expect(seatLabel("导调台", " ")).toBe("导调台");
    expect(seatLabel("导调台", "王科长")).toBe("导调台 · 王科长");
  });

  // newcomer r31: the creator's default name, 导调台, read "Exercise control · 导调台" once the page was in English
  it("the header: a default name that is the title in the other language shows the title alone", () => {
    expect(seatLabel("Exercise control", "导调台", ["导调台", "Exercise control"])).toBe("Exercise control");
    expect(seatLabel("Exercise control", "王科长", ["导调台", "Exercise control"])).toBe("Exercise control · 王科长");
  });

  it("the new drill's codes are listed by agency name, not by id", () => {
    const rows = codeRows({ ent: "AAAA-BBBB-CCCC", eb: "DDDD-EEEE-FFFF" }, names, (n) => n.zh);
    expect(rows).toEqual([
      { seat: "ent", code: "AAAA-BBBB-CCCC", name: chem.agencies.get("ent")!.name.zh, bot: false },
      { seat: "eb", code: "DDDD-EEEE-FFFF", name: chem.agencies.get("eb")!.name.zh, bot: false },
    ]);
    expect(rows.map((r) => r.name)).not.toContain("ent");
  });

  it("a seat a bot plays is marked, so the codes page hands out no code for it (newcomer run 6, item 14)", () => {
    const rows = codeRows({ ent: "AAAA-BBBB-CCCC", city: "GGGG-HHHH-JJJJ" }, names, (n) => n.zh, ["city"]);
    expect(rows.map((r) => [r.seat, r.bot])).toEqual([["ent", false], ["city", true]]);
  });

  it("the fire brigade's report is sent by the fire brigade; the recipient is labelled apart", () => {
    const fire = consoleModel(chem, runPlay(chem, [], 7, 60_000).state, "fire");
    expect(reportSender(fire.agencies, "fire")).toEqual(chem.agencies.get("fire")!.name);
    expect(reportSender(fire.agencies, "fire")).not.toEqual(chem.agencies.get("ent")!.name);
    expect(zh.report.from).toBe("报送单位");
    expect(zh.report.to).not.toBe("报送单位");
  });
});
