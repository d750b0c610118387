/** Tests launch Chromium the way the CLI's PDF printer does. */
export { CHROMIUM_ARGS, launchChromium } from "../../cli/report/browser.ts";
