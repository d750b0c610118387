/**
 * Uncertain parameters in a scenario file (its `uncertain` list): which numbers a dotted path
 * names, and the value a uniform draw gives one. The draws themselves are engine/montecarlo's.
 */
export interface UncertainParam {
  path: string;
  plusMinus: number;
  relative: boolean;
}

type Json = unknown;

/** Every number a dotted path reaches in `root`, with the key path to it. */
export function resolvePath(root: Json, path: string): Array<{ keys: Array<string | number>; value: Json }> {
  let found: Array<{ keys: Array<string | number>; value: Json }> = [{ keys: [], value: root }];
  for (const seg of path.split(".")) {
    found = found.flatMap(({ keys, value }) => {
      if (Array.isArray(value)) {
        if (seg === "*") return value.map((v, i) => ({ keys: [...keys, i], value: v as Json }));
        const i = Number(seg);
        return Number.isInteger(i) && i >= 0 && i < value.length ? [{ keys: [...keys, i], value: value[i] as Json }] : [];
      }
      if (typeof value === "object" && value !== null && seg !== "*" && Object.hasOwn(value, seg)) return [{ keys: [...keys, seg], value: (value as Record<string, Json>)[seg] }];
      return [];
    });
  }
  return found;
}

/** The value one draw u ∈ [0, 1) gives a parameter. */
export function varied(value: number, p: UncertainParam, u: number, angle: boolean): number {
  const offset = (2 * u - 1) * p.plusMinus;
  const v = p.relative ? value * (1 + offset) : value + offset;
  return angle ? ((v % 360) + 360) % 360 : v;
}
