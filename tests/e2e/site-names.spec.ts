/**
 * The site view names its rooms (newcomer trial 17 item 8): the school's floor plan on a live
 * console showed room ids (c31, music-3, teachers-1) and a Chinese 人 after each count in English.
 * Now each box reads its room's name from the scenario, whole words, and its people in the page's
 * language ("45 people" / 45人), and each label lies inside its own box (teachers-1's ran over the
 * edge), in English on a desk and a phone, and in Chinese on a phone. Screenshots: test-results/screens/site-names-*.png.
 */
import { expect, test } from "./closing-test.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat } from "./support.ts";

interface Box { x: number; y: number; w: number; h: number }
interface Probe { boxes: Array<{ id: string; text: string; box: Box; drawn: Box }>; spots: Array<{ id: string; name: { zh: string; en: string } }> }

test("the school's floor plan names its rooms and counts people in the page's language, each inside its box", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "school-fire", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string } };
  const problems: string[] = [];
  for (const [name, viewport, locale] of [["en-1280x800", { width: 1280, height: 800 }, "en-US"], ["en-390x844", { width: 390, height: 844 }, "en-US"], ["zh-390x844", { width: 390, height: 844 }, "zh-CN"]] as const) {
    const ctx = await browser.newContext({ viewport, locale, ...(viewport.width < 500 ? { isMobile: true, hasTouch: true } : {}) });
    const page = await ctx.newPage();
    await joinSeat(page, d.id, d.codes.director, "director", "director-console");
    await page.getByTestId("tab-site").click();
    const view = page.getByTestId("site-view");
    await expect(view.locator("canvas")).toBeVisible();
    await view.scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __lianyan: { site?: { boxes: unknown[] } } }).__lianyan.site?.boxes.length ?? 0)).toBeGreaterThan(20);
    await view.screenshot({ path: `test-results/screens/site-names-${name}.png` });
    const probe = await page.evaluate(() => {
      const site = (window as unknown as { __lianyan: { site: { boxes: Probe["boxes"]; model: { spots?: Probe["spots"] } } } }).__lianyan.site;
      return { boxes: site.boxes, spots: site.model.spots ?? [] } as Probe;
    });
    const lang = locale === "en-US" ? "en" : "zh";
    for (const b of probe.boxes) {
      const spot = probe.spots.find((s) => s.id === b.id);
      if (!spot) problems.push(`${name}: ${b.id} has no name from the server`);
      // what the box says, its lines joined (English by a space, Chinese with none): the name whole, then the count
      const said = b.text.replace(/^✖ /, "").split("\n").join(lang === "en" ? " " : "");
      if (spot && !said.startsWith(spot.name[lang])) problems.push(`${name}: ${b.id} reads "${said}", not its name "${spot.name[lang]}"`);
      if (lang === "en" && /人/.test(said)) problems.push(`${name}: ${b.id} says 人 in English ("${said}")`);
      const count = said.slice(spot?.name[lang].length ?? 0).trim();
      if (count !== "" && !(lang === "en" ? /^\d+ people$/ : /^\d+人$/).test(count)) problems.push(`${name}: ${b.id} counts "${count}"`);
      if (b.drawn.x < b.box.x - 0.5 || b.drawn.y < b.box.y - 0.5 || b.drawn.x + b.drawn.w > b.box.x + b.box.w + 0.5 || b.drawn.y + b.drawn.h > b.box.y + b.box.h + 0.5) problems.push(`${name}: ${b.id}'s label runs out of its box`);
    }
    if (lang === "en" && !probe.boxes.some((b) => / people$/.test(b.text))) problems.push(`${name}: no room counts its people`);
    await ctx.close();
  }
  expect(problems).toEqual([]);
});

// newcomer 18: a live seat's dispatch offered no target room (its list was empty; the local console's was not):
// the fire seat of a school fire may send its units to 301教室, the room the trapped class is in
test("a live fire seat's dispatch offers the school's rooms as its target", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "school-fire", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  const d = (await made.json()) as { id: string; codes: { seats: Record<string, string> } };
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await joinSeat(page, d.id, d.codes.seats.fire!, "消防值班员", "agency-console");
  await page.getByTestId("tab-units").click();
  const target = page.locator("select[name=target]");
  await expect(target.locator("option", { hasText: "301教室" })).toHaveCount(1);
  await target.selectOption({ label: "301教室" });
  await expect(target).toHaveValue("c31");
});
