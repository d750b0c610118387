/**
 * A phone's seat outlives its tab (round 27 item 1): joined from its link, the page closed, the same link opened again
 * goes straight back into the same seat, no code asked; 离开席位 forgets it, and the link then asks again.
 */
import { expect, test } from "./closing-test.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { joinSeat } from "./support.ts";

test("a seat joined from its link, the tab closed, the link opened again: the same seat, no code asked; 离开席位 forgets it", async ({ browser, request }) => {
  const made = await request.post("/api/drills", { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` }, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { seats: Record<string, string> } };
  const link = `/join/${encodeURIComponent(d.codes.seats.fire!)}?drill=${encodeURIComponent(d.id)}`;
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const first = await ctx.newPage();
  await joinSeat(first, d.id, d.codes.seats.fire!, "张三", "agency-console");
  await expect(first.getByTestId("agency-console")).toHaveAttribute("data-role", "fire");
  await first.close();

  const again = await ctx.newPage();
  await again.goto(link);
  await expect(again.getByTestId("agency-console")).toBeVisible();
  await expect(again.getByTestId("agency-console")).toHaveAttribute("data-role", "fire");
  await expect(again.getByTestId("seat-label")).toContainText("张三");
  await expect(again.getByTestId("join-form")).toHaveCount(0);
  // no other seat's code is kept: only this drill's entry, holding the fire seat's code
  const kept = await again.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("lianyan.seat.")).map((k) => [k, localStorage.getItem(k)]));
  expect(kept).toEqual([[`lianyan.seat.${d.id}`, JSON.stringify({ code: d.codes.seats.fire, name: "张三" })]]);

  again.on("dialog", (x) => void x.accept());
  await again.getByTestId("leave-seat").click();
  await expect(again.getByTestId("join-form")).toBeVisible();
  await again.close();
  const after = await ctx.newPage();
  await after.goto(link);
  await expect(after.getByTestId("join-form")).toBeVisible();
  await expect(after.getByTestId("agency-console")).toHaveCount(0);
  await ctx.close();
});

test("a message in flight when the tab closed goes, under its id, once the seat's link is opened again: logged once", async ({ browser, request }) => {
  const auth = { authorization: `Bearer ${E2E_DIRECTOR_CODE}` };
  const made = await request.post("/api/drills", { headers: auth, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { seats: Record<string, string> } };
  const ctx = await browser.newContext();
  const first = await ctx.newPage();
  await joinSeat(first, d.id, d.codes.seats.fire!, "李四", "agency-console");
  // the socket swallows what the page sends from now on: the message leaves the page and never arrives
  await first.evaluate(() => { WebSocket.prototype.send = () => {}; });
  await first.getByTestId("tab-compose").click();
  await first.getByTestId("compose-message").click();
  await first.getByTestId("message-form").locator("label.chip-check", { hasText: "应急管理局" }).first().click();
  await first.getByTestId("message-text").fill("重载后仍须送达的消息");
  await first.getByTestId("send-message").click();
  await expect(first.getByTestId("command").first()).toHaveAttribute("data-state", "pending");
  await first.close();

  const again = await ctx.newPage();
  await again.goto(`/drill/${encodeURIComponent(d.id)}`);
  await expect(again.getByTestId("agency-console")).toBeVisible();
  await expect(again.getByTestId("command").first()).toHaveAttribute("data-state", "acked");
  const log = await (await request.get(`/api/drills/${d.id}/log`, { headers: auth })).text();
  expect(log.split("重载后仍须送达的消息").length - 1).toBe(1);
  await ctx.close();
});

test("the director's reissue in flight when the page reloaded is answered on the reloaded page: the new code on its seat, or why it was refused", async ({ browser, request }) => {
  const auth = { authorization: `Bearer ${E2E_DIRECTOR_CODE}` };
  const made = await request.post("/api/drills", { headers: auth, data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] } });
  expect(made.status()).toBe(201);
  const d = (await made.json()) as { id: string; codes: { director: string; seats: Record<string, string> } };
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on("dialog", (x) => void x.accept());
  await joinSeat(page, d.id, d.codes.director, "导调", "director-console");
  /** the director asks `seat`'s reissue, which leaves the page and never arrives (the socket swallows it), and reloads */
  const reissueLost = async (seat: string, meanwhile: () => Promise<void> = async () => {}) => {
    await page.getByTestId("tab-seats").click();
    await page.evaluate(() => { (window as unknown as { realSend?: unknown }).realSend = WebSocket.prototype.send; WebSocket.prototype.send = () => {}; });
    await page.getByTestId(`reissue-${seat}`).click();
    await meanwhile();
    await page.reload();
    await expect(page.getByTestId("director-console")).toBeVisible();
    await page.getByTestId("tab-seats").click();
  };

  await reissueLost("fire");
  // the reloaded page sent it again under its id: the new code shows on the fire seat, and it is the one that opens it
  const code = page.locator('[data-seat="fire"] [data-testid="code-fire"]');
  await expect(code).toHaveText(/^[A-Z0-9-]{10,}$/);
  const fresh = (await code.textContent())!;
  expect(fresh).not.toBe(d.codes.seats.fire);
  expect(((await (await request.post("/api/join", { data: { code: fresh } })).json()) as { seat: string }).seat).toBe("fire");
  expect((await request.post("/api/join", { data: { code: d.codes.seats.fire } })).status()).toBe(404);

  // the police seat's reissue is lost and the drill ended from another director page before the reload: refused
  await reissueLost("police", async () => {
    const other = await (await browser.newContext()).newPage();
    other.on("dialog", (x) => void x.accept());
    await joinSeat(other, d.id, d.codes.director, "导调乙", "director-console");
    await other.getByTestId("end").click();
    await expect(other.getByTestId("ended-banner")).toBeVisible();
  });
  await expect(page.locator('[data-seat="police"] [data-testid="seat-refused"]')).toContainText("未被接受：演练已结束");
  expect((await request.post("/api/join", { data: { code: d.codes.seats.police } })).status()).toBe(200);
});
