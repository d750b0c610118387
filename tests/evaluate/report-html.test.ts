/**
 * The standalone HTML 演练评估报告 in a real Chromium (playwright-core): it opens offline with no
 * console errors, its four charts draw, the English switch works, every evidence link lands on
 * a timeline row, and Chromium prints it to PDF. Chromium is required: without it this fails
 * with a message saying how to install it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../cli/report/html.ts";
import { renderPdf } from "../../cli/report/pdf.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { launchChromium } from "../support/chromium.ts";
import { drill } from "./fixtures.ts";

const CHARTS = ["chart-obligations", "chart-linkage", "chart-units", "chart-outcomes"];

describe("the HTML evaluation report of the poor chemical-leak play", () => {
  const { c, report } = drill("chemical-leak", "poor");
  const html = renderHtml(wordReport(c, report), "zh");
  const file = join(mkdtempSync(join(tmpdir(), "report-")), "report.html");
  writeFileSync(file, html);
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (window as unknown as { __reportReady?: boolean }).__reportReady === true, undefined, { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("opens with no console errors or warnings and loads nothing from the network", () => {
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("file://") && !u.startsWith("data:"))).toEqual([]);
  });

  it("is in Chinese, structured as an 演练评估报告 in five parts, with the score", async () => {
    const headings = await page.locator("h2:visible").allInnerTexts();
    expect(headings.slice(0, 5)).toEqual(["一、演练概况", "二、评估内容与方法", "三、发现的问题", "四、经验与不足", "五、改进建议"]);
    expect(await page.getByTestId("score").innerText()).toBe(String(report.score));
  });

  it("draws all four charts: SVG with marks and time-axis labels", async () => {
    for (const id of CHARTS) {
      const marks = await page.locator(`#${id} svg path`).count();
      expect(marks, id).toBeGreaterThan(20);
      const labels = await page.locator(`#${id} svg text`).allTextContents();
      expect(labels, id).toContain("09:20");
    }
    const linkage = await page.locator("#chart-linkage svg text").allTextContents();
    expect(linkage).toContain("市生态环境局临江分局");
  });

  it("switches to English, text and charts alike", async () => {
    await page.click('[data-set-lang="en"]');
    expect(await page.locator("h1").innerText()).toBe("Drill evaluation report");
    expect(await page.locator("h2:visible").first().innerText()).toBe("1. Drill overview");
    const titles = await page.locator("#chart-outcomes svg text").allTextContents();
    expect(titles).toContain("Casualties and exposure over time");
    expect(problems).toEqual([]);
    await page.click('[data-set-lang="zh"]');
    expect(await page.locator("h1").innerText()).toBe("演练评估报告");
  });

  it("links every finding's evidence to a row of the timeline, and every finding has its anchor", async () => {
    const missing = await page.evaluate(() =>
      Array.from(document.querySelectorAll('a[href^="#"]'))
        .map((a) => a.getAttribute("href")!.slice(1))
        .filter((id) => !document.getElementById(id)),
    );
    expect(missing).toEqual([]);
    for (const f of report.findings) expect(await page.locator(`[id="${f.id}"]`).count(), f.id).toBe(1);
  });

  it("prints to a PDF with Chromium", async () => {
    const pdf = await renderPdf(html);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(100_000);
  });
});
