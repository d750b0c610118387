/**
 * The shared map's labels on a phone (newcomer P5): at 390×844 the place and unit names of a
 * chemical-leak drill under way never overlap and never run off the map, at the first fit, after
 * a tap on a place whose name was hidden, zoomed in, zoomed out and panned. The boxes are read from the Phaser scene (each visible text's bounds
 * through the camera), not from pixels. Screenshots: test-results/screens/map-labels-*.png.
 */
import { expect, test } from "./closing-test.ts";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { directorAfterJumps, joinSeat, mapFrames, shot } from "./support.ts";

interface Box { t: string; x: number; y: number; w: number; h: number; place?: string }
interface Spot { id: string; x: number; y: number }

/**
 * Every visible label's box in CSS pixels (the place it names, for a place's label), the places'
 * and units' marks, and the map's CSS size, as the scene last drew them (the canvas is the map's
 * CSS size times the device's pixel ratio).
 */
async function labelBoxes(page: Page): Promise<{ boxes: Box[]; w: number; h: number; places: Spot[]; units: Spot[] }> {
  await mapFrames(page); // the camera's worldView is refreshed as it renders
  return page.evaluate(() => {
    interface Cam { zoom: number; width: number; height: number; worldView: { x: number; y: number } }
    interface Txt { type: string; visible: boolean; text: string; alpha: number; getBounds(): { x: number; y: number; width: number; height: number } }
    const scene = (window as unknown as { __lianyan: { map: { cameras: { main: Cam }; children: { list: Txt[] }; labels: Txt[]; model: { places: Array<{ id: string; x: number; y: number }> }; probe: { units: Array<{ id: string; x: number; y: number }> } } } }).__lianyan.map;
    const cam = scene.cameras.main;
    const px = cam.width / document.querySelector<HTMLElement>("[data-testid=map] canvas")!.clientWidth;
    const at = (x: number, y: number) => ({ x: ((x - cam.worldView.x) * cam.zoom) / px, y: ((y - cam.worldView.y) * cam.zoom) / px });
    const boxes = scene.children.list.filter((o) => o.type === "Text" && o.visible && o.alpha > 0 && o.text.trim() !== "").map((o) => {
      const b = o.getBounds();
      const i = scene.labels.indexOf(o);
      return { t: o.text, ...at(b.x, b.y), w: (b.width * cam.zoom) / px, h: (b.height * cam.zoom) / px, ...(i >= 0 ? { place: scene.model.places[i]!.id } : {}) };
    });
    const places = scene.model.places.map((p) => ({ id: p.id, ...at(p.x, -p.y) }));
    const units = scene.probe.units.map((u) => ({ id: u.id, ...at(u.x, -u.y) }));
    return { boxes, w: cam.width / px, h: cam.height / px, places, units };
  });
}

const distance = (b: Box, p: Spot) => Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.w), Math.max(b.y - p.y, 0, p.y - b.y - b.h));

/**
 * Labels over a unit's mark (10 px round), and place labels that sit nearer another place's dot
 * than their own (they read as that place's name: the plant's beside a junction). Dots under the
 * incident's diamond (15 px) are out of sight; the incident's own label and a tapped place's show
 * rather than hide, so only their clearance of units is checked.
 */
function misplaced(at: string, r: Awaited<ReturnType<typeof labelBoxes>>, incident: string, tapped?: string): string[] {
  const out: string[] = [];
  const diamond = r.places.find((p) => p.id === incident)!;
  const seen = r.places.filter((p) => p.id === incident || Math.hypot(p.x - diamond.x, p.y - diamond.y) > 15);
  for (const b of r.boxes) {
    for (const u of r.units) if (distance(b, u) < 10) out.push(`${at}: "${b.t}" covers unit ${u.id}`);
    const own = r.places.find((p) => p.id === b.place);
    if (!own || own.id === incident || own.id === tapped) continue;
    if (!seen.includes(own)) out.push(`${at}: "${b.t}" names a dot under the incident's diamond`);
    for (const p of seen) if (Math.hypot(p.x - own.x, p.y - own.y) > 2 && distance(b, p) < distance(b, own) - 1) out.push(`${at}: "${b.t}" sits nearer ${p.id} than ${own.id}`);
  }
  return out;
}

/** Pairs of labels that overlap (by more than half a pixel) and labels that leave the map. */
function clashes(at: string, r: { boxes: Box[]; w: number; h: number }): string[] {
  const out: string[] = [];
  const { boxes } = r;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    if (a.x < -0.5 || a.y < -0.5 || a.x + a.w > r.w + 0.5 || a.y + a.h > r.h + 0.5) out.push(`${at}: "${a.t}" runs off the map at ${Math.round(a.x)},${Math.round(a.y)}`);
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (dx > 0.5 && dy > 0.5) out.push(`${at}: "${a.t}" overlaps "${b.t}" by ${Math.round(dx)}×${Math.round(dy)} px`);
    }
  }
  return out;
}

type UnderWay = { d: { id: string; codes: { director: string; seats: Record<string, string> } }; director: Page };
let shared: Promise<UnderWay> | undefined;

/**
 * A chemical-leak drill 40 minutes in with every agency but fire played by bots, so units are out
 * on the roads and at the tank; the director's page that moved it on. Made once per file by the first test that
 * asks (the drill stays paused, and the tests only look at its maps: each on pages of its own, zoomed and panned
 * there); the director's page is closed by afterAll.
 */
function underWay(browser: Browser, request: APIRequestContext): Promise<UnderWay> {
  shared ??= makeUnderWay(browser, request);
  return shared;
}

test.afterAll(async () => {
  if (shared) await (await shared.catch(() => undefined))?.director.close();
});

async function makeUnderWay(browser: Browser, request: APIRequestContext): Promise<UnderWay> {
  const list = (await (await request.get("/api/scenarios", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` } })).json()) as Array<{ id: string; agencies?: Array<{ id: string; simulated: boolean }> }>;
  const bots = list.find((s) => s.id === "chemical-leak")!.agencies!.filter((a) => !a.simulated && a.id !== "fire").map((a) => a.id);
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string; seats: Record<string, string> } };
  return { d, director: await directorAfterJumps(browser, d.id, d.codes.director, 4) };
}

test("on a phone the map's labels never overlap or leave the map: fitted, zoomed in and out, panned (P5)", async ({ browser, request }) => {
  const { d } = await underWay(browser, request);

  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  const page = await ctx.newPage();
  await joinSeat(page, d.id, d.codes.seats.fire!, "消防-手机", "agency-console");
  await page.getByTestId("ptab-map").click();
  await expect.poll(() => page.evaluate(() => window.__lianyan?.map?.probe.incident)).toBeTruthy();
  const incident = (await page.evaluate(() => window.__lianyan!.map!.probe.incident))!;

  const problems: string[] = [];
  const fitted = await labelBoxes(page);
  expect(fitted.boxes.length).toBeGreaterThan(3); // the test sees the labels it checks
  problems.push(...clashes("fitted", fitted), ...misplaced("fitted", fitted, incident));
  const fitZoom = await page.evaluate(() => window.__lianyan!.map!.view().zoom);
  // at 3× the canvas has three pixels to each CSS pixel and the labels draw at that resolution in the page's sans fonts (newcomer 17 item 2)
  const sharp = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("[data-testid=map] canvas")!;
    const scene = (window as unknown as { __lianyan: { map: { labels: Array<{ style: { resolution: number; fontFamily: string } }> } } }).__lianyan.map;
    return { ratio: canvas.width / canvas.clientWidth, resolution: scene.labels[0]!.style.resolution, font: scene.labels[0]!.style.fontFamily, page: getComputedStyle(document.body).fontFamily };
  });
  expect(sharp.ratio).toBeCloseTo(3, 1);
  expect(sharp.resolution).toBe(3);
  expect(sharp.font).toBe(sharp.page);
  expect(sharp.font).not.toMatch(/courier|mono/i);
  await shot(page, "map-labels-fitted-390x844");
  // the same from the director's side: every agency's units on the map
  const dctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  const dphone = await dctx.newPage();
  await joinSeat(dphone, d.id, d.codes.director, "导调-手机", "director-console");
  const mapTab = dphone.locator("[data-testid=ptab-map]:visible");
  if (await mapTab.count()) await mapTab.click();
  await expect.poll(() => dphone.evaluate(() => window.__lianyan?.map?.probe.units.length ?? 0)).toBeGreaterThan(0);
  problems.push(...clashes("director fitted", await labelBoxes(dphone)));
  await dphone.getByTestId("map").scrollIntoViewIfNeeded(); // a phone's control console has its map below the board
  await shot(dphone, "map-labels-director-390x844");
  await dctx.close();

  const zoomIn = page.getByRole("button", { name: "+" });
  const zoomOut = page.getByRole("button", { name: "-" });
  await zoomIn.click();
  problems.push(...clashes("zoomed in ×1", await labelBoxes(page)));
  await zoomIn.click();
  problems.push(...clashes("zoomed in ×2", await labelBoxes(page)));
  await shot(page, "map-labels-zoomed-in-390x844");
  for (let i = 0; i < 4; i++) await zoomOut.click();
  const out = await labelBoxes(page);
  problems.push(...clashes("zoomed out", out), ...misplaced("zoomed out", out, incident));
  // a pan by touch-drag: labels pushed to an edge move round their marks or hide
  const map = await page.getByTestId("map").boundingBox();
  await page.mouse.move(map!.x + 200, map!.y + 300);
  await page.mouse.down();
  await page.mouse.move(map!.x + 120, map!.y + 260, { steps: 8 });
  await page.mouse.up();
  problems.push(...clashes("panned", await labelBoxes(page)));
  await shot(page, "map-labels-panned-390x844");
  // a tap on a place whose name is hidden names it: the others make room rather than lie under it
  const hidden = await page.evaluate(() => {
    const scene = (window as unknown as { __lianyan: { map: { model: { places: Array<{ id: string; kind: string }> }; labels: Array<{ visible: boolean }>; screenOf(id: string): { x: number; y: number } } } }).__lianyan.map;
    const map = document.querySelector<HTMLElement>("[data-testid=map]")!; // screenOf answers CSS pixels
    // a dot under the incident's ◆ is hidden by it, and a tap there names the incident (newcomer 18 item 2)
    const inc = scene.screenOf((scene.model as unknown as { incidentPlace: string }).incidentPlace);
    const underIncident = (at: { x: number; y: number }) => Math.abs(at.x - inc.x) + Math.abs(at.y - inc.y) <= 15;
    return scene.model.places.map((p, i) => ({ id: p.id, kind: p.kind, shown: scene.labels[i]!.visible, at: scene.screenOf(p.id) }))
      .find((p) => !p.shown && p.kind !== "junction" && !underIncident(p.at) && p.at.x > 60 && p.at.x < map.clientWidth - 60 && p.at.y > 60 && p.at.y < map.clientHeight - 60);
  });
  expect(hidden, "a place whose label the phone map hides").toBeDefined();
  await page.getByTestId("map").tap({ position: hidden!.at });
  // the tap picks it as the dispatch's destination (the 力量 tab opens): back to the map, its name shown
  await page.getByTestId("ptab-map").click();
  const tapped = await labelBoxes(page);
  const named = await page.evaluate((id) => {
    const scene = (window as unknown as { __lianyan: { map: { model: { places: Array<{ id: string }> }; labels: Array<{ visible: boolean }> } } }).__lianyan.map;
    return scene.labels[scene.model.places.findIndex((p) => p.id === id)]!.visible;
  }, hidden!.id);
  if (!named) problems.push(`the tapped place ${hidden!.id} is not named`);
  problems.push(...clashes(`tapped ${hidden!.id}`, tapped));
  await shot(page, "map-labels-tapped-390x844");

  // zooming out stops while the map is still half its fitted size, not a speck (newcomer 17 item 3);
  // that far out no label covers a unit or sits by another place's dot
  for (let i = 0; i < 12; i++) await zoomOut.click();
  const furthest = await labelBoxes(page);
  problems.push(...clashes("furthest out", furthest), ...misplaced("furthest out", furthest, incident, hidden!.id));
  await shot(page, "map-labels-furthest-out-390x844");
  const least = await page.evaluate(() => window.__lianyan!.map!.view().zoom);
  await zoomOut.click();
  expect(await page.evaluate(() => window.__lianyan!.map!.view().zoom)).toBe(least);
  expect(least).toBeGreaterThanOrEqual(fitZoom * 0.45);

  expect(problems).toEqual([]);
  await ctx.close();
});

test("on a 3× phone the site view (the school's floor plan) is drawn at the device's resolution too (newcomer 17 item 2)", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "school-fire", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string } };
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  const page = await ctx.newPage();
  await joinSeat(page, d.id, d.codes.director, "导调-手机", "director-console");
  await page.getByTestId("tab-site").click();
  const canvas = page.getByTestId("site-view").locator("canvas");
  await expect(canvas).toBeVisible();
  await canvas.scrollIntoViewIfNeeded();
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => Math.round((c.width / c.clientWidth) * 10) / 10)).toBe(3);
  await page.getByTestId("site-view").screenshot({ path: "test-results/screens/site-view-390x844.png" });
  await ctx.close();
});

/**
 * The map's labels in English (newcomer trial 17): every label is whole words of its place's or
 * unit's name, never a cut fragment ("W East stati +1"); on a 390×844 phone more than 4 of the
 * 17 places are named at the first fit (long English names wrap onto lines at word breaks), and
 * none overlap, on the phone and at 1280×800.
 */
test("in English the map's labels are whole words, and a phone names most places without overlap (newcomer 17)", async ({ browser, request }) => {
  const { d } = await underWay(browser, request);
  const problems: string[] = [];
  // the fire seat's phone (its map fills the screen) and the director's desk (every agency's deployed units named)
  for (const [size, phone] of [[{ width: 390, height: 844 }, true], [{ width: 1280, height: 800 }, false]] as const) {
    const ctx = await browser.newContext({ viewport: size, locale: "en-US", ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : {}) });
    const page = await ctx.newPage();
    if (phone) await joinSeat(page, d.id, d.codes.seats.fire!, "fire phone", "agency-console");
    else await joinSeat(page, d.id, d.codes.director, "director desk", "director-console");
    if (phone) await page.getByTestId("ptab-map").click();
    await expect.poll(() => page.evaluate(() => window.__lianyan?.map?.probe.units.length ?? 0)).toBeGreaterThan(0);
    const r = await labelBoxes(page);
    const names = await page.evaluate(() => {
      const scene = (window as unknown as { __lianyan: { map: { model: { places: Array<{ id: string; kind: string; name: { en: string } }>; units: Array<{ info: { name: { en: string } } }> } } } }).__lianyan.map;
      return { places: scene.model.places.map((p) => ({ id: p.id, kind: p.kind, en: p.name.en })), units: scene.model.units.map((u) => u.info.name.en) };
    });
    const at = `${size.width}×${size.height}`;
    const words = new Set([...names.places.map((p) => p.en), ...names.units].flatMap((n) => n.split(/\s+/)));
    for (const b of r.boxes) {
      const text = b.t.replace(/\s+/g, " ").trim();
      if (b.place) {
        // a place's label is its name, or its name without the bracketed detail: nothing cut
        const full = names.places.find((p) => p.id === b.place)!.en;
        if (text !== full && text !== full.replace(/\s*\([^()]*\)$/, "")) problems.push(`${at}: place ${b.place} labelled "${text}" for "${full}"`);
        continue;
      }
      // a unit's label: its status letter, whole words of unit names, and "+N" for the others at its spot
      const [, ...rest] = text.split(" ");
      for (const w of rest) if (!/^\+\d+$/.test(w) && !words.has(w)) problems.push(`${at}: unit label "${text}" has the fragment "${w}"`);
    }
    problems.push(...clashes(at, r));
    if (!phone && !r.boxes.some((b) => !b.place)) problems.push(`${at}: no unit is named (the check above saw none)`);
    const named = new Set(r.boxes.map((b) => b.place).filter((p) => p && names.places.find((q) => q.id === p)!.kind !== "junction"));
    await shot(page, `map-labels-en-${size.width}x${size.height}`);
    if (phone && named.size < 7) problems.push(`${at}: only ${named.size} places named (${[...named].join(", ")})`);
    await ctx.close();
  }
  expect(problems).toEqual([]);
});

/**
 * Round 22 item 4: on the director's phone map the units' labels overlapped slightly. The seat test above sees its
 * own units at their base (fire is not played, so none is named); the director sees every agency's units on the move,
 * each named. Fitted and at each zoom step in and out: no label overlaps another (by half a pixel), none leaves the
 * map, none lies over a unit's mark, and the units' labels are there to check. Screenshots: map-labels-r22-*.png.
 */
test("on the director's phone map the units' labels never overlap (round 22 item 4)", async ({ browser, request }) => {
  const { d } = await underWay(browser, request);
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  const phone = await ctx.newPage();
  await joinSeat(phone, d.id, d.codes.director, "导调-手机", "director-console");
  await phone.getByTestId("tab-map").click();
  await expect.poll(() => phone.evaluate(() => window.__lianyan?.map?.probe.units.length ?? 0)).toBeGreaterThan(3);
  const problems: string[] = [];
  let unitLabels = 0;
  const check = async (at: string) => {
    const r = await labelBoxes(phone);
    unitLabels = Math.max(unitLabels, await phone.evaluate(() => (window.__lianyan!.map!.probe as unknown as { unitLabels: string[] }).unitLabels.length));
    problems.push(...clashes(at, r));
    for (const b of r.boxes) for (const u of r.units) if (distance(b, u) < 9) problems.push(`${at}: "${b.t}" covers unit ${u.id}`);
    await shot(phone, `map-labels-r22-${at.replace(/\W+/g, "-")}`);
  };
  await check("fitted");
  for (let i = 1; i <= 3; i++) {
    await phone.getByRole("button", { name: "+" }).click();
    await check(`in ${i}`);
  }
  for (let i = 1; i <= 5; i++) {
    await phone.getByRole("button", { name: "-" }).click();
    await check(`out ${i}`);
  }
  expect(unitLabels).toBeGreaterThan(2);
  expect(problems).toEqual([]);
  await ctx.close();
});
