/**
 * The report form (第十二条) as a newcomer met it (newcomer trial 17 items 2 and 3), in English on a
 * 1280×800 desk and a 390×844 phone: the casualty figures stay inside their box and the pane (the
 * English labels and "Unknown" ran past the pane's right edge on a desk), and once a send has put
 * its question (fields left out: send anyway?) in the sticky bar above the send button, a field
 * the person goes to (Cause) is brought into view above that bar, not under it. Screenshots: test-results/screens/report-form-*.png.
 */
import { expect, test } from "./closing-test.ts";
import type { Page } from "@playwright/test";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat, shot } from "./support.ts";

const sizes = [
  { name: "desk", viewport: { width: 1280, height: 800 }, phone: false },
  { name: "phone", viewport: { width: 390, height: 844 }, phone: true },
] as const;

/** The enterprise's report form in English on a paused drill, on a page of this size. */
async function reportForm(browser: import("@playwright/test").Browser, request: import("@playwright/test").APIRequestContext, size: (typeof sizes)[number]): Promise<Page> {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { seats: Record<string, string> } };
  const page = await (await browser.newContext({ viewport: size.viewport, locale: "en-US", ...(size.phone ? { isMobile: true, hasTouch: true } : {}) })).newPage();
  await joinSeat(page, d.id, d.codes.seats.ent!, "duty officer", "agency-console");
  await page.getByTestId(size.phone ? "ptab-compose" : "tab-compose").click();
  if (size.phone) await page.getByTestId("compose-report").click();
  await expect(page.getByTestId("report-form")).toBeVisible();
  return page;
}

for (const size of sizes) {
  test(`the English casualty figures stay inside their box (${size.name}, newcomer 17 item 2)`, async ({ browser, request }) => {
    const page = await reportForm(browser, request, size);
    const figures = page.locator("fieldset.figures");
    await figures.scrollIntoViewIfNeeded();
    // every label, box and 未知 tick of the four figures ends inside the box's border, and the box inside the form's pane
    const out = await figures.evaluate((set) => {
      const pane = set.closest<HTMLElement>(".pane-scroll")!;
      const paneEdge = pane.getBoundingClientRect().left + pane.clientWidth;
      if (set.getBoundingClientRect().right > paneEdge + 0.5) return [`the box ends ${Math.round(set.getBoundingClientRect().right - paneEdge)} px past the pane`];
      const edge = set.getBoundingClientRect().right;
      const bad: string[] = [];
      for (const el of set.querySelectorAll<HTMLElement>(".figure > *, .figure label, .figure input")) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > edge + 0.5) bad.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim() || (el as HTMLInputElement).name}" ends ${Math.round(r.right - edge)} px past the box`);
      }
      if (set.scrollWidth > set.clientWidth + 1) bad.push(`the box scrolls sideways by ${set.scrollWidth - set.clientWidth} px`);
      return bad;
    });
    await figures.screenshot({ path: `test-results/screens/report-form-figures-en-${size.name}.png` });
    expect(out).toEqual([]);
  });

  test(`after a refused send, the field one goes on to shows above the sticky send bar (${size.name}, newcomer 17 item 3)`, async ({ browser, request }) => {
    const page = await reportForm(browser, request, size);
    const form = page.getByTestId("report-form");
    await form.locator("select[name=to]").selectOption("eb");
    // a report with its figures but fields left out: the question whether to send it anyway opens in the bar
    await form.locator("textarea[name=scene]").fill("Chlorine leaking from tank V-101");
    for (const k of ["deaths", "seriousInjuries", "injured", "missing"]) await form.locator(`input[name=${k}]`).fill("0");
    await page.getByTestId("send-report").click();
    await expect(page.getByTestId("report-incomplete")).toBeVisible();
    // the fields it names are listed with English punctuation, not 、
    await expect(page.getByTestId("report-incomplete")).toContainText("(1) The unit where it happened; (2) Time");
    // the person fills Measures, in view just above the bar, then goes on to Cause (under the bar) by Tab:
    // the browser scrolls a box reached by Tab or a keyboard into view, as far as the scroller's padding says
    const cause = form.locator("input[name=cause]");
    await form.locator("textarea[name=measures]").evaluate((el) => {
      const pane = el.closest<HTMLElement>(".pane-scroll")!;
      const bar = document.querySelector(".sticky-send")!.getBoundingClientRect();
      pane.scrollTop += el.getBoundingClientRect().bottom - (bar.top - 8);
      (el as HTMLTextAreaElement).focus({ preventScroll: true });
    });
    await page.keyboard.type("Cordon at 300 m");
    await page.keyboard.press("Tab");
    await expect(cause).toBeFocused();
    // what is at the middle of the Cause box is the box itself, not the bar lying over it
    const seen = await cause.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const bar = document.querySelector(".sticky-send")!.getBoundingClientRect();
      return { hit: document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el, bottom: r.bottom, barTop: bar.top };
    });
    await shot(page, `report-form-cause-${size.name}`);
    expect(seen.hit, "the Cause box is under the sticky bar").toBe(true);
    expect(seen.bottom).toBeLessThanOrEqual(seen.barTop);
  });
}
