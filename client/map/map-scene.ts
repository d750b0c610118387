/**
 * The shared map (应急一张图) as a Phaser scene: roads, places, units, the incident, cordons,
 * warnings, readings, and (for control roles) the hazard overlay. Pans by drag, zooms by
 * wheel or pinch; a tap picks the nearest place. World coordinates are metres east/north;
 * screen y runs down, so y is negated.
 */
import * as Phaser from "phaser";
import type { ConsoleModel } from "../model/console.ts";
import { placeLabels, shortName, stackByPosition, unitLabelText, wrapLabel, type LabelSpec, type Rect } from "./declutter.ts";
import { drawOverlay } from "./overlay.ts";
import { fitBox, plumeBox, within, type Box } from "./fit.ts";
import { COLOURS, STATUS_MARK } from "./palette.ts";

export interface MapHooks {
  onPick?: (placeId: string) => void;
  lang: () => "zh" | "en";
  /**
   * Canvas pixels per CSS pixel (the device's pixel ratio): the canvas is that many times the
   * map's CSS size, so a phone at 3× draws sharp text. Everything the scene measures (labels,
   * marks, taps, the covered boxes, screenOf) stays in CSS pixels; only the camera works in canvas pixels.
   */
  pixelRatio?: number;
  /** the page's font stack (the DOM's): Phaser's default is a monospace Courier */
  fontFamily?: string;
}

/** The furthest out one can zoom: the fitted map at this fraction of the screen (below it the map is a speck). */
export const MIN_ZOOM_OF_FIT = 0.5;
/** The incident's diamond, CSS px from its centre to its border. */
const INCIDENT_R = 15;
/** The closest in: CSS pixels per metre. */
export const MAX_ZOOM = 4;

/** Exposed for tests: what the map currently draws. */
/** `unitLabels`: the text of each unit label drawn (lines joined by "\n"), for the browser tests */
export interface MapProbe { units: Array<{ id: string; x: number; y: number; status: string }>; unitLabels: string[]; incident?: string; overlay: string[]; places: number }

export class MapScene extends Phaser.Scene {
  private model?: ConsoleModel;
  private roads!: Phaser.GameObjects.Graphics;
  private areas!: Phaser.GameObjects.Graphics;
  private marks!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private unitLabels = new Map<string, Phaser.GameObjects.Text>();
  /** screen boxes of what covers the map (its buttons, legend, hint): no label goes under them */
  private covered: Rect[] = [];
  /** the place last tapped: its label shows first, whatever it displaces */
  private picked?: string;
  private fitted = false;
  /** the zoom (CSS px a metre) that shows every place: zooming out stops at a fraction of it */
  private fitZoom = 0.01;
  private fittedBox?: Box;
  private readonly px: number;
  private touched = false;
  private drag?: { x: number; y: number; moved: boolean };
  private pinch?: { d: number; zoom: number };
  probe: MapProbe = { units: [], unitLabels: [], overlay: [], places: 0 };

  constructor(private hooks: MapHooks) {
    super("map");
    this.px = hooks.pixelRatio ?? 1;
  }

  /** The zoom in CSS pixels a metre (the camera's own zoom is in canvas pixels). */
  private get zoom(): number {
    return this.cameras.main.zoom / this.px;
  }

  private setZoom(z: number): void {
    this.cameras.main.setZoom(Phaser.Math.Clamp(z, this.fitZoom * MIN_ZOOM_OF_FIT, MAX_ZOOM) * this.px);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLOURS.bg);
    this.areas = this.add.graphics().setDepth(1);
    this.roads = this.add.graphics().setDepth(2);
    this.marks = this.add.graphics().setDepth(4);
    this.input.addPointer(1);
    this.input.on("pointerdown", (p: Phaser.Input.Pointer) => this.down(p));
    this.input.on("pointermove", (p: Phaser.Input.Pointer) => this.move(p));
    this.input.on("pointerup", (p: Phaser.Input.Pointer) => this.up(p));
    this.input.on("wheel", (_p: unknown, _o: unknown, _dx: number, dy: number) => this.zoomBy(dy > 0 ? 0.85 : 1.18));
    // refit on resize until the person moves the map themselves
    this.scale.on("resize", (size: Phaser.Structs.Size) => {
      this.cameras.main.setSize(size.width, size.height); // RESIZE mode leaves the camera at its first size
      if (!this.touched) this.fit();
      else this.placeAllLabels();
    });
    if (this.model) this.redraw();
  }

  setModel(m: ConsoleModel): void {
    const placesChanged = this.model?.places !== m.places;
    this.model = m;
    if (!this.sys?.isActive()) return;
    if (placesChanged && !this.touched) this.fitted = false;
    // a plume grown beyond what was fitted: fit again, until the person moves the map themselves
    const plume = plumeBox(m);
    if (plume && this.fittedBox && !this.touched && !within(plume, this.fittedBox)) this.fitted = false;
    this.redraw();
  }

  /** The camera's zoom and centre in world metres (test hook). */
  view(): { zoom: number; x: number; y: number } {
    const c = this.cameras.main;
    return { zoom: this.zoom, x: c.midPoint.x, y: -c.midPoint.y };
  }

  /** Canvas coordinates of a place (test hook: lets a test tap a place on the map). */
  screenOf(placeId: string): { x: number; y: number } | undefined {
    const p = this.model?.places.find((q) => q.id === placeId);
    return p ? this.toScreen(p.x, -p.y) : undefined;
  }

  /** What lies over the map, in canvas pixels (MapView measures its buttons): labels keep clear of it. */
  setCovered(rects: Rect[]): void {
    this.covered = rects;
    if (this.sys?.isActive() && this.model) this.placeAllLabels();
  }

  /**
   * World (screen-down y) → CSS pixels on the map, from the camera's scroll and zoom as they are
   * now (its worldView is refreshed only when it renders, so just after a zoom or fit it is stale).
   */
  private toScreen(wx: number, wy: number): { x: number; y: number } {
    const c = this.cameras.main;
    return { x: ((wx - c.scrollX - c.width / 2) * c.zoom + c.width / 2) / this.px, y: ((wy - c.scrollY - c.height / 2) * c.zoom + c.height / 2) / this.px };
  }

  private toWorld(sx: number, sy: number): { x: number; y: number } {
    const c = this.cameras.main;
    return { x: (sx * this.px - c.width / 2) / c.zoom + c.scrollX + c.width / 2, y: (sy * this.px - c.height / 2) / c.zoom + c.scrollY + c.height / 2 };
  }

  /** The map's size in CSS pixels. */
  private get size(): { w: number; h: number } {
    return { w: this.cameras.main.width / this.px, h: this.cameras.main.height / this.px };
  }

  zoomBy(f: number): void {
    this.touched = true;
    this.setZoom(this.zoom * f);
    this.scaleLabels();
  }

  private fit(): void {
    const m = this.model;
    if (!m || m.places.length === 0) return;
    // the places and, where this role sees it, the plume (fit.ts): it no longer runs off the fitted map
    const box = fitBox(m)!;
    const { x0, x1, y0, y1 } = box;
    const cam = this.cameras.main;
    const { w, h } = this.size;
    if (w < 50 || h < 50) return; // not laid out yet: fit once it has a size
    // screen margins: room for the marks, and on the right for the labels that start at each place
    const [left, right, top, bottom] = [24, Math.min(160, w * 0.3), 40, 24];
    const zoom = Math.min((w - left - right) / Math.max(x1 - x0, 200), (h - top - bottom) / Math.max(y1 - y0, 200));
    this.fitZoom = zoom;
    this.fittedBox = box;
    this.setZoom(zoom);
    cam.centerOn((x0 + x1) / 2 + (right - left) / 2 / zoom, (y0 + y1) / 2 - (top - bottom) / 2 / zoom);
    this.fitted = true;
    this.scaleLabels();
  }

  private scaleLabels(): void {
    const s = 1 / this.zoom; // a label keeps its CSS size at any zoom
    for (const l of this.labels) l.setScale(s);
    for (const l of this.unitLabels.values()) l.setScale(s);
    this.redrawMarks();
    this.placeAllLabels();
  }

  /**
   * Place the labels around their marks at this zoom (declutter.ts): the incident's, the units',
   * the places', junctions' last and only zoomed in (about 7 m a pixel); a label with no free
   * spot is hidden until a zoom makes room. On a narrow map a place drops its bracketed detail.
   */
  private placeAllLabels(): void {
    const m = this.model;
    if (!m) return;
    const view = this.size;
    const lang = this.hooks.lang();
    const marks: Array<{ x: number; y: number; r: number; unit?: boolean }> = m.places.map((p) => ({ ...this.toScreen(p.x, -p.y), r: p.id === m.incidentPlace ? INCIDENT_R : 5 }));
    for (const u of this.probe.units) marks.push({ ...this.toScreen(u.x, -u.y), r: 11, unit: true });
    // a label starts outside the marks on its own spot (units standing on the place); a place's mark merely
    // near it (the incident's diamond beside the plant) is kept clear by placeLabels, not by a wider ring
    // that would set the label by some other mark
    const radius = (x: number, y: number, r: number) => marks.reduce((best, k) => (Math.hypot(k.x - x, k.y - y) < (k.unit ? k.r : 3) ? Math.max(best, Math.hypot(k.x - x, k.y - y) + k.r) : best), r);
    const inc = m.places.find((p) => p.id === m.incidentPlace);
    const incident = inc ? this.toScreen(inc.x, -inc.y) : undefined;
    const specs: LabelSpec[] = [];
    const texts: Phaser.GameObjects.Text[] = [];
    m.places.forEach((p, i) => {
      const l = this.labels[i];
      if (!l) return;
      l.setVisible(false);
      if (p.kind === "junction" && this.zoom <= 0.15 && p.id !== this.picked) return;
      // a place whose dot lies under the incident's diamond (the plant, zoomed out) is not named: its
      // name beside the diamond would read as the incident's, or beside a junction as the junction's
      const at = this.toScreen(p.x, -p.y);
      if (incident && p.id !== m.incidentPlace && p.id !== this.picked && Math.hypot(at.x - incident.x, at.y - incident.y) < INCIDENT_R) return;
      const text = this.labelText(this.name(p.name[lang]));
      if (l.text !== text) l.setText(text);
      const priority = p.id === this.picked ? 9 : p.id === m.incidentPlace ? 5 : p.kind === "junction" ? 0 : 2;
      specs.push({ ...at, r: radius(at.x, at.y, 5), w: l.width, h: l.height, priority, ...(p.id === m.incidentPlace ? { hides: INCIDENT_R } : {}) });
      texts.push(l);
    });
    for (const l of this.unitLabels.values()) {
      if (!l.visible) continue;
      l.setVisible(false);
      const at = this.toScreen(l.getData("x") as number, l.getData("y") as number);
      specs.push({ ...at, r: radius(at.x, at.y, 11), w: l.width, h: l.height, priority: 4 });
      texts.push(l);
    }
    const boxes = marks.map((k) => ({ x: k.x - k.r, y: k.y - k.r, w: 2 * k.r, h: 2 * k.r, ...(k.unit ? { unit: true } : {}) }));
    placeLabels(specs, boxes, view, this.covered).forEach((b, i) => {
      if (!b) return;
      const w = this.toWorld(b.x, b.y);
      texts[i]!.setOrigin(0, 0).setPosition(w.x, w.y).setVisible(true);
    });
  }

  /**
   * A name as a label: whole, in lines of whole words (declutter.ts wrapLabel), never cut; on a
   * narrow map without its bracketed detail and in shorter lines, so a phone names more places.
   */
  private labelText(name: string): string {
    return wrapLabel(name, this.size.w < 600 ? 14 : 30);
  }

  /** on a narrow map a name drops its bracketed detail: 临江化工有限公司（厂区大门、中控室） → 临江化工有限公司 */
  private name(full: string): string {
    return this.size.w < 600 ? shortName(full) : full;
  }

  private redraw(): void {
    const m = this.model!;
    if (!this.fitted) this.fit();
    const at = new Map(m.places.map((p) => [p.id, p]));
    this.roads.clear();
    this.roads.lineStyle(60, COLOURS.road, 1);
    for (const r of m.roads) {
      const a = at.get(r.from), b = at.get(r.to);
      if (a && b) this.roads.lineBetween(a.x, -a.y, b.x, -b.y);
    }
    if (this.labels.length !== m.places.length) {
      for (const l of this.labels) l.destroy();
      this.labels = m.places.map(() => this.add.text(0, 0, "", this.textStyle({ fontSize: "13px", color: "#1d2733", backgroundColor: "#ffffffcc", padding: { x: 2, y: 1 } })).setDepth(6));
    }
    this.areas.clear();
    this.probe = { units: [], unitLabels: [], overlay: drawOverlay(this.areas, m, at), places: m.places.length, ...(m.incidentPlace ? { incident: m.incidentPlace } : {}) };
    this.scaleLabels(); // labels made anew (a complete welcome adds the incident place) start at scale 1; marks, then declutter
  }

  /** A label's style: the page's fonts, its texture drawn at the device's resolution (sharp at 3×). */
  private textStyle(style: Phaser.Types.GameObjects.Text.TextStyle): Phaser.Types.GameObjects.Text.TextStyle {
    return { ...style, resolution: this.px, ...(this.hooks.fontFamily ? { fontFamily: this.hooks.fontFamily } : {}) };
  }

  /** Marks are drawn in screen-sized units (CSS px), so they are redrawn on zoom. */
  private redrawMarks(): void {
    const m = this.model;
    if (!m) return;
    const s = 1 / this.zoom;
    const g = this.marks.clear();
    for (const p of m.places) {
      g.fillStyle(COLOURS.place, 1).fillCircle(p.x, -p.y, 5 * s);
    }
    const inc = m.incidentPlace ? m.places.find((p) => p.id === m.incidentPlace) : undefined;
    if (inc) {
      // a red diamond with a white border: the incident, recognisable without colour
      g.fillStyle(COLOURS.incident, 1).lineStyle(3 * s, 0xffffff, 1);
      const r = 14 * s;
      g.beginPath().moveTo(inc.x, -inc.y - r).lineTo(inc.x + r, -inc.y).lineTo(inc.x, -inc.y + r).lineTo(inc.x - r, -inc.y).closePath().fillPath().strokePath();
    }
    const seen = new Set<string>();
    this.probe.units = [];
    this.probe.unitLabels = [];
    const lang = this.hooks.lang();
    const shown = m.units.filter((u) => !(u.status === "available" && m.omniscient)); // the control map shows deployed units only
    for (const u of shown) {
      const own = !m.omniscient && u.info.agency === m.role;
      g.fillStyle(own || !m.omniscient ? COLOURS.ownUnit : COLOURS.otherUnit, 1).lineStyle(2 * s, 0xffffff, 1);
      g.fillCircle(u.pos.x, -u.pos.y, 10 * s).strokeCircle(u.pos.x, -u.pos.y, 10 * s);
      this.probe.units.push({ id: u.id, x: u.pos.x, y: u.pos.y, status: u.status });
    }
    // units resting at their base are marked, not named; units at one spot share one label with their count
    for (const group of stackByPosition(shown.filter((u) => u.status !== "available"), this.zoom)) {
      const u = group[0]!;
      let label = this.unitLabels.get(u.id);
      if (!label) {
        label = this.add.text(0, 0, "", this.textStyle({ fontSize: "12px", color: "#0d2a4a", fontStyle: "bold", backgroundColor: "#ffffffb3", padding: { x: 1, y: 1 } })).setDepth(7);
        this.unitLabels.set(u.id, label);
      }
      // the names whole, as a place's: cut to ten characters they read "W East stati +1" (newcomer 17)
      // placed by placeAllLabels around the unit's mark
      label.setText(unitLabelText(STATUS_MARK[lang][u.status] ?? "", this.name(u.info.name[lang]), group.length - 1, this.size.w < 600 ? 14 : 30)).setData({ x: u.pos.x, y: -u.pos.y }).setScale(s).setVisible(true);
      this.probe.unitLabels.push(label.text);
      seen.add(u.id);
    }
    for (const [id, l] of this.unitLabels) if (!seen.has(id)) l.setVisible(false);
  }

  private down(p: Phaser.Input.Pointer): void {
    const ps = this.input.manager.pointers.filter((q) => q.isDown);
    if (ps.length >= 2) {
      this.pinch = { d: Phaser.Math.Distance.Between(ps[0]!.x, ps[0]!.y, ps[1]!.x, ps[1]!.y), zoom: this.zoom };
      this.drag = undefined;
      return;
    }
    this.drag = { x: p.x, y: p.y, moved: false };
  }

  private move(p: Phaser.Input.Pointer): void {
    const cam = this.cameras.main;
    const ps = this.input.manager.pointers.filter((q) => q.isDown);
    if (this.pinch && ps.length >= 2) {
      const d = Phaser.Math.Distance.Between(ps[0]!.x, ps[0]!.y, ps[1]!.x, ps[1]!.y);
      this.touched = true;
      this.setZoom((this.pinch.zoom * d) / Math.max(1, this.pinch.d));
      this.scaleLabels();
      return;
    }
    if (!this.drag || !p.isDown) return;
    const dx = p.x - this.drag.x, dy = p.y - this.drag.y;
    if ((Math.abs(dx) + Math.abs(dy)) / this.px > 6) this.drag.moved = true; // pointer coordinates are canvas pixels
    if (this.drag.moved) {
      this.touched = true;
      cam.scrollX -= dx / cam.zoom;
      cam.scrollY -= dy / cam.zoom;
      this.drag.x = p.x;
      this.drag.y = p.y;
      this.placeAllLabels(); // labels stay on screen: one pushed off an edge moves round its mark or hides
    }
  }

  private up(p: Phaser.Input.Pointer): void {
    if (this.pinch) {
      if (this.input.manager.pointers.filter((q) => q.isDown).length === 0) this.pinch = undefined;
      return;
    }
    const tap = this.drag && !this.drag.moved;
    this.drag = undefined;
    if (!tap || !this.model) return;
    const w = this.cameras.main.getWorldPoint(p.x, p.y);
    let best: { id: string; d: number } | undefined;
    for (const q of this.model.places) {
      const d = Phaser.Math.Distance.Between(w.x, w.y, q.x, -q.y) * this.zoom;
      if (d < 40 && (!best || d < best.d)) best = { id: q.id, d };
    }
    // a tap on the incident's ◆ names the incident: a dot under the diamond is hidden by it, though nearer
    // the tap (the bridge, zoomed out on a phone: newcomer 18 item 2); zoomed in, the dots come out from
    // under it. The diamond is |dx| + |dy| ≤ 14 px plus its border.
    const inc = this.model.places.find((q) => q.id === this.model!.incidentPlace);
    if (inc && (Math.abs(w.x - inc.x) + Math.abs(w.y + inc.y)) * this.zoom <= INCIDENT_R) best = { id: inc.id, d: 0 };
    if (!best) return;
    // a tap names the place even where its label was hidden: it goes first, and others make room
    this.picked = best.id;
    this.placeAllLabels();
    this.hooks.onPick?.(best.id);
  }
}

