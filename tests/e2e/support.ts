/**
 * Guards every page of the browser tests: console errors, page errors, requests that leave
 * 127.0.0.1, and the WebSocket frames the page receives (for the leak checks).
 */
import { expect, type Browser, type Page } from "@playwright/test";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";

export interface Guard {
  errors: string[];
  offsite: string[];
  frames: Buffer[];
  /** whether any received frame contains this text (UTF-8) */
  received(text: string): boolean;
}

export function guard(page: Page): Guard {
  const g: Guard = {
    errors: [], offsite: [], frames: [],
    received: (text) => g.frames.some((f) => f.includes(Buffer.from(text, "utf8"))),
  };
  page.on("console", (m) => {
    if (m.type() === "error") g.errors.push(m.text());
  });
  page.on("pageerror", (e) => g.errors.push(e.message));
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol !== "data:" && u.protocol !== "blob:" && u.hostname !== "127.0.0.1") g.offsite.push(r.url());
  });
  page.on("websocket", (ws) => ws.on("framereceived", (f) => g.frames.push(typeof f.payload === "string" ? Buffer.from(f.payload, "utf8") : f.payload)));
  return g;
}

/** Open a join link, give a name, and wait for the console. */
export async function joinSeat(page: Page, drillId: string, code: string, name: string, console: string): Promise<void> {
  await page.goto(`/join/${encodeURIComponent(code)}?drill=${encodeURIComponent(drillId)}`);
  await page.getByTestId("join-name").fill(name);
  await page.getByTestId("join-submit").click();
  try {
    await expect(page.getByTestId(console)).toBeVisible();
  } catch (e) {
    // CI prints only the message: say what the person was looking at instead
    const shows = (await page.locator("body").innerText().catch(() => "?")).slice(0, 300);
    throw new Error(`${name}: ${console} did not open at ${page.url()}; the page shows: ${JSON.stringify(shows)}`, { cause: e });
  }
}

/** The newest command in this console reaches "acknowledged #seq". */
export async function expectAcked(page: Page): Promise<void> {
  const last = page.getByTestId("command").first();
  await expect(last).toHaveAttribute("data-state", "acked");
  await expect(last).toContainText(/#\d+/);
}

/**
 * The page as drawn once its last change has painted: fonts loaded, then two animation frames (the first lays out
 * what changed, the second paints it). In place of a fixed wait before measuring boxes after a join or a tab switch.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))));
}

/**
 * The map (window.__lianyan.map, a Phaser scene) has rendered `n` more frames of its game loop: its camera's worldView
 * is refreshed in the render step, so boxes read after this match what is on screen. In place of a fixed wait: the
 * loop runs at 15 fps (client/map/MapView.tsx) and slower on a loaded machine, which this waits out.
 */
export async function mapFrames(page: Page, n = 2): Promise<void> {
  const from = await page.evaluate(() => (window.__lianyan!.map as unknown as { game: { loop: { frame: number } } }).game.loop.frame);
  await page.waitForFunction((to) => (window.__lianyan!.map as unknown as { game: { loop: { frame: number } } }).game.loop.frame >= to, from + n);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** The map's test hook (client/map/map-scene.ts MapProbe, screenOf). */
declare global {
  interface Window {
    __lianyan?: { map?: { probe: { units: Array<{ id: string; x: number; y: number; status: string }>; incident?: string; overlay: string[] }; screenOf(place: string): { x: number; y: number } | undefined; view(): { zoom: number; x: number; y: number } } };
  }
}

/**
 * Controls smaller than a fingertip (44 × 44 CSS px, WCAG 2.5.5) among those visible now. A
 * checkbox or radio counts by its label, which is what a finger hits.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("button, a[href], select, input, textarea, summary")) {
      const target = (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") && el.closest("label")) || el;
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === "hidden") continue;
      if (r.width < 44 || r.height < 44) out.push(`${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""} "${(el.textContent ?? "").trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
}

/** On the home page, create a drill of `scenario` with the server's director code and these bot seats; waits for the codes page. */
export async function createInBrowser(page: Page, scenario: string, bots: readonly string[]): Promise<void> {
  await page.goto("/");
  await page.getByText("导调入口").click();
  const form = page.getByTestId("create-form");
  await form.locator("input[name=directorCode]").fill(E2E_DIRECTOR_CODE);
  await form.locator("select[name=scenario]").selectOption(scenario);
  for (const a of bots) await form.getByTestId(`bot-${a}`).check();
  await form.getByRole("button", { name: "创建演练" }).click();
  await expect(page.getByTestId("created")).toBeVisible();
}

/**
 * Fast-forwards the director's clock `times` × 10 min, waiting for each jump's acknowledgement. On a phone the clock
 * controls sit in the folded 导调控制 sheet (director-phone.spec): it is opened first and folded again after, as a director would.
 */
export async function jump(page: Page, times = 1, timeout?: number): Promise<void> {
  const toggle = page.getByTestId("sheet-toggle");
  const folded = (await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false";
  if (folded) await toggle.click();
  for (let i = 0; i < times; i++) {
    await page.getByTestId("jump").click();
    await expect(page.getByTestId("jump")).toBeEnabled(timeout === undefined ? {} : { timeout });
  }
  if (folded) await toggle.click();
}

/** A director's console on a new page of `browser`, joined to drill `drillId` and fast-forwarded `jumps` × 10 min (each jump acknowledged). */
export async function directorAfterJumps(browser: Browser, drillId: string, code: string, jumps: number): Promise<Page> {
  const page = await browser.newPage();
  page.on("dialog", (x) => void x.accept());
  await joinSeat(page, drillId, code, "导调", "director-console");
  await jump(page, jumps);
  return page;
}

/** Elements showing `text` that the person sees without scrolling: inside the window, not clipped by their pane or covered. */
export async function onScreen(page: Page, text: string): Promise<string[]> {
  return page.evaluate((text) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (el.children.length > 0 || !(el.textContent ?? "").includes(text)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.top < 0 || r.bottom > innerHeight) continue;
      // not scrolled out of its pane nor under the tab bar: the element itself is what shows at its centre
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (top && (top === el || el.contains(top))) out.push(el.textContent!.trim());
    }
    return out;
  }, text);
}
