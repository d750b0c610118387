/**
 * A PDF printed without a Chinese font shows boxes (豆腐块) where the report's text should be.
 * Chromium on Linux finds fonts through fontconfig, so we ask fontconfig the same question
 * (`fc-list :lang=zh`) before printing, and refuse with the package to install.
 * Where fc-list is absent we look for the usual CJK font files in the usual font folders.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { UserFacingError } from "../args.ts";

export const CJK_FONT_PACKAGE = "fonts-wqy-microhei";

/** Families of installed fonts that cover Chinese; [] when there are none; undefined when fc-list is missing. */
export function fontconfigCjkFamilies(): string[] | undefined {
  try {
    const out = execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 10_000 });
    return out.split("\n").map((l) => l.trim()).filter(Boolean);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT" ? undefined : [];
  }
}

const CJK_FILE = /(wqy|noto.*cjk|sourcehan|source-han|droidsansfallback|uming|ukai|sarasa|simsun|simhei|msyh|arphic)/i;
const FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", join(homedir(), ".fonts"), join(homedir(), ".local/share/fonts")];

function findCjkFile(dir: string, depth = 0): boolean {
  if (depth > 4 || !existsSync(dir)) return false;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory() ? findCjkFile(p, depth + 1) : CJK_FILE.test(name)) return true;
  }
  return false;
}

/** Why the PDF cannot be printed in Chinese (worded in the reader's language by main.ts), or undefined when a CJK font is there. */
export function missingCjkFont(families: string[] | undefined = fontconfigCjkFamilies()): UserFacingError | undefined {
  const found = families === undefined ? FONT_DIRS.some((d) => findCjkFile(d)) : families.length > 0;
  if (found) return undefined;
  return new UserFacingError("noCjkFont", { package: CJK_FONT_PACKAGE });
}
