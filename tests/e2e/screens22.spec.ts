/**
 * Round 22's look at every console (desk 1366×768, phone 390×844 at 3×): the director, each agency seat of the
 * chemical leak 40 minutes in, the evaluator, the report and the replay, zh-CN; the school fire's director board
 * (its requirement rows say what their deadlines rest on) and the request-support form (its unit-type list).
 * The test asserts only that each console opened, and that no page showed an untranslated catalogue key; the PNGs for
 * a person to look at are written only when asked for, to the folder SCREENS_DIR names (SCREENS_DIR=/work/variants/r22/screens
 * npx playwright test tests/e2e/screens22.spec.ts): thirty-odd full-resolution shots (3× on the phone) are time no
 * assertion reads.
 */
import { expect, test } from "./closing-test.ts";
import type { Browser, Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat, settled } from "./support.ts";

const DIR = process.env.SCREENS_DIR;
if (DIR) mkdirSync(DIR, { recursive: true });
type Made = { id: string; codes: { director: string; evaluator: string; observer: string; seats: Record<string, string> } };
const SIZES = { desk: { viewport: { width: 1366, height: 768 } }, phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 } } as const;

async function make(request: import("@playwright/test").APIRequestContext, scenario: string): Promise<Made> {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario, seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  return (await made.json()) as Made;
}

async function page(browser: Browser, size: keyof typeof SIZES): Promise<Page> {
  const p = await (await browser.newContext({ ...SIZES[size], locale: "zh-CN" })).newPage();
  p.on("dialog", (x) => void x.accept());
  return p;
}

/** Catalogue keys shown as text (an untranslated i18n key reads like `duties.whyNotice`). */
async function rawKeys(p: Page): Promise<string[]> {
  const text = await p.locator("body").innerText();
  return [...text.matchAll(/\b(?:duties|director|actions|cmd|reject|formCheck|tabs|after|evaluator|map|site)\.[a-zA-Z]+\b/g)].map((m) => m[0]);
}

async function snap(p: Page, name: string, found: string[]): Promise<void> {
  await settled(p);
  if (DIR) await p.screenshot({ path: `${DIR}/${name}.png` });
  found.push(...(await rawKeys(p)).map((k) => `${name}: ${k}`));
}

/**
 * The chemical leak 40 minutes in (paused, four 10-min jumps acknowledged) and the desk director's page that moved it on:
 * made once by whichever size's test comes first and looked at by both (the tests only read it — join, look, close).
 */
let fortyMinIn: Promise<{ d: Made; director: Page }> | undefined;
function leakFortyMinIn(browser: Browser, request: import("@playwright/test").APIRequestContext): Promise<{ d: Made; director: Page }> {
  fortyMinIn ??= (async () => {
    const d = await make(request, "chemical-leak");
    const director = await page(browser, "desk");
    await joinSeat(director, d.id, d.codes.director, "导调", "director-console");
    for (let i = 0; i < 4; i++) {
      await director.getByTestId("jump").click();
      await expect(director.getByTestId("jump")).toBeEnabled();
    }
    return { d, director };
  })();
  return fortyMinIn;
}

// one test per size, both on one drill: a dozen seats joined 40 min in take minutes on a loaded 2-core machine
for (const size of ["desk", "phone"] as const) {
  test(`every console, ${size}, chemical leak 40 min in`, async ({ browser, request }) => {
    test.setTimeout(600_000);
    const { d, director } = await leakFortyMinIn(browser, request);
    const keys: string[] = [];
    if (size === "desk") await snap(director, "director-desk", keys);
    else {
      const dp = await page(browser, size);
      await joinSeat(dp, d.id, d.codes.director, "导调", "director-console");
      await snap(dp, "director-phone", keys);
      await dp.getByTestId("tab-map").click();
      await snap(dp, "director-phone-map", keys);
      await dp.getByTestId("tab-board").click();
    }
    for (const seat of Object.keys(d.codes.seats)) {
      const sp = await page(browser, size);
      await joinSeat(sp, d.id, d.codes.seats[seat]!, `${seat}值班员`, "agency-console");
      await snap(sp, `seat-${seat}-${size}`, keys);
      if (seat === "eb") {
        const measures = sp.locator("[data-testid=tab-compose]:visible, [data-testid=ptab-compose]:visible").first();
        if (await measures.count()) await measures.click();
        const m = sp.getByTestId("compose-measures");
        if (await m.count()) {
          await m.click();
          const support = sp.getByTestId("measure-requestSupport");
          if (await support.count()) (await support.click(), await snap(sp, `seat-eb-${size}-request-support`, keys));
        }
      }
      await sp.context().close();
    }
    const ev = await page(browser, size);
    await joinSeat(ev, d.id, d.codes.evaluator, "评估员", "evaluator-console");
    await snap(ev, `evaluator-${size}`, keys);
    await ev.context().close();
    expect(keys).toEqual([]);
  });
}

test("the school fire's director board says what each requirement's deadline rests on", async ({ browser, request }) => {
  const d = await make(request, "school-fire");
  for (const size of ["desk", "phone"] as const) {
    const p = await page(browser, size);
    await joinSeat(p, d.id, d.codes.director, "导调", "director-console");
    if (size === "desk") {
      await p.getByTestId("jump").click();
      await expect(p.getByTestId("jump")).toBeEnabled();
    }
    await expect(p.getByTestId("duty-why").first()).toBeVisible({ timeout: 60_000 });
    await settled(p);
    if (DIR) await p.screenshot({ path: `${DIR}/school-director-board-${size}.png` });
    expect(await rawKeys(p)).toEqual([]);
    await p.context().close();
  }
});
