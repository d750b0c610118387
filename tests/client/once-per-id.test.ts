/**
 * Round 27 item 2: the same seat open in a second tab showed a warning twice. Whatever path brings a message or a
 * unit's failed order to a console more than once (the synced list, a past view, a rejoin), the console model holds
 * it once, by its id (a message's `id`, a failure's `unit`: engine/units/failures.ts keeps one standing failure per unit).
 */
import { describe, expect, it } from "vitest";
import { ViewStore } from "../../client/net/view-store.ts";
import { oncePerId } from "../../client/model/once.ts";

const welcome = {
  seat: "fire", kind: "seat", name: "张三", view: "fire", drillId: "d1", blindness: "NONE", tickMs: 1000, durationMs: 3_600_000, start: "2026-12-04T09:00:00+08:00",
  map: { places: [{ id: "school", kind: "site", x: 0, y: 0, name: { zh: "学校", en: "School" } }], roads: [], complete: true },
  agencies: [{ id: "fire", kind: "fire", name: { zh: "消防救援大队", en: "Fire brigade" }, simulated: false }],
  units: [{ id: "cg-ladder", type: "aerial", agency: "fire", base: "school", capabilities: ["rescue"], name: { zh: "云梯车", en: "Ladder" } }],
  tasks: ["suppression"], unitKinds: [],
};
const message = (id: string, text: string) => ({ id, json: JSON.stringify({ id, atMs: 60_000, from: "director", to: ["fire"], kind: "message", channel: "phone", text }) });
const failure = { unit: "cg-ladder", task: "suppression", place: "school", code: "noCapability", params: {}, atMs: 120_000 };

/** The fire seat's model from a synced view carrying `messages` and `failures` (its info). */
function modelOf(messages: Array<{ id: string; json: string }>, failures: unknown[]) {
  const vs = new ViewStore();
  const info = { seat: "fire", told: true, knownCasualties: {}, claimedCasualties: {}, facts: [], readings: [], cordons: [], warnings: [], unitFailures: failures };
  const state = { views: new Map([["fire", { units: new Map(), obligations: new Map(), messages, info: JSON.stringify(info), overlay: "", clock: { tMs: 180_000, speed: 1, paused: false, ended: false } }]]) };
  vs.attach({ onStateChange: (f: (s: unknown) => void) => f(state) } as never);
  vs.message("welcome", welcome);
  return vs.model.get()!;
}

describe("a seat is shown each message and each unit's failed order once", () => {
  it("a message carried twice under one id is one inbox row (its latest text)", () => {
    const m = modelOf([message("m1", "旧"), message("m2", "二"), message("m1", "新")], []);
    expect(m.messages.map((x) => x.id)).toEqual(["m1", "m2"]);
    expect((m.messages[0] as { text?: string }).text).toBe("新");
  });

  it("the ladder's wrong-type failure given twice is one warning (the units tab's ⚠ counts 1)", () => {
    const m = modelOf([], [failure, { ...failure, atMs: 121_000 }]);
    expect(m.unitFailures).toEqual([{ ...failure, atMs: 121_000 }]);
  });

  it("distinct ids all stay, in order", () => {
    expect(oncePerId([{ id: "a" }, { id: "b" }, { id: "c" }]).map((x) => x.id)).toEqual(["a", "b", "c"]);
  });
});
