// @vitest-environment happy-dom
/**
 * A double click on the director's 结束演练 asked "确定结束本次演练吗？" twice and sent the end twice (newcomer round 28:
 * two confirmation dialogs, one after the other, in the browser). Now the end is asked and sent once; if the server
 * refuses it, the director may end again.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { answered } from "../../client/net/drafts.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, mount, settle, state } from "./forms-dom.ts";

afterEach(() => vi.unstubAllGlobals());

describe("结束演练 is asked and sent once", () => {
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
});
