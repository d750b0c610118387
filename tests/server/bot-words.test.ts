/**
 * A bot's messages read in the reader's language (review 8 item 12: under English chrome the fire
 * seat got the bot bureau's "临江化工有限公司液氯储罐泄漏事故…已收到，正在按预案处置…"). Every
 * message and acknowledgement a bot sends carries `localText` {zh, en}: the Chinese is the record
 * (`text`, unchanged), the English has no Chinese characters, and an English console shows it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { messageText } from "../../client/i18n/describe.ts";
import i18next from "i18next";
import { LiveDrill } from "../../server/live/drill.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

const BOTS = ["ent", "duty", "eb", "fire", "police", "health", "eco", "met", "town"];

describe("bots' words", () => {
  it("every bot message and acknowledgement has zh = its text and an English line, shown in an English console", async () => {
    const store = openSqliteStore(":memory:");
    const drill = LiveDrill.create(store, { scenarioYaml: readFileSync("scenarios/chemical-leak.yaml", "utf8"), file: "chemical-leak.yaml", seed: 7, settings: { blindness: "DOUBLE_BLIND", speed: 1, bots: BOTS } }).drill;
    while (!drill.state.ended && drill.state.tMs < 60 * 60_000) drill.tick(600);
    const said = drill.state.messages.filter((m) => (m.kind === "message" || m.kind === "ack") && BOTS.includes(m.from));
    expect(said.length).toBeGreaterThan(5);
    for (const m of said) {
      expect(m.localText?.zh, m.id).toBe(m.text);
      expect(m.localText?.en, m.id).toMatch(/[A-Za-z]/);
      expect(m.localText!.en, m.id).not.toMatch(/[\u4e00-\u9fff]/);
    }
    const notice = said.find((m) => m.text?.startsWith("119报警"))!;
    await i18next.changeLanguage("en"); // the consoles' English switch, without a DOM
    try {
      expect(messageText(notice)).toMatch(/^119 alarm: Liquid-chlorine tank leak at Linjiang Chemical Co\. \(at .+\)\. Turn out at once per the plan\. Caller: the duty officer of Linjiang Chemical Co\., Ltd\., on this number\.$/);
    } finally {
      await i18next.changeLanguage("zh-CN");
    }
    expect(messageText(notice)).toBe(notice.text);
  });
});
