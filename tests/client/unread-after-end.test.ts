// @vitest-environment happy-dom
/**
 * The inbox's 未读 count (newcomer report: after the drill ended the count stayed, with nothing
 * left to answer): while the drill runs every message from others is unread until opened, and
 * 全部标为已读 clears them; once the drill has ended none counts as unread, after a reload too.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import type { ConsoleModel } from "../../client/model/console.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";
import { settle } from "./forms-dom.ts";

// a .tsx module: vitest loads it, the root tsc need not
type UseUnread = (m: ConsoleModel, drillId: string) => { unread: Set<string>; markAll: () => void; markRead: (id: string) => void };
const { useUnread } = (await import(/* @vite-ignore */ `../../client/panels/${"Inbox.tsx"}`)) as { useUnread: UseUnread };

const chem = compiled("chemical-leak");
// the emergency bureau at 00:45: the enterprise's message is in its inbox
const eb = consoleModel(chem, runPlay(chem, [cmd("00:10:00", "ent", { type: "message", to: ["eb"], text: "罐区泄漏" }, 1)], 7, ms("00:45:00")).state, "eb");

function count(m: ConsoleModel, drillId: string): { root: HTMLElement; all: () => void } {
  let all = () => undefined as void;
  const root = document.createElement("div");
  const View = () => {
    const u = useUnread(m, drillId);
    all = u.markAll;
    return h("p", null, String(u.unread.size));
  };
  render(h(View, null), root);
  return { root, all: () => all() };
}

describe("unread marks", () => {
  it("during the drill: every message from others is unread; mark all read clears them", async () => {
    const fromOthers = eb.messages.filter((x) => x.from !== "eb").length;
    expect(fromOthers).toBeGreaterThanOrEqual(1);
    const c = count(eb, "unread-during");
    expect(c.root.textContent).toBe(String(fromOthers));
    c.all();
    await settle();
    expect(c.root.textContent).toBe("0");
  });

  it("after the end: none unread, though none was opened", () => {
    expect(count({ ...eb, ended: true }, "unread-after").root.textContent).toBe("0");
  });

  // a double-blind seat read its first message on standby (u1); told, the same messages come as the drill's ids
  // (server/live/views.ts withheld): the one it read stays read, the other is still unread (model/read-marks.ts)
  it("a message read before a double-blind seat is told is not unread again once it is told", async () => {
    const mine = eb.messages.filter((x) => x.from !== "eb").slice(0, 1);
    expect(mine).toHaveLength(1);
    const other = { ...mine[0]!, id: "m-second" };
    const standby = { ...eb, standby: true, messages: [{ ...mine[0]!, id: "u1" }, { ...other, id: "u2" }] };
    const told = { ...eb, standby: false, messages: [mine[0]!, other] };
    let model: ConsoleModel = standby;
    let read = (_: string) => undefined as void;
    const root = document.createElement("div");
    const View = () => {
      const u = useUnread(model, "unread-reveal");
      read = u.markRead;
      return h("p", null, [...u.unread].sort().join(","));
    };
    render(h(View, null), root);
    expect(root.textContent).toBe("u1,u2");
    read("u1");
    await settle();
    expect(root.textContent).toBe("u2");
    model = told;
    render(h(View, null), root);
    await settle();
    expect(root.textContent).toBe("m-second");
  });
});
