/**
 * A seat that joins a drill its director has not started yet (made paused, at T+0) is told so
 * (newcomer trial 17 item 6): 演练尚未开始, waiting for the director, on a phone in Chinese and on a
 * desk in English, while the director's button reads 开始演练 / Start the drill. Once started the
 * word goes, and a pause after that reads 已暂停 alone. Screenshots: test-results/screens/not-started-*.png.
 */
import { expect, test } from "./closing-test.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat, shot } from "./support.ts";

test("a seat joining a drill not yet started is told to wait for the director; once it runs, it is not", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string; seats: Record<string, string> } };
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await joinSeat(phone, d.id, d.codes.seats.fire!, "消防值班员", "agency-console");
  const desk = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" })).newPage();
  await joinSeat(desk, d.id, d.codes.seats.eb!, "EB duty officer", "agency-console");
  await expect(phone.getByTestId("not-started")).toHaveText("演练尚未开始：请等待导调开始演练。");
  await expect(phone.getByTestId("not-started")).toBeInViewport();
  await expect(desk.getByTestId("not-started")).toHaveText("The drill has not started yet: waiting for the director to start it.");
  await shot(phone, "not-started-390x844");
  await shot(desk, "not-started-en-1280x800");

  const director = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await joinSeat(director, d.id, d.codes.director, "导调", "director-console");
  await expect(director.getByTestId("not-started")).toHaveCount(0); // the director starts it: the button says so
  await expect(director.getByTestId("resume")).toHaveText("▶ 开始演练");
  await director.getByTestId("resume").click();
  await expect(phone.getByTestId("clock-state")).toContainText("进行中");
  await expect(phone.getByTestId("not-started")).toHaveCount(0);
  await expect(desk.getByTestId("not-started")).toHaveCount(0);
  // paused once it has run: paused, not "not started"
  await director.getByTestId("jump").click();
  await director.getByTestId("pause").click();
  await expect(phone.getByTestId("clock-state")).toContainText("已暂停");
  await expect(phone.getByTestId("not-started")).toHaveCount(0);
  await expect(director.getByTestId("resume")).toHaveText("▶ 继续");
});
