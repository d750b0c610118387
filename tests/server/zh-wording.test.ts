/**
 * The Chinese UI speaks Chinese (newcomer report, item 5): no command code (injectNow,
 * adHocInject, end, LINKAGE_SLOW …) and no English sentence in the consoles' zh catalogue, in
 * the name a console gives each command it sent, in the names of live findings, or in the
 * reasons the room gives when it refuses a message, whoever sends it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { zh } from "../../client/i18n/zh.ts";
import { commandLabel } from "../../client/i18n/describe.ts";
import { COMMAND_TYPES } from "../../engine/model/commands.ts";
import { handle, type Reply, type Session } from "../../server/live/console.ts";
import { LiveDrill } from "../../server/live/drill.ts";
import { liveFindings } from "../../server/live/tools.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import { requestId } from "../../bench/live-server.ts";
import type { SeatKind } from "../../server/store/store.ts";
import { CATALOGUES } from "../../i18n/index.ts";

/** what may stay in Latin letters in Chinese text: a standard's and a unit's names, the language switch */
const ALLOWED = new Set(["AQ", "T", "AEGL", "AEGL-2", "AEGL-3", "cm", "English", "QR"]);
/** Latin words left once placeholders ({{x}}) and the allowed names are gone */
const latin = (s: string) => (s.replace(/\{\{\w+\}\}/g, "").match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? []).filter((w) => !ALLOWED.has(w));

/** a code (camelCase, UPPER_SNAKE) or three Latin words in a row (a sentence) */
const coded = (s: string) => /\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Z]{2,}_[A-Z_]+\b/.test(s.replace(/\{\{\w+\}\}/g, ""));
const english = (s: string) => /[A-Za-z]+[\s,;:.]+[A-Za-z]+[\s,;:.]+[A-Za-z]+/.test(s.replace(/\{\{\w+\}\}/g, ""));

function strings(o: unknown, path = ""): Array<[string, string]> {
  if (typeof o === "string") return [[path, o]];
  if (o && typeof o === "object") return Object.entries(o).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe("the zh consoles", () => {
  it("every string of the client's zh catalogue is Chinese", () => {
    const bad = strings(zh).filter(([, s]) => latin(s).length > 0);
    expect(bad).toEqual([]);
  });

  it("the server's zh refusal and API wording has no command codes and no English sentences", () => {
    // format names (JSON, YAML, pdf) and the API's own field names (at, by, type) may appear for API users
    const cat = CATALOGUES["zh-CN"] as Record<string, unknown>;
    const bad = ["refused", "apiError", "liveMessage", "commandField", "refusedRole"].flatMap((g) => strings(cat[g], g)).filter(([, s]) => coded(s) || english(s));
    expect(bad).toEqual([]);
  });

  it("names every command a console may send in Chinese (the director's outbox said injectNow, adHocInject, end)", () => {
    for (const type of COMMAND_TYPES) {
      const name = commandLabel({ type, kind: "initial" });
      expect(latin(name), `${type} → ${name}`).toEqual([]);
      expect(name).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(commandLabel({ type: "adHocInject", spotQuestion: true })).toBe("随机提问");
  });
});

describe("the room's refusals and live findings, in zh", () => {
  const store = openSqliteStore(":memory:");
  const { drill } = LiveDrill.create(store, { scenarioYaml: readFileSync("scenarios/chemical-leak.yaml", "utf8"), file: "chemical-leak.yaml", seed: 7, settings: { blindness: "NONE", speed: 1, bots: [] } });
  const as = (kind: SeatKind, seat: string): Session => ({ seat: { drillId: drill.id, kind, seat }, name: "测试", sessionId: "s" });
  const fire = as("seat", "fire");
  const director = as("director", "director");
  const evaluator = as("evaluator", "evaluator");
  const reasons = async (s: Session, type: string, body: unknown) => ((await handle(drill, store, s, type, body)) as Reply[]).filter((r) => r.type === "rejected").map((r) => (r.body as { reason: string }).reason);

  it("refuses in Chinese: a seat's inject, a bad id, a seat's clock message, the director's dispatch, a bad field, a huge message", async () => {
    const cases: Array<[Session, string, unknown]> = [
      [fire, "command", { id: "c1", command: { type: "adHocInject", to: ["eb"], text: "假注入" } }],
      [fire, "command", { id: "带空格 的编号", command: { type: "message", to: ["eb"], text: "x" } }],
      [fire, "clock", { id: requestId(), action: "pause" }],
      [fire, "inject", { id: "i1", inject: "inj-06-media" }],
      [evaluator, "command", { id: "c2", command: { type: "cordon", place: "tank-v101", radiusM: 300 } }],
      [director, "command", { id: "c3", command: { type: "dispatch", units: ["hz-chem1"], place: "tank-v101", task: "plugLeak" } }],
      [fire, "command", { id: "c4", command: { type: "message", to: ["eb"], text: "x", channel: "pigeon" } }],
      [fire, "command", { id: "c6", command: { type: "cordon", place: "tank-v101", radiusM: "很大" } }],
      [director, "inject", { id: "c5", to: ["eb"], text: "长".repeat(20_000) }],
    ];
    const all: string[] = [];
    for (const [s, type, body] of cases) {
      const r = await reasons(s, type, body);
      expect(r.length, `${type} ${JSON.stringify(body).slice(0, 80)} is refused`).toBe(1);
      all.push(...r);
    }
    expect(all.filter((r) => latin(r).length > 0)).toEqual([]);
    expect(all[0]).toBe("只有导调可以下达“情景注入”");
  });

  it("names each live finding as the report does, not by its code", () => {
    drill.jump(90); // nobody did anything: reports and linkage are late
    const r = liveFindings(drill);
    if ("error" in r) throw new Error(r.error);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(f.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(f.name.zh).not.toContain(f.code);
    }
    expect(r.findings.map((f) => f.name.zh)).toContain("漏报");
  });
});
