/**
 * An observer (观摩) in a double-blind drill (review 8 item 9; domain.md §3.8: 不明确演练时间、
 * 地点和内容, only controllers and evaluators see the script). Observers usually sit in the hall
 * with the players, so the public view follows the double-blind rule until the incident is no
 * longer secret: until any seat is told. Every byte the observer's socket receives while the
 * drill stands paused at T+0 (nobody told: inj-01-alarm reaches the enterprise at the first tick)
 * is searched for the incident place's id and its names (临江化工液氯罐区V-101储罐, "Linjiang
 * Chemical liquid-chlorine tank V-101"); after the first tick the observer gets the whole map.
 * In a drill that is not double-blind the observer's map is whole from the start.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WelcomeMessage } from "../../protocol/messages.ts";
import { collect, createDrill, join, received, requestId, startServer, until, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

const SECRETS = ["tank-v101", "液氯", "chlorine"];
const text = (room: SDKRoom) => (received.get(room) ?? []).map((c) => c.bytes.toString("utf8")).join("\n");

describe("the observer in a double-blind drill", () => {
  it("receives no incident place, name or hazard before any seat is told, and the whole map after", async () => {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "DOUBLE_BLIND", speed: 1, paused: true });
    const observer = await join(h, d.id, d.codes.observer, "观摩");
    const welcomes = collect<WelcomeMessage>(observer, "welcome");
    await until(() => welcomes.length === 1, 5000, "first welcome");
    await new Promise((r) => setTimeout(r, 300)); // the first state patches too
    const drill = h.ctx.drills.get(d.id)!;
    expect(drill.state.knowledge.every((k) => k.notifiedAtMs === undefined)).toBe(true);
    const before = text(observer);
    for (const s of SECRETS) expect(before.includes(s), `observer got "${s}" before anyone was told`).toBe(false);
    expect(welcomes[0]!.map.complete).toBe(false);

    // the first tick delivers the tank-farm worker's alarm to the enterprise: no longer a secret
    const director = await join(h, d.id, d.codes.director, "导调");
    director.send("clock", { id: requestId(), action: "resume" });
    await until(() => welcomes.length === 2, 8000, "complete welcome");
    expect(drill.state.knowledge.find((k) => k.agency === "ent")?.notifiedAtMs).toBe(0);
    expect(welcomes[1]!.map.complete).toBe(true);
    expect(welcomes[1]!.map.places.some((p) => p.id === "tank-v101")).toBe(true);
  });

  it("without double-blind, the observer's map is whole from the start", async () => {
    const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "SINGLE_BLIND", speed: 1, paused: true });
    const observer = await join(h, d.id, d.codes.observer, "观摩");
    const welcomes = collect<WelcomeMessage>(observer, "welcome");
    await until(() => welcomes.length === 1, 5000, "welcome");
    expect(welcomes[0]!.map.places.some((p) => p.id === "tank-v101")).toBe(true);
  });
});
