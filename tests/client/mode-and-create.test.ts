// @vitest-environment happy-dom
/**
 * Newcomer report 16: (1) on a phone the seat's top bar was one line cut with "…", and the drill
 * mode (公开演练 / 双盲演练) went with it: the mode is its own badge beside the clock's, outside the
 * seat label that may truncate. (2) The create-drill form said only 演练设置有误: the refusal now
 * carries the server's reasons (field and what it expects); speed 0.5 is allowed by the input and
 * speed 0 goes to the server (to be refused with its reason), not silently 1×. (3) The report's
 * 演练形式 names each mode as the consoles do: an open drill is 公开演练 (it read 明示演练).
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { chem, panel, settle, state } from "./forms-dom.ts";
import { api, refusal } from "../../client/net/api.ts";
import { NEW_DRILL_DEFAULTS, newDrillBody } from "../../client/model/new-drill.ts";
import { BLINDNESS_TEXT } from "../../cli/report/text.ts";
import { zh } from "../../client/i18n/zh.ts";
import { en } from "../../client/i18n/en.ts";

const ClockBar = await panel<Record<string, unknown>>("ClockBar.tsx", "ClockBar");

describe("the top bar keeps the drill mode visible", () => {
  it("the mode is a badge of its own, not inside the seat label that truncates with …", async () => {
    const root = document.createElement("div");
    document.body.append(root);
    render(h(ClockBar, { model: consoleModel(chem, state, "health"), connection: "online", outbox: 0, seatLabel: "临江县卫生健康局（县急救中心120）" }), root);
    await settle();
    const mode = root.querySelector<HTMLElement>("[data-testid=drill-mode]")!;
    expect(mode).not.toBeNull();
    expect(mode.textContent).toMatch(/演练|Announced|blind/);
    expect(root.querySelector("[data-testid=seat-label]")!.contains(mode)).toBe(false);
    expect(mode.classList.contains("chip")).toBe(true);
    render(null, root);
    root.remove();
  });
});

describe("a refused creation says why", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("the server's reasons follow 演练设置有误", () => {
    expect(refusal({ error: "演练设置有误", problems: ["seed：应 ≥ 0（收到 -5）", "speed：应 ≤ 60（收到 100）"] })).toBe("演练设置有误：seed：应 ≥ 0（收到 -5）；speed：应 ≤ 60（收到 100）");
    expect(refusal({ error: "导调码不正确" })).toBe("导调码不正确");
  });

  it("api.createDrill throws the error with the server's reasons", async () => {
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify({ error: "演练设置有误", problems: ["seed：应 ≥ 0（收到 -5）"] }), { status: 400 }));
    await expect(api.createDrill("D", newDrillBody({ ...NEW_DRILL_DEFAULTS, scenario: "chemical-leak", seed: "-5" }))).rejects.toThrow("演练设置有误：seed：应 ≥ 0（收到 -5）");
  });

  it("speed 0.5 is sent as 0.5, speed 0 as 0 (for the server to refuse), blank as 1", () => {
    expect(newDrillBody({ ...NEW_DRILL_DEFAULTS, scenario: "x", speed: "0.5" }).speed).toBe(0.5);
    expect(newDrillBody({ ...NEW_DRILL_DEFAULTS, scenario: "x", speed: "0" }).speed).toBe(0);
    expect(newDrillBody({ ...NEW_DRILL_DEFAULTS, scenario: "x", speed: "" }).speed).toBe(1);
  });
});

describe("the report names the drill mode as the consoles do", () => {
  it("公开演练 / Announced, and the blind modes alike", () => {
    expect(BLINDNESS_TEXT.NONE).toEqual({ zh: "公开演练", en: "Announced" });
    for (const k of ["NONE", "SINGLE_BLIND", "DOUBLE_BLIND"] as const) expect(BLINDNESS_TEXT[k]).toEqual({ zh: zh.blindness[k], en: en.blindness[k] });
  });
});
