/**
 * Map labels that fit at the current zoom (screen pixels), placed as a map places them: in
 * priority order (the incident, then units, then places, junctions last), each label tries the
 * positions around its mark that cartographers prefer (right, left, then the corners, above,
 * below) and takes the first that overlaps no label already placed, no mark and nothing covering
 * the map (its buttons), and stays on screen; of its free positions it takes the first that leaves
 * every later label a position of its own, if one does. A label with no free position is hidden;
 * zooming in makes room and shows it. Units standing at the same spot share one label with their
 * count. Names are never cut: a long one wraps onto lines of whole words (wrapLabel).
 *
 * No library: the ones on npm for this (labelgun, over rbush) only show or hide a label at one
 * fixed position, and a phone's map holds a few dozen labels, so a spatial index buys nothing.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A symbol on the map: a unit's mark is never covered by a label (units are what a seat acts on). */
export interface Mark extends Rect {
  unit?: boolean;
}

export interface LabelSpec {
  /** the mark's centre and radius (screen px): the label sits just outside it */
  x: number;
  y: number;
  r: number;
  w: number;
  h: number;
  /** higher first; ties keep input order */
  priority: number;
  /** the radius of the label's own symbol (the incident's diamond): marks under it are out of sight and do not count as nearer */
  hides?: number;
}

/** Labels this important lie over a place's mark (never a unit's) when every position clear of marks is taken. */
export const MAY_COVER = 4;

/** How far a point lies from a box (0 inside it). */
const distance = (b: Rect, x: number, y: number) => Math.hypot(Math.max(b.x - x, 0, x - b.x - b.w), Math.max(b.y - y, 0, y - b.y - b.h));

/**
 * A box that lies nearer another mark than its own reads as that mark's label (the plant's name
 * beside a junction): it is not taken. Marks at the label's own spot (a unit on the place) do not count.
 */
function misleading(b: Rect, l: LabelSpec, marks: readonly Mark[]): boolean {
  const own = distance(b, l.x, l.y);
  return marks.some((m) => {
    const [cx, cy] = [m.x + m.w / 2, m.y + m.h / 2];
    return Math.hypot(cx - l.x, cy - l.y) > Math.max(2, l.hides ?? 0) && distance(b, cx, cy) < own - 1;
  });
}

const overlaps = (a: Rect, b: Rect, gap: number) => a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

/** The positions tried for a label, best first (top-left corners). */
function candidates(l: LabelSpec): Rect[] {
  const d = l.r + 3, c = d * 0.7;
  const at = (x: number, y: number) => ({ x, y, w: l.w, h: l.h });
  return [
    at(l.x + d, l.y - l.h / 2), // right
    at(l.x - d - l.w, l.y - l.h / 2), // left
    at(l.x + c, l.y - c - l.h), // upper right
    at(l.x + c, l.y + c), // lower right
    at(l.x - c - l.w, l.y - c - l.h), // upper left
    at(l.x - c - l.w, l.y + c), // lower left
    at(l.x - l.w / 2, l.y - d - l.h), // above
    at(l.x - l.w / 2, l.y + d), // below
    // then slid along their mark (a label of several lines fits beside a neighbour's dot one line up or down)
    at(l.x + d, l.y - l.h + 6), // right, raised
    at(l.x + d, l.y - 6), // right, lowered
    at(l.x - d - l.w, l.y - l.h + 6), // left, raised
    at(l.x - d - l.w, l.y - 6), // left, lowered
    at(l.x - 6, l.y - d - l.h), // above, to the right
    at(l.x - l.w + 6, l.y - d - l.h), // above, to the left
    at(l.x - 6, l.y + d), // below, to the right
    at(l.x - l.w + 6, l.y + d), // below, to the left
  ];
}

/**
 * Where each label goes (its box, screen px), or undefined where it is hidden. `marks` are the
 * map's symbols and `covered` what lies over the map; labels keep `gap` px apart and inside `view`.
 */
export function placeLabels(labels: readonly LabelSpec[], marks: readonly Mark[], view: { w: number; h: number }, covered: readonly Rect[] = [], gap = 2): Array<Rect | undefined> {
  const order = labels.map((_, i) => i).sort((a, b) => labels[b]!.priority - labels[a]!.priority || a - b);
  const out: Array<Rect | undefined> = labels.map(() => undefined);
  const inView = (b: Rect) => b.x >= 2 && b.y >= 2 && b.x + b.w <= view.w - 2 && b.y + b.h <= view.h - 2;
  // each label's positions in tiers, best first: clear of every mark and nearest its own; then, for the
  // incident's and units' labels (priority ≥ MAY_COVER), over a place's mark rather than hide (never a unit's)
  const tiers = labels.map((l) => {
    const free = candidates(l).filter((b) => inView(b) && !covered.some((m) => overlaps(b, m, 0)) && !marks.some((m) => m.unit && overlaps(b, m, 0)));
    const clear = free.filter((b) => !marks.some((m) => overlaps(b, m, 0)) && !misleading(b, l, marks));
    return l.priority >= MAY_COVER ? [clear, free.filter((b) => !misleading(b, l, marks)), free] : [clear];
  });
  // what each label waiting its turn can still take
  const open = tiers.map((t) => t.flat());
  order.forEach((i, k) => {
    const tier = tiers[i]!.map((t) => t.filter((b) => open[i]!.includes(b))).find((t) => t.length > 0);
    if (!tier) return;
    // of the best tier's positions, the first that leaves the most labels after it a position of their own:
    // greedy first-fit let the incident's name take the one spot a village's name had (newcomer 17: 4 of 17 named)
    const later = order.slice(k + 1);
    const shut = (b: Rect) => later.filter((j) => open[j]!.length > 0 && open[j]!.every((c) => overlaps(b, c, gap))).length;
    let box = tier[0]!, least = shut(box);
    for (const b of tier.slice(1)) {
      if (least === 0) break;
      const n = shut(b);
      if (n < least) (box = b), (least = n);
    }
    out[i] = box;
    for (const j of later) open[j] = open[j]!.filter((c) => !overlaps(box, c, gap));
  });
  return out;
}

/** A place's name without its bracketed detail, for a narrow map: 临江化工有限公司（厂区大门、中控室） → 临江化工有限公司. */
export function shortName(name: string): string {
  const s = name.replace(/\s*[（(][^（()）]*[)）]\s*$/, "");
  return s.length > 0 ? s : name;
}

/** Columns a character takes: a Chinese character (or full-width sign) two, anything else one. */
const columns = (ch: string) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1);

/** marks that may not begin a line (the closing brackets and stops of Chinese line breaking, 避头) */
const CLOSERS = /^[）)」』】〉》，。、；：！？]$/u;

/**
 * A label's text in lines of at most `max` columns (a Chinese character counts two): English
 * breaks only between words, so a word is never cut (a word longer than a line keeps a line of
 * its own); Chinese, written without spaces, breaks between characters, as Chinese text does.
 * Nothing is dropped: a long name takes more lines, narrower, which fits a crowded phone map
 * better than one long line (newcomer 17: names cut to "East stati" read as nothing).
 */
export function wrapLabel(text: string, max: number): string {
  const lines: string[] = [];
  let line = "", width = 0;
  // whether the last break fell at a space: only then may the fix-up below move a word down (joined by a space)
  let atSpace = false;
  const push = () => (line !== "" && lines.push(line), (line = ""), (width = 0));
  // a token: a run of non-Chinese characters (a word, "V-101", "+2"), or one Chinese character
  for (const tok of text.trim().match(/\s+|[^\s\u2e80-\ua4cf\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]+|./gu) ?? []) {
    if (/^\s+$/.test(tok)) {
      if (line !== "") (line += " "), (width += 1);
      continue;
    }
    const w = [...tok].reduce((a, ch) => a + columns(ch), 0);
    // a closing mark never starts a line (「）」 alone under 江湾镇应急避难场所（镇中学操场, newcomer 22 #13): the bracketed
    // part goes down whole when it fits a line, else the mark stays at the end of this line, one over
    if (width + w > max && line.trim() !== "" && CLOSERS.test(tok)) {
      const open = Math.max(line.lastIndexOf("（"), line.lastIndexOf("("));
      const rest = open > 0 ? line.slice(open) : "";
      if (open > 0 && [...rest].reduce((a, ch) => a + columns(ch), 0) + w <= max) {
        line = line.slice(0, open).trimEnd();
        push();
        line = rest;
        width = [...rest].reduce((a, ch) => a + columns(ch), 0);
      }
      line += tok;
      width += w;
      continue;
    }
    if (width + w > max && line.trim() !== "") {
      atSpace = line.endsWith(" ");
      line = line.trimEnd();
      push();
    }
    line += tok;
    width += w;
  }
  push();
  // a number or "+2" alone on the last line reads as a separate label: the word before it goes down too (a break
  // inside a Chinese run has no space to join at: moving 环境应急监 down beside 测车1 read 环境应急监 测车1, newcomer 21)
  const [prev, last] = [lines[lines.length - 2], lines[lines.length - 1]];
  const cut = prev?.lastIndexOf(" ") ?? -1;
  if (atSpace && prev !== undefined && last !== undefined && last.length <= 3 && !last.includes(" ") && cut > 0 && prev.length - cut + last.length <= max) {
    lines.splice(-2, 2, prev.slice(0, cut), `${prev.slice(cut + 1)} ${last}`);
  }
  return lines.join("\n");
}

/**
 * A unit's label: its status mark, its name and, for a stack of `more` others, "+N", in lines of at most `max`
 * columns (a Chinese character two), broken only between these parts and between the words of a name written with
 * spaces: never inside a Chinese name or a word (newcomer 21 item 3: 江湾派出所警车2 drew as 江湾派出所 / 警车2 on
 * a phone). A name wider than a line keeps a line of its own; a short last word (a number) and "+N" stay with the
 * word before them, so no line is a bare "1" or "+2".
 */
export function unitLabelText(mark: string, name: string, more: number, max: number): string {
  const words = name.trim().split(/ +/).filter((w) => w !== "");
  if (words.length > 1 && words[words.length - 1]!.length <= 3) words.splice(-2, 2, `${words[words.length - 2]} ${words[words.length - 1]}`);
  if (more > 0) words.push(`${words.pop() ?? ""} +${more}`);
  const width = (s: string) => [...s].reduce((a, ch) => a + columns(ch), 0);
  const lines: string[] = [];
  let line = "";
  // the status mark (出, 到…) stays on the line of the name's first word, never a line of its own above a wide name
  // (newcomer 22 #13: 「出」 alone above the unit's name on a phone)
  for (const [i, tok] of [...(mark ? [mark] : []), ...words].entries()) {
    if (line !== "" && !(mark && i === 1) && width(line) + 1 + width(tok) > max) (lines.push(line), (line = ""));
    line = line === "" ? tok : `${line} ${tok}`;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
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
