/** Chromium for PDF printing and report checks: Debian's /usr/bin/chromium where it exists, else Playwright's own. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { UserFacingError } from "../args.ts";

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  try {
    return await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  } catch (e) {
    throw new UserFacingError("chromiumStart", { detail: (e as Error).message.split("\n")[0] });
  }
}
