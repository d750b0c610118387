// @vitest-environment happy-dom
/**
 * The report page's own words follow the report's language switch (newcomer 20 item 5: after 中文 → English in the
 * report, the page's 回放 link stayed Chinese). The report (an iframe) tells the page its language when switched
 * (cli/report/report-client.js posts { lianyanReportLang }); the page's link then reads Replay, and 回放 again on 中文.
 */
import type { ComponentType } from "preact";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { openPage, settle } from "./forms-dom.ts";

const PAGE = "../../client/pages/ReportPage.tsx";
const { ReportPage } = (await import(/* @vite-ignore */ PAGE)) as { ReportPage: ComponentType<{ drillId: string }> };

beforeEach(() => {
  sessionStorage.setItem("lianyan.code.d1", "EVAL-1");
  vi.stubGlobal("fetch", vi.fn(async () => new Response("<html><body>演练评估报告</body></html>", { status: 200 })));
});
afterEach(() => vi.unstubAllGlobals());

const link = (root: HTMLElement) => root.querySelector("nav.bar a")!.textContent;
const told = async (l: string) => (window.dispatchEvent(new MessageEvent("message", { data: { lianyanReportLang: l } })), await settle());

describe("the report page follows the report's language", () => {
  it("the report's script tells its parent page the language it switched to", () => {
    expect(readFileSync("cli/report/report-client.js", "utf8")).toMatch(/parent\.postMessage\(\{ lianyanReportLang: l \}/);
  });

  it("回放 becomes Replay when the report switches to English, and back", async () => {
    setLang("zh");
    const root = await openPage(ReportPage);
    await settle();
    expect(link(root)).toBe("回放");
    await told("en");
    expect(link(root)).toBe("Replay");
    await told("zh");
    expect(link(root)).toBe("回放");
    // anything else posted to the page changes nothing
    await told("fr");
    expect(link(root)).toBe("回放");
  });
});
