// @vitest-environment happy-dom
/**
 * A sent support request reads what is asked (newcomer 22 #11: the police inbox showed only
 * 「支援请求 已发 → 临江县卫生健康局 · 电话」): the room's sync keeps the request's unit type, count and
 * place (server/live/views.ts messageRow), and the inbox of the sender and of the receiver words them
 * as the shared catalogue's `request.textTo`: 「请求支援：救护车 × 2，前往 江湾村口（滨江路）」
 * (unitType.ambulance 救护车; place j-village 江湾村口（滨江路）, scenarios/chemical-leak.yaml).
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import type { Message } from "../../engine/model/state.ts";
import { consoleModel } from "../../client/local/model.ts";
import { messageRow } from "../../server/live/views.ts";
import { cmd, ms, runPlay } from "../helpers.ts";
import { chem, panel, settle } from "./forms-dom.ts";

const state = runPlay(chem, [cmd("00:10:00", "police", { type: "requestSupport", from: "health", unitType: "ambulance", count: 2, place: "j-village" }, 1)], 7, ms("00:11:00")).state;

/** `seat`'s inbox as a browser renders it from the room's synced rows (JSON, as client/net/view-store.ts parses them) */
async function inboxOf(seat: string): Promise<HTMLElement> {
  const Inbox = await panel<Record<string, unknown>>("Inbox.tsx", "Inbox");
  const model = consoleModel(chem, state, seat);
  model.messages = model.messages.map((m) => JSON.parse(JSON.stringify(messageRow(m as Message, chem))) as Message);
  const root = document.createElement("div");
  render(h(Inbox, { model, unread: new Set(), markRead: () => undefined }), root);
  await settle();
  return root;
}

describe("a support request in the inboxes", () => {
  it("the police (sender) and the health bureau (receiver) both read what, how many and where", async () => {
    for (const seat of ["police", "health"]) {
      const row = (await inboxOf(seat)).querySelector('[data-kind="request"] .msg-text');
      expect(row?.textContent, seat).toBe("请求支援：救护车 × 2，前往 江湾村口（滨江路）");
    }
  });
});
