// @vitest-environment happy-dom
/**
 * Round 22 item 5: after a server stop the director is told where the drill resumed and how much drill time at most
 * was lost (server/live/clock-keep.ts recoveryNote, carried on the director's welcome). The chemical leak starts at
 * 09:20 (scenarios/chemical-leak.yaml clock.start): resumed at 600 000 ms = 09:30:00; at 10× the bound is 6 000 ms,
 * so 09:30:06 at most, about 6 s.
 */
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { chem, mount, state } from "./forms-dom.ts";

afterEach(() => setLang("zh"));

const note = (lost: number, running: boolean) => ({ ...consoleModel(chem, state, "director"), recovered: { atMs: 600_000, keptMs: 600_000, lastCommandMs: 590_000, wasRunning: running, speed: 10, lostAtMostMs: lost } });

describe("the director's note after a recovery", () => {
  it("says where the drill resumed and at most how much drill time was lost", async () => {
    const root = await mount("DirectorPanels.tsx", "RecoveredNote", { model: note(6_000, true) });
    const text = root.querySelector('[data-testid="recovered"]')!.textContent!;
    expect(text).toContain("暂停在 09:30:00");
    expect(text).toContain("10×");
    expect(text).toContain("至多已走到 09:30:06");
    expect(text).toContain("约 6 秒");
  });

  it("says nothing was lost when the clock was paused, in English too", async () => {
    setLang("en");
    const root = await mount("DirectorPanels.tsx", "RecoveredNote", { model: note(0, false) });
    const text = root.querySelector('[data-testid="recovered"]')!.textContent!;
    expect(text).toContain("paused at 09:30:00");
    expect(text).toContain("no drill time was lost");
  });

  it("also tells an earlier recovery the director has not seen (the server stopped twice before a director joined)", async () => {
    // the first stop ran at 10×: resumed 09:30:00 (600 000 ms), at most 6 s lost (up to 09:30:06); the second found the
    // clock paused there: nothing lost — the first's loss must still be told
    const earlier = { atMs: 600_000, keptMs: 600_000, lastCommandMs: -1, wasRunning: true, speed: 10, lostAtMostMs: 6_000 };
    const model = { ...note(0, false), earlierRecoveries: [earlier] };
    const root = await mount("DirectorPanels.tsx", "RecoveredNote", { model });
    const text = root.querySelector('[data-testid="recovered"]')!.textContent!;
    expect(text).toContain("中断时时钟已暂停");
    expect(root.querySelectorAll('[data-testid="recovered-earlier"]')).toHaveLength(1);
    expect(text).toContain("此前服务器还曾中断一次，演练当时恢复在 09:30:00");
    expect(text).toContain("至多已走到 09:30:06");
  });

  it("goes once the drill runs on past where it resumed, and closes by its button (newcomer 23 item 6)", async () => {
    // resumed at 600 000 ms: the director's clock at 600 001 ms means the drill went on
    const on = await mount("DirectorPanels.tsx", "RecoveredNote", { model: { ...note(6_000, true), tMs: 600_001 } });
    expect(on.querySelector('[data-testid="recovered"]')).toBeNull();
    const root = await mount("DirectorPanels.tsx", "RecoveredNote", { model: { ...note(6_000, true), tMs: 600_000 } });
    expect(root.querySelector('[data-testid="recovered"]')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('[data-testid="recovered-close"]')!.click();
    await new Promise((r) => setTimeout(r, 30));
    expect(root.querySelector('[data-testid="recovered"]')).toBeNull();
  });
});
