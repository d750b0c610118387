/**
 * The consoles fit their screens (newcomer report, item 9): at 1280×800 (a laptop) and 390×844
 * (a phone) the director's, the evaluator's, a seat's and the observers' consoles show every tab
 * on screen without scrolling, no row runs off the right edge, and the page has no blank area
 * to scroll into. Screenshots go to test-results/screens/layout-*.png.
 */
import { expect, test, type Page } from "@playwright/test";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat, shot } from "./support.ts";

const VIEWPORTS = [
  { name: "desk", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** What does not fit: tabs off screen or hidden, content wider than the screen, a page taller than the screen. */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const W = innerWidth;
    const H = innerHeight;
    const doc = document.scrollingElement!;
    if (doc.scrollHeight > H + 1) {
      // name the element that reaches furthest down, so a failure says where to look
      let deepest = "";
      let bottom = 0;
      for (const el of document.querySelectorAll<HTMLElement>("body *")) {
        const b = el.getBoundingClientRect().bottom;
        if (b > bottom) [bottom, deepest] = [b, `${el.tagName.toLowerCase()}.${el.className}`];
      }
      out.push(`page scrolls: ${doc.scrollHeight} px tall in a ${H} px window (lowest: ${deepest} at ${Math.round(bottom)})`);
    }
    if (doc.scrollWidth > W + 1) out.push(`page scrolls sideways: ${doc.scrollWidth} px wide in ${W}`);
    // a console may have one tab bar for desks and one for phones: each tab must be shown by one of them
    const shown = new Map<string, boolean>();
    for (const tab of document.querySelectorAll<HTMLElement>("[role=tab]")) {
      if (tab.closest(".seg")) continue; // a form's choice buttons, not the console's tabs
      const r = tab.getBoundingClientRect();
      const label = (tab.textContent ?? "").trim().replace(/\d+$/, ""); // an unread badge is not part of the name
      const visible = r.width > 0 && r.height > 0;
      if (visible && (r.left < 0 || r.right > W + 1 || r.top < 0 || r.bottom > H + 1)) out.push(`tab ${label} off screen at ${Math.round(r.left)},${Math.round(r.top)}`);
      shown.set(label, (shown.get(label) ?? false) || visible);
    }
    // the map's tab is for phones: a desk shows the map beside the other panes at all times
    const mapShown = [...document.querySelectorAll<HTMLElement>(".pane-map")].some((m) => m.getBoundingClientRect().width > 0);
    for (const [label, visible] of shown) if (!visible && !(mapShown && document.querySelector(`[data-testid=ptab-map]`)?.textContent?.trim() === label)) out.push(`tab ${label} hidden`);
    for (const row of document.querySelectorAll<HTMLElement>(".duties tr")) {
      const r = row.getBoundingClientRect();
      if (r.width > 0 && r.right > W + 1) out.push(`deadline row runs ${Math.round(r.right - W)} px off the right edge`);
    }
    return out;
  });
}

/** The dispatch form's selects, scrolled just into view one by one: is each the thing a finger on it touches? */
async function coveredSelects(page: Page): Promise<string[]> {
  const tab = page.locator("[data-testid=ptab-units]:visible, [data-testid=tab-units]:visible").first();
  if (await tab.count()) await tab.click();
  const out: string[] = [];
  for (const id of ["dispatch-place", "dispatch-task"]) {
    const sel = page.getByTestId(id);
    if ((await sel.count()) === 0) continue;
    // scrolled from above, so the select comes in at the bottom edge, where a sticky bar sits
    await sel.evaluate((el) => el.scrollIntoView({ block: "end" }));
    const hit = await sel.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top === el || el.contains(top) ? "" : `${top?.tagName.toLowerCase()} "${(top?.textContent ?? "").trim().slice(0, 10)}"`;
    });
    if (hit) out.push(`the ${id} select is covered by ${hit}`);
  }
  return out;
}

test("every console fits a laptop and a phone: tabs on screen, no blank scroll, no cut rows", async ({ browser, request }) => {
  const made = await request.post("/api/drills", {
    headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` },
    data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] },
  });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string; evaluator: string; observer: string; seats: Record<string, string> } };
  // a little history, so the deadline board has rows
  const setup = await browser.newPage();
  setup.on("dialog", (x) => void x.accept());
  await joinSeat(setup, d.id, d.codes.director, "导调", "director-console");
  for (let i = 0; i < 3; i++) {
    await setup.getByTestId("jump").click();
    await expect(setup.getByTestId("jump")).toBeEnabled();
  }
  await setup.close();

  const consoles = [
    ["director", d.codes.director, "director-console"],
    ["evaluator", d.codes.evaluator, "evaluator-console"],
    ["seat", d.codes.seats.fire!, "agency-console"],
    ["observer", d.codes.observer, "observer-console"],
  ] as const;
  const problems: string[] = [];
  for (const vp of VIEWPORTS) {
    for (const [who, code, testid] of consoles) {
      const ctx = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, ...(vp.name === "phone" ? { isMobile: true, hasTouch: true } : {}) });
      const page = await ctx.newPage();
      await joinSeat(page, d.id, code, `${who}-${vp.name}`, testid);
      await page.waitForTimeout(300);
      await shot(page, `layout-${who}-${vp.width}x${vp.height}`);
      problems.push(...(await misfits(page)).map((p) => `${who} ${vp.width}×${vp.height}: ${p}`));
      // every tab opens a pane that still fits
      for (const tab of await page.locator("[role=tab]:not(.seg [role=tab]):visible").all()) {
        const name = ((await tab.textContent()) ?? "").trim();
        await tab.click({ timeout: 5_000 });
        await page.waitForTimeout(100);
        problems.push(...(await misfits(page)).map((p) => `${who} ${vp.width}×${vp.height} [${name}]: ${p}`));
      }
      if (who === "seat") problems.push(...(await coveredSelects(page)).map((p) => `${who} ${vp.width}×${vp.height} [力量]: ${p}`));
      await ctx.close();
    }
  }
  expect(problems).toEqual([]);
});
