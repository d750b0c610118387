/**
 * Newcomer 21's double-blind chemical-leak drill, in the browser (screenshots: test-results/screens/n21-*.png):
 * item 1, a seat on standby is told why its lists are empty and may message the director (zh desk, en desk);
 * item 3, the director's console on a 390×844 phone has a map tab, and the map fills the screen under it (it sat
 * ~3,200 px down the pane); item 4, the codes page's bot cards are as tall as their text, a seat joining again in a
 * new browser lists the command its seat gave with its log number, and cut off, the header says 未连接.
 */
import { expect, test } from "./closing-test.ts";
import type { Browser } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { shortName } from "../../client/map/declutter.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { createInBrowser, expectAcked, joinSeat, shot, jump } from "./support.ts";

type Made = { id: string; codes: { director: string; observer: string; seats: Record<string, string> } };

async function create(request: import("@playwright/test").APIRequestContext, blindness: string, paused = true): Promise<Made> {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness, paused, bots: [] } });
  expect(made.status()).toBe(201);
  return (await made.json()) as Made;
}

const desk = async (browser: Browser, locale = "zh-CN") => (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale })).newPage();

test("a standby seat sees why its lists are empty and can message the director (item 1)", async ({ browser, request }) => {
  const d = await create(request, "DOUBLE_BLIND");
  const zh = await desk(browser);
  await joinSeat(zh, d.id, d.codes.seats.eb!, "值班员甲", "agency-console");
  await expect(zh.getByTestId("clock-state")).toHaveText("待命：等待接报");
  await expect(zh.getByTestId("map-hint")).toHaveText("待命：接到事件通知后显示地图");
  await zh.getByTestId("tab-compose").click();
  await zh.getByTestId("compose-message").click();
  const form = zh.getByTestId("message-form");
  await expect(form.getByTestId("standby-why")).toContainText("只能发消息给导调");
  await form.locator("label.chip-check", { hasText: "导调" }).click();
  await form.getByTestId("message-text").fill("本单位待命，请指示");
  await shot(zh, "n21-standby-eb-desk-zh-compose");
  await form.getByTestId("send-message").click();
  // a standby seat's ack carries no log number (it may not learn how many commands the drill holds)
  await expect(zh.getByTestId("latest-command")).toHaveAttribute("data-state", "acked");
  await zh.getByTestId("tab-units").click();
  await expect(zh.getByTestId("standby-why")).toBeVisible();

  const en = await desk(browser, "en-US");
  await joinSeat(en, d.id, d.codes.seats.fire!, "Fire duty officer", "agency-console");
  await expect(en.getByTestId("map-hint")).toHaveText("Standing by: the map appears once your agency is told of an incident");
  await en.getByTestId("tab-compose").click();
  await en.getByTestId("compose-message").click();
  await expect(en.getByTestId("standby-why")).toContainText("message only the director");
  await shot(en, "n21-standby-fire-desk-en-compose");

  // an observer (观摩) gets no map until a seat is told: its empty map says so too
  const obs = await desk(browser);
  await joinSeat(obs, d.id, d.codes.observer, "观摩甲", "observer-console");
  await expect(obs.getByTestId("map-hint")).toHaveText("待命：有参演单位接到事件通知后显示地图");
  await shot(obs, "n21-standby-observer-desk-zh");
});

test("the director's phone console has a map tab; the map fills the screen under it (item 3)", async ({ browser, request }) => {
  const d = await create(request, "NONE");
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await joinSeat(phone, d.id, d.codes.director, "导调手机", "director-console");
  await expect(phone.getByTestId("control-map")).toBeHidden();
  await phone.getByTestId("tab-map").click();
  const map = phone.getByTestId("control-map");
  await expect(map).toBeInViewport();
  const box = (await map.boundingBox())!;
  expect(box.y).toBeLessThan(844 / 2);
  expect(box.height).toBeGreaterThan(300);
  const pane = phone.locator(".pane-side .pane-scroll");
  await expect(pane).toBeHidden();
  await shot(phone, "n21-director-phone-map");
  await phone.getByTestId("tab-board").click();
  await expect(pane).toBeVisible();
  // the board is back: the seats' 力量需求 rows the director sees from the start (r21-client: the board's requirements)
  await expect(pane).toContainText("时限");
  await expect(pane).toContainText("待办");
  await expect(map).toBeHidden();

  // on a desk the map is always beside the pane: no map tab
  const big = await desk(browser);
  await joinSeat(big, d.id, d.codes.director, "导调", "director-console");
  await expect(big.getByTestId("tab-map")).toBeHidden();
  await expect(big.getByTestId("control-map")).toBeVisible();
  await expect(big.locator(".pane-side .pane-scroll")).toContainText("待办");
});

test("codes page cards, a seat's commands in a new browser, and the header cut off (item 4)", async ({ browser, request }) => {
  const page = await desk(browser);
  await createInBrowser(page, "chemical-leak", ["duty", "police"]);
  const bot = (await page.getByTestId("created-seat-duty").boundingBox())!;
  const coded = (await page.getByTestId("created-seat-fire").boundingBox())!;
  expect(bot.height).toBeLessThan(coded.height / 2);
  await shot(page, "n21-codes-desk-zh");

  const d = await create(request, "NONE", false);
  const first = await desk(browser);
  await joinSeat(first, d.id, d.codes.seats.fire!, "消防值班员", "agency-console");
  await first.getByTestId("tab-compose").click();
  await first.getByTestId("compose-message").click();
  const form = first.getByTestId("message-form");
  await form.locator("label.chip-check", { hasText: "公安" }).first().click();
  await form.getByTestId("message-text").fill("请协助交通管制");
  await form.getByTestId("send-message").click();
  await expectAcked(first);
  const seq = (await first.getByTestId("latest-command").textContent())!.match(/#(\d+)/)![1];

  const again = await desk(browser); // a new browser: nothing of the first one's storage
  await joinSeat(again, d.id, d.codes.seats.fire!, "消防值班员", "agency-console");
  await expect(again.getByTestId("latest-command")).toHaveAttribute("data-state", "acked");
  await expect(again.getByTestId("latest-command")).toContainText(`#${seq}`);
  await expect(again.getByTestId("latest-command")).not.toContainText("尚未下达命令");

  await again.context().setOffline(true);
  await expect(again.getByTestId("offline-banner")).toBeVisible();
  await expect(again.getByTestId("clock-state")).toHaveText("⚠ 未连接");
  await shot(again, "n21-seat-offline");
  await again.context().setOffline(false);
  await expect(again.getByTestId("clock-state")).toContainText("进行中", { timeout: 30_000 });
});

test("on the director's phone map, unit labels keep each name whole (item 3)", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, speed: 60, bots: ["ent", "duty", "eb", "fire", "police", "health", "eco", "met", "town", "city", "cityduty"] } });
  const d = (await made.json()) as Made;
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  phone.on("dialog", (x) => void x.accept());
  await joinSeat(phone, d.id, d.codes.director, "导调手机", "director-console");
  await jump(phone, 4);
  await phone.getByTestId("tab-map").click();
  await expect.poll(() => phone.evaluate(() => window.__lianyan?.map?.probe.units.filter((u) => u.status !== "available").length ?? 0)).toBeGreaterThan(2);
  // each line of a unit label is made of whole parts: a status mark, a unit's full name, "+N" (newcomer: 环境应急监 测车1)
  const names = new Set((parse(readFileSync("scenarios/chemical-leak.yaml", "utf8")) as { units: Array<{ name: { zh: string } }> }).units.flatMap((u) => [u.name.zh, shortName(u.name.zh)])); // a narrow map drops a name's bracketed detail
  const marks = new Set(["站", "出", "→", "展", "作", "场", "←"]); // client/map/palette.ts STATUS_MARK.zh
  const labels = await phone.evaluate(() => (window.__lianyan?.map as unknown as { probe: { unitLabels: string[] } }).probe.unitLabels);
  expect(labels.length).toBeGreaterThan(2);
  const broken = labels.filter((l) => l.split(/\s+/).some((part) => !names.has(part) && !marks.has(part) && !/^\+\d+$/.test(part)));
  expect(broken).toEqual([]);
  // r22-nc-ui: a status mark stays on its name's line, so no line of a label is a mark alone (newcomer 22 item 13)
  expect(labels.flatMap((l) => l.split("\n")).filter((line) => marks.has(line.trim()))).toEqual([]);
  await shot(phone, "n21-director-phone-units");
});
