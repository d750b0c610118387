/**
 * Areas drawn under the marks: cordons and warnings (every role that knows them), readings of
 * the agency's own monitors, and for control roles the chemical model's threat zones, puffs
 * and ERG isolation / protective-action areas. Returns the names of what it drew (test probe).
 */
import type * as Phaser from "phaser";
import type { ConsoleModel, PlaceInfo } from "../model/console.ts";
import { COLOURS } from "./palette.ts";

interface ChemOverlay {
  puffs: Array<{ x: number; y: number; sy: number }>;
  zones: { now: string; grid: { cellM: number; n: number; originX: number; originY: number } } | null;
  erg: { isolateM: number; centre: { x: number; y: number }; protectiveActionSquare: Array<{ x: number; y: number }> };
}

export function drawOverlay(g: Phaser.GameObjects.Graphics, m: ConsoleModel, at: Map<string, PlaceInfo>): string[] {
  const drawn: string[] = [];
  if (m.hazardModel === "chemical-release" && m.overlay) {
    const o = m.overlay as ChemOverlay;
    if (o.zones) {
      const { grid, now } = o.zones;
      for (let k = 0; k < now.length; k++) {
        const level = now.charCodeAt(k) - 48;
        if (level <= 0) continue;
        const i = k % grid.n, j = Math.floor(k / grid.n);
        g.fillStyle(COLOURS.aegl[level]!, 0.35).fillRect(grid.originX + i * grid.cellM, -(grid.originY + (j + 1) * grid.cellM), grid.cellM, grid.cellM);
      }
      drawn.push("zones");
    }
    g.fillStyle(COLOURS.puff, 0.25);
    for (const p of o.puffs) g.fillCircle(p.x, -p.y, Math.max(20, p.sy));
    if (o.puffs.length > 0) drawn.push("puffs");
    g.lineStyle(25, COLOURS.erg, 0.8).strokeCircle(o.erg.centre.x, -o.erg.centre.y, o.erg.isolateM);
    const sq = o.erg.protectiveActionSquare;
    g.beginPath();
    sq.forEach((c, i) => (i === 0 ? g.moveTo(c.x, -c.y) : g.lineTo(c.x, -c.y)));
    g.closePath().strokePath();
    drawn.push("erg");
  }
  for (const w of m.warnings) {
    const p = at.get(w.place);
    if (!p) continue;
    g.lineStyle(30, COLOURS.warning, 0.9).strokeCircle(p.x, -p.y, w.radiusM);
    drawn.push(`warning:${w.place}`);
  }
  for (const c of m.cordons) {
    const p = at.get(c.place);
    if (!p) continue;
    g.fillStyle(COLOURS.cordon, 0.08).fillCircle(p.x, -p.y, c.radiusM);
    g.lineStyle(30, COLOURS.cordon, 0.9).strokeCircle(p.x, -p.y, c.radiusM);
    drawn.push(`cordon:${c.place}`);
  }
  for (const r of m.knowledge?.readings ?? []) {
    const p = at.get(r.place);
    if (!p || r.ppm === undefined) continue;
    g.fillStyle(COLOURS.reading, 0.9).fillRect(p.x - 60, -p.y - 60, 120, 120);
    drawn.push(`reading:${r.place}`);
  }
  return drawn;
}
