// @vitest-environment happy-dom
/**
 * The director's 席位 tab (newcomer 22 #12): a seat a bot plays is being played, so it shows
 * 「● 机器人」 (green), not 「○ 离线」, though no person is connected to it. A person seat nobody
 * holds still reads 「○ 离线」, one a person holds 「● 在线」.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import type { ConsoleModel } from "../../client/model/console.ts";
import { runPlay } from "../helpers.ts";
import { chem, panel, settle } from "./forms-dom.ts";

type Props = { model: ConsoleModel; control?: (type: string, body: unknown) => Promise<unknown> };
const SeatsPanel = await panel<Props>("DirectorPanels.tsx", "SeatsPanel");
const control = () => Promise.resolve({});

describe("the seats tab: who plays each seat", () => {
  it("a bot seat reads ● 机器人; an empty person seat ○ 离线; a held one ● 在线", async () => {
    const state = runPlay(chem, [], 7, 5 * 60_000).state;
    const model = consoleModel(chem, state, "director");
    model.seats = [
      { seat: "fire", kind: "seat", people: [], bot: true },
      { seat: "police", kind: "seat", people: [], bot: false },
      { seat: "health", kind: "seat", people: ["张三"], bot: false },
    ];
    const root = document.createElement("div");
    render(h(SeatsPanel, { model, control }), root);
    await settle();
    const status = (seat: string) => root.querySelector(`[data-seat="${seat}"] [data-testid="seat-status"]`);
    expect(status("fire")?.textContent).toBe("● 机器人");
    expect(status("fire")?.className).toContain("chip-ok");
    expect(root.querySelector('[data-seat="fire"]')?.textContent).not.toContain("离线");
    expect(status("police")?.textContent).toBe("○ 离线");
    expect(status("health")?.textContent).toBe("● 在线");
  });
});
