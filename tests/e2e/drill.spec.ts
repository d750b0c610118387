/**
 * A whole double-blind chemical-leak drill in browsers (issue 9 tests): the director creates
 * it and hands out codes; the enterprise, the emergency bureau and the fire brigade (on a
 * phone) play their seats; an evaluator watches. Asserts what people see, that no seat ever
 * sees another agency's private message or a future inject, the outbox across a dropped
 * connection, the report, the replay's hash, no console errors and nothing fetched off-box.
 */
import { expect, test } from "./closing-test.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { expectAcked, guard, joinSeat, shot, smallTargets, type Guard } from "./support.ts";

const ENT_REPORT = "E2E企业初报：V-101出料阀法兰泄漏";
const ENT_FOLLOW_UP = "E2E企业续报：断网期间填写";
const EB_NOTICE = "E2E应急局通知：请特勤站防化力量立即赶赴临江化工";
/** inj-06-media's text: to the emergency bureau only, fired by the director mid-drill */
const MEDIA_INJECT = "临江日报记者";
/** the director's spot question to the bureau */
const SPOT_QUESTION = "E2E随机提问：请说明下风向江湾村的防护措施";
/** inj-13-city's text: scheduled at 01:30, never reached in this drill */
const FUTURE_INJECT = "市应急管理局值班室：请立即报告";
/** inj-04's text, to the police (a bot) at 00:11 */
const POLICE_INJECT = "村里突然闻到很呛的味道";

test("a double-blind chemical-leak drill, from the join codes to the report and the replay", async ({ browser }) => {
  const guards: Record<string, Guard> = {};

  // ── the director creates the drill and hands out the codes ──
  const dctx = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const director = await dctx.newPage();
  guards.director = guard(director);
  director.on("dialog", (d) => void d.accept());
  await director.goto("/");
  await director.getByText("导调入口").click();
  const form = director.getByTestId("create-form");
  await form.locator("input[name=directorCode]").fill(E2E_DIRECTOR_CODE);
  await expect(form.locator("select[name=scenario] option")).toHaveCount(3);
  await form.locator("select[name=scenario]").selectOption("chemical-leak");
  await form.locator("select[name=blindness]").selectOption("DOUBLE_BLIND");
  await form.locator("input[name=speed]").fill("10");
  // bot seats are ticked by the agencies' names (ids go to the server)
  for (const a of ["duty", "police", "health", "eco", "met", "town", "city"]) await form.getByTestId(`bot-${a}`).check();
  await form.getByRole("button", { name: "创建演练" }).click();
  await expect(director.getByTestId("created")).toBeVisible();
  const code = async (seat: string) => (await director.getByTestId(`created-code-${seat}`).textContent())!.trim();
  const codes = { ent: await code("ent"), eb: await code("eb"), fire: await code("fire"), evaluator: await code("evaluator") };
  await expect(director.getByTestId("qr").first()).toBeVisible();
  await director.getByTestId("open-director").click();
  await expect(director.getByTestId("director-console")).toBeVisible();
  const drillId = decodeURIComponent(new URL(director.url()).pathname.split("/")[2]!);

  // ── the seats join by code (the fire brigade on a phone) ──
  const ectx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const ent = await ectx.newPage();
  guards.ent = guard(ent);
  const bctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const eb = await bctx.newPage();
  guards.eb = guard(eb);
  const fctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const fire = await fctx.newPage();
  // a phone's CPU, 4× slower while it joins: a console that misses the room's first state while paused shows here
  const fireCpu = await fctx.newCDPSession(fire);
  await fireCpu.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  guards.fire = guard(fire);
  const vctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const evaluator = await vctx.newPage();
  guards.evaluator = guard(evaluator);

  await joinSeat(eb, drillId, codes.eb, "应急局值班员", "agency-console");
  await joinSeat(fire, drillId, codes.fire, "消防值班员", "agency-console");
  // double-blind: before anything reaches them, the bureau and the brigade see no incident
  await expect(eb.getByTestId("inbox-empty")).toBeVisible();
  await expect(eb.getByTestId("seat-label")).not.toContainText("液氯");
  await joinSeat(ent, drillId, codes.ent, "中控室班长", "agency-console");
  // the evaluator types the code alone: the server tells which drill it opens
  await evaluator.goto("/");
  await evaluator.getByTestId("join-code").fill(codes.evaluator);
  await evaluator.getByTestId("join-name").fill("评估组");
  await evaluator.getByTestId("join-submit").click();
  await expect(evaluator.getByTestId("evaluator-console")).toBeVisible();
  // a drill made in the browser starts paused: the director starts it once the seats are in
  await expect(director.getByTestId("clock-state")).toContainText("已暂停");
  await director.getByTestId("resume").click();
  // the join while paused is what the slow CPU is for; from here the phone takes the running drill's patches ten times a
  // second, and a 4× slower page on a loaded 2-core machine only adds waiting to every step after (the test once ran past its 5 min)
  await fireCpu.send("Emulation.setCPUThrottlingRate", { rate: 1 });

  // ── the enterprise learns of the leak and reports to the emergency bureau ──
  await expect(ent.getByTestId("message").filter({ hasText: "中控室！中控室！" })).toBeVisible();
  await ent.getByTestId("tab-compose").click();
  const report = ent.getByTestId("report-form");
  await report.locator("select[name=to]").selectOption("eb");
  await report.locator("input[name=unit]").fill("临江化工有限公司，液氯储罐区");
  await report.locator("input[name=time]").fill("9时20分");
  await report.locator("input[name=location]").fill("江湾化工园区液氯罐区V-101");
  await report.locator("textarea[name=scene]").fill(ENT_REPORT);
  await report.locator("textarea[name=sequence]").fill("巡检发现泄漏，已启动预案");
  await report.locator("input[name=deaths-unknown]").check();
  await report.locator("input[name=seriousInjuries]").fill("0");
  await report.locator("input[name=injured]").fill("0");
  await report.locator("input[name=missing]").fill("0");
  await report.locator("textarea[name=measures]").fill("启动企业应急预案\n厂区人员撤离");
  await ent.getByTestId("send-report").click();
  await expectAcked(ent);
  await shot(ent, "enterprise-console");

  // ── the bureau receives it (unread) and notifies the fire brigade ──
  const inReport = eb.getByTestId("message").filter({ hasText: ENT_REPORT });
  await expect(inReport).toBeVisible();
  await expect(inReport).toContainText("未读");
  await expect(eb.getByTestId("seat-label")).toContainText("液氯");
  await eb.getByTestId("tab-compose").click();
  await eb.getByTestId("compose-message").click();
  const msg = eb.getByTestId("message-form");
  await msg.locator("label.chip-check", { hasText: "消防救援大队" }).click();
  await msg.locator("label.chip-check", { hasText: "公安局" }).click();
  await eb.getByTestId("message-text").fill(EB_NOTICE);
  // patches arrive ten times a second while the clock runs: the form and its send button stay put
  const sendBox = await eb.getByTestId("send-message").boundingBox();
  const tabsBox = await eb.getByTestId("tab-inbox").boundingBox();
  await eb.waitForTimeout(1500);
  expect(await eb.getByTestId("send-message").boundingBox()).toEqual(sendBox);
  expect(await eb.getByTestId("tab-inbox").boundingBox()).toEqual(tabsBox);
  await eb.getByTestId("send-message").click();
  await expectAcked(eb);

  // ── the fire brigade (phone) reads it and dispatches on the map ──
  await fire.getByTestId("ptab-inbox").tap();
  await expect(fire.getByTestId("message").filter({ hasText: EB_NOTICE })).toBeVisible();
  // the brigade signs for the bureau's notice (签收) in one tap on the message itself: no form
  await fire.getByTestId("message").filter({ hasText: EB_NOTICE }).getByRole("button", { name: "签收" }).tap();
  await expectAcked(fire);
  await expect(fire.getByTestId("message").filter({ hasText: EB_NOTICE })).toContainText("已签收");
  await fire.getByTestId("ptab-map").tap();
  const map = fire.getByTestId("map");
  await expect(map.locator("canvas")).toBeVisible();
  const box = (await map.boundingBox())!;
  const at = await fire.evaluate(() => window.__lianyan?.map?.screenOf("tank-v101"));
  expect(at).toBeDefined();
  await fire.touchscreen.tap(box.x + at!.x, box.y + at!.y);
  await expect(fire.getByTestId("dispatch-place")).toHaveValue("tank-v101");
  await fire.getByTestId("units").locator("label.unit-pick", { hasText: "化学救援车" }).tap();
  await fire.getByTestId("dispatch-task").selectOption("plugLeak");
  await fire.getByTestId("dispatch").tap();
  await expectAcked(fire);
  await expect(fire.getByTestId("unit-status-hz-chem1")).not.toHaveText("在站待命");
  await expect(fire.getByTestId("unit-eta-hz-chem1")).toContainText(/约 .+后到达/);
  // the director's 动态 tab words the engine's events; no seat gets them
  await director.getByTestId("tab-traffic").click();
  await expect(director.getByTestId("feed")).toContainText("调派特勤站化学救援车（防化一组）前往");
  await fire.getByTestId("ptab-map").tap();
  await expect.poll(() => fire.evaluate(() => window.__lianyan?.map?.probe.units.find((u) => u.id === "hz-chem1")?.status)).not.toBe("available");
  await shot(fire, "fire-phone-map");
  // two fingers spread apart zoom in; one finger drags the map
  const cdp = await fctx.newCDPSession(fire);
  const view = () => fire.evaluate(() => window.__lianyan!.map!.view());
  const before = await view();
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", pts: Array<[number, number]>) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: pts.map(([x, y], id) => ({ x, y, id })) });
  await touch("touchStart", [[cx - 20, cy], [cx + 20, cy]]);
  for (const d of [40, 60, 80, 100]) await touch("touchMove", [[cx - d, cy], [cx + d, cy]]);
  await touch("touchEnd", []);
  const pinched = await view();
  expect(pinched.zoom).toBeGreaterThan(before.zoom * 2);
  await touch("touchStart", [[cx, cy]]);
  for (const d of [20, 40, 60, 80]) await touch("touchMove", [[cx + d, cy]]);
  await touch("touchEnd", []);
  expect((await view()).x).toBeLessThan(pinched.x); // dragging right shows what lies west
  // the on-screen keyboard (the viewport shrinks: interactive-widget=resizes-content) leaves the send button in view
  await fire.getByTestId("ptab-compose").tap();
  await fire.getByTestId("compose-report").tap();
  await fire.getByTestId("report-form").locator("textarea[name=scene]").tap();
  await fire.setViewportSize({ width: 360, height: 420 });
  await expect(fire.getByTestId("send-report")).toBeInViewport();
  await fire.setViewportSize({ width: 360, height: 740 });
  // on the phone every control is big enough for a finger, on each tab
  for (const tab of ["map", "inbox", "compose", "units", "duties"]) {
    await fire.getByTestId(`ptab-${tab}`).tap();
    expect(await smallTargets(fire), `small targets on the phone's ${tab} tab`).toEqual([]);
  }

  // ── the outbox: the enterprise's network drops, a follow-up is written, the network returns ──
  // the browser goes offline (the SDK closes its socket and keeps retrying)
  await ectx.setOffline(true);
  await expect(ent.getByTestId("offline-banner")).toBeVisible();
  await ent.getByTestId("compose-report").click();
  await report.locator("select[name=to]").selectOption("eb");
  await report.locator("select[name=kind]").selectOption("followUp");
  await report.locator("input[name=seriousInjuries-unknown]").check();
  await report.locator("input[name=deaths]").fill("0");
  await report.locator("input[name=injured]").fill("0");
  await report.locator("input[name=missing]").fill("0");
  await report.locator("textarea[name=other]").fill(ENT_FOLLOW_UP);
  await ent.getByTestId("send-report").click();
  await ent.getByTestId("report-incomplete").getByRole("button").first().click();
  await expect(ent.getByTestId("command").first()).toHaveAttribute("data-state", "queued");
  await shot(ent, "enterprise-offline-outbox");
  await ectx.setOffline(false);
  await expect(ent.getByTestId("offline-banner")).toBeHidden({ timeout: 30_000 });
  await expectAcked(ent);
  await eb.getByTestId("tab-inbox").click();
  await expect(eb.getByTestId("message").filter({ hasText: ENT_FOLLOW_UP })).toHaveCount(1);

  // ── the director pauses, fires an inject, and the evaluator records an observation ──
  await director.getByTestId("pause").click();
  await expect(director.getByTestId("clock-state")).toContainText("已暂停");
  await expect(fire.getByTestId("clock-state")).toContainText("已暂停");
  await director.getByTestId("tab-injects").click();
  await director.getByTestId("fire-inj-06-media").click();
  await expectAcked(director);
  // a spot question (随机提问) written on the spot, to the bureau only
  const free = director.getByTestId("free-inject");
  await free.locator("label.chip-check", { hasText: "应急管理局" }).click();
  await free.locator("textarea[name=text]").fill(SPOT_QUESTION);
  await free.locator("input[name=spot]").check();
  await director.getByTestId("send-inject").click();
  await expectAcked(director);
  await director.getByTestId("resume").click();
  await expect(eb.getByTestId("message").filter({ hasText: MEDIA_INJECT })).toBeVisible();
  await expect(eb.getByTestId("message").filter({ hasText: SPOT_QUESTION })).toBeVisible();
  await director.getByTestId("tab-board").click();
  await expect(director.getByTestId("deadline-board")).toBeVisible();
  // the most pressing row first: under load the drill runs on and a duty partly done past its deadline (部分完成·超时) may lead
  await expect(director.getByTestId("deadline-board").locator("tr").first()).toContainText(/待办|时限已到|已完成|迟报|未完成|部分完成/);
  await director.getByTestId("forecast").getByRole("button").click();
  await expect(director.getByTestId("forecast-result")).toContainText("T+");
  await shot(director, "director-console");
  // seats: the police seat (a bot) is handed to a person
  await director.getByTestId("tab-seats").click();
  const police = director.locator("[data-testid=seat][data-seat=police]");
  await expect(police).toContainText("机器人");
  await director.getByTestId("mode-police").click();
  await expect(police).toContainText("人员");
  await expect(director.locator("[data-testid=seat][data-seat=fire]")).toContainText("在线");
  await expect(director.locator("[data-testid=seat][data-seat=fire]")).toContainText("消防值班员");
  await expect(director.getByTestId("code-fire")).toHaveText(codes.fire);
  // a lost phone: the director revokes the brigade's code and issues a new one; the old one opens nothing
  await director.getByTestId("reissue-fire").click();
  await expect(director.getByTestId("code-fire")).not.toHaveText(codes.fire);
  // the phone that joined with the old code is disconnected and told why on the join page
  await expect(fire.getByTestId("join-error")).toContainText("收回");
  await shot(director, "director-seats");
  const stale = await (await browser.newContext()).newPage();
  await stale.goto("/");
  await stale.getByTestId("join-code").fill(codes.fire);
  await stale.getByTestId("join-name").fill("捡到手机的人");
  await stale.getByTestId("join-submit").click();
  await expect(stale.getByTestId("join-error")).toHaveText("参演码无效或已被收回，请向导调核对。");
  await expect(stale.getByTestId("agency-console")).toHaveCount(0);

  await evaluator.getByTestId("tab-observe").click();
  const obs = evaluator.getByTestId("observation-form");
  await obs.locator("select[name=section]").selectOption("reporting");
  await obs.locator("select[name=agency]").selectOption("ent");
  await obs.locator("select[name=annexA]").selectOption("warningAndReporting");
  await obs.locator("select[name=rating]").selectOption("met");
  await obs.locator("textarea[name=text]").fill("企业发现泄漏后数分钟内口头初报应急局");
  await obs.locator("textarea[name=justification]").fill("快报事实：死亡人数标注为核实中，未虚报");
  await evaluator.getByTestId("save-observation").click();
  await expect(evaluator.getByTestId("observation-note")).toHaveText("已保存");
  // as seen by the fire brigade at the start: in a double-blind drill it knew nothing yet (the drill
  // starts paused and runs at 10× once resumed, so the bureau may have told it within seconds)
  await evaluator.getByTestId("tab-asSeen").click();
  const seen = evaluator.getByTestId("as-seen");
  await seen.locator("select").selectOption("fire");
  await seen.locator("input").fill("00:00:00");
  await seen.getByRole("button").click();
  await expect(seen.getByTestId("agency-console")).toBeVisible();
  await expect(seen.getByTestId("inbox-empty")).toBeVisible();
  await evaluator.getByTestId("tab-findings").click();
  await expect(evaluator.getByTestId("findings")).toBeVisible();
  // the English switch
  await evaluator.getByRole("button", { name: "English" }).click();
  await expect(evaluator.getByTestId("tab-findings")).toHaveText("Live findings");
  await evaluator.getByRole("button", { name: "中文" }).click();
  await shot(evaluator, "evaluator-console");
  await shot(eb, "bureau-console");

  // ── the director ends the drill; the report opens with the findings ──
  await director.getByTestId("end").click();
  await expect(director.getByTestId("clock-state")).toContainText("演练已结束");
  await expect(ent.getByTestId("clock-state")).toContainText("演练已结束");
  // the report (the server's evaluation with its cause reruns) and the replay (the browser reruns the log) each take
  // tens of seconds under load, the one in the server and the other in a page: both at once, the replay in a tab the
  // director's console opens (window.open: the tab starts with the console's sessionStorage, its code with it). The
  // replay's sources are fetched first: the server answers nothing else while it evaluates.
  const [replay] = await Promise.all([dctx.waitForEvent("page"), director.evaluate(() => void window.open("about:blank"))]);
  guards.replay = guard(replay);
  await Promise.all([replay.waitForResponse((r) => r.url().includes(`/api/drills/${drillId}/sources`) && r.ok()), replay.goto(`/replay/${drillId}`)]);
  await Promise.all([
    (async () => {
      await director.getByTestId("report-link").click();
      const frame = director.frameLocator("[data-testid=report-frame]");
      // the server evaluates the whole log with its cause reruns before answering: tens of seconds on a loaded 2-core machine
      await expect(frame.locator("body")).toContainText("演练评估报告", { timeout: 180_000 });
      await expect(frame.locator("body")).toContainText("发现的问题");
      await shot(director, "report");
    })(),
    (async () => {
      // ── the replay viewer's hash equals the server's ──
      await expect(replay.getByTestId("hash-verdict")).toHaveText(/✔/, { timeout: 60_000 });
      await expect(replay.getByTestId("hash-local")).toHaveText(await replay.getByTestId("hash-server").innerText());
      // scrubbing to the end puts the dispatched hazmat truck on the map, away from its station
      const scrub = replay.getByTestId("scrub");
      await scrub.fill(await scrub.getAttribute("max") ?? "0");
      await expect.poll(() => replay.evaluate(() => window.__lianyan?.map?.probe.units.find((u) => u.id === "hz-chem1")?.status)).toBeDefined();
      await shot(replay, "replay");
    })(),
  ]);

  // ── the report the enterprise sent while offline is in the log once ──
  const log = await (await director.request.get(`/api/drills/${drillId}/log`, { headers: { authorization: `Bearer ${E2E_DIRECTOR_CODE}` } })).text();
  expect(log.split(ENT_FOLLOW_UP).length - 1).toBe(1);

  // ── nothing leaked, nothing broke, nothing left the box ──
  const dom = { ent: await ent.content(), eb: await eb.content(), fire: await fire.content() };
  for (const [seat, secrets] of Object.entries({
    fire: [ENT_REPORT, ENT_FOLLOW_UP, MEDIA_INJECT, SPOT_QUESTION, FUTURE_INJECT, POLICE_INJECT],
    ent: [EB_NOTICE, MEDIA_INJECT, SPOT_QUESTION, FUTURE_INJECT, POLICE_INJECT],
    eb: [FUTURE_INJECT, POLICE_INJECT],
  })) {
    for (const s of secrets) {
      expect(dom[seat as keyof typeof dom], `${seat} page shows "${s}"`).not.toContain(s);
      expect(guards[seat]!.received(s), `${seat} socket received "${s}"`).toBe(false);
    }
  }
  // the checks above look for text that does travel: the bureau did receive the report and the inject
  expect(guards.eb!.received(ENT_REPORT)).toBe(true);
  expect(guards.eb!.received(MEDIA_INJECT)).toBe(true);
  for (const [name, g] of Object.entries(guards)) {
    // while offline, Chromium itself logs each failed reconnection attempt: the outage the test made
    const errors = g.errors.filter((e) => !(name === "ent" && e.includes("net::ERR_INTERNET_DISCONNECTED")));
    expect(errors, `console errors on ${name}`).toEqual([]);
    expect(g.offsite, `requests leaving 127.0.0.1 from ${name}`).toEqual([]);
  }
});
