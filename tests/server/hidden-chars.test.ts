/**
 * Free text holding a character that makes it read otherwise than it is (real server, real SDK): a seat's message
 * "‮部到已" (U+202E RIGHT-TO-LEFT OVERRIDE first) is drawn by every browser as "已到部" (Unicode TR 9 §2.2 rule
 * X4-X5; CVE-2021-42574 "Trojan Source"), so the director and the evaluator would read 已到 where the log holds 部到已.
 * Every free-text field a client sends — a message, a report's free fields and measures, a message's localText, a
 * command's note, the director's free inject, spot question and end reason, an evaluator's observation, a join name,
 * an uploaded scenario or bot play — is refused when it holds a bidi control (U+202A–202E, U+2066–2069, U+200E/200F,
 * U+061C) or another invisible format or control character, with the field, the character's position and its code
 * point, to the sender only; nothing reaches the log, and the room runs on.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { Client } from "@colyseus/sdk";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, fourInRoom, refusals, startServer, until, type Created, type Harness, type Refusal } from "./harness.ts";

let h: Harness;
/** the drill, its four rooms and the refusals each gets (harness.ts fourInRoom, refusals) */
let d: Created, fire: SDKRoom, police: SDKRoom, evaluator: SDKRoom, director: SDKRoom;
let said: ReturnType<typeof refusals>;
const refusalOf = (who: string, id: string): Promise<Refusal> => said.of(who, id);
beforeAll(async () => {
  h = await startServer();
  ({ d, fire, police, evaluator, director } = await fourInRoom(h));
  said = refusals({ fire, police, evaluator, director });
}, 60_000);
afterAll(() => h.close());

const report = (content: Record<string, unknown>) => ({ type: "report", to: "eb", kind: "initial", mode: "oral", content });

describe("a bidi control or other invisible character in free text is refused, to the sender only", () => {
  it("U+202E in a seat's message: refused naming the field, the 1st character and U+202E; nothing logged, no one else told", async () => {
    fire.send("command", { id: "rlo-1", command: { type: "message", to: ["eb"], text: "\u202e部到已" } });
    expect(await refusalOf("fire", "rlo-1")).toMatchObject({
      code: "hiddenChars",
      reason: "文字内容第 1 个字是不可见的控制字符（U+202E，如文字方向控制符），会使导调和评估人员看到的文字与实际内容不一致：请删除后重新发送",
      params: { fieldId: "text", position: 1, char: "U+202E" },
    });
    expect(h.ctx.store.log(d.id)).toHaveLength(0);
    expect(said.got.police).toHaveLength(0);
  });

  it("every other free field of a seat: a report's scene and a measure, a localText, a note (isolates, marks, ALM, U+200B)", async () => {
    fire.send("command", { id: "rep-iso", command: report({ scene: "泄漏\u2066已控制\u2069" }) });
    fire.send("command", { id: "rep-mark", command: report({ scene: "泄漏", measures: ["疏散", "警戒\u200f200米"] }) });
    fire.send("command", { id: "loc", command: { type: "message", to: ["eb"], text: "到场", localText: { zh: "到\u202d场", en: "on scene" } } });
    fire.send("command", { id: "note", command: { type: "message", to: ["eb"], text: "到场", note: "a\u061cb" } });
    fire.send("command", { id: "zw", command: { type: "message", to: ["eb"], text: "已\u200b到" } });
    expect(await refusalOf("fire", "rep-iso")).toMatchObject({ code: "hiddenChars", params: { fieldId: "scene", position: 3, char: "U+2066" } });
    expect(await refusalOf("fire", "rep-mark")).toMatchObject({ code: "hiddenChars", params: { fieldId: "measures", position: 3, char: "U+200F" } });
    expect(await refusalOf("fire", "loc")).toMatchObject({ code: "hiddenChars", params: { fieldId: "localTextZh", char: "U+202D" } });
    expect(await refusalOf("fire", "note")).toMatchObject({ code: "hiddenChars", params: { fieldId: "note", char: "U+061C" } });
    expect(await refusalOf("fire", "zw")).toMatchObject({ code: "hiddenChars", params: { fieldId: "text", position: 2, char: "U+200B" } });
    expect(h.ctx.store.log(d.id)).toHaveLength(0);
  });

  it("the director's free inject, spot question and end reason; an evaluator's observation", async () => {
    director.send("inject", { id: "fi", to: ["fire"], text: "储罐\u202a阀门" });
    director.send("spotQuestion", { id: "sq", to: ["fire"], text: "\u2067谁在现场" });
    director.send("end", { id: "end", reason: "结束\u200e" });
    evaluator.send("observation", { section: "linkage", rating: "met", seen: "及时", why: "按\u202e时" });
    expect(await refusalOf("director", "fi")).toMatchObject({ code: "hiddenChars", params: { fieldId: "text", char: "U+202A" } });
    expect(await refusalOf("director", "sq")).toMatchObject({ code: "hiddenChars", params: { char: "U+2067" } });
    expect(await refusalOf("director", "end")).toMatchObject({ code: "hiddenChars", params: { fieldId: "reason", char: "U+200E" } });
    expect(await refusalOf("evaluator", "observation")).toMatchObject({ code: "hiddenChars", reason: expect.stringContaining("评估理由第 2 个字"), params: { fieldId: "why" } });
    expect(h.ctx.drills.get(d.id)!.state.ended).toBe(false);
    expect(h.ctx.store.observations(d.id)).toHaveLength(0);
  });

  it("the room runs on: clean text, line breaks and an emoji's zero-width joiner (👨‍🚒) are taken", async () => {
    const acks = collect<{ id: string }>(fire, "ack");
    fire.send("command", { id: "ok-1", command: { type: "message", to: ["eb"], text: "已到场\n警戒 200 米\t👨\u200d🚒" } });
    await until(() => acks.some((a) => a.id === "ok-1"), 5000, "clean message acked");
    expect(said.got.fire).toHaveLength(0);
  });
});

describe("a join name and an uploaded file with a bidi override are refused", () => {
  it("a name with U+202E inside: 400, naming the character", async () => {
    const e = await new Client(h.url).joinById(d.id, { code: d.codes.seats.eb!, name: "值班\u202e员甲" }).then(() => { throw new Error("joined"); }, (x: { code: number; message: string }) => x);
    expect({ code: e.code, message: e.message }).toEqual({ code: 400, message: "姓名或岗位第 3 个字是不可见的控制字符（U+202E）：请删除后重新加入" });
  });

  it("at its start or end too: refused with its place, never stripped (newcomer 23 item 11: \"\\u202E长队李\" joined as 长队李)", async () => {
    const tryJoin = (name: string, code: string) => new Client(h.url).joinById(d.id, { code, name }).then(() => ({ code: 0, message: "joined" }), (x: { code: number; message: string }) => ({ code: x.code, message: x.message }));
    expect(await tryJoin("\u202e长队李", d.codes.seats.eb!)).toEqual({ code: 400, message: "姓名或岗位第 1 个字是不可见的控制字符（U+202E）：请删除后重新加入" });
    expect(await tryJoin(" 长队李\u202c ", d.codes.evaluator!)).toEqual({ code: 400, message: "姓名或岗位第 4 个字是不可见的控制字符（U+202C）：请删除后重新加入" });
    expect(await tryJoin("\u2066x\u2069", d.codes.director)).toMatchObject({ code: 400, message: expect.stringContaining("（U+2066）") });
  });

  it("an uploaded scenario and a bot play: 422, naming the line and column", async () => {
    const post = (body: Record<string, unknown>) => fetch(`${h.url}/api/drills`, { method: "POST", headers: { authorization: `Bearer ${h.directorCode}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const text = readFileSync("scenarios/chemical-leak.yaml", "utf8").split("\n");
    text[1] = `${text[1]} #\u202e`;
    const r1 = await post({ scenario: text.join("\n"), seed: 7 });
    expect(r1.status).toBe(422);
    expect(((await r1.json()) as { error: string }).error).toContain(`情景文件第 2 行第 ${[...text[1]!].length} 个字是不可见的控制字符（U+202E`);
    const r2 = await post({ scenario: "chemical-leak", seed: 7, botPlay: "scenario: chemical-leak\nseed: 7\ncommands: [] # \u2066\n" });
    expect(r2.status).toBe(422);
    expect(((await r2.json()) as { error: string }).error).toContain("机器人剧本第 3 行第 16 个字");
  });
});
