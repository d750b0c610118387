/**
 * Named random streams (hazards.md §5.2 rule 5). Each stream is an Alea generator seeded by
 * `${seed}:${name}`; its state lives in the drill state, so a draw in one subsystem never
 * shifts another's sequence and replay from a saved state continues exactly.
 */
import alea from "seedrandom/lib/alea.js";

export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** Stream name → generator state. Plain data: serialisable, hashable, never sent to players. */
export type RngStreams = Readonly<Record<string, AleaState>>;

type StatefulAlea = (() => number) & { state(): AleaState };

function generator(seed: number, name: string, streams: RngStreams): StatefulAlea {
  const saved = streams[name];
  return (saved
    ? alea("", { state: saved })
    : alea(`${seed}:${name}`, { state: true })) as unknown as StatefulAlea;
}

/** Draw `count` uniforms in [0, 1) from a named stream; returns them and the advanced streams. */
export function draw(
  seed: number,
  streams: RngStreams,
  name: string,
  count = 1,
): { values: number[]; streams: RngStreams } {
  const g = generator(seed, name, streams);
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(g());
  return { values, streams: { ...streams, [name]: g.state() } };
}
