// @vitest-environment happy-dom
/**
 * `/report/<id>` opened without an access code (newcomer trial item 14): the server answers 401, and the page
 * asks for the director's or evaluator's code in a field (Chinese first, English too) instead of showing a bare
 * error with nowhere to type; a refused code says the server's reason under the field; an accepted one shows
 * the report. A join-page error left in this tab by an earlier page (lianyan.joinError) is cleared on opening.
 */
import { h, render, type ComponentType } from "preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { openPage, settle, submitCode, type } from "./forms-dom.ts";

// the page is .tsx: vitest loads it, the root tsc need not (forms-dom.ts `panel`)
const PAGE = "../../client/pages/ReportPage.tsx";
const { ReportPage } = (await import(/* @vite-ignore */ PAGE)) as { ReportPage: ComponentType<{ drillId: string }> };

const GOOD = "EVAL-1234";
const REPORT = "<html><body>演练评估报告</body></html>";

beforeEach(() => {
  sessionStorage.clear();
  // the server: the report for the evaluator's code, 401 with its reason otherwise (server/http/routes.ts)
  vi.stubGlobal("fetch", vi.fn(async (_url: string, init?: RequestInit) => {
    const auth = (init?.headers as Record<string, string> | undefined)?.authorization;
    return auth === `Bearer ${GOOD}` ? new Response(REPORT, { status: 200 }) : new Response(JSON.stringify({ error: "评估报告需要导调码或评估码" }), { status: 401 });
  }));
});
afterEach(() => vi.unstubAllGlobals());

const open = (): Promise<HTMLElement> => openPage(ReportPage);

const submit = (root: HTMLElement): Promise<void> => submitCode(root, "report-code-form");

describe("the report page without a code", () => {
  it("asks for the code in a field (zh), says why a wrong one is refused, and shows the report for the right one", async () => {
    setLang("zh");
    sessionStorage.setItem("lianyan.joinError", "此参演码已被收回");
    const root = await open();
    expect(sessionStorage.getItem("lianyan.joinError")).toBeNull();
    expect(root.textContent).not.toContain("此参演码已被收回");
    const form = root.querySelector('[data-testid="report-code-form"]')!;
    // the director's code is 导调码 here as everywhere else (newcomer 17 item 5: it said 总导演…访问码)
    expect(form.textContent).toContain("本次演练的导调码或评估码");
    expect(form.textContent).not.toMatch(/总导演|访问码/);
    expect(root.querySelector('[data-testid="report-code-error"]')).toBeNull();
    type(root.querySelector('[data-testid="report-code"]') as HTMLInputElement, "WRONG");
    await submit(root);
    await settle();
    expect(root.querySelector('[data-testid="report-code-error"]')?.textContent).toBe("此码不能查看报告：评估报告需要导调码或评估码");
    type(root.querySelector('[data-testid="report-code"]') as HTMLInputElement, GOOD);
    await submit(root);
    await settle();
    expect(root.querySelector('[data-testid="report-frame"]')?.getAttribute("srcdoc")).toBe(REPORT);
  });

  it("in English too", async () => {
    setLang("en");
    const root = await open();
    expect(root.querySelector('[data-testid="report-code-form"]')?.textContent).toContain("this drill's director code or an evaluator code");
    expect(root.querySelector('[data-testid="report-code-form"]')?.textContent).not.toMatch(/access code/i);
    expect(root.querySelector('[data-testid="report-code-submit"]')?.textContent).toBe("Open the report");
    setLang("zh");
  });
});

// one name for each code wherever the consoles speak (newcomer 17 item 5): 导调码 / director code, never 总导演 or 访问码 / access code
describe("the codes' names", () => {
  it("no string of either catalogue calls the director's code anything but 导调码 / director code", async () => {
    const { zh } = await import("../../client/i18n/zh.ts");
    const { en } = await import("../../client/i18n/en.ts");
    expect(JSON.stringify(zh)).not.toMatch(/总导演|访问码/);
    expect(JSON.stringify(en)).not.toMatch(/access code/i);
  });
});
