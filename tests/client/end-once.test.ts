// @vitest-environment happy-dom
/**
 * A double click on the director's 结束演练 asked "确定结束本次演练吗？" twice and sent the end twice, and one on a
 * scripted inject's 立即注入 logged injectNow twice (newcomer round 28, the drill's log: injectNow
 * inj-04-villager-110 as seq 2 and 3, end as seq 4 and 5). Now each is sent once; if the server refuses it, the
 * director may send it again.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { answered } from "../../client/net/drafts.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, mount, settle, state } from "./forms-dom.ts";

afterEach(() => vi.unstubAllGlobals());

describe("结束演练 and 立即注入 are sent once", () => {
  it("a double click: one question, one end; refused, the next click asks again", async () => {
    const asked = vi.fn(() => true);
    vi.stubGlobal("confirm", asked);
    const sent: OutCommand[] = [];
    const model = { ...consoleModel(chem, state, "director"), paused: false, ended: false };
    const root = await mount("DirectorPanels.tsx", "ClockControls", { model, control: async () => ({}), send: (c: OutCommand) => (sent.push(c), `end${sent.length}`) });
    const end = root.querySelector<HTMLButtonElement>("[data-testid=end]")!;
    end.click();
    await settle();
    end.click();
    await settle();
    expect(asked).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([{ type: "end" }]);
    answered("end1", { code: "internal", reason: "服务器内部错误" });
    await settle();
    end.click();
    await settle();
    expect(asked).toHaveBeenCalledTimes(2);
    expect(sent).toHaveLength(2);
  });

  it("立即注入 double-clicked: one injectNow, the button greyed; refused, it fires again", async () => {
    const sent: OutCommand[] = [];
    const model = consoleModel(chem, state, "director");
    const inject = (model.injects ?? []).find((i) => !i.fired)!;
    const root = await mount("DirectorPanels.tsx", "InjectPanel", { model, send: (c: OutCommand) => (sent.push(c), `inj${sent.length}`) });
    const fire = () => root.querySelector<HTMLButtonElement>(`[data-testid="fire-${inject.id}"]`)!;
    fire().click();
    fire().click();
    await settle();
    fire().click();
    await settle();
    expect(sent).toEqual([{ type: "injectNow", inject: inject.id }]);
    expect(fire().disabled).toBe(true);
    answered("inj1", { code: "internal", reason: "服务器内部错误" });
    await settle();
    expect(fire().disabled).toBe(false);
    fire().click();
    await settle();
    expect(sent).toHaveLength(2);
  });
});
