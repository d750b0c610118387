// @vitest-environment happy-dom
/**
 * The director's 席位 tab (newcomer review 7, P5): while the drill runs every agency seat offers
 * 切换为机器人 and 收回并重新发码; once it has ended neither is offered (the server refuses both as
 * 演练已结束) and the tab says why.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import type { ConsoleModel } from "../../client/model/console.ts";
import { cmd, runPlay } from "../helpers.ts";
import { chem, panel, settle } from "./forms-dom.ts";

type Props = { model: ConsoleModel; control?: (type: string, body: unknown) => Promise<unknown> };
const SeatsPanel = await panel<Props>("DirectorPanels.tsx", "SeatsPanel");
const control = () => Promise.resolve({});

async function seatsTab(ended: boolean): Promise<HTMLElement> {
  const play = ended ? [cmd("00:30:00", "director", { type: "end" }, 1)] : [];
  const state = runPlay(chem, play, 7, 31 * 60_000).state;
  expect(state.ended).toBe(ended);
  const root = document.createElement("div");
  render(h(SeatsPanel, { model: consoleModel(chem, state, "director"), control }), root);
  await settle();
  return root;
}

describe("the seats tab", () => {
  it("while the drill runs: each person seat offers 切换为机器人 and 收回并重新发码", async () => {
    const root = await seatsTab(false);
    expect(root.querySelector('[data-testid="mode-fire"]')?.textContent).toBe("切换为机器人");
    expect(root.querySelector('[data-testid="reissue-fire"]')?.textContent).toBe("收回并重新发码");
    expect(root.querySelector('[data-testid="seats-ended"]')).toBeNull();
  });

  it("after the end: neither is offered on any seat, and the tab says the drill has ended", async () => {
    const root = await seatsTab(true);
    expect(root.querySelectorAll('[data-testid="seat"]').length).toBeGreaterThan(0);
    expect(root.querySelectorAll("button")).toHaveLength(0);
    expect(root.querySelector('[data-testid="mode-fire"]')).toBeNull();
    expect(root.querySelector('[data-testid="reissue-fire"]')).toBeNull();
    expect(root.querySelector('[data-testid="seats-ended"]')?.textContent).toContain("演练已结束");
  });
});
