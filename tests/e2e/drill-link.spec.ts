/**
 * /drill/<id> without a code in the tab (newcomer trial 17 item 7). The server keeps drill ids
 * secret: it answers a request for a drill that does not exist as it answers one without a code
 * (401), so the page must not tell either. It asks for a code and says plainly that the code
 * decides the drill; for a drill that exists and for a made-up id it shows the very same words,
 * names neither id, and asks the server nothing about the id. Phone in Chinese, desk in English.
 */
import { expect, test } from "./closing-test.ts";
import type { Browser } from "@playwright/test";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";

/** What /drill/<id> shows and which requests named the id, on a fresh page of this size and language. */
async function visit(browser: Browser, id: string, phone: boolean): Promise<{ text: string; asked: string[] }> {
  const ctx = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const page = await ctx.newPage();
  const asked: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes(id) && !r.url().endsWith(`/drill/${id}`)) asked.push(r.url());
  });
  await page.goto(`/drill/${id}`);
  await expect(page.getByTestId("join-form")).toBeVisible();
  await expect(page.getByTestId("join-drill")).toBeVisible();
  await page.screenshot({ path: `test-results/screens/drill-link-${phone ? "390x844" : "en-1280x800"}-${id.length > 20 ? "made-up" : "real"}.png` });
  const text = await page.locator("main").innerText();
  await ctx.close();
  return { text, asked };
}

test("/drill/<id> asks for a code that decides the drill, the same for a real id and a made-up one", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const real = ((await made.json()) as { id: string }).id;
  const madeUp = "no-such-drill-0000000000000000";
  for (const [phone, words] of [[true, "进入哪一场演练，由您的码决定"], [false, "the code decides which drill you enter"]] as const) {
    const a = await visit(browser, real, phone);
    const b = await visit(browser, madeUp, phone);
    expect(a.text).toContain(words);
    // nothing tells the two apart: the same words, neither id named, nothing asked of the server about either
    expect(b.text).toBe(a.text);
    expect(a.text).not.toContain(real);
    expect(b.text).not.toContain(madeUp);
    expect([...a.asked, ...b.asked]).toEqual([]);
  }
});
