/**
 * The PDF report never prints boxes: without a Chinese font `drill evaluate --format pdf` stops
 * with one line naming the package to install (fonts-wqy-microhei) and writes nothing.
 * "Without a font" is real here: fontconfig, which Chromium uses too, is pointed at an empty configuration.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import { fontconfigCjkFamilies, missingCjkFont } from "../../cli/report/fonts.ts";

const dir = mkdtempSync(join(tmpdir(), "fonts-"));
const emptyConf = join(dir, "fonts.conf");
writeFileSync(emptyConf, '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n');

describe("printing the report without a Chinese font", () => {
  const saved = process.env.FONTCONFIG_FILE;
  afterEach(() => {
    if (saved === undefined) delete process.env.FONTCONFIG_FILE;
    else process.env.FONTCONFIG_FILE = saved;
  });

  it("names the package to install when fontconfig knows no Chinese font, and is silent when it knows one", () => {
    expect(missingCjkFont([])?.text("en")).toContain("apt-get install -y fonts-wqy-microhei");
    expect(missingCjkFont(["WenQuanYi Micro Hei"])).toBeUndefined();
  });

  it("sees no Chinese font through an empty fontconfig configuration", () => {
    process.env.FONTCONFIG_FILE = emptyConf;
    expect(fontconfigCjkFamilies()).toEqual([]);
  });

  it("drill evaluate --format pdf exits 1 with that one line, no stack trace and no file", async () => {
    process.env.FONTCONFIG_FILE = emptyConf;
    const out = join(dir, "report.pdf");
    const err: string[] = [];
    const code = await main(["evaluate", "scenarios/chemical-leak.yaml", "--play", "scenarios/plays/chemical-leak.poor.yaml", "--format", "pdf", "--out", out], { log: () => {}, err: (s) => err.push(s) });
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^drill: .*fonts-wqy-microhei/);
    // in the run's language: Chinese by default (round 23: it was English)
    expect(err[0]).toMatch(/^drill: 未安装中文字体/);
    expect(err[0]).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
