/**
 * Newcomer 22's live-drill findings on the consoles, in Debian's Chromium at 1280×800 and 390×844 (boxes measured in the
 * page, not pixels; screenshots in test-results/screens/nc22-*.png):
 * #3 two browsers on one seat: a command given in one shows, logged (#n), in the other at once;
 * #12 the director's 席位 tab says a bot seat is played by a bot 「● 机器人」, not 「○ 离线」;
 * #13 the director's fitted map holds the whole plume; no unit label has its status mark on a line of its own, and no
 *     label line begins with 「）」.
 */
import { expect, test } from "./closing-test.ts";
import type { APIRequestContext, Page } from "@playwright/test";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { directorAfterJumps, joinSeat, mapFrames, shot, jump } from "./support.ts";

const SIZES = [
  { name: "desk", width: 1280, height: 800 }, // the newcomer's screen (V/50)
  { name: "phone", width: 390, height: 844 },
] as const;

type Made = { id: string; codes: { director: string; seats: Record<string, string> } };
async function drill(request: APIRequestContext, scenario: string, bots: string[]): Promise<Made> {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario, seed: 7, blindness: "NONE", paused: true, bots } });
  expect(made.status()).toBe(201);
  return (await made.json()) as Made;
}

/** The plume's box (zone cells above 0, puffs) and the map's, in CSS px, and every visible text's lines, from the Phaser scene. */
async function mapFacts(page: Page): Promise<{ plume?: { x0: number; x1: number; y0: number; y1: number }; w: number; h: number; texts: string[] }> {
  await mapFrames(page); // the camera's worldView is refreshed as it renders
  return page.evaluate(() => {
    interface Cam { zoom: number; width: number; height: number; worldView: { x: number; y: number } }
    interface Txt { type: string; visible: boolean; text: string; alpha: number }
    type Overlay = { puffs: Array<{ x: number; y: number; sy: number }>; zones: { now: string; grid: { cellM: number; n: number; originX: number; originY: number } } | null };
    const scene = (window as unknown as { __lianyan: { map: { cameras: { main: Cam }; children: { list: Txt[] }; model: { overlay?: Overlay } } } }).__lianyan.map;
    const cam = scene.cameras.main;
    const px = cam.width / document.querySelector<HTMLElement>("[data-testid=map] canvas")!.clientWidth;
    const sx = (x: number) => ((x - cam.worldView.x) * cam.zoom) / px, sy = (y: number) => ((y - cam.worldView.y) * cam.zoom) / px;
    let plume: { x0: number; x1: number; y0: number; y1: number } | undefined;
    const add = (x0: number, x1: number, y0: number, y1: number) => (plume = plume ? { x0: Math.min(plume.x0, x0), x1: Math.max(plume.x1, x1), y0: Math.min(plume.y0, y0), y1: Math.max(plume.y1, y1) } : { x0, x1, y0, y1 });
    const o = scene.model.overlay;
    if (o?.zones) {
      const g = o.zones.grid;
      for (let k = 0; k < o.zones.now.length; k++) {
        if (o.zones.now.charCodeAt(k) - 48 <= 0) continue;
        const x = g.originX + (k % g.n) * g.cellM, y = -(g.originY + (Math.floor(k / g.n) + 1) * g.cellM);
        add(sx(x), sx(x + g.cellM), sy(y), sy(y + g.cellM));
      }
    }
    for (const p of o?.puffs ?? []) { const r = Math.max(20, p.sy); add(sx(p.x - r), sx(p.x + r), sy(-p.y - r), sy(-p.y + r)); }
    const texts = scene.children.list.filter((t) => t.type === "Text" && t.visible && t.alpha > 0 && t.text.trim() !== "").map((t) => t.text);
    return { ...(plume ? { plume } : {}), w: cam.width / px, h: cam.height / px, texts };
  });
}

// client/map/palette.ts STATUS_MARK, both languages
const MARKS = ["站", "出", "→", "展", "作", "场", "←", "B", "T", "S", "W", "O"];

for (const size of SIZES) {
  test(`director at ${size.width}×${size.height}: bot seats read ● 机器人; the fitted map holds the plume; no mark or 「）」 on a line of its own`, async ({ browser, request }) => {
    // nobody plays the plant nor the brigade: the leak runs on and the plume grows east past the places (V/50 at T+00:28)
    const d = await drill(request, "chemical-leak", ["duty", "police", "health", "eco", "met", "town", "city", "cityduty"]);
    const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height }, ...(size.name === "phone" ? { isMobile: true, hasTouch: true } : {}) });
    const page = await ctx.newPage();
    page.on("dialog", (x) => void x.accept());
    await joinSeat(page, d.id, d.codes.director, "导调", "director-console");
    await page.getByTestId("tab-seats").click();
    await expect(page.locator('[data-seat="police"] [data-testid="seat-status"]')).toHaveText("● 机器人");
    await expect(page.locator('[data-seat="eb"] [data-testid="seat-status"]')).toHaveText("○ 离线");
    await shot(page, `nc22-seats-${size.name}`);
    await jump(page, 3);
    if (size.name === "phone") await page.getByTestId("tab-map").click();
    await expect.poll(async () => (await mapFacts(page)).plume !== undefined).toBe(true);
    // the director's overlay is re-sent at most every 2 s (server/rooms/drill-room.ts EVERY_MS): measure the one of T+00:30
    await page.waitForTimeout(2_500);
    const f = await mapFacts(page);
    expect(f.plume!.x0, "plume's left edge").toBeGreaterThanOrEqual(0);
    expect(f.plume!.y0, "plume's top edge").toBeGreaterThanOrEqual(0);
    expect(f.plume!.x1, "plume's right edge").toBeLessThanOrEqual(f.w);
    expect(f.plume!.y1, "plume's bottom edge").toBeLessThanOrEqual(f.h);
    for (const t of f.texts) {
      const lines = t.split("\n");
      expect(lines.length > 1 && MARKS.includes(lines[0]!), `a mark alone above: ${JSON.stringify(t)}`).toBe(false);
      expect(lines.some((l) => l.startsWith("）")), `「）」 begins a line: ${JSON.stringify(t)}`).toBe(false);
    }
    await shot(page, `nc22-map-${size.name}`);
    await ctx.close();
  });

  test(`two browsers on the school's seat at ${size.width}×${size.height}: the evacuation given in one shows logged in the other`, async ({ browser, request }) => {
    const d = await drill(request, "school-fire", []);
    const phone = size.name === "phone";
    const opts = { viewport: { width: size.width, height: size.height }, ...(phone ? { isMobile: true, hasTouch: true } : {}) };
    const [ca, cb] = [await browser.newContext(opts), await browser.newContext(opts)];
    const [a, b] = [await ca.newPage(), await cb.newPage()];
    await joinSeat(a, d.id, d.codes.seats.sch!, "值班老师甲", "agency-console");
    await joinSeat(b, d.id, d.codes.seats.sch!, "值班老师乙", "agency-console");
    const director = await directorAfterJumps(browser, d.id, d.codes.director, 0);
    await a.getByTestId(phone ? "ptab-compose" : "tab-compose").click();
    await a.getByTestId("compose-measures").click();
    await a.getByTestId("measure-evacuate").click();
    await a.getByTestId("send-measure").click();
    await expect(a.getByTestId("latest-command")).toHaveAttribute("data-state", "acked");
    const logged = (await a.getByTestId("latest-command").innerText()).match(/#\d+/)?.[0];
    expect(logged).toBeDefined();
    await b.getByTestId(phone ? "ptab-compose" : "tab-compose").click();
    await expect(b.getByTestId("latest-command")).toHaveAttribute("data-state", "acked");
    await expect(b.getByTestId("latest-command")).toContainText(logged!);
    await shot(b, `nc22-second-browser-${size.name}`);
    await director.close();
    await ca.close();
    await cb.close();
  });
}

// #4: the county bureau (a person, eb) activates the response once told but never sends its head to the scene (the
// duty's part 由负责人赶赴事故现场); once LNK-CHEM-EB's deadline has passed the director's board marks the row overdue
for (const size of SIZES) {
  test(`director's board at ${size.width}×${size.height}: a duty partly done past its deadline reads 部分完成·超时`, async ({ browser, request }) => {
    const d = await drill(request, "chemical-leak", ["ent", "duty", "fire", "police", "health", "eco", "met", "town", "city", "cityduty"]);
    const phone = size.name === "phone";
    const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height }, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    const eb = await ctx.newPage();
    await joinSeat(eb, d.id, d.codes.seats.eb!, "应急局值班员", "agency-console");
    const director = await directorAfterJumps(browser, d.id, d.codes.director, 3);
    await eb.getByTestId(phone ? "ptab-compose" : "tab-compose").click();
    await eb.getByTestId("compose-measures").click();
    await eb.getByTestId("measure-activateResponse").click();
    await eb.getByTestId("send-measure").click();
    await expect(eb.getByTestId("latest-command")).toHaveAttribute("data-state", "acked");
    for (let i = 0; i < 4; i++) {
      await director.getByTestId("jump").click();
      await expect(director.getByTestId("jump")).toBeEnabled();
    }
    await director.setViewportSize({ width: size.width, height: size.height });
    await director.getByTestId("tab-board").click();
    const row = director.locator('[data-testid="deadline-board"] tr.duty', { hasText: "由负责人赶赴事故现场" });
    await expect(row).toHaveAttribute("data-status", "partialOverdue");
    await expect(row.locator(".duty-state")).toContainText("部分完成·超时");
    await expect(row.locator(".duty-left")).toContainText("已超时");
    await row.scrollIntoViewIfNeeded();
    await shot(director, `nc22-board-partial-overdue-${size.name}`);
    await director.close();
    await ctx.close();
  });
}
