/**
 * Robustness: random command logs (sensible and nonsensical ids, any agency, any time) never
 * crash the engine; every refusal is a `rejected` event with a known code; runs stay
 * deterministic. What a drill room relies on when players click anything at any time.
 */
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import type { Compiled } from "../../engine/compile.ts";
import type { Command } from "../../engine/model/commands.ts";
import { REJECTION_CODES } from "../../engine/model/events.ts";
import { compiled, ms, runPlay } from "../helpers.ts";

const CODES: readonly string[] = REJECTION_CODES;

function randomLog(c: Compiled, seed: string, n: number): Command[] {
  const rnd = seedrandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const s = c.scenario;
  const agencies = [...s.agencies.map((a) => a.id), "director", "nobody"];
  const units = [...s.units.map((u) => u.id), "ghost"];
  const places = [...s.map.places.map((p) => p.id), "nowhere"];
  const groups = [...s.populations.map((g) => g.id), "martians"];
  const injects = [...s.injects.map((i) => i.id), "inj-none"];
  const tasks = [...c.tasks, "teleport"];
  const targets = [...(c.hazard.siteTargets?.(s) ?? []).map((t) => t.id), "attic"];
  const make = (): Record<string, unknown> => {
    switch (Math.floor(rnd() * 12)) {
      case 0: return { type: "report", to: pick(agencies), kind: pick(["initial", "followUp", "final"]), mode: pick(["oral", "written"]), content: rnd() < 0.5 ? {} : { casualties: { deaths: Math.floor(rnd() * 5), seriousInjuries: 0, injured: 0, missing: 0 } } };
      case 1: return { type: "message", to: [pick(agencies), pick(agencies)], text: "…", channel: "phone" };
      case 2: return { type: "acknowledge", to: pick(agencies) };
      case 3: return { type: "dispatch", units: [pick(units), pick(units)], place: pick(places), task: pick(tasks), ...(rnd() < 0.3 ? { target: pick(targets) } : {}) };
      case 4: return { type: "recall", units: [pick(units)] };
      case 5: return { type: "cordon", place: pick(places), radiusM: 50 + Math.floor(rnd() * 2000) };
      case 6: return rnd() < 0.5 ? { type: "evacuate", groups: [pick(groups)] } : { type: "evacuate", place: pick(places), radiusM: Math.floor(rnd() * 3000) };
      case 7: return { type: "shelter", groups: [pick(groups)] };
      case 8: return { type: "warning", level: pick(["blue", "yellow", "orange", "red"]), place: pick(places), radiusM: 1000 };
      case 9: return { type: "activateResponse", level: pick([1, 2, 3, 4]) };
      case 10: return { type: "requestSupport", from: pick(agencies), unitType: "x", count: 1 };
      default: return rnd() < 0.9 ? { type: "injectNow", inject: pick(injects) } : { type: "end" };
    }
  };
  return Array.from({ length: n }, (_, i) => ({ at: Math.floor(rnd() * 90) * 60_000 + Math.floor(rnd() * 60) * 1000, by: pick(agencies), seq: i + 1, ...make() }) as Command);
}

describe.each(["chemical-leak", "mine-flood", "school-fire"])("%s under random command logs", (id) => {
  const c = compiled(id);
  for (const seed of ["a", "b", "c"]) {
    it(`log ${seed}: no crash, known rejection codes, deterministic`, () => {
      const log = randomLog(c, `${id}:${seed}`, 80);
      const first = runPlay(c, log, 3, ms("01:40:00"));
      const again = runPlay(c, log, 3, ms("01:40:00"));
      expect(again.hash).toBe(first.hash);
      const rejected = first.events.filter((e) => e.type === "rejected");
      expect(rejected.length).toBeGreaterThan(0);
      for (const r of rejected) expect(CODES).toContain(r.type === "rejected" ? r.code : "");
      // every command given before the drill ended either applied (an event carries its seq) or was rejected
      const endAt = first.events.find((e) => e.type === "drillEnded")?.at ?? ms("01:40:00");
      const seqs = new Set(first.events.flatMap((e) => ("seq" in e ? [e.seq] : [])));
      const silent = new Set(["injectNow", "end"]); // their events (injectDelivered, drillEnded) carry no seq
      for (const cmd of log) if (cmd.at < endAt && !silent.has(cmd.type)) expect(seqs.has(cmd.seq), `${cmd.type} #${cmd.seq}`).toBe(true);
    });
  }
});
