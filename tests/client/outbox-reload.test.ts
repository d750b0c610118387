// @vitest-environment happy-dom
/**
 * What a console sent and has not seen answered survives a page reload (round 30: an observation or a seat's command
 * in flight was lost on a reload): it is kept in the browser's storage per drill and code (client/net/kept.ts) and,
 * once the reloaded page has joined, sent again under the id it was first sent with, so the server stores or carries
 * it out once (tests/server/observation-once, control-once). Answered, it is forgotten: a later reload sends nothing.
 * A reload is a new LiveSession on the same storage; the SDK is replaced by a stand-in room per join. An agency seat's
 * lists are kept on the computer (localStorage) once the seat is (net/seat-memory.ts keepSeat, as the page does when
 * its console opens), so a closed tab opened again sends them too, and go when the seat is left; a control code's
 * (the director's, an evaluator's) stay in the tab, as that code does: never in localStorage.
 *
 * Round 31: the reloaded page shows those answers as the page that sent them would have: the panel that sends a clock
 * control, a reissue or an observation (the same component, in the page's language) says it refused, shows the code,
 * says it saved.
 *
 * Roles see only what they should: what one seat's code left in this browser is never sent under another seat's
 * code, not even one ending in the same four symbols (the outbox's key was once the code's last four), nor when
 * another code's list is found under this code's key.
 */
import { h, render, type ComponentType } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { consoleModel } from "../../client/local/model.ts";
import { keptKey } from "../../client/net/kept.ts";
import { CarriedRequests } from "../../client/panels/carried.ts";
import { refused } from "../../server/live/refusal.ts";
import { chem, panel, settle, state } from "./forms-dom.ts";
import { forgetSeat, keepSeat, rememberedCodes } from "../../client/net/seat-memory.ts";
import { standInRoom } from "./stand-in-room.ts";

const made: Array<ReturnType<typeof standInRoom>> = [];
vi.mock("@colyseus/sdk", () => ({ Client: class { joinById = async () => { const r = standInRoom(); made.push(r); return r; }; } }));
const { LiveSession } = await import("../../client/net/live.ts");

afterEach(() => (setLang("zh"), localStorage.clear(), sessionStorage.clear()));

/** Everything this computer keeps (localStorage), as text. */
const onComputer = () => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`).join("\n");

/** A page load: a session joined with `code`, and the stand-in room it joined. */
async function load(code: string, drill = "d1") {
  const s = await LiveSession.join(drill, code, "测试");
  return { s, room: made.at(-1)! };
}
const sentOf = (room: ReturnType<typeof standInRoom>, type: string) => room.sent.filter(([t]) => t === type).map(([, m]) => m);

const EVAL = "EVAL-7KQ2-M9XD-4TRA-B3NE";
const FIRE = "FIRE-7KQ2-M9XD-4TRA-Q8WZ";
// another seat's code ending in the same four symbols as the fire seat's
const POLICE = "PLCE-1111-2222-3333-Q8WZ";
const DIRECTOR = "DIRE-7KQ2-M9XD-4TRA-0000";

/** The director asks a 10-minute jump and the fire seat's reissue, and the page reloads before either is answered. */
async function jumpAndReissueReloaded() {
  const first = await load(DIRECTOR);
  void first.s.control("clock", { action: "jump", value: 10 });
  void first.s.control("reissue", { seat: "fire" });
  const jump = sentOf(first.room, "clock")[0]!;
  const reissue = sentOf(first.room, "reissue")[0]!;
  return { jump, reissue, second: await load(DIRECTOR) };
}

describe("after a page reload", () => {
  it("an evaluator's observation in flight goes again under its id, and once answered is forgotten", async () => {
    const first = await load(EVAL);
    void first.s.control("observation", { section: "linkage", rating: "met", seen: "防化组出动", why: "及时" });
    const [sent] = sentOf(first.room, "observation");
    expect(sent!.id).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
    // the page reloads before the answer came
    const second = await load(EVAL);
    expect(sentOf(second.room, "observation")).toEqual([sent]);
    second.room.on.get("msg:*")!("observation", { ...sent, atMs: 0, evaluator: "评估组" });
    const third = await load(EVAL);
    expect(sentOf(third.room, "observation")).toEqual([]);
  });

  it("a seat's command in flight goes again under its id, after the tab was closed too, and once acknowledged is not sent again", async () => {
    const first = await load(FIRE);
    keepSeat("d1", { code: FIRE, name: "测试" }); // the page keeps the seat once its console opens
    const id = first.s.send({ type: "message", to: ["eb"], text: "已到场" });
    expect(sentOf(first.room, "command")).toEqual([{ id, command: { type: "message", to: ["eb"], text: "已到场" } }]);
    // the phone's tab is closed (its sessionStorage gone) and the seat's link opened again
    sessionStorage.clear();
    const second = await load(FIRE);
    expect(sentOf(second.room, "command")).toEqual([{ id, command: { type: "message", to: ["eb"], text: "已到场" } }]);
    second.room.on.get("msg:ack")!({ id, seq: 4, atMs: 60_000 });
    const third = await load(FIRE);
    expect(sentOf(third.room, "command")).toEqual([]);
    // the answered command still shows as done on the reloaded page
    expect(third.s.get().commands.map((c) => [c.id, c.status.state])).toEqual([[id, "acked"]]);
  });

  it("a seat left (离开席位) takes its lists with its code: nothing of it stays on the computer", async () => {
    const first = await load(FIRE);
    keepSeat("d1", { code: FIRE, name: "测试" });
    first.s.send({ type: "message", to: ["eb"], text: "未送达" });
    expect(onComputer()).toContain("未送达");
    forgetSeat("d1");
    expect(onComputer()).toBe("");
  });

  it("the director's jump and reissue in flight go again under their ids; the reissued code is kept with the seat codes", async () => {
    const { jump, reissue, second } = await jumpAndReissueReloaded();
    expect(sentOf(second.room, "clock")).toEqual([jump]);
    expect(sentOf(second.room, "reissue")).toEqual([reissue]);
    // the answers reach the reloaded page though nothing waits there: the new code joins the codes it shows
    second.room.on.get("msg:*")!("clock", { id: jump.id, tMs: 0, paused: true, speed: 1 });
    second.room.on.get("msg:*")!("reissue", { id: reissue.id, seat: "fire", code: "NEW0-CODE-FOR0-FIRE-0001" });
    expect(rememberedCodes("d1")).toEqual({ fire: "NEW0-CODE-FOR0-FIRE-0001" });
    // a new director code is handed to the page that asked, never kept on the computer
    second.room.on.get("msg:*")!("reissue", { id: "other", seat: "director", code: "NEW0-CODE-FOR0-DIRE-0001" });
    expect(onComputer()).not.toContain("NEW0-CODE-FOR0-DIRE-0001");
    const third = await load(DIRECTOR);
    expect(third.room.sent).toEqual([]);
  });

  it("a director's request in flight is kept in the tab only: the director's code never reaches the computer's storage", async () => {
    const first = await load(DIRECTOR);
    void first.s.control("clock", { action: "jump", value: 10 });
    first.s.send({ type: "injectNow", inject: "i1" });
    expect(onComputer()).not.toMatch(/DIRE|7KQ2|clock|injectNow/);
    const second = await load(DIRECTOR);
    expect(sentOf(second.room, "clock")).toHaveLength(1);
    expect(sentOf(second.room, "command")).toHaveLength(1);
  });
});

describe("what one seat left in this browser", () => {
  it("is never sent under another seat's code, even one ending in the same four symbols", async () => {
    const fire = await load(FIRE);
    keepSeat("d1", { code: FIRE, name: "测试" });
    fire.s.send({ type: "message", to: ["eb"], text: "消防已到场" });
    void fire.s.control("observation", { section: "linkage", rating: "met", seen: "x", why: "y" });
    const police = await load(POLICE);
    expect(police.room.sent).toEqual([]);
    expect(police.s.get().commands).toEqual([]);
    // nor in another drill under the same code
    const other = await load(FIRE, "d2");
    expect(other.room.sent).toEqual([]);
  });

  it("is never read under another code's key: a list names the code it belongs to", async () => {
    const fire = await load(FIRE);
    fire.s.send({ type: "message", to: ["eb"], text: "消防已到场" });
    void fire.s.control("observation", { section: "linkage", rating: "met", seen: "x", why: "y" });
    // the fire seat's lists found under the police code's keys (a digest collision, a hand-edited entry)
    for (const what of ["outbox", "records"] as const) sessionStorage.setItem(keptKey(what, "d1", POLICE), sessionStorage.getItem(keptKey(what, "d1", FIRE))!);
    const police = await load(POLICE);
    expect(police.room.sent).toEqual([]);
    // the fire seat's own reload still sends them
    const again = await load(FIRE);
    expect(sentOf(again.room, "command")).toHaveLength(1);
    expect(sentOf(again.room, "observation")).toHaveLength(1);
  });
});

const ClockControls = await panel<Record<string, unknown>>("DirectorPanels.tsx", "ClockControls");
const SeatsPanel = await panel<Record<string, unknown>>("DirectorPanels.tsx", "SeatsPanel");
const ObservationForm = await panel<Record<string, unknown>>("ObservationForm.tsx", "ObservationForm");
describe("the answers to what was re-sent after a reload are shown on the reloaded page, as the first page would have", () => {
  const director = { ...consoleModel(chem, state, "director"), ended: false };
  const never = () => new Promise(() => {});
  /** the reloaded page's panel `C`, inside the live page's carried-over requests of session `s` (pages/DrillPage.tsx) */
  const show = async (s: { carried(type: string): unknown }, C: ComponentType<Record<string, unknown>>, props: Record<string, unknown>) => {
    const root = document.createElement("div");
    render(h(CarriedRequests.Provider, { value: (type: string) => s.carried(type) } as never, h(C as never, props)), root);
    await settle();
    return root;
  };
  const text = (root: HTMLElement, testid: string) => root.querySelector(`[data-testid=${testid}]`)?.textContent;

  for (const [lang, ended, seatCode] of [["zh", "未被接受：演练已结束", "NEW0-CODE-FOR0-FIRE-0002"], ["en", "Not accepted: The drill has ended", "NEW0-CODE-FOR0-FIRE-0003"]] as const) {
    it(`${lang}: a refused jump beside the clock (its buttons busy until then), a reissued code on its seat`, async () => {
      setLang(lang);
      const { jump, reissue, second } = await jumpAndReissueReloaded();
      const clock = await show(second.s, ClockControls, { model: director, control: never });
      const seats = await show(second.s, SeatsPanel, { model: director, control: never, codes: {}, drillId: "d1" });
      // the re-sent jump is open: the clock's buttons wait for it, as they did on the page that sent it
      await vi.waitFor(() => expect(clock.querySelector<HTMLButtonElement>("[data-testid=jump]")!.disabled).toBe(true));
      const no = refused("clock", String(jump.id), "drillEnded");
      second.room.on.get("msg:rejected")!(no.body);
      second.room.on.get("msg:*")!("reissue", { id: reissue.id, seat: "fire", code: seatCode });
      // waited for, not slept on: Preact draws after its effects, late on a loaded machine
      await vi.waitFor(() => expect(text(clock, "clock-refused")).toBe(ended));
      expect(clock.querySelector<HTMLButtonElement>("[data-testid=jump]")!.disabled).toBe(false);
      await vi.waitFor(() => expect(text(seats, "code-fire")).toBe(seatCode));
      expect(seats.querySelector("[data-testid=seat-refused]")).toBeNull();
      // each is shown once: a panel drawn again later takes nothing more
      expect(second.s.carried("clock")).toEqual([]);
    });
  }

  it("a refused reissue on its seat, and an evaluator's observation saved under the form (zh, then en)", async () => {
    const dir = await load(DIRECTOR);
    void dir.s.control("reissue", { seat: "fire" });
    const reissue = sentOf(dir.room, "reissue")[0]!;
    const dir2 = await load(DIRECTOR);
    const seats = await show(dir2.s, SeatsPanel, { model: director, control: never, codes: {}, drillId: "d1" });
    dir2.room.on.get("msg:rejected")!(refused("reissue", String(reissue.id), "drillEnded").body);
    await vi.waitFor(() => expect(text(seats, "seat-refused")).toBe("未被接受：演练已结束"));

    setLang("en");
    const ev = await load(EVAL);
    void ev.s.control("observation", { section: "linkage", rating: "met", seen: "防化组出动", why: "及时" });
    const [sent] = sentOf(ev.room, "observation");
    const ev2 = await load(EVAL);
    const form = await show(ev2.s, ObservationForm, { model: { ...consoleModel(chem, state, "evaluator"), ended: false }, control: never });
    await vi.waitFor(() => expect(form.querySelector<HTMLButtonElement>("[data-testid=save-observation]")!.disabled).toBe(true));
    ev2.room.on.get("msg:*")!("observation", { ...sent, atMs: 0, evaluator: "评估组" });
    await vi.waitFor(() => expect(text(form, "observation-note")).toBe("Saved"));
    expect(form.querySelector<HTMLButtonElement>("[data-testid=save-observation]")!.disabled).toBe(false);
  });
});
