// @vitest-environment happy-dom
/**
 * Round 27 item 1: a phone's seat was lost with its tab (the code lived in sessionStorage only), so opening the join
 * link again asked for the code. The code this browser joined an agency seat with is kept per drill (localStorage,
 * net/seat-memory.ts): the link or /drill/<id> goes straight back into that seat; 离开席位 forgets it; a control code
 * (the server's director code opens every drill) and another seat's code are never kept.
 */
import { h, render } from "preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const joins: Array<[string, string, string]> = [];
let model: Record<string, unknown> = {};
// one snapshot object per session (useSyncExternalStore re-renders for good on a fresh object each read)
const fakeSession = (code: string, name: string, drillId: string) => {
  const snap = { model, drillId, name, commands: [], connection: "online", outbox: 0 };
  return { code, get: () => snap, subscribe: () => () => {}, leave: () => {}, send: () => "c1" };
};
vi.mock("../../client/pages/AgencyConsole.tsx", () => ({ AgencyConsole: (p: { leave?: () => void }) => h("button", { "data-testid": "leave-seat", onClick: p.leave }) }));
vi.mock("../../client/pages/ControlConsole.tsx", () => ({ ControlConsole: () => h("p", { "data-testid": "control" }) }));
vi.mock("../../client/net/live.ts", () => ({
  LiveSession: { join: (drillId: string, code: string, name: string) => (joins.push([drillId, code, name]), Promise.resolve(fakeSession(code, name, drillId))) },
}));
// .tsx pages: vitest loads them, the root tsc need not (forms-dom.ts)
const pages = ["DrillPage.tsx", "JoinPage.tsx"];
const { DrillPage } = (await import(/* @vite-ignore */ `../../client/pages/${pages[0]}`)) as { DrillPage: (p: object) => never };
const { JoinPage } = (await import(/* @vite-ignore */ `../../client/pages/${pages[1]}`)) as { JoinPage: (p: object) => never };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FIRE = "7Y0K-RSG8-ZC9J-4TRA-B3NE";
const seat = { role: "fire", omniscient: false, ended: false };

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  joins.length = 0;
  model = seat;
});
afterEach(() => vi.unstubAllGlobals());

describe("the seat kept on this browser", () => {
  it("is kept once the fire seat is in, holding only its own code and name", async () => {
    sessionStorage.setItem("lianyan.join.d1", JSON.stringify({ code: FIRE, name: "张三" }));
    history.pushState(null, "", "/drill/d1");
    render(h(DrillPage, { drillId: "d1" }), document.createElement("div"));
    await wait(80);
    expect(JSON.parse(localStorage.getItem("lianyan.seat.d1") ?? "null")).toEqual({ code: FIRE, name: "张三" });
    expect(Object.keys(localStorage).filter((k) => k.startsWith("lianyan.seat."))).toEqual(["lianyan.seat.d1"]);
  });

  it("is not kept for a control code (director, evaluator: the ground truth, and the server code opens every drill)", async () => {
    model = { role: "evaluator", omniscient: true, ended: false };
    sessionStorage.setItem("lianyan.join.d1", JSON.stringify({ code: "EVAL-CODE", name: "评估" }));
    history.pushState(null, "", "/drill/d1");
    render(h(DrillPage, { drillId: "d1" }), document.createElement("div"));
    await wait(80);
    expect(localStorage.getItem("lianyan.seat.d1")).toBeNull();
  });

  it("rejoins from /drill/<id> in a new tab (no sessionStorage) with the kept code and name, not the join form", async () => {
    localStorage.setItem("lianyan.seat.d1", JSON.stringify({ code: FIRE, name: "张三" }));
    history.pushState(null, "", "/drill/d1");
    render(h(DrillPage, { drillId: "d1" }), document.createElement("div"));
    await wait(80);
    expect(joins).toEqual([["d1", FIRE, "张三"]]);
    expect(location.pathname).toBe("/drill/d1");
    // the tab holds it too: the replay and report read the tab's code (net/api.ts drillCode)
    expect(JSON.parse(sessionStorage.getItem("lianyan.join.d1") ?? "null")).toEqual({ code: FIRE, name: "张三" });
  });

  it("opening the same join link again goes straight to the seat, the code compared as the server reads it (case, dashes, spaces)", async () => {
    localStorage.setItem("lianyan.seat.d1", JSON.stringify({ code: FIRE, name: "张三" }));
    history.pushState(null, "", `/join/${FIRE.toLowerCase().replace(/-/g, " ")}?drill=d1`);
    const root = document.createElement("div");
    render(h(JoinPage, { code: FIRE.toLowerCase().replace(/-/g, " ") }), root);
    await wait(50);
    expect(location.pathname).toBe("/drill/d1");
    expect(JSON.parse(sessionStorage.getItem("lianyan.join.d1") ?? "null")).toEqual({ code: FIRE, name: "张三" });
  });

  it("a link with another code (a reissued one) shows the join form, not the old seat", async () => {
    localStorage.setItem("lianyan.seat.d1", JSON.stringify({ code: FIRE, name: "张三" }));
    history.pushState(null, "", "/join/NEWC-ODE0-0000?drill=d1");
    const root = document.createElement("div");
    render(h(JoinPage, { code: "NEWC-ODE0-0000" }), root);
    await wait(50);
    expect(location.pathname).toBe("/join/NEWC-ODE0-0000");
    expect(root.querySelector("[data-testid=join-form]")).not.toBeNull();
  });

  it("离开席位 forgets it (this browser and this tab) and shows the join page", async () => {
    localStorage.setItem("lianyan.seat.d1", JSON.stringify({ code: FIRE, name: "张三" }));
    history.pushState(null, "", "/drill/d1");
    const root = document.createElement("div");
    render(h(DrillPage, { drillId: "d1" }), root);
    await wait(80);
    root.querySelector<HTMLButtonElement>("[data-testid=leave-seat]")!.click();
    await wait(20);
    expect(localStorage.getItem("lianyan.seat.d1")).toBeNull();
    expect(sessionStorage.getItem("lianyan.join.d1")).toBeNull();
    expect(location.pathname).toBe("/");
  });
});
