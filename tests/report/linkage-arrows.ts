/**
 * What the linkage chart draws, measured in Chromium (tests/report/chart-label-overlap.test.ts, and the
 * screenshots): the boxes of its words and points along its arrows (every edge curve and arrowhead ECharts draws, in
 * screen pixels, ≈1 px apart), and which arrow points fall inside a word's box.
 */
import type { Browser } from "playwright-core";

export interface Box { text: string; x: number; y: number; w: number; h: number }
export interface Drawn { boxes: Box[]; arrows: Array<[number, number]> }

/** The linkage chart of `html` drawn `width` px wide (print: as the PDF lays it out); `shot` saves a screenshot. */
export async function linkageDrawn(browser: Browser, html: string, width: number, print: boolean, shot?: string): Promise<Drawn> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  try {
    await page.setContent(html, { waitUntil: "load" });
    await page.waitForFunction(() => (window as unknown as { __reportReady?: boolean }).__reportReady === true);
    if (print) await page.emulateMedia({ media: "print" });
    // a print layout redraws on resize: let it settle
    await page.waitForTimeout(200);
    if (shot) await page.locator("#chart-linkage").screenshot({ path: shot });
    return await page.evaluate(() => {
      const svg = document.querySelector("#chart-linkage svg")!;
      const boxes: Array<{ text: string; x: number; y: number; w: number; h: number }> = [];
      for (const t of Array.from(svg.querySelectorAll("text"))) {
        const s = getComputedStyle(t);
        if (s.display === "none" || s.visibility === "hidden" || Number(s.opacity) === 0 || !(t.textContent ?? "").trim()) continue;
        const r = t.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        boxes.push({ text: t.textContent ?? "", x: r.x, y: r.y, w: r.width, h: r.height });
      }
      // the arrows: the edges' colours (report-client.js linkageOption: first notice #37474f, later ones #90a4ae),
      // curves stroked, arrowheads filled; node circles (arcs) and the legend are other colours or shapes
      const arrows: Array<[number, number]> = [];
      for (const p of Array.from(svg.querySelectorAll("path")) as SVGPathElement[]) {
        const colour = p.getAttribute("stroke") ?? p.getAttribute("fill") ?? "";
        if (!/^#(37474f|90a4ae)$/i.test(colour) || /A/.test(p.getAttribute("d") ?? "")) continue;
        const m = p.getScreenCTM()!;
        const len = p.getTotalLength();
        for (let l = 0; l <= len; l += 1) {
          const q = p.getPointAtLength(l);
          arrows.push([m.a * q.x + m.c * q.y + m.e, m.b * q.x + m.d * q.y + m.f]);
        }
      }
      return { boxes, arrows };
    });
  } finally {
    await page.close();
  }
}

/** The words an arrow runs through: "09:31 at (412, 318)" for each box with an arrow point inside it (0.5 px in). */
export function crossed(d: Drawn): string[] {
  const out: string[] = [];
  for (const b of d.boxes) {
    const hit = d.arrows.find(([x, y]) => x > b.x + 0.5 && x < b.x + b.w - 0.5 && y > b.y + 0.5 && y < b.y + b.h - 0.5);
    if (hit) out.push(`${b.text} at (${Math.round(hit[0])}, ${Math.round(hit[1])})`);
  }
  return out;
}
