/**
 * Round 23 ui item 3: the director's console on a 390×844 phone. The map had a tab of its own (newcomer 21 item 3) but
 * under the clock bar, the clock controls (start / speed / jump / end), the truth strip and the tab bar it got under
 * 40% of the screen. Now on a phone the director's controls and the true figures sit in a collapsible sheet (one
 * line, 导调控制 ▸, until opened), so the map tab's map holds at least half the viewport and stays usable (its +/−
 * and a tap on a place work); opened, the sheet shows every control and closes again.
 * Screenshots: test-results/screens/r23-*.png (the map tab); the map tab, the open sheet and the board to the folder
 * SCREENS_DIR names, only when asked for (no assertion reads them; they went to /work/variants/r23/r23-ui on every run).
 */
import { expect, test } from "./closing-test.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat, shot } from "./support.ts";

type Made = { id: string; codes: { director: string; observer: string; seats: Record<string, string> } };
const SHOTS = process.env.SCREENS_DIR;

/** The part of `el`'s box inside the 844-px-high viewport (px). */
const shown = (box: { y: number; height: number }) => Math.min(box.y + box.height, 844) - Math.max(box.y, 0);

for (const locale of ["zh-CN", "en-US"]) {
  test(`the director's phone (${locale}): the map tab's map is at least half the screen, the controls in a sheet`, async ({ browser, request }) => {
    const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
    expect(made.status()).toBe(201);
    const d = (await made.json()) as Made;
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale })).newPage();
    await joinSeat(phone, d.id, d.codes.director, "导调手机", "director-console");
    const tag = locale === "en-US" ? "en" : "zh";
    // closed: start / pause and the toggle in view; speed, jump, end and the truth strip folded away
    await expect(phone.getByTestId("resume")).toBeVisible();
    await expect(phone.getByTestId("sheet-toggle")).toHaveAttribute("aria-expanded", "false");
    await expect(phone.getByTestId("speed")).toBeHidden();
    await expect(phone.getByTestId("end")).toBeHidden();
    await expect(phone.getByTestId("truth")).toBeHidden();
    await phone.getByTestId("tab-map").click();
    const map = phone.getByTestId("control-map");
    await expect(map).toBeInViewport();
    // the map drew its places (the map's test hook): a place on screen inside the map's box
    await expect.poll(() => phone.evaluate(() => window.__lianyan?.map?.screenOf("tank-v101") !== undefined)).toBe(true);
    if (SHOTS) await phone.screenshot({ path: `${SHOTS}/director-phone-map-${tag}.png` });
    await shot(phone, `r23-director-phone-map-${tag}`);
    const box = (await map.boundingBox())!;
    expect(shown(box), `map ${JSON.stringify(box)}`).toBeGreaterThanOrEqual(844 / 2);
    // usable: its + zooms in
    const before = await phone.evaluate(() => window.__lianyan!.map!.view().zoom);
    await phone.getByTestId("control-map").getByRole("button", { name: "+" }).click();
    await expect.poll(() => phone.evaluate(() => window.__lianyan!.map!.view().zoom)).toBeGreaterThan(before);

    // opened: every control and the figures; closed again, the map has its room back
    await phone.getByTestId("sheet-toggle").click();
    await expect(phone.getByTestId("sheet-toggle")).toHaveAttribute("aria-expanded", "true");
    for (const id of ["speed", "jump", "end", "truth"]) await expect(phone.getByTestId(id)).toBeVisible();
    if (SHOTS) await phone.screenshot({ path: `${SHOTS}/director-phone-sheet-open-${tag}.png` });
    await phone.getByTestId("sheet-toggle").click();
    await expect(phone.getByTestId("speed")).toBeHidden();
    expect(shown((await map.boundingBox())!)).toBeGreaterThanOrEqual(844 / 2);
    await phone.getByTestId("tab-board").click();
    if (SHOTS) await phone.screenshot({ path: `${SHOTS}/director-phone-board-${tag}.png` });

    // a desk shows every control, no toggle
    const desk = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale })).newPage();
    await joinSeat(desk, d.id, d.codes.director, "导调", "director-console");
    await expect(desk.getByTestId("sheet-toggle")).toBeHidden();
    for (const id of ["speed", "jump", "end", "truth"]) await expect(desk.getByTestId(id)).toBeVisible();
  });
}
