/**
 * A dispatch on a 390×844 phone (newcomer 17 item 4): the map's hint asks for a destination only
 * while a dispatch waits for one (its ◎ button), and the ✔ 已记录 that follows 调派 shows where the
 * person is looking, not below the fold under the form. Screenshot: test-results/screens/phone-dispatch-acked.png.
 */
import { expect, test } from "./closing-test.ts";
import type { Page } from "@playwright/test";
import { parse } from "yaml";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat, onScreen, shot } from "./support.ts";

/** Where places show on the map once its pane has its size (two frames alike): a tab switch resizes it. */
async function settledScreen(page: Page, ids: string[]): Promise<Array<{ x: number; y: number }>> {
  return page.evaluate(async (ids) => {
    const read = () => JSON.stringify(ids.map((id) => window.__lianyan!.map!.screenOf(id)));
    for (let a = read(); ; ) {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const b = read();
      if (a === b) return JSON.parse(b) as Array<{ x: number; y: number }>;
      a = b;
    }
  }, ids);
}

test("on a phone the map asks for a destination only during a dispatch, and 调派's ✔ 已记录 is on screen", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { seats: Record<string, string> } };
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  const page = await ctx.newPage();
  await joinSeat(page, d.id, d.codes.seats.fire!, "消防-手机", "agency-console");

  // nothing being dispatched: the hint says what a tap does, not "pick the destination"
  await page.getByTestId("ptab-map").tap();
  await expect(page.getByTestId("map-hint")).toBeVisible();
  await expect(page.getByTestId("map-hint")).not.toContainText("目的地");
  // the dispatch's ◎ button: now the map asks for the destination
  await page.getByTestId("ptab-units").tap();
  await page.getByRole("button", { name: /在图上点选目的地/ }).tap();
  await expect(page.getByTestId("map-hint")).toHaveText("在图上点选目的地");
  await expect.poll(() => page.evaluate(() => window.__lianyan?.map?.probe.incident)).toBeTruthy();
  // the village: clear of the incident's ◆ (zoomed out, the plant's dot lies under it and a tap there names the tank)
  const [at] = await settledScreen(page, ["village"]);
  await page.getByTestId("map").tap({ position: at! });
  await expect(page.getByTestId("dispatch-place")).toHaveValue("village");

  await page.getByTestId("units").locator("label.unit-pick").first().tap();
  await page.getByTestId("dispatch").scrollIntoViewIfNeeded();
  await page.getByTestId("dispatch").tap();
  await expect.poll(() => onScreen(page, "已记录"), { message: "✔ 已记录 within the 844 px window after 调派" }).not.toEqual([]);
  await shot(page, "phone-dispatch-acked");
  // the pick is over: back on the map the hint no longer asks for a destination
  await page.getByTestId("ptab-map").tap();
  await expect(page.getByTestId("map-hint")).not.toContainText("目的地");
  await ctx.close();
});

// newcomer 18 item 1: ticking a unit and its task, then ◎ to the map and back, lost both (the units panel
// unmounts on the map tab); 调派 then said 请先勾选…, or a hasty re-tick sent the unit on the first task.
// Item 2: the tap on the leaking tank's red ◆ names the tank, not a place nearby.
test("on a phone the ticked unit and its task survive the trip to the map, and 调派 sends them there", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  const d = (await made.json()) as { id: string; codes: { director: string; seats: Record<string, string> } };
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  const page = await ctx.newPage();
  await joinSeat(page, d.id, d.codes.seats.fire!, "消防-手机", "agency-console");

  await page.getByTestId("ptab-units").tap();
  const units = page.getByTestId("units");
  const chem1 = units.locator("input[name=unit][value=hz-chem1]");
  await units.locator("label.unit-pick", { has: page.locator("input[value=hz-chem1]") }).tap();
  await units.getByTestId("dispatch-task").selectOption("detect");
  await page.getByRole("button", { name: /在图上点选目的地/ }).tap();
  await expect(page.getByTestId("map-hint")).toHaveText("在图上点选目的地");
  await expect.poll(() => page.evaluate(() => window.__lianyan?.map?.probe.incident)).toBe("tank-v101");
  const [at, bridge] = await settledScreen(page, ["tank-v101", "j-bridge"]);
  // zoomed out the bridge's dot lies under the ◆; the tap lands on the ◆'s bridge side (|dx| + |dy| = 11 of
  // its 14 px), nearer the bridge's dot than the tank's centre: the ◆ is what the person tapped
  const len = Math.hypot(bridge!.x - at!.x, bridge!.y - at!.y);
  const u = { x: (bridge!.x - at!.x) / len, y: (bridge!.y - at!.y) / len };
  const k = 11 / (Math.abs(u.x) + Math.abs(u.y));
  expect(k, "the tap is nearer the bridge's dot than the tank's").toBeGreaterThan(len / 2);
  await page.getByTestId("map").tap({ position: { x: at!.x + u.x * k, y: at!.y + u.y * k } });

  // back on 力量: the tank as destination, hz-chem1 still ticked, still on 侦检
  await expect(page.getByTestId("dispatch-place")).toHaveValue("tank-v101");
  await expect(chem1).toBeChecked();
  await expect(units.locator("input[name=unit]:checked")).toHaveCount(1);
  await expect(units.getByTestId("dispatch-task")).toHaveValue("detect");
  await shot(page, "phone-dispatch-after-pick");
  await page.getByTestId("dispatch").scrollIntoViewIfNeeded();
  await page.getByTestId("dispatch").tap();
  await expect(page.getByTestId("command").first()).toHaveAttribute("data-state", "acked");
  await expect(units.getByTestId("units-error")).toHaveCount(0);
  const log = await (await request.get(`/api/drills/${d.id}/log`, { headers: { authorization: `Bearer ${d.codes.director}` } })).text();
  const sent = (parse(log) as { commands: Array<{ type: string; by: string; units: string | string[]; place: string; task: string }> }).commands.filter((c) => c.type === "dispatch");
  expect(sent.map((c) => ({ by: c.by, units: [c.units].flat(), place: c.place, task: c.task }))).toEqual([{ by: "fire", units: ["hz-chem1"], place: "tank-v101", task: "detect" }]);
  await ctx.close();
});
