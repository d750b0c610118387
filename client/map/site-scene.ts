/**
 * Site views as a Phaser scene: the mine's roadway section (distance east against elevation,
 * roadways coloured and labelled by water depth, miners' groups) and the school's floor plan
 * (one band per floor, rooms shaded by smoke, fire cells, people counts). Drawn from the
 * hazard overlay the role is allowed to see.
 */
import * as Phaser from "phaser";
import { t } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";
import { wrapLabel } from "./declutter.ts";

interface MineOverlay { segments: Array<{ id: string; depthCm: number; walled: boolean }>; nodes: Array<{ id: string; depthCm: number }>; miners: Array<{ id: string; count: number; status: string; node: string }> }
interface FireOverlay { nodes: Array<{ id: string; floor: number; kind: string; hrrKW: number; layerM: number | null; visibilityM: number; untenable: boolean; people: number; cells: Array<[number, number, number]>; searched: boolean }> }

interface Box { x: number; y: number; w: number; h: number }

/** A spot's name in the page's language (the live welcome's `spots`); its id only where the scenario gives none. */
function spotName(m: ConsoleModel, id: string, lang: "zh" | "en"): string {
  return m.spots?.find((s) => s.id === id)?.name[lang] ?? id;
}

/**
 * Without the site's geometry (the live server sends only the overlay): rooms as boxes per floor,
 * roadways as depth bars, each by its name and its people or water (newcomer 17 item 8: ids and 人 in English).
 */
function schematicRows(m: ConsoleModel, lang: "zh" | "en"): Array<{ label: string; rows: Array<{ id: string; fill: number; text: string; alarm: boolean }> }> {
  if (m.hazardModel === "building-fire") {
    const o = m.overlay as FireOverlay;
    const floors = [...new Set(o.nodes.map((n) => n.floor))].sort((a, b) => b - a);
    return floors.map((f) => ({
      label: `${f}F`,
      rows: o.nodes.filter((n) => n.floor === f && n.kind !== "stair" && n.kind !== "exit").map((n) => ({
        id: n.id, fill: n.layerM === null ? 0 : 1 - Math.min(1, n.layerM / 3.6), text: `${spotName(m, n.id, lang)}${n.people ? `\n${t("site.people", { n: n.people })}` : ""}`, alarm: n.untenable || n.hrrKW > 0,
      })),
    }));
  }
  const o = m.overlay as MineOverlay;
  return [{ label: "", rows: o.segments.map((s) => ({ id: s.id, fill: Math.min(1, s.depthCm / 300), text: `${spotName(m, s.id, lang)}\n${Math.round(s.depthCm)} cm`, alarm: s.depthCm >= 130 })) }];
}

export class SiteScene extends Phaser.Scene {
  private schematic(m: ConsoleModel, W: number, H: number): void {
    const groups = schematicRows(m, this.lang());
    const rowsPerGroup = (n: number) => Math.max(1, Math.ceil(n / 4));
    const total = groups.reduce((a, g) => a + rowsPerGroup(g.rows.length), 0);
    const h = Math.min(44, (H - 10) / Math.max(1, total));
    let y = 5;
    for (const g of groups) {
      if (g.label) this.label(18, y + h / 2, g.label, 12);
      g.rows.forEach((r, i) => {
        const col = i % 4, row = Math.floor(i / 4);
        const w = (W - 44) / 4;
        const x = 36 + col * w, yy = y + row * h;
        this.g.fillStyle(m.hazardModel === "mine-flood" ? 0x1e88e5 : 0x5d4037, 0.1 + 0.8 * r.fill).fillRect(x, yy + 2, w - 4, h - 4);
        this.g.lineStyle(r.alarm ? 3 : 1, r.alarm ? 0xd7263d : 0x37474f, 1).strokeRect(x, yy + 2, w - 4, h - 4);
        this.boxLabel(r.id, `${r.alarm ? "✖ " : ""}${r.text}`, { x, y: yy + 2, w: w - 4, h: h - 4 });
      });
      y += rowsPerGroup(g.rows.length) * h;
    }
  }

  private model?: ConsoleModel;
  private g!: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  /**
   * `px`: canvas pixels per CSS pixel (the device's pixel ratio, as the map's): the scene draws in
   * CSS pixels and its camera zooms them onto the larger canvas, so a phone at 3× shows sharp lines and text.
   */
  constructor(private lang: () => "zh" | "en", private px = 1, private fontFamily?: string) {
    super("site");
  }
  create(): void {
    this.g = this.add.graphics();
    this.cameras.main.setOrigin(0, 0).setZoom(this.px);
    this.scale.on("resize", (size: Phaser.Structs.Size) => (this.cameras.main.setSize(size.width, size.height), this.redraw()));
    this.redraw();
  }
  setModel(m: ConsoleModel): void {
    this.model = m;
    if (this.sys?.isActive()) this.redraw();
  }
  private label(x: number, y: number, s: string, size = 12, color = "#1d2733"): Phaser.GameObjects.Text {
    const text = this.add.text(x, y, s, { fontSize: `${size}px`, color, align: "center", resolution: this.px, ...(this.fontFamily ? { fontFamily: this.fontFamily } : {}) }).setOrigin(0.5, 0.5);
    this.texts.push(text);
    return text;
  }

  /** Test probe: each box's spot, its label, the box and the label's bounds as drawn (CSS px). */
  boxes: Array<{ id: string; text: string; box: Box; drawn: Box }> = [];

  /**
   * A room's or roadway's label inside its box: its name in lines of whole words (a line about as
   * wide as the box), made smaller only as far as it must to fit: never spilling into the next box.
   */
  private boxLabel(id: string, s: string, box: Box): void {
    const [name = "", ...rest] = s.split("\n");
    const text = this.label(box.x + box.w / 2, box.y + box.h / 2, [wrapLabel(name, Math.max(6, Math.floor(box.w / 5.5))), ...rest].join("\n"), 10);
    text.setScale(Math.min(1, (box.w - 2) / text.width, (box.h - 2) / text.height));
    const b = text.getBounds();
    this.boxes.push({ id, text: text.text, box, drawn: { x: b.x, y: b.y, w: b.width, h: b.height } });
  }
  private redraw(): void {
    const m = this.model;
    if (!m?.overlay || !this.g) return;
    this.g.clear();
    for (const x of this.texts) x.destroy();
    this.texts = [];
    this.boxes = [];
    const W = this.scale.width / this.px, H = this.scale.height / this.px;
    if (!m.site) return this.schematic(m, W, H);
    if (m.site.model === "mine-flood") {
      const o = m.overlay as MineOverlay;
      const nodes = new Map(m.site.nodes.map((n) => [n.id, n]));
      const xs = m.site.nodes.map((n) => n.x), zs = m.site.nodes.map((n) => n.elevationM);
      const [x0, x1, z0, z1] = [Math.min(...xs), Math.max(...xs), Math.min(...zs), Math.max(...zs)];
      const px = (x: number) => 30 + ((x - x0) / Math.max(1, x1 - x0)) * (W - 60);
      const py = (z: number) => H - 30 - ((z - z0) / Math.max(1, z1 - z0)) * (H - 60);
      const depth = new Map(o.segments.map((s) => [s.id, s]));
      for (const s of m.site.segments) {
        const a = nodes.get(s.from)!, b = nodes.get(s.to)!;
        const d = depth.get(s.id)?.depthCm ?? 0;
        const frac = Math.min(1, d / (s.heightM * 100));
        this.g.lineStyle(10, 0x6d6d6d, 1).lineBetween(px(a.x), py(a.elevationM), px(b.x), py(b.elevationM));
        if (d > 0) this.g.lineStyle(10 * Math.max(0.3, frac), 0x1e88e5, 1).lineBetween(px(a.x), py(a.elevationM), px(b.x), py(b.elevationM));
        if (d >= 10) this.label((px(a.x) + px(b.x)) / 2, (py(a.elevationM) + py(b.elevationM)) / 2 - 12, `${Math.round(d)}cm`, 11, "#0d47a1");
      }
      for (const n of m.site.nodes) this.g.fillStyle(0x263238, 1).fillCircle(px(n.x), py(n.elevationM), 4);
      for (const g of o.miners) {
        const n = nodes.get(g.node);
        if (!n || g.count === 0) continue;
        this.g.fillStyle(g.status === "trapped" ? 0xd7263d : 0xf29f05, 1).fillRect(px(n.x) - 9, py(n.elevationM) - 26, 18, 14);
        this.label(px(n.x), py(n.elevationM) - 19, `${g.count}`, 11, "#ffffff");
      }
      return;
    }
    const o = m.overlay as FireOverlay;
    const floors = [...m.site.floors].sort((a, b) => b.level - a.level);
    const rooms = m.site.rooms;
    const maxX = Math.max(...rooms.map((r) => r.rect[0] + r.rect[2])), maxY = Math.max(...rooms.map((r) => r.rect[1] + r.rect[3]));
    const band = (H - 10) / floors.length;
    const k = Math.min((W - 70) / maxX, (band - 10) / maxY);
    const byId = new Map(o.nodes.map((n) => [n.id, n]));
    floors.forEach((f, i) => {
      const top = 5 + i * band;
      this.label(30, top + band / 2, f.name[this.lang()], 12);
      for (const r of rooms.filter((q) => q.floor === f.level)) {
        const n = byId.get(r.id);
        const [rx, ry, rw, rh] = r.rect;
        const x = 60 + rx * k, y = top + ry * k;
        const smoke = n?.layerM !== null && n?.layerM !== undefined ? 1 - Math.min(1, n.layerM / 3.6) : 0;
        this.g.fillStyle(n?.untenable ? 0x5d4037 : 0x90a4ae, 0.15 + 0.7 * smoke).fillRect(x, y, rw * k, rh * k);
        this.g.lineStyle(1, 0x37474f, 1).strokeRect(x, y, rw * k, rh * k);
        for (const [cx, cy, burnt] of n?.cells ?? []) this.g.fillStyle(burnt === 2 ? 0x3e2723 : 0xff5722, 1).fillRect(60 + cx * k, top + cy * k, Math.max(1, k), Math.max(1, k));
        if (n && n.people > 0) this.label(x + (rw * k) / 2, y + (rh * k) / 2, t("site.people", { n: n.people }), 11, "#0d2a4a");
        if (n?.untenable) this.label(x + (rw * k) / 2, y + 8, "✖", 10, "#b71c1c");
      }
    });
  }
}
