/**
 * The PDF of the HTML report, printed by Chromium: the page is laid out at A4 width so the
 * charts are drawn at the size they print, and printing waits until every chart is drawn.
 */
import { launchChromium } from "./browser.ts";
import { missingCjkFont } from "./fonts.ts";

/** A4 printable width at 96 dpi with the report's 12 mm side margins. */
const PRINT_WIDTH_PX = 700;

/** @throws UserFacingError when no Chinese font is installed (the PDF would print boxes) or Chromium cannot start */
export async function renderPdf(html: string): Promise<Uint8Array> {
  const noFont = missingCjkFont();
  if (noFont) throw noFont;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: PRINT_WIDTH_PX, height: 1000 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setContent(html, { waitUntil: "load" });
    await page.waitForFunction(() => (window as unknown as { __reportReady?: boolean }).__reportReady === true, undefined, { timeout: 30_000 });
    if (errors.length > 0) throw new Error(`the report page failed: ${errors.join("; ")}`);
    await page.emulateMedia({ media: "print" });
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
