/**
 * The consoles fit their screens (newcomer report, item 9): at 1280×800 (a laptop) and 390×844
 * (a phone) the director's, the evaluator's, a seat's and the observers' consoles show every tab
 * on screen without scrolling, no row runs off the right edge, and the page has no blank area
 * to scroll into. The join page fits both too (its card padded, each bot checkbox level with its
 * label). After the end every console shows 演练已结束 with the time and still fits, in zh and en.
 * Screenshots go to test-results/screens/layout-*.png.
 */
import { expect, test } from "./closing-test.ts";
import type { APIRequestContext, Page } from "@playwright/test";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { directorAfterJumps, joinSeat, settled, shot, jump } from "./support.ts";

const VIEWPORTS = [
  { name: "desk", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** What does not fit: tabs off screen or hidden, content wider than the screen, a page taller than the screen. */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const W = innerWidth;
    const H = innerHeight;
    const doc = document.scrollingElement!;
    if (doc.scrollHeight > H + 1) {
      // name the element that reaches furthest down, so a failure says where to look
      let deepest = "";
      let bottom = 0;
      for (const el of document.querySelectorAll<HTMLElement>("body *")) {
        const b = el.getBoundingClientRect().bottom;
        if (b > bottom) [bottom, deepest] = [b, `${el.tagName.toLowerCase()}.${el.className}`];
      }
      out.push(`page scrolls: ${doc.scrollHeight} px tall in a ${H} px window (lowest: ${deepest} at ${Math.round(bottom)})`);
    }
    if (doc.scrollWidth > W + 1) out.push(`page scrolls sideways: ${doc.scrollWidth} px wide in ${W}`);
    // a console may have one tab bar for desks and one for phones: each tab must be shown by one of them
    const shown = new Map<string, boolean>();
    for (const tab of document.querySelectorAll<HTMLElement>("[role=tab]")) {
      if (tab.closest(".seg")) continue; // a form's choice buttons, not the console's tabs
      const r = tab.getBoundingClientRect();
      const label = (tab.textContent ?? "").trim().replace(/\d+$/, ""); // an unread badge is not part of the name
      const visible = r.width > 0 && r.height > 0;
      if (visible && (r.left < 0 || r.right > W + 1 || r.top < 0 || r.bottom > H + 1)) out.push(`tab ${label} off screen at ${Math.round(r.left)},${Math.round(r.top)}`);
      shown.set(label, (shown.get(label) ?? false) || visible);
    }
    // the map's tab is for phones: a desk shows the map beside the other panes at all times (a seat's in its phone
    // tab bar, the director's and evaluators' in their one bar, shown on phones only: newcomer 21 item 3)
    const mapShown = [...document.querySelectorAll<HTMLElement>(".pane-map")].some((m) => m.getBoundingClientRect().width > 0);
    const mapTab = document.querySelector(`[data-testid=ptab-map], [data-testid=tab-map].tab-phone-only`)?.textContent?.trim();
    for (const [label, visible] of shown) if (!visible && !(mapShown && mapTab === label)) out.push(`tab ${label} hidden`);
    for (const row of document.querySelectorAll<HTMLElement>(".duties tr")) {
      const r = row.getBoundingClientRect();
      if (r.width > 0 && r.right > W + 1) out.push(`deadline row runs ${Math.round(r.right - W)} px off the right edge`);
    }
    return out;
  });
}

/** The dispatch form's selects, scrolled just into view one by one: is each the thing a finger on it touches? */
async function coveredSelects(page: Page): Promise<string[]> {
  const tab = page.locator("[data-testid=ptab-units]:visible, [data-testid=tab-units]:visible").first();
  if (await tab.count()) await tab.click();
  const out: string[] = [];
  for (const id of ["dispatch-place", "dispatch-task"]) {
    const sel = page.getByTestId(id);
    if ((await sel.count()) === 0) continue;
    // scrolled from above, so the select comes in at the bottom edge, where a sticky bar sits
    await sel.evaluate((el) => el.scrollIntoView({ block: "end" }));
    const hit = await sel.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top === el || el.contains(top) ? "" : `${top?.tagName.toLowerCase()} "${(top?.textContent ?? "").trim().slice(0, 10)}"`;
    });
    if (hit) out.push(`the ${id} select is covered by ${hit}`);
  }
  return out;
}

/** A paused chemical-leak drill, announced (NONE), without bots: its id and codes. */
async function newDrill(request: APIRequestContext): Promise<{ id: string; codes: { director: string; evaluator: string; observer: string; seats: Record<string, string> } }> {
  const made = await request.post("/api/drills", {
    headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` },
    data: { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true, bots: [] },
  });
  expect(made.status()).toBe(201);
  return made.json();
}

test("every console fits a laptop and a phone: tabs on screen, no blank scroll, no cut rows", async ({ browser, request }) => {
  const d = await newDrill(request);
  // a little history, so the deadline board has rows
  const setup = await directorAfterJumps(browser, d.id, d.codes.director, 3);
  await setup.close();

  const consoles = [
    ["director", d.codes.director, "director-console"],
    ["evaluator", d.codes.evaluator, "evaluator-console"],
    ["seat", d.codes.seats.fire!, "agency-console"],
    ["observer", d.codes.observer, "observer-console"],
  ] as const;
  const problems: string[] = [];
  for (const vp of VIEWPORTS) {
    for (const [who, code, testid] of consoles) {
      const ctx = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, ...(vp.name === "phone" ? { isMobile: true, hasTouch: true } : {}) });
      const page = await ctx.newPage();
      await joinSeat(page, d.id, code, `${who}-${vp.name}`, testid);
      await settled(page);
      await shot(page, `layout-${who}-${vp.width}x${vp.height}`);
      problems.push(...(await misfits(page)).map((p) => `${who} ${vp.width}×${vp.height}: ${p}`));
      // every tab opens a pane that still fits
      for (const tab of await page.locator("[role=tab]:not(.seg [role=tab]):visible").all()) {
        const name = ((await tab.textContent()) ?? "").trim();
        await tab.click({ timeout: 5_000 });
        await settled(page);
        problems.push(...(await misfits(page)).map((p) => `${who} ${vp.width}×${vp.height} [${name}]: ${p}`));
      }
      if (who === "seat") problems.push(...(await coveredSelects(page)).map((p) => `${who} ${vp.width}×${vp.height} [力量]: ${p}`));
      await ctx.close();
    }
  }
  expect(problems).toEqual([]);
});

test("an en-US phone opens the seat console in English, and all five English tabs fit 390 px (review 8 item 12)", async ({ browser, request }) => {
  const d = await newDrill(request);
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "en-US" });
  const page = await ctx.newPage();
  await joinSeat(page, d.id, d.codes.seats.fire!, "fire-en", "agency-console");
  await expect(page.getByTestId("ptab-duties")).toContainText("Deadlines");
  await settled(page);
  await shot(page, "layout-seat-390-en");
  expect(await misfits(page)).toEqual([]);
  const last = await page.getByTestId("ptab-duties").boundingBox();
  expect(last!.x + last!.width).toBeLessThanOrEqual(390);
  await ctx.close();
});

test("the English deadline board reads at 390 px and on a desk: each duty at the row's full width, not a narrow column (newcomer 14)", async ({ browser, request }) => {
  const d = await newDrill(request);
  const problems: string[] = [];
  for (const vp of VIEWPORTS) {
    const ctx = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, locale: "en-US", ...(vp.name === "phone" ? { isMobile: true, hasTouch: true } : {}) });
    const page = await ctx.newPage();
    page.on("dialog", (x) => void x.accept());
    await joinSeat(page, d.id, d.codes.director, `board-${vp.name}`, "director-console");
    // some history: deadlines open, overdue and told by another agency — 30 min, made by the first size's director;
    // the next size reads the same board (another 3 jumps bought it nothing the test reads)
    if (vp === VIEWPORTS[0]) await jump(page, 3);
    const tab = page.locator("[data-testid=ptab-duties]:visible, [data-testid=tab-duties]:visible").first();
    if (await tab.count()) await tab.click();
    await expect(page.locator(".duties tr").first()).toBeVisible();
    await shot(page, `layout-board-en-${vp.width}x${vp.height}`);
    problems.push(...(await page.evaluate(() => {
      const out: string[] = [];
      for (const row of document.querySelectorAll<HTMLElement>(".duties tr")) {
        const r = row.getBoundingClientRect();
        if (r.width === 0) continue;
        const duty = row.querySelector<HTMLElement>("td:nth-child(3)")!.getBoundingClientRect();
        const name = (row.textContent ?? "").trim().slice(0, 40);
        // the duty's text is what a director reads: it gets the row's width, never a column beside the state
        if (duty.width < 0.9 * r.width) out.push(`"${name}": the duty is ${Math.round(duty.width)} px wide in a ${Math.round(r.width)} px row`);
        for (const td of row.querySelectorAll<HTMLElement>("td")) if (td.getBoundingClientRect().right > r.right + 1) out.push(`"${name}": a cell runs past the row`);
      }
      return out;
    })).map((p) => `${vp.width}×${vp.height}: ${p}`));
    await ctx.close();
  }
  expect(problems).toEqual([]);
});

test("the join page fits a phone and a laptop: the join card padded, each bot checkbox level with its own label", async ({ browser }) => {
  const problems: string[] = [];
  for (const vp of VIEWPORTS) {
    const ctx = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, ...(vp.name === "phone" ? { isMobile: true, hasTouch: true } : {}) });
    const page = await ctx.newPage();
    // what the page fetched before a director code is typed: a seat's join page learns no scenario (newcomer 17 item 1)
    const answers: string[] = [];
    page.on("response", (r) => void r.text().then((t) => answers.push(`${r.url()} ${t}`), () => undefined));
    await page.goto("/");
    // 进入席位 with nothing typed says what is missing beside each box (it once did nothing)
    await page.getByTestId("join-submit").click();
    await expect(page.getByTestId("join-code-error")).toHaveText("请填写参演码");
    await page.getByText("导调入口").click();
    await expect(page.getByTestId("scenarios-after-code")).toBeVisible();
    await page.waitForTimeout(500);
    for (const title of ["液氯储罐泄漏", "Liquid-chlorine tank leak", "透水事故", "火灾多部门"]) {
      const hit = answers.find((a) => a.includes(title));
      if (hit) problems.push(`${vp.width}×${vp.height}: before the director code, the page received "${title}" (${hit.slice(0, 60)})`);
    }
    await page.getByTestId("create-form").locator("input[name=directorCode]").fill(E2E_DIRECTOR_CODE);
    await expect(page.getByTestId("create-bots").locator("input").first()).toBeVisible();
    // no agency is a bot unless ticked: the form says so, and one press gives them all to bots (a newcomer trying alone, item 6)
    await expect(page.getByTestId("bots-hint")).toContainText("无人扮演的单位不会行动");
    await page.getByTestId("bots-all").click();
    const boxes = page.getByTestId("create-bots").locator("input[name=bot]");
    expect(await boxes.count()).toBeGreaterThan(5);
    for (const box of await boxes.all()) await expect(box).toBeChecked();
    await page.getByTestId("bots-none").click();
    for (const box of await boxes.all()) await expect(box).not.toBeChecked();
    await page.screenshot({ path: `test-results/screens/layout-join-${vp.width}x${vp.height}.png`, fullPage: true });
    problems.push(...(await page.evaluate(() => {
      const out: string[] = [];
      if (document.scrollingElement!.scrollWidth > innerWidth + 1) out.push(`page scrolls sideways: ${document.scrollingElement!.scrollWidth} px`);
      // the join card: its fields sit inside its border, not on it
      const card = document.querySelector<HTMLElement>("[data-testid=join-form]")!.getBoundingClientRect();
      const code = document.querySelector<HTMLElement>("[data-testid=join-code]")!.getBoundingClientRect();
      if (code.left - card.left < 8 || card.right - code.right < 8) out.push(`join card: the code box is ${Math.round(code.left - card.left)} px from its left edge, ${Math.round(card.right - code.right)} px from its right`);
      // each checkbox: full size, level with its label's first line, and clear of the label before it
      const boxes = [...document.querySelectorAll<HTMLInputElement>("[data-testid=create-form] input[type=checkbox]")];
      let before: DOMRect | undefined;
      for (const box of boxes) {
        const b = box.getBoundingClientRect();
        const label = box.closest("label")!;
        const range = document.createRange();
        range.selectNodeContents(label);
        const line = [...range.getClientRects()].find((r) => r.left >= b.right - 1 && r.width > 0);
        const name = (label.textContent ?? "").trim().slice(0, 12);
        if (b.width < 20 || b.height < 20) out.push(`checkbox ${name} shrank to ${Math.round(b.width)}×${Math.round(b.height)}`);
        if (line && Math.abs(b.top + b.height / 2 - (line.top + line.height / 2)) > 4) out.push(`checkbox ${name} is ${Math.round(b.top + b.height / 2 - (line.top + line.height / 2))} px off its label's line`);
        const mid = b.top + b.height / 2;
        if (before && before.top <= mid && mid <= before.bottom && b.left > before.left && b.left - before.right < 8) out.push(`checkbox ${name} touches the label before it (${Math.round(b.left - before.right)} px)`);
        before = label.getBoundingClientRect();
      }
      return out;
    })).map((p) => `${vp.width}×${vp.height}: ${p}`));
    await ctx.close();
  }
  expect(problems).toEqual([]);
});

test("after the end every console says 演练已结束 with the time, links only what that role may open, and still fits", async ({ browser, request }) => {
  const d = await newDrill(request);
  // the consoles are open when the director ends the drill (a seat's code cannot open one afterwards)
  const open = [
    ["director", d.codes.director, "director-console", VIEWPORTS[0]],
    ["seat", d.codes.seats.fire!, "agency-console", VIEWPORTS[1]],
    ["seat", d.codes.seats.eb!, "agency-console", VIEWPORTS[0]],
    ["evaluator", d.codes.evaluator, "evaluator-console", VIEWPORTS[1]],
    ["observer", d.codes.observer, "observer-console", VIEWPORTS[1]],
  ] as const;
  const pages: Array<{ who: string; vp: (typeof VIEWPORTS)[number]; page: Page }> = [];
  for (const [who, code, testid, vp] of open) {
    const ctx = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, ...(vp.name === "phone" ? { isMobile: true, hasTouch: true } : {}) });
    const page = await ctx.newPage();
    page.on("dialog", (x) => void x.accept());
    await joinSeat(page, d.id, code, `${who}-${vp.name}`, testid);
    pages.push({ who, vp, page });
  }
  const director = pages[0]!.page;
  await director.getByTestId("end").click();
  const problems: string[] = [];
  for (const { who, vp, page } of pages) {
    const where = `${who} ${vp.width}×${vp.height}`;
    await expect(page.getByTestId("ended-banner"), where).toHaveText(/演练已结束/);
    await expect(page.getByTestId("ended-at"), where).toContainText(/结束于 \d\d:\d\d:\d\d/);
    // the report holds the ground truth and every agency's traffic: its route answers director and evaluator codes only
    await expect(page.getByTestId("report-link"), where).toHaveCount(who === "director" || who === "evaluator" ? 1 : 0);
    await expect(page.getByTestId("replay-link"), where).toBeVisible();
    if (who === "seat") {
      await expect(page.getByTestId("report-for-control")).toContainText("评估报告由导调和评估人员查阅");
      // the forms are still there to read, disabled, with the reason
      await page.locator("[data-testid=ptab-compose]:visible, [data-testid=tab-compose]:visible").first().click();
      await expect(page.getByTestId("forms-off")).toContainText("演练已结束");
      await expect(page.getByTestId("send-report")).toBeDisabled();
      // nothing waits for this seat any more: no unread or open-duty counts on its tabs
      await expect(page.locator("[role=tab]:visible .badge")).toHaveCount(0);
    }
    await settled(page);
    await shot(page, `layout-ended-${who}-${vp.width}x${vp.height}`);
    problems.push(...(await misfits(page)).map((p) => `${where}: ${p}`));
    // in English too, and it still fits
    await page.getByRole("button", { name: "English" }).first().click();
    await expect(page.getByTestId("ended-banner"), where).toHaveText(/The drill has ended/);
    problems.push(...(await misfits(page)).map((p) => `${where} (en): ${p}`));
  }
  await Promise.all(pages.map((p) => p.page.context().close()));
  expect(problems).toEqual([]);
});

// newcomer trial 17 item 4: on the English home the 中文 switch was squeezed by the title and wrapped, 中 above 文
test("the English home's 中文 switch reads on one line, on a phone and a desk", async ({ browser }) => {
  const problems: string[] = [];
  for (const vp of VIEWPORTS) {
    const ctx = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, locale: "en-US", ...(vp.name === "phone" ? { isMobile: true, hasTouch: true } : {}) });
    const page = await ctx.newPage();
    await page.goto("/");
    const sw = page.getByTestId("lang-switch");
    await expect(sw).toHaveText("中文");
    await page.locator("header.join-head").screenshot({ path: `test-results/screens/join-head-en-${vp.width}x${vp.height}.png` });
    // the lines its text takes: one
    const lines = await sw.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    });
    if (lines !== 1) problems.push(`${vp.width}×${vp.height}: 中文 takes ${lines} lines`);
    await ctx.close();
  }
  expect(problems).toEqual([]);
});
