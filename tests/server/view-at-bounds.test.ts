/**
 * The evaluator's 按席位回看 (viewAt) is of a time the drill has run through (review 8 item 3):
 * 0 … the drill time so far, as `observation` already checks ("不在演练时段内"). A view of 03:59
 * in a drill at 00:29, or of 100:40:39, is refused with the time and the range, never rendered
 * as an empty "view" an evaluator could record as "the brigade knew nothing". Once the director
 * ends the drill, the end instant is the last time a view may show. The form checks the same
 * before it asks (minutes and seconds 0–59).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pastTime } from "../../client/model/form-checks.ts";
import { handle, type Reply, type Session } from "../../server/live/console.ts";
import { LiveDrill } from "../../server/live/drill.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

const store = openSqliteStore(":memory:");
const { drill } = LiveDrill.create(store, { scenarioYaml: readFileSync("scenarios/chemical-leak.yaml", "utf8"), file: "chemical-leak.yaml", seed: 7, settings: { blindness: "DOUBLE_BLIND", speed: 1, bots: [] } });
const evaluator: Session = { seat: { drillId: drill.id, kind: "evaluator", seat: "evaluator" }, name: "评估员", sessionId: "s" };
const ask = async (atMs: number) => ((await handle(drill, store, evaluator, "viewAt", { seat: "fire", atMs })) as Reply[])[0]!;

describe("viewAt bounds", () => {
  it("at T+00:29: 00:00:00 and 00:29:00 are shown; 00:29:01, 03:59:00 and 999999999 ms are refused with the range", async () => {
    drill.jump(29); // 29 min of drill time
    expect(drill.state.tMs).toBe(29 * 60_000);
    expect((await ask(0)).type).toBe("viewAt");
    expect((await ask(29 * 60_000)).type).toBe("viewAt");
    for (const [atMs, at] of [[29 * 60_000 + 1000, "00:29:01"], [3 * 3600_000 + 59 * 60_000, "03:59:00"], [999_999_999, "277:46:39"]] as const) {
      const r = await ask(atMs);
      expect(r.type, at).toBe("rejected");
      expect(r.body).toMatchObject({ code: "outsideDrill", reason: `回看时刻${at}不在演练已进行的时段内（00:00:00至00:29:00）` });
    }
  });

  it("the form: 99:99:99 and 0:60:00 are not times; a time after now is refused before asking", () => {
    const now = 29 * 60_000;
    expect(pastTime("99:99:99", now)).toEqual({ problem: "badTime" });
    expect(pastTime("0:60:00", now)).toEqual({ problem: "badTime" });
    expect(pastTime("0:10:60", now)).toEqual({ problem: "badTime" });
    expect(pastTime("03:59:00", now)).toEqual({ problem: "afterNow" });
    expect(pastTime("0:29:00", now)).toEqual({ atMs: now });
    expect(pastTime(" 0:05 ", now)).toEqual({ atMs: 5 * 60_000 });
  });
});
