/**
 * Round 31: a double-blind seat not yet told, on a zh-CN page, before and after the director's start.
 * - Every word it shows is Chinese: its seat's title (the enterprise's read 「Enterprise」 until told) and every other
 *   role name; no agency kind's or agency's English name is on the page (the kind: an English fallback on a zh page).
 * - It cannot tell whether the drill has started (domain.md §3.8 双盲: 不明确演练时间): the clock chip reads
 *   待命：等待接报 both before and after the start, never 演练尚未开始 nor 进行中, and the page's text is the same.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./closing-test.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat, shot } from "./support.ts";

const en = JSON.parse(readFileSync("i18n/en.json", "utf8")) as { agencyKind: Record<string, string> };
const scenario = readFileSync("scenarios/chemical-leak.yaml", "utf8");
/** every English role name a seat could be titled by: each agency kind (as a word and title case) and the scenario's agencies' */
const ENGLISH = [...new Set([
  ...Object.values(en.agencyKind).flatMap((w) => [w, w.replace(/\b\w/g, (c) => c.toUpperCase())]),
  ...[...scenario.matchAll(/^ {4}name: \{ zh: [^,]+, en: "?([^"}]+)"? \}/gm)].map((m) => m[1]!.trim()),
])].filter((w) => w.length >= 4);

test("a zh-CN standby seat: every role name in Chinese, and the same 待命：等待接报 before and after the start", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "DOUBLE_BLIND", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string; seats: Record<string, string> } };
  const pages: Array<{ seat: string; page: Page }> = [];
  for (const seat of ["ent", "met", "eb"]) {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
    await joinSeat(page, d.id, d.codes.seats[seat]!, "值班员", "agency-console");
    pages.push({ seat, page });
  }
  const text = async (page: Page) => page.locator("body").innerText();
  const before: string[] = [];
  for (const { seat, page } of pages) {
    await expect(page.getByTestId("clock-state")).toHaveText("待命：等待接报");
    await expect(page.getByTestId("not-started")).toHaveCount(0);
    const shown = await text(page);
    before.push(shown);
    expect(ENGLISH.filter((w) => shown.includes(w)), `${seat}: ${shown}`).toEqual([]);
  }
  await expect(pages[0]!.page.getByTestId("seat-label")).toContainText("企业");
  await shot(pages[0]!.page, "standby-ent-zh-390x844");

  const director = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await joinSeat(director, d.id, d.codes.director, "导调", "director-console");
  await director.getByTestId("resume").click();
  await expect(director.getByTestId("clock-state")).toContainText("进行中");
  await director.waitForTimeout(3_000); // the drill runs; the met office is not told of it in its first minutes
  const met = pages.find((p) => p.seat === "met")!;
  await expect(met.page.getByTestId("clock-state")).toHaveText("待命：等待接报");
  expect(await text(met.page)).toBe(before[pages.indexOf(met)]);
});
