/**
 * Getting back in (newcomer report, items 1, 2, 5 and 6), in browsers: the page listing the codes
 * shows the drill's own director code with a note to keep it; a director who lost the tab opens
 * /drill/<id> and gets a join form for that drill, where the server's director code opens the
 * director console; typed on the home page it lists the drills to choose from; the computer that
 * created the drill shows the seat codes again; ■ 结束演练 ends a paused drill at once; a seat's
 * code of the ended drill says the drill has ended and offers the replay; the report refuses a
 * seat's code with the server's reason, not an HTTP status.
 */
import { expect, test } from "./closing-test.ts";
import { E2E_DIRECTOR_CODE } from "../../playwright.config.ts";
import { createInBrowser, guard } from "./support.ts";

test("a director gets back into a paused drill, ends it at once, and a seat's code then says the drill has ended", async ({ browser }) => {
  // ── the director creates a drill, notes the codes, opens the console, then loses the tab ──
  const home = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const creator = await home.newPage();
  creator.on("dialog", (d) => void d.accept());
  await createInBrowser(creator, "chemical-leak", ["police"]);
  const drillCode = (await creator.getByTestId("created-code-director").textContent())!.trim();
  const fireCode = (await creator.getByTestId("created-code-fire").textContent())!.trim();
  await expect(creator.getByTestId("director-code-note")).toContainText("请妥善保存");
  await creator.getByTestId("open-director").click();
  await expect(creator.getByTestId("director-console")).toBeVisible();
  const drillId = decodeURIComponent(new URL(creator.url()).pathname.split("/")[2]!);
  await creator.close(); // the tab is gone, sessionStorage with it

  // ── on another computer: /drill/<id> asks for a code, the code decides the drill; the server's code opens this one ──
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const dir = await other.newPage();
  const g = guard(dir);
  dir.on("dialog", (d) => void d.accept());
  await dir.goto(`/drill/${drillId}`);
  await expect(dir.getByTestId("join-drill")).toContainText("进入哪一场演练，由您的码决定");
  await dir.getByTestId("join-code").fill(E2E_DIRECTOR_CODE);
  await dir.getByTestId("join-name").fill("值班导调");
  await dir.getByTestId("join-submit").click();
  await expect(dir.getByTestId("director-console")).toBeVisible();
  await dir.getByTestId("tab-seats").click();
  await expect(dir.getByTestId("codes-elsewhere")).toBeVisible(); // no codes on this computer: it says how to get new ones

  // ── typed on the home page, the server's code lists the drills ──
  const chooser = await other.newPage();
  await chooser.goto("/");
  await chooser.getByTestId("join-code").fill(E2E_DIRECTOR_CODE);
  await chooser.getByTestId("join-name").fill("值班导调");
  await chooser.getByTestId("join-submit").click();
  await chooser.getByTestId(`choose-${drillId}`).click();
  await expect(chooser.getByTestId("director-console")).toBeVisible();
  await chooser.close();

  // ── back on the creating computer, a new tab: the drill's own code, and the seat codes are there again ──
  const again = await home.newPage();
  await again.goto("/");
  await again.getByTestId("join-code").fill(drillCode);
  await again.getByTestId("join-name").fill("导调");
  await again.getByTestId("join-submit").click();
  await expect(again.getByTestId("director-console")).toBeVisible();
  await again.getByTestId("tab-seats").click();
  await expect(again.getByTestId("code-fire")).toHaveText(fireCode);
  // 收回并重新发码 asks first: saying no keeps the fire brigade's code
  const asked: string[] = [];
  again.on("dialog", (d) => (asked.push(d.message()), void d.dismiss()));
  await again.getByTestId("reissue-fire").click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain("收回");
  await again.waitForTimeout(500);
  await expect(again.getByTestId("code-fire")).toHaveText(fireCode);
  await again.close();

  // ── ■ 结束演练 on the paused drill ends it now, without ▶ 继续 ──
  await expect(dir.getByTestId("director-console")).toContainText("已暂停");
  await dir.getByTestId("end").click();
  await expect(dir.getByTestId("after-links")).toBeVisible();
  await expect(dir.getByTestId("commands")).toContainText("结束演练");
  await expect(dir.getByTestId("commands")).not.toContainText(/\bend\b/);

  // ── the fire brigade's code after the end ──
  const seatCtx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const fire = await seatCtx.newPage();
  await fire.goto("/");
  await fire.getByTestId("join-code").fill(fireCode);
  await fire.getByTestId("join-name").fill("消防值班员");
  await fire.getByTestId("join-submit").click();
  await expect(fire.getByTestId("join-ended")).toContainText("演练已结束");
  await expect(fire.getByTestId("join-error")).toHaveCount(0);
  await expect(fire.getByTestId("ended-replay")).toBeVisible();
  // the report is for the director and evaluators: without a code the page says so, in words, and asks for one (n5)
  await fire.goto(`/report/${drillId}`);
  await expect(fire.locator("main")).toContainText("查看评估报告需要本次演练的导调码或评估码");
  await expect(fire.locator("main")).not.toContainText("HTTP");

  expect(g.errors.filter((e) => !/401|404/.test(e))).toEqual([]);
  await Promise.all([home.close(), other.close(), seatCtx.close()]);
});
