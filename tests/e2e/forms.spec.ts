/**
 * Bad input said where a person sees it (review 8 items 2 and 3), on a paused drill so nothing
 * races the clock: the enterprise's report with -5 and 2.5 casualties shows the problem beside
 * each box and sends nothing (the log stays empty); the evaluator's 按席位回看 with 99:99:99 or a
 * time not yet reached says so beside the time and shows no "view".
 */
import { expect, test } from "./closing-test.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat, shot } from "./support.ts";

test("a bad casualty figure and an impossible view time are said beside the field; nothing is sent", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string; evaluator: string; seats: Record<string, string> } };

  const ent = await (await browser.newContext()).newPage();
  await joinSeat(ent, d.id, d.codes.seats.ent!, "企业值班员", "agency-console");
  await ent.getByTestId("tab-compose").click();
  const report = ent.getByTestId("report-form");
  // an addressee chosen, so only the bad figures stand between this report and the log
  await report.locator("select[name=to]").selectOption("eb");
  await report.locator("textarea[name=scene]").fill("液氯储罐泄漏");
  await report.locator("input[name=injured]").fill("-5");
  await report.locator("input[name=seriousInjuries]").fill("2.5");
  await report.locator("input[name=deaths]").fill("1e9");
  await ent.getByTestId("send-report").click();
  const words = "请填写0到100000之间的整数（人），不知道时勾选“未知”";
  for (const k of ["injured", "seriousInjuries", "deaths"]) {
    const err = report.getByTestId(`figure-error-${k}`);
    await expect(err).toHaveText(words);
    // beside its own box
    await expect(report.locator(".figure", { has: ent.getByTestId(`figure-error-${k}`) }).locator(`input[name=${k}]`)).toBeVisible();
  }
  await expect(ent.getByTestId("report-incomplete")).toHaveCount(0);
  await shot(ent, "report-bad-figures");
  const log = await request.get(`/api/drills/${d.id}/log`, { headers: { authorization: `Bearer ${d.codes.director}` } });
  expect(await log.text()).not.toContain("injured");

  const evaluator = await (await browser.newContext()).newPage();
  await joinSeat(evaluator, d.id, d.codes.evaluator, "评估员", "evaluator-console");
  await evaluator.getByTestId("tab-asSeen").click();
  const seen = evaluator.getByTestId("as-seen");
  await seen.locator("select").selectOption("fire");
  await seen.locator("input").fill("99:99:99");
  await seen.getByRole("button").click();
  await expect(seen.getByTestId("as-seen-error")).toContainText("分、秒为0到59");
  await seen.locator("input").fill("03:59:00");
  await seen.getByRole("button").click();
  await expect(seen.getByTestId("as-seen-error")).toContainText("只能回看已经过去的时刻");
  await expect(seen.getByTestId("agency-console")).toHaveCount(0);
  await shot(evaluator, "evaluator-as-seen-bad-time");
  await seen.locator("input").fill("00:00:00");
  await seen.getByRole("button").click();
  await expect(seen.getByTestId("agency-console")).toBeVisible();
  await expect(seen.getByTestId("as-seen-error")).toHaveCount(0);
});

// newcomer trial 14: on a phone the 要素未填 question opened below the sticky send button, 仍然发送 off-screen, and pressing
// 发送报告 again did nothing visible; it must be in view where the person pressed send, and send the report
test("a report with fields left out asks at the send button, in view on a phone, and 仍然发送 sends it", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  const d = (await made.json()) as { id: string; codes: { director: string; seats: Record<string, string> } };
  const ent = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await joinSeat(ent, d.id, d.codes.seats.ent!, "企业值班员", "agency-console");
  await ent.getByTestId("ptab-compose").tap();
  await ent.getByTestId("compose-report").tap();
  const report = ent.getByTestId("report-form");
  // paused at T+0 the seat owes no report yet, so no addressee is chosen for it (never simply the first agency): the person picks one
  await report.locator("select[name=to]").selectOption("eb");
  await report.locator("textarea[name=scene]").fill("液氯储罐泄漏");
  for (const k of ["deaths", "seriousInjuries", "injured", "missing"]) await report.locator(`input[name=${k}]`).fill("0");
  await ent.getByTestId("send-report").tap();
  const ask = ent.getByTestId("report-incomplete");
  await expect(ask).toContainText("单位概况");
  const anyway = ask.getByRole("button").first();
  // in view as it is, without Playwright's scrolling (toBeInViewport does not scroll)
  await expect(anyway).toBeInViewport({ ratio: 1 });
  await shot(ent, "report-incomplete-phone");
  await anyway.tap();
  await expect(ent.getByTestId("command").first()).toHaveAttribute("data-state", "acked");
  const log = await request.get(`/api/drills/${d.id}/log`, { headers: { authorization: `Bearer ${d.codes.director}` } });
  expect(await log.text()).toContain("液氯储罐泄漏");
});

// newcomer trial 14 P6: a message of the largest size (2,000 characters) filled the whole inbox; its card keeps a bounded height
// (12 lines of text, CSS .msg-text) and the text scrolls inside it, so the messages after it stay in reach
test("a 2,000-character message scrolls inside its card instead of filling the inbox", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: false, bots: [] } });
  const d = (await made.json()) as { id: string; codes: { seats: Record<string, string> } };
  const eb = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await joinSeat(eb, d.id, d.codes.seats.eb!, "应急局值班员", "agency-console");
  const fire = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await joinSeat(fire, d.id, d.codes.seats.fire!, "消防值班员", "agency-console");
  await eb.getByTestId("tab-compose").click();
  await eb.getByTestId("compose-message").click();
  await eb.getByTestId("message-form").locator("label.chip-check", { hasText: "消防救援大队" }).click();
  const long = "长".repeat(1990) + "LONGEND123";
  await eb.getByTestId("message-text").fill(long);
  await eb.getByTestId("send-message").click();
  await fire.getByTestId("tab-inbox").click();
  const text = fire.getByTestId("message").filter({ hasText: "LONGEND123" }).locator(".msg-text");
  await expect(text).toHaveCount(1);
  const box = (await text.boundingBox())!;
  const lineHeight = await text.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  // at most 12 lines tall, and it does scroll (the whole text is there, below the fold of the card)
  expect(box.height).toBeLessThanOrEqual(12 * lineHeight + 1);
  expect(await text.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
});

// a text the server would refuse for a hidden character (engine/model/text.ts hiddenChar: U+202E before 部到已 is drawn
// 已到部, CVE-2021-42574) is said beside its field before sending, with the character's place and code point, and the
// log stays empty; the same text without it is sent
test("a message with a bidi override is said beside its box and not sent", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  const d = (await made.json()) as { id: string; codes: { director: string; seats: Record<string, string> } };
  const ent = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await joinSeat(ent, d.id, d.codes.seats.ent!, "企业值班员", "agency-console");
  await ent.getByTestId("tab-compose").click();
  await ent.getByTestId("compose-message").click();
  const form = ent.getByTestId("message-form");
  await form.locator("label.chip-check", { hasText: "应急管理局" }).first().click();
  await ent.getByTestId("message-text").fill("\u202e部到已");
  await ent.getByTestId("send-message").click();
  await expect(form.getByTestId("message-text-error")).toHaveText("第 1 个字是不可见的控制字符（U+202E，如文字方向控制符），请删除后重新发送");
  await expect(ent.getByTestId("command")).toHaveCount(0);
  await shot(ent, "message-hidden-char");
  const log = async () => (await request.get(`/api/drills/${d.id}/log`, { headers: { authorization: `Bearer ${d.codes.director}` } })).text();
  expect(await log()).not.toContain("部到已");
  await ent.getByTestId("message-text").fill("已到部");
  await ent.getByTestId("send-message").click();
  await expect(ent.getByTestId("command").first()).toHaveAttribute("data-state", "acked");
  expect(await log()).toContain("已到部");
});
