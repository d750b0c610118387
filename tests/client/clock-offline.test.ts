// @vitest-environment happy-dom
/**
 * Newcomer 21 item 4: with the server down the header still read ▶ 运行中 / ▶ Running, the last state heard, beside
 * the banner saying the connection was lost. Cut off, the page cannot know whether the drill runs or was paused, so
 * the chip says the connection's state; an ended drill stays ended (that cannot change).
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import type { ConsoleModel } from "../../client/model/console.ts";
import { chem, panel, settle, state } from "./forms-dom.ts";

const ClockBar = await panel<Record<string, unknown>>("ClockBar.tsx", "ClockBar");
afterEach(() => setLang("zh"));

async function chip(model: ConsoleModel, connection: string): Promise<string> {
  const root = document.createElement("div");
  render(h(ClockBar, { model, connection, outbox: 0, seatLabel: "消防" }), root);
  await settle();
  return root.querySelector("[data-testid=clock-state]")!.textContent!;
}

describe("the header's state chip", () => {
  const running = { ...consoleModel(chem, state, "fire"), paused: false, ended: false };

  it("reads 进行中 online, 未连接 (not ▶ 进行中) offline or reconnecting, and Not connected in English", async () => {
    expect(await chip(running, "online")).toBe("▶ 进行中");
    expect(await chip(running, "offline")).toBe("⚠ 未连接");
    expect(await chip({ ...running, paused: true }, "connecting")).toBe("⚠ 未连接");
    setLang("en");
    expect(await chip(running, "offline")).toBe("⚠ Not connected");
  });

  it("a seat on standby reads 未连接 offline too, and an ended drill stays ended", async () => {
    expect(await chip({ ...running, standby: true }, "offline")).toBe("⚠ 未连接");
    // the same words before the start and after it: a standby seat may not learn whether the drill runs (round 31)
    expect(await chip({ ...running, standby: true }, "online")).toBe("待命：等待接报");
    expect(await chip({ ...running, standby: true, paused: true, tMs: 0 }, "online")).toBe("待命：等待接报");
    expect(await chip({ ...running, ended: true }, "offline")).toBe("‖ 演练已结束");
  });
});
