/**
 * Newcomer 20 item 5, on an English phone (390×844) and in code cards: no tab label is cut ("Deadlin…"): each phone
 * tab's label is shown whole, its count under it; and a code longer than its card (a director code chosen at
 * start-up, a long seat code) stays inside its card in the codes list made at creation (the seats panel's
 * .seat-code cards follow the same rule in client/styles.css).
 * Screenshots go to test-results/screens/phone-en-*.png.
 */
import { expect, test } from "./closing-test.ts";
import type { Page } from "@playwright/test";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { createInBrowser, joinSeat, shot } from "./support.ts";

const LONG = "LINJIANG-COUNTY-EMERGENCY-DRILL-DIRECTOR-2026-SPRING";

/** Each phone tab whose label is cut (its content wider than the button) or hidden by an ellipsis. */
async function cutTabs(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>(".tabs-phone button")].flatMap((b) => {
    const cs = getComputedStyle(b);
    return b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1 || cs.textOverflow === "ellipsis" ? [`${b.dataset.testid}: ${b.textContent} (${b.scrollWidth}/${b.clientWidth})`] : [];
  }));
}

/** Codes (`selector`) running out of their card (`card`): their right edge beyond the card's. */
async function overflowing(page: Page, selector: string, card: string): Promise<string[]> {
  return page.evaluate(([sel, c]) => [...document.querySelectorAll<HTMLElement>(sel!)].flatMap((el) => {
    const box = el.closest<HTMLElement>(c!)!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.right > box.right + 0.5 || el.scrollWidth > el.clientWidth + 1 ? [`${el.dataset.testid}: ${Math.round(r.right)} > ${Math.round(box.right)}`] : [];
  }), [selector, card] as const);
}

test("an English phone shows every tab's label whole, Deadlines too", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "school-fire", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  const d = (await made.json()) as { id: string; codes: { director: string; seats: Record<string, string> } };
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "en-US" });
  const page = await ctx.newPage();
  // the school's seat: six tabs (its site plan too), the deadlines tab with a count
  await joinSeat(page, d.id, d.codes.seats.sch!, "Duty officer", "agency-console");
  await expect(page.getByTestId("ptab-duties")).toContainText("Deadlines");
  await expect(page.locator(".tabs-phone button")).toHaveCount(5);
  expect(await cutTabs(page)).toEqual([]);
  // with its site plan open (a unit on site) the bar has a sixth tab, Site: the labels still fit
  await page.locator(".tabs-phone").evaluate((bar) => {
    const site = bar.lastElementChild!.cloneNode(true) as HTMLElement;
    site.dataset.testid = "ptab-site";
    site.textContent = "Site";
    bar.appendChild(site);
  });
  await expect(page.locator(".tabs-phone button")).toHaveCount(6);
  expect(await cutTabs(page)).toEqual([]);
  await shot(page, "phone-en-tabs");
  await ctx.close();
});

test("the codes made at creation stay inside their cards on a phone, a long one too", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await ctx.newPage();
  await createInBrowser(page, "school-fire", []);
  await page.getByTestId("created-code-director").evaluate((el, long) => (el.textContent = long), LONG);
  expect(await overflowing(page, "[data-testid^=created-code-]", ".codes li")).toEqual([]);
  await shot(page, "phone-en-created-codes");
  await ctx.close();
});
