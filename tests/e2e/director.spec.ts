/**
 * The director's side of a live drill as a newcomer found it (newcomer run 6, items 10, 12, 14, 15):
 * the codes page names the drill and marks the seat a bot plays (no code), observers get a QR; a
 * mine flood's header reads plain 重伤; a free inject with no seat or blank text says why beside
 * its field, and its 随机提问 and 作为事故报警 ticks reset once sent; after 结束演练 nothing on the
 * board counts down (a duty due later reads 未到期). The board has every seat's 力量需求 under its owner, live.
 */
import { expect, test } from "./closing-test.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { createInBrowser, directorAfterJumps, expectAcked, guard, shot } from "./support.ts";

test("codes page, mine-flood header, free inject form, and a board that stops counting at the end", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const g = guard(page);
  page.on("dialog", (d) => void d.accept());
  await createInBrowser(page, "mine-flood", ["city"]);

  // ── the codes page ──
  const drillId = (await page.getByTestId("created-drill-id").textContent())!.trim();
  expect(drillId).toMatch(/^[0-9a-hjkmnp-tv-z]{20}$/); // 100 bits, Crockford base 32 (server/live/seats.ts newDrillId)
  await expect(page.getByTestId("created-drill")).toContainText("透水");
  await expect(page.getByTestId("created-bot-city")).toHaveText("模拟（无需参演码）");
  await expect(page.getByTestId("created-seat-city").getByTestId("qr")).toHaveCount(0);
  await expect(page.getByTestId("created-code-city")).toHaveCount(0);
  await expect(page.getByTestId("created-code-observer")).toBeVisible();
  await expect(page.locator("li", { has: page.getByTestId("created-code-observer") }).getByTestId("qr").locator("svg")).toBeVisible();
  // newcomer 18: codes broke at a hyphen across two lines (DZ3N- / 2SY4-5MHN); each is read out and typed, so one line
  const lines = await page.locator("[data-testid^=created-code-]").evaluateAll((els) => els.map((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return { code: el.textContent, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
  }));
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.filter((l) => l.lines !== 1)).toEqual([]);
  await shot(page, "dir-codes-page");
  await page.getByTestId("open-director").click();
  await expect(page.getByTestId("director-console")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/drill/${drillId}`);

  // ── the seat list: the bot's seat without a code, the observers' code with its QR ──
  await page.getByTestId("tab-seats").click();
  await expect(page.getByTestId("bot-seat-city")).toHaveText("模拟（无需参演码）");
  await expect(page.getByTestId("code-city")).toHaveCount(0);
  await expect(page.getByTestId("code-mine")).toBeVisible();
  await expect(page.getByTestId("code-observer")).toBeVisible();
  await shot(page, "dir-seats");

  // ── the mine flood's casualty labels ──
  await expect(page.getByTestId("truth-seriousInjuries")).toContainText("重伤");
  await expect(page.getByTestId("truth")).not.toContainText("急性工业中毒");

  // ── the free inject: errors beside the fields, ticks reset after sending ──
  await page.getByTestId("tab-injects").click();
  const free = page.getByTestId("free-inject");
  await free.getByTestId("send-inject").click();
  await expect(free.getByTestId("inject-error")).toHaveText("请至少选择一个接收席位。");
  await free.locator("label.chip-check", { hasText: "应急管理局" }).first().click();
  await free.getByTestId("inject-text").fill("   ");
  await free.getByTestId("send-inject").click();
  await expect(free.getByTestId("inject-error")).toHaveText("请填写注入内容。");
  await expect(free.getByTestId("inject-alarm")).not.toBeChecked(); // unticked by default
  await free.getByTestId("inject-text").fill("导调：请报告井下人员撤离情况。");
  await expect(free.getByTestId("inject-error")).toHaveCount(0);
  await free.getByTestId("inject-spot").check();
  await free.getByTestId("inject-alarm").check();
  await shot(page, "dir-free-inject-ticked");
  await free.getByTestId("send-inject").click();
  await expectAcked(page);
  await expect(free.getByTestId("inject-spot")).not.toBeChecked();
  await expect(free.getByTestId("inject-alarm")).not.toBeChecked();
  await expect(free.getByTestId("inject-text")).toHaveValue("");

  // ── the board counts down while the drill runs, and not after the end ──
  await page.getByTestId("jump").click();
  await page.getByTestId("tab-board").click();
  const board = page.getByTestId("deadline-board");
  await expect(board).toContainText("剩余");
  await page.getByTestId("end").click();
  await expect(page.getByTestId("clock-controls")).toHaveCount(0);
  await expect(board).toContainText("未到期");
  await expect(board).not.toContainText("剩余");
  await shot(page, "dir-board-after-end");
  expect(g.errors).toEqual([]);
  expect(g.offsite).toEqual([]);
  await ctx.close();
});

// the seats' resource requirements (力量需求) on the director's board, each under its owner and live, as each seat's own
// deadlines tab has them (engine/evaluate/seat-requirements.ts): in a school fire nobody answers, the brigade's two water
// tenders (scenarios/school-fire.yaml req-engines, 10 min) are due at 00:10 and missed at 00:20; the school's mini fire
// station (req-mini, 3 min) is missed already at 00:10
test("the director's board shows each seat's 力量需求 under its owner, due, then missed", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "school-fire", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string } };
  const page = await directorAfterJumps(browser, d.id, d.codes.director, 1);
  const g = guard(page);
  await page.getByTestId("tab-board").click();
  const board = page.getByTestId("deadline-board");
  const engines = board.locator("tr", { hasText: "两辆水罐消防车10分钟内到场灭火" });
  await expect(engines.getByTestId("duty-owner")).toHaveText("临江县消防救援大队：");
  await expect(engines).toHaveAttribute("data-status", "open");
  await expect(engines).toContainText("剩余");
  const mini = board.locator("tr", { hasText: "学校微型消防站发现火情后3分钟内到场" });
  await expect(mini.getByTestId("duty-owner")).toHaveText("临江县第二实验小学：");
  await expect(mini).toHaveAttribute("data-status", "missed");
  await shot(page, "dir-board-requirements");
  await page.getByTestId("jump").click();
  await expect(engines).toHaveAttribute("data-status", "missed");
  expect(g.errors).toEqual([]);
  await page.close();
});
