// @vitest-environment happy-dom
/**
 * `/replay/<id>` opened without a code (newcomer trial item 3): it showed only 出错了：演练源数据需要导调码或评估码…,
 * a dead end in developer wording. Now it asks for the code in the report page's form (Chinese first, English
 * too), says in the user's words what the replay needs, gives the server's reason under the field when a code is
 * refused, and loads the replay once one is accepted.
 */
import { readFileSync } from "node:fs";
import { h, render, type ComponentType } from "preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { openPage, settle, submitCode, type } from "./forms-dom.ts";

// the map draws with Phaser on a canvas happy-dom has not: the page's code form is under test, not the map
vi.mock("../../client/map/MapView.tsx", () => ({ MapView: () => null }));

// the page is .tsx: vitest loads it, the root tsc need not (forms-dom.ts `panel`)
const PAGE = "../../client/pages/ReplayPage.tsx";
const { ReplayPage } = (await import(/* @vite-ignore */ PAGE)) as { ReplayPage: ComponentType<{ drillId: string }> };

const GOOD = "EVAL-1234";
const zhCatalogue = JSON.parse(readFileSync("i18n/zh-CN.json", "utf8")) as { apiError: Record<string, string> };
const enCatalogue = JSON.parse(readFileSync("i18n/en.json", "utf8")) as { apiError: Record<string, string> };
// the drill's sources (server/http/seat-routes.ts): a scenario with an empty log, stopped at T+00:01:00
const SOURCES = {
  scenarioId: "chemical-leak", scenario: readFileSync("scenarios/chemical-leak.yaml", "utf8"),
  rulesId: "county-default", rules: readFileSync("scenarios/rules/county-default.yaml", "utf8"),
  log: "scenario: chemical-leak\nseed: 7\ncommands: []\n", clockMs: 60_000, stateHash: "server-hash",
};
let sources = SOURCES;

let fetched: string[] = [];
beforeEach(() => {
  sessionStorage.clear();
  fetched = [];
  sources = SOURCES;
  // the server: the sources for the evaluator's code, 401 with its reason otherwise, in the page's language
  vi.stubGlobal("fetch", vi.fn(async (url: string, init?: RequestInit) => {
    fetched.push(url);
    const headers = init?.headers as Record<string, string> | undefined;
    const reason = (headers?.["accept-language"] ?? "zh").startsWith("en") ? enCatalogue.apiError.sourcesNeedCode : zhCatalogue.apiError.sourcesNeedCode;
    return headers?.authorization === `Bearer ${GOOD}` ? new Response(JSON.stringify(sources), { status: 200 }) : new Response(JSON.stringify({ error: reason }), { status: 401 });
  }));
});
afterEach(() => vi.unstubAllGlobals());

const open = (): Promise<HTMLElement> => openPage(ReplayPage);

const submit = (root: HTMLElement): Promise<void> => submitCode(root, "replay-code-form");

describe("the replay page without a code", () => {
  it("asks for the code (zh), says why a wrong one is refused, and opens the replay with the right one", async () => {
    setLang("zh");
    const root = await open();
    const form = root.querySelector('[data-testid="replay-code-form"]');
    expect(form?.textContent).toContain("回放需要本次演练的导调码或评估码；演练结束后，任一参演码均可");
    expect(root.textContent).not.toContain("源数据");
    expect(root.querySelector('[data-testid="replay-code-error"]')).toBeNull();
    type(root.querySelector('[data-testid="replay-code"]') as HTMLInputElement, "WRONG");
    await submit(root);
    expect(root.querySelector('[data-testid="replay-code-error"]')?.textContent).toBe("此码不能打开回放：回放需要导调码或评估码；演练结束后，任一参演码均可");
    type(root.querySelector('[data-testid="replay-code"]') as HTMLInputElement, GOOD);
    await submit(root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="replay"]')).not.toBeNull(), { timeout: 5_000 });
    expect(root.querySelector('[data-testid="replay-code-form"]')).toBeNull();
    expect(root.querySelector('[data-testid="hash-server"]')?.textContent).toBe("server-hash");
    expect(fetched.filter((u) => u.endsWith("/api/drills/d1/sources"))).toHaveLength(3);
  });

  it("in English too", async () => {
    setLang("en");
    const root = await open();
    expect(root.querySelector('[data-testid="replay-code-form"]')?.textContent).toContain("The replay needs this drill's director code or an evaluator code; once the drill has ended, any of its codes will do.");
    expect(root.querySelector('[data-testid="replay-code-submit"]')?.textContent).toBe("Open the replay");
    setLang("zh");
  });
});

// newcomer trial item 1: the drill stopped at T+00:33:45; the slider's one-minute step kept End at T+00:33:00
describe("the replay page's time slider", () => {
  it("its far end is the drill's end, T+00:33:45, and End can reach it", async () => {
    // the director ended it at 00:33:44: the server records its clock after that tick, 00:33:45 (live/drill.ts
    // persist: state.tMs), and the replay runs to the same clock (Replay.finish, as engine/replay.ts run)
    sources = { ...SOURCES, clockMs: 2_025_000 };
    sessionStorage.setItem("lianyan.join.d1", JSON.stringify({ code: GOOD, name: "" }));
    const root = await open();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="scrub"]')).not.toBeNull(), { timeout: 5_000 });
    const scrub = root.querySelector<HTMLInputElement>('[data-testid="scrub"]')!;
    const [min, max, step] = [Number(scrub.min), Number(scrub.max), Number(scrub.step)];
    expect(max).toBe(2_025_000);
    // a range input holds only min + k·step: End puts it on the last of these
    expect(min + Math.floor((max - min) / step) * step).toBe(2_025_000);
  });
});
