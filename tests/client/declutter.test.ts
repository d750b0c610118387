/**
 * Map labels at a zoom (client/map/declutter.ts): each label takes the first free position
 * round its mark (right, then left, …), clear of placed labels, marks, what covers the map and
 * the map's edges, in priority order (the incident before a junction); one with no free position
 * hides. Units at one spot share one label with their count, while units apart keep their own.
 */
import { describe, expect, it } from "vitest";
import { placeLabels, shortName, stackByPosition, unitLabelText, wrapLabel } from "../../client/map/declutter.ts";

describe("placeLabels", () => {
  const view = { w: 390, h: 600 };
  const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

  it("a label goes right of its mark; a second one at the same spot moves round it; the higher priority keeps the right", () => {
    const town = { x: 100, y: 100, r: 5, w: 120, h: 16, priority: 2 };
    const incident = { x: 100, y: 104, r: 15, w: 160, h: 16, priority: 5 };
    const [a, b] = placeLabels([town, incident], [], view);
    expect(b).toEqual({ x: 118, y: 96, w: 160, h: 16 }); // the incident: right of its diamond
    expect(a).toBeDefined();
    expect(overlap(a!, b!)).toBe(false);
  });

  it("a label that would run off the right edge goes to the left of its mark; one with no room anywhere hides", () => {
    const [edge] = placeLabels([{ x: 380, y: 300, r: 5, w: 100, h: 16, priority: 1 }], [], view);
    expect(edge!.x + edge!.w).toBeLessThanOrEqual(380);
    const names = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(() => ({ x: 200, y: 300, r: 5, w: 150, h: 16, priority: 1 }));
    const placed = placeLabels(names, [], view).filter((b) => b !== undefined);
    expect(placed.length).toBeLessThan(names.length);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlap(a, b)).toBe(false);
  });

  it("keeps clear of other marks and of what covers the map (its zoom buttons); only the incident and units may lie over a mark", () => {
    const marks = [{ x: 108, y: 80, w: 40, h: 40 }, { x: 20, y: 80, w: 80, h: 40 }, { x: 60, y: 60, w: 100, h: 30 }, { x: 60, y: 110, w: 100, h: 40 }];
    expect(placeLabels([{ x: 100, y: 100, r: 5, w: 60, h: 16, priority: 2 }], marks, view)).toEqual([undefined]);
    expect(placeLabels([{ x: 100, y: 100, r: 5, w: 60, h: 16, priority: 5 }], marks, view)[0]).toBeDefined();
    const buttons = [{ x: 330, y: 8, w: 52, h: 100 }];
    const [b] = placeLabels([{ x: 300, y: 40, r: 5, w: 60, h: 16, priority: 5 }], [], view, buttons);
    expect(overlap(b!, buttons[0]!)).toBe(false);
  });

  it("zoomed out, the incident's label lies over a place's dot rather than hide, never over a unit's mark (newcomer 17)", () => {
    // the tank's diamond with units close round it on every side but one, and a junction dot
    const incident = { x: 200, y: 300, r: 15, w: 150, h: 16, priority: 5 };
    const units = [{ x: 220, y: 290, w: 22, h: 22, unit: true }, { x: 120, y: 285, w: 22, h: 22, unit: true }, { x: 150, y: 260, w: 22, h: 22, unit: true }];
    const dot = { x: 195, y: 318, w: 10, h: 10 };
    const [box] = placeLabels([incident], [...units, dot], view);
    expect(box).toBeDefined();
    for (const u of units) expect(overlap(box!, u)).toBe(false);
    // with a unit on every side it hides rather than cover one
    const ring = [0, 45, 90, 135, 180, 225, 270, 315].map((a) => ({ x: 200 + 40 * Math.cos((a * Math.PI) / 180) - 30, y: 300 + 30 * Math.sin((a * Math.PI) / 180) - 11, w: 60, h: 22, unit: true }));
    expect(placeLabels([incident], ring, view)).toEqual([undefined]);
  });

  it("a place's label never sits nearer another mark than its own: the plant's name is not put beside a junction (newcomer 17)", () => {
    // the plant's dot; right of it the incident's diamond, left of it a junction just beyond the label's reach
    const plant = { x: 200, y: 300, r: 5, w: 60, h: 16, priority: 2 };
    const diamond = { x: 207, y: 284, w: 30, h: 30 };
    const junction = { x: 122, y: 296, w: 10, h: 10 };
    const [box] = placeLabels([plant], [diamond, junction], view);
    expect(box).toBeDefined();
    const dist = (b: { x: number; y: number; w: number; h: number }, x: number, y: number) => Math.hypot(Math.max(b.x - x, 0, x - b.x - b.w), Math.max(b.y - y, 0, y - b.y - b.h));
    expect(dist(box!, 200, 300)).toBeLessThanOrEqual(dist(box!, 127, 301));
    expect(dist(box!, 200, 300)).toBeLessThanOrEqual(dist(box!, 222, 299));
  });

  it("a label does not take the one position a later label had, when a position of its own is free (newcomer 17: 4 of 17 places named)", () => {
    // a strip of map: above and below run off it, and so does anything right of the place
    const strip = { w: 200, h: 40 };
    // the incident's name goes first; right of its diamond is the only room the place's name has, left of its own dot
    const incident = { x: 100, y: 20, r: 5, w: 40, h: 16, priority: 5 };
    const place = { x: 160, y: 20, r: 5, w: 40, h: 16, priority: 2 };
    const [a, b] = placeLabels([incident, place], [], strip);
    expect(a).toEqual({ x: 52, y: 12, w: 40, h: 16 }); // left of the diamond
    expect(b).toEqual({ x: 112, y: 12, w: 40, h: 16 }); // left of its dot
    // alone, the incident's name keeps its favourite position, right of its mark
    expect(placeLabels([incident], [], strip)[0]).toEqual({ x: 108, y: 12, w: 40, h: 16 });
  });

  it("a long place name drops its bracketed detail for a narrow map", () => {
    expect(shortName("临江化工有限公司（厂区大门、中控室）")).toBe("临江化工有限公司");
    expect(shortName("Linjiang Chemical Co. (gate, control room)")).toBe("Linjiang Chemical Co.");
    expect(shortName("江湾小学")).toBe("江湾小学");
  });
});

describe("units at one spot", () => {
  const at = (id: string, x: number, y: number) => ({ id, pos: { x, y } });

  it("share one label with their count at the tank; a unit 300 m away keeps its own", () => {
    const units = [at("hz-chem1", 1000, 1000), at("hz-chem2", 1002, 1001), at("hz-e1", 1000, 1000), at("amb-1", 1300, 1000)];
    const groups = stackByPosition(units, 0.1); // 0.1 px a metre: 2 m apart is 0.2 px, 300 m is 30 px
    expect(groups.map((g) => g.map((u) => u.id))).toEqual([["hz-chem1", "hz-chem2", "hz-e1"], ["amb-1"]]);
    expect(unitLabelText("", groups[0]![0]!.id, groups[0]!.length - 1, 30)).toBe("hz-chem1 +2");
    expect(unitLabelText("", "amb-1", 0, 30)).toBe("amb-1");
  });

  it("zoomed in far enough, units a few metres apart are labelled apart", () => {
    expect(stackByPosition([at("a", 0, 0), at("b", 20, 0)], 1).length).toBe(2);
  });
});

describe("a label's lines (newcomer 17: a unit labelled \"W East stati +1\")", () => {
  it("English breaks between words only: every word whole, nothing dropped, lines within the width unless one word is longer", () => {
    const name = "W Linjiang County Emergency Management Bureau +2";
    const lines = wrapLabel(name, 14).split("\n");
    expect(lines.join(" ")).toBe(name);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length <= 14 || !l.includes(" ")).toBe(true);
    expect(wrapLabel("Supercalifragilistic station", 10)).toBe("Supercalifragilistic\nstation");
    expect(wrapLabel("Jiangwan Village", 18)).toBe("Jiangwan Village");
    // a unit's number never stands alone on the last line
    expect(wrapLabel("W Environmental monitoring van 1", 30)).toBe("W Environmental monitoring\nvan 1");
  });

  it("Chinese, written without spaces, breaks between characters, a character two columns wide; Latin inside it stays whole", () => {
    expect(wrapLabel("临江化工液氯罐区V-101储罐", 14)).toBe("临江化工液氯罐\n区V-101储罐");
    expect(wrapLabel("江湾小学", 14)).toBe("江湾小学");
  });

  // newcomer 21 item 3: on a 390 px phone (14 columns) unit labels read 环境应急监 测车1 and 江湾派出所 / 警车2: a unit's
  // name is one word of the label, never broken (nor given a space); the mark and "+N" go round it
  // newcomer 22 #13: the mark alone on a line above the name (「出」 over 江湾派出所警车2) read as a label of its own;
  // the mark stays on the name's line, that line wider than 14 columns (作 + space + 16 columns = 19) rather than split
  it("a unit's Chinese name is never broken or split by a space: the mark stays before it on its line, +N stays with it", () => {
    expect(unitLabelText("作", "环境应急监测车1", 0, 14)).toBe("作 环境应急监测车1");
    expect(unitLabelText("作", "江湾派出所警车2", 0, 14)).toBe("作 江湾派出所警车2");
    expect(unitLabelText("作", "特勤站化学救援车", 2, 14)).toBe("作 特勤站化学救援车 +2");
    expect(unitLabelText("作", "120救护车1", 5, 14)).toBe("作 120救护车1 +5");
    expect(unitLabelText("出", "江湾派出所警车2", 0, 30)).toBe("出 江湾派出所警车2");
  });

  it("an English unit name breaks between words only, its number with the word before it", () => {
    expect(unitLabelText("W", "Environmental monitoring van 1", 0, 30)).toBe("W Environmental monitoring\nvan 1");
    expect(unitLabelText("W", "Jiangwan police car 2", 1, 14)).toBe("W Jiangwan\npolice\ncar 2 +1");
  });

  it("a place name broken inside a Chinese run is never joined again with a space", () => {
    expect(wrapLabel("作 环境应急监测车1", 14)).not.toContain(" 测");
  });
});

// newcomer 22 #13: on the desk map (30 columns) 江湾镇应急避难场所（镇中学操场）, 16 characters (32 columns), broke after
// 场, leaving 「）」 alone on its last line. A closing mark never begins a line: the bracketed part, 7 characters
// (14 columns), fits a line, so it goes down whole.
describe("a place name with a closing bracket at a line's end", () => {
  it("breaks before the bracketed part, never leaving 「）」 alone", () => {
    expect(wrapLabel("江湾镇应急避难场所（镇中学操场）", 30)).toBe("江湾镇应急避难场所\n（镇中学操场）");
    // a phone's 14 columns: 江湾镇应急避难 (14) / 场所（镇中学操 (14) / 场） — the mark is not at a line's start
    expect(wrapLabel("江湾镇应急避难场所（镇中学操场）", 14)).toBe("江湾镇应急避难\n场所（镇中学操\n场）");
    for (const max of [10, 12, 14, 16, 20, 24, 30]) {
      for (const line of wrapLabel("临江县人民政府（县委县政府总值班室）", max).split("\n")) expect(line.startsWith("）"), `${max}: ${line}`).toBe(false);
    }
  });
  it("a bracketed part wider than a line keeps its 「）」 at the end of the line before, one mark over", () => {
    expect(wrapLabel("甲乙（丙丁戊己庚辛）", 8).split("\n").some((l) => l === "）")).toBe(false);
  });
});
