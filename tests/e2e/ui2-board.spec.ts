/**
 * Round 22 wave 2 (r22-ui2): the school fire's director board at T+10, T+20 and T+30 (no commands), zh-CN desk: its
 * requirement rows stay listed once shown (未到期 while a start moved ahead of now) and say what their deadlines rest
 * on. The test asserts only that the requirement rows (each with its why line) never fall in number from one step to the
 * next; the full-page PNGs for a person to look at are written only when asked for, to the folder SCREENS_DIR names.
 */
import { expect, test } from "./closing-test.ts";
import { mkdirSync } from "node:fs";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat, settled } from "./support.ts";

const DIR = process.env.SCREENS_DIR;
if (DIR) mkdirSync(DIR, { recursive: true });

test("the school fire's director board keeps its requirement rows", async ({ browser, request }) => {
  test.setTimeout(300_000);
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "school-fire", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string } };
  const p = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" })).newPage();
  await joinSeat(p, d.id, d.codes.director, "导调", "director-console");
  let before = 0;
  for (let i = 1; i <= 3; i++) {
    await p.getByTestId("jump").click();
    await expect(p.getByTestId("jump")).toBeEnabled({ timeout: 60_000 });
    await expect(p.locator("body")).toContainText(`T+00:${String(i * 10).padStart(2, "0")}:00`, { timeout: 60_000 });
    await settled(p);
    // each requirement row carries its why line: their number never falls from one step to the next
    const reqs = await p.getByTestId("duty-why").count();
    expect(reqs).toBeGreaterThanOrEqual(before);
    before = reqs;
    if (DIR) await p.screenshot({ path: `${DIR}/school-board-jump${i}.png`, fullPage: true });
  }
});
