// @vitest-environment happy-dom
/**
 * The enterprise's 启动本单位应急预案 reads so in its command log (newcomer 23 item 12: listed as 启动应急响应 ✔ 已记录 #26,
 * the county's wording, 38-ent-state.png). The seat sends `activateResponse` (engine/commands/apply.ts makes a site
 * owner's an own-plan activation); its measures tab already said 启动本单位应急预案. The county's bureau keeps 启动应急响应.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { startsOwnPlan } from "../../client/model/console.ts";
import type { CommandEntry } from "../../client/net/session.ts";
import { compiled, runPlay } from "../helpers.ts";
import { panel, settle } from "./forms-dom.ts";

const chem = compiled("chemical-leak");
const state = runPlay(chem, [], 7, 60_000).state;
const entry = { id: "c1", createdAt: 0, command: { type: "activateResponse", level: 2 }, status: { state: "acked", seq: 26 } } as unknown as CommandEntry;

async function log(role: string): Promise<string[]> {
  const CommandLog = await panel<Record<string, unknown>>("CommandLog.tsx", "CommandLog");
  const LatestCommand = await panel<Record<string, unknown>>("CommandLog.tsx", "LatestCommand");
  const m = consoleModel(chem, state, role);
  const root = document.createElement("div");
  render(h("div", null, h(LatestCommand, { commands: [entry], ownPlan: startsOwnPlan(m) }), h(CommandLog, { commands: [entry], ownPlan: startsOwnPlan(m) })), root);
  await settle();
  return [...root.querySelectorAll(".cmd-what")].map((e) => e.textContent!);
}

describe("an activation in the command log", () => {
  it("the enterprise's reads 启动本单位应急预案, in the strip and the log", async () => {
    expect(await log("ent")).toEqual(["启动本单位应急预案", "启动本单位应急预案"]);
  });
  it("the emergency bureau's reads 启动应急响应", async () => {
    expect(await log("eb")).toEqual(["启动应急响应", "启动应急响应"]);
  });
});
