/**
 * An uploaded scenario or bot play with problems is answered in the request's language, like every
 * other API answer (README "HTTP API": zh-CN unless Accept-Language prefers English): a Chinese
 * answer words each problem in Chinese — place (file:line:col), field, what is wrong and what was
 * expected — keeping only the file's own values and ids; an English answer keeps `drill validate`'s
 * wording (engine/scenario/problems.ts formatProblem).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

const create = async (body: unknown, lang?: string) => {
  const r = await fetch(`${h.url}/api/drills`, {
    method: "POST",
    headers: { authorization: `Bearer ${h.directorCode}`, "content-type": "application/json", ...(lang ? { "accept-language": lang } : {}) },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as { error: string; problems: string[] } };
};

const scenario = readFileSync("scenarios/chemical-leak.yaml", "utf8");
const lineOf = (text: string, s: string) => text.split("\n").findIndex((l) => l.includes(s)) + 1;
// faults an author makes: an unknown key and a seed out of range (the schema's), a place that does not exist (a check after it)
const broken = scenario.replace("sensitive: false", "sensitive: false\ncolour: red").replace("seed: 7", "seed: -1");
const noPlace = scenario.replace("incidentPlace: tank-v101", "incidentPlace: tank-nosuch");

/** English words left once the file's own values (quoted, or after a path) and ids are taken out. */
function english(problem: string): string[] {
  // the list of allowed keys or ids after 以下之一, quoted values, ids with a hyphen, numbers
  const body = problem.replace(/^\S+:\d+:\d+ \S+?：/, "").replace(/以下之一：[^）]*/, "").replace(/[“"][^”"]*[”"]/g, "").replace(/[A-Za-z][\w]*(-[\w]+)+/g, "").replace(/-?\d+(\.\d+)?/g, "");
  return body.match(/[A-Za-z]{3,}/g) ?? [];
}

describe("an uploaded scenario with problems", () => {
  it("no Accept-Language: the error and every problem in Chinese, at the right line", async () => {
    const r = await create({ scenario: broken });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(/[\u4e00-\u9fff]/);
    expect(r.body.problems.length).toBeGreaterThanOrEqual(2);
    for (const p of r.body.problems) expect(english(p), p).toEqual([]);
    const unknown = r.body.problems.find((p) => p.includes("colour"));
    expect(unknown).toBe(`upload.yaml:${lineOf(broken, "colour: red")}:1 colour：未知字段“colour”（应为：以下之一：${unknown!.split("以下之一：")[1]}`);
    expect(r.body.problems.find((p) => p.includes("seed"))).toMatch(new RegExp(`^upload\\.yaml:${lineOf(broken, "seed: -1")}:\\d+ seed：数值 -1 超出范围（应为：≥ 0）$`));
  });

  it("no Accept-Language: a reference to a place that does not exist, in Chinese", async () => {
    const r = await create({ scenario: noPlace });
    expect(r.status).toBe(422);
    for (const p of r.body.problems) expect(english(p), p).toEqual([]);
    expect(r.body.problems.find((p) => p.includes("tank-nosuch"))).toMatch(new RegExp(`^upload\\.yaml:${lineOf(noPlace, "tank-nosuch")}:\\d+ incidentPlace：没有地点“tank-nosuch”（应为：本文件中定义的地点 id）$`));
  });

  it("an unknown capability is refused at its line, as drill validate refuses it, not run as a unit that never works (newcomer 21)", async () => {
    // the CLI's value checks (check-values.ts) ran on drill validate but not on an upload: the drill was created
    const flying = scenario.replace("capabilities: [plugLeak, closeValve, detect, rescue]", "capabilities: [plugLeak, flying, detect, rescue]");
    const r = await create({ scenario: flying });
    expect(r.status).toBe(422);
    const p = r.body.problems.find((x) => x.includes("flying"));
    expect(p).toMatch(new RegExp(`^upload\\.yaml:${lineOf(flying, "flying")}:\\d+ units\\[\\d+\\]\\.capabilities\\[1\\]：未知的能力“flying”`));
    for (const x of r.body.problems) expect(english(x), x).toEqual([]);
  });

  it("every independent problem, not the first of a kind (newcomer 23 item 4: a U+202E hid the rest, then crew 1e300 did)", async () => {
    const six = scenario
      .replace("liquid-chlorine farm is leaking at", "liquid-chlorine farm is \u202eleaking at")
      .replace("    base: fire-hazmat\n    crew: 6\n", "    base: fire-hazmat\n    crew: 1e300\n")
      .replace("sensitive: false", "sensitive: false\ncolour: red")
      .replace("- { from: hospital, to: j-county,", "- { from: hospital, to: j-cuonty,")
      .replace("capabilities: [plugLeak, closeValve, detect, rescue]", "capabilities: [plugLeak, teleport, detect, rescue]");
    const r = await create({ scenario: six });
    expect(r.status).toBe(422);
    expect(r.body.error).toContain("不可见的控制字符（U+202E");
    const has = (s: string) => r.body.problems.filter((p) => p.includes(s));
    for (const s of ["U+202E", "1e+300", "colour", "j-cuonty", "teleport"]) expect(has(s), s).toHaveLength(1);
    expect(r.body.problems).toHaveLength(5);
  });

  it("a misspelt required key hides neither a misspelt base nor an unknown capability (newcomer r31: tikS, fire-hazmt, plugleak)", async () => {
    // before: the 422 listed only the two lines about tikS, as drill validate did
    const three = scenario
      .replace("  tickS: 1\n", "  tikS: 1\n")
      .replace("    reportsTo: eb\n    base: fire-hazmat\n", "    reportsTo: eb\n    base: fire-hazmt\n")
      .replace("capabilities: [plugLeak, closeValve, detect, rescue]", "capabilities: [plugleak, closeValve, detect, rescue]");
    for (const [lang, base, capability] of [[undefined, "agencies\\[3\\]\\.base：没有地点“fire-hazmt”", "units\\[0\\]\\.capabilities\\[0\\]：未知的能力“plugleak”"], ["en", 'agencies\\[3\\]\\.base: no place "fire-hazmt"', 'units\\[0\\]\\.capabilities\\[0\\]: unknown capability "plugleak"']] as const) {
      const r = await create({ scenario: three }, lang);
      expect(r.status).toBe(422);
      expect(r.body.problems).toHaveLength(4);
      expect(r.body.problems.filter((p) => p.includes("tickS") || p.includes("tikS"))).toHaveLength(2);
      expect(r.body.problems).toEqual(expect.arrayContaining([
        expect.stringMatching(new RegExp(`^upload\\.yaml:${lineOf(three, "base: fire-hazmt")}:\\d+ ${base}`)),
        expect.stringMatching(new RegExp(`^upload\\.yaml:${lineOf(three, "[plugleak,")}:\\d+ ${capability}`)),
      ]));
    }
  });

  it("no Accept-Language: YAML the parser cannot read, in Chinese by its kind, with its field (newcomer 8)", async () => {
    // a duplicate key: yaml's "Map keys must be unique" must not reach a Chinese reader
    const dup = scenario.replace("sensitive: false", "sensitive: false\nsensitive: true");
    const r = await create({ scenario: dup });
    expect(r.status).toBe(422);
    expect(r.body.problems).toEqual([`upload.yaml:${lineOf(dup, "sensitive: true")}:1 sensitive：YAML 语法错误：同一映射中有重复的键（应为：合法的 YAML（缩进、引号、括号闭合））`]);
    const play = readFileSync("scenarios/plays/chemical-leak.good.yaml", "utf8").replace("commands:", "commands: \"open");
    const b = await create({ scenario: "chemical-leak", bots: ["fire"], botPlay: play });
    expect(b.status).toBe(422);
    for (const x of b.body.problems) {
      expect(x).toMatch(/^bot-play\.yaml:\d+:\d+ .+：YAML 语法错误：/);
      // "YAML" is the format's name, the same in Chinese
      expect(english(x.replace(/YAML/g, "")), x).toEqual([]);
    }
  });

  it("English asked for: drill validate's English wording, the same places", async () => {
    const r = await create({ scenario: broken }, "en-GB,en;q=0.9");
    expect(r.status).toBe(422);
    expect(r.body.problems.find((p) => p.includes("colour"))).toMatch(new RegExp(`^upload\\.yaml:${lineOf(broken, "colour: red")}:1 colour: unknown key "colour" \\(expected one of: `));
    for (const p of r.body.problems) expect(p, p).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("a bot play with problems", () => {
  const good = readFileSync("scenarios/plays/chemical-leak.good.yaml", "utf8");
  const play = good.replace("hz-chem1", "hz-nosuch");

  it("no Accept-Language: the unknown unit said in Chinese, with the units that exist", async () => {
    const r = await create({ scenario: "chemical-leak", bots: ["fire"], botPlay: play });
    expect(r.status).toBe(422);
    const p = r.body.problems.find((x) => x.includes("hz-nosuch"));
    expect(p).toMatch(new RegExp(`^bot-play\\.yaml:${lineOf(play, "hz-nosuch")}:\\d+ commands\\[\\d+\\]\\.units(\\[0\\])?：情景 chemical-leak 中没有力量“hz-nosuch”（应为：以下之一：`));
    for (const x of r.body.problems) expect(english(x), x).toEqual([]);
  });

  it("English asked for: the English wording", async () => {
    const r = await create({ scenario: "chemical-leak", bots: ["fire"], botPlay: play }, "en");
    expect(r.body.problems.find((x) => x.includes("hz-nosuch"))).toMatch(/no unit "hz-nosuch" in scenario chemical-leak \(expected one of: /);
  });
});
