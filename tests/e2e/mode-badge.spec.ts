/**
 * The drill mode stays on a phone's top bar (newcomer report 16, item 1): at 390×844 the health
 * seat's long name (临江县卫生健康局（县急救中心120）) and an English seat's name truncate with
 * "…", the mode (公开演练 / Announced) does not — its badge is inside the screen and not clipped.
 */
import { expect, test } from "./closing-test.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat, shot } from "./support.ts";

test("the drill mode is whole and on screen at 390 px, in zh (the health seat) and en (the fire seat, the director)", async ({ browser, request }) => {
  const made = await request.post("/api/drills", {
    headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` },
    data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] },
  });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string; seats: Record<string, string> } };
  for (const [seat, locale, words] of [["health", "zh-CN", "公开演练"], ["fire", "en-US", "Announced"], ["director", "en-US", "Announced"]] as const) {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale });
    const page = await ctx.newPage();
    await joinSeat(page, d.id, seat === "director" ? d.codes.director : d.codes.seats[seat]!, `${seat}-mode`, seat === "director" ? "director-console" : "agency-console");
    const mode = page.getByTestId("drill-mode");
    await expect(mode).toContainText(words);
    await shot(page, `mode-badge-${seat}-390`);
    const fit = await mode.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const out: string[] = [];
      if (r.width === 0 || r.left < 0 || r.right > innerWidth + 1 || r.top < 0 || r.bottom > innerHeight) out.push(`off screen at ${r.left},${r.top}–${r.right}`);
      if (el.scrollWidth > el.clientWidth + 1) out.push(`its own text cut: ${el.scrollWidth} in ${el.clientWidth}`);
      // clipped by an ancestor that hides its overflow (the seat label ends in …)
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (getComputedStyle(p).overflow === "visible") continue;
        const q = p.getBoundingClientRect();
        if (r.left < q.left - 1 || r.right > q.right + 1) out.push(`clipped by ${p.className}`);
      }
      // the badge may take the bar a line taller: the console still fits the screen
      const doc = document.scrollingElement!;
      if (doc.scrollHeight > innerHeight + 1) out.push(`page scrolls: ${doc.scrollHeight} in ${innerHeight}`);
      return out;
    });
    expect(fit).toEqual([]);
    await ctx.close();
  }
});
