/**
 * Map labels that fit at the current zoom (screen pixels): labels are placed in priority order
 * and one that would overlap a placed one is hidden, so a cluster of places (the county town)
 * shows its most important names and the rest appear as the person zooms in. Units standing at
 * the same spot share one label with their count.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  /** higher first; ties keep input order */
  priority: number;
}

/** Which boxes to show: `true` for each box that overlaps no higher-priority shown box (a gap of `gap` px). */
export function declutter(boxes: readonly Box[], gap = 2): boolean[] {
  const order = boxes.map((b, i) => i).sort((a, b) => boxes[b]!.priority - boxes[a]!.priority || a - b);
  const shown: Box[] = [];
  const out = boxes.map(() => false);
  for (const i of order) {
    const b = boxes[i]!;
    const hit = shown.some((s) => b.x < s.x + s.w + gap && s.x < b.x + b.w + gap && b.y < s.y + s.h + gap && s.y < b.y + b.h + gap);
    if (hit) continue;
    shown.push(b);
    out[i] = true;
  }
  return out;
}

/**
 * Units closer than `px` screen pixels to one another (at `zoom` pixels a metre), as groups in
 * input order: each group gets one label, "<first name> +N" when it holds more than one.
 */
export function stackByPosition<T extends { pos: { x: number; y: number } }>(units: readonly T[], zoom: number, px = 12): T[][] {
  const groups: T[][] = [];
  for (const u of units) {
    const g = groups.find((x) => Math.hypot((x[0]!.pos.x - u.pos.x) * zoom, (x[0]!.pos.y - u.pos.y) * zoom) < px);
    if (g) g.push(u);
    else groups.push([u]);
  }
  return groups;
}

/** One group's label text: the first unit's name, and how many more stand there. */
export function stackLabel(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names[0]} +${names.length - 1}`;
}
