/**
 * Free text a client sends (real server, real SDK): a blank or whitespace-only text is refused as
 * blank, a text over its limit (protocol/limits.ts) as too long, each with the field named and the
 * limit stated, to the sender only; a join with a bad name says what is wrong with the name.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { Client } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, fourInRoom, refusals, startServer, until, type Created, type Harness, type Refusal } from "./harness.ts";

let h: Harness;
let d: Created;
let fire: SDKRoom, police: SDKRoom, evaluator: SDKRoom, director: SDKRoom;
let got: Record<string, Refusal[]>;
let refusalOf: (who: string, id: string) => Promise<Refusal>;
beforeAll(async () => {
  h = await startServer();
  ({ d, fire, police, evaluator, director } = await fourInRoom(h));
  ({ got, of: refusalOf } = refusals({ fire, police, evaluator, director }));
});
afterAll(async () => {
  await h.close();
});

describe("blank text is refused as blank, to the sender only", () => {
  it("a whitespace-only free inject, spot question, message, observation and an empty report each say the field is empty", async () => {
    director.send("inject", { id: "fi-1", to: ["fire"], text: "  \n\t " });
    director.send("spotQuestion", { id: "sq-1", to: ["fire"], text: "　" }); // an ideographic space (全角空格) is blank too
    fire.send("command", { id: "msg-1", command: { type: "message", to: ["eb"], text: "   " } });
    fire.send("command", { id: "rep-1", command: { type: "report", to: "eb", kind: "initial", mode: "oral", content: { scene: "  ", measures: [" "] } } });
    evaluator.send("observation", { section: "linkage", rating: "met", seen: " ", why: "及时" });
    // newcomer trial 14: zero-width spaces (U+200B, Unicode Cf, which trim() keeps) drew nothing and were taken as a notice
    fire.send("command", { id: "msg-zw", command: { type: "message", to: ["eb"], text: "\u200b\u200b\u200b" } });
    fire.send("command", { id: "rep-zw", command: { type: "report", to: "eb", kind: "initial", mode: "oral", content: { scene: "\u200b\ufeff", measures: ["\u2060"] } } });
    expect(await refusalOf("fire", "msg-zw")).toMatchObject({ code: "blankText", reason: "文字内容不能为空（只有空格也不算填写）" });
    expect((await refusalOf("fire", "rep-zw")).code).toBe("blankReport");
    expect(await refusalOf("director", "fi-1")).toMatchObject({ code: "blankText", reason: "文字内容不能为空（只有空格也不算填写）" });
    expect(await refusalOf("director", "sq-1")).toMatchObject({ code: "blankText" });
    expect(await refusalOf("fire", "msg-1")).toMatchObject({ code: "blankText", reason: "文字内容不能为空（只有空格也不算填写）" });
    expect((await refusalOf("fire", "rep-1")).code).toBe("blankReport");
    expect(await refusalOf("evaluator", "observation")).toMatchObject({ code: "blankText", reason: "观察到的情况不能为空（只有空格也不算填写）" });
    // nothing reached the log or the store, and no other client heard of it
    expect(h.ctx.store.log(d.id)).toHaveLength(0);
    expect(h.ctx.store.observations(d.id)).toHaveLength(0);
    expect(got.police).toHaveLength(0);
  });
});

describe("text over its limit is refused with the limit and the length", () => {
  it("2,001 characters of message, 1,001 of observation, 501 of an end reason", async () => {
    fire.send("command", { id: "long-1", command: { type: "message", to: ["eb"], text: "报".repeat(2001) } });
    director.send("inject", { id: "long-2", to: ["fire"], text: "注".repeat(2001) });
    fire.send("command", { id: "long-3", command: { type: "report", to: "eb", kind: "initial", mode: "oral", content: { scene: "场".repeat(2001) } } });
    evaluator.send("observation", { section: "linkage", rating: "met", seen: "看".repeat(1001), why: "及时" });
    director.send("end", { id: "long-end", reason: "因".repeat(501) });
    expect(await refusalOf("fire", "long-1")).toMatchObject({ code: "textTooLong", reason: "文字内容最多 2000 个字，现有 2001 个字" });
    expect(await refusalOf("director", "long-2")).toMatchObject({ code: "textTooLong" });
    expect(await refusalOf("fire", "long-3")).toMatchObject({ code: "textTooLong", reason: "事故现场情况最多 2000 个字，现有 2001 个字" });
    expect(await refusalOf("evaluator", "observation")).toMatchObject({ code: "textTooLong", reason: "观察到的情况最多 1000 个字，现有 1001 个字" });
    expect(await refusalOf("director", "long-end")).toMatchObject({ code: "textTooLong", reason: "原因最多 500 个字，现有 501 个字" });
    expect(h.ctx.drills.get(d.id)!.state.ended).toBe(false);
    expect(h.ctx.store.observations(d.id)).toHaveLength(0);
  });

  it("text at the limit is taken", async () => {
    const acks = collect<{ id: string }>(fire, "ack");
    const kept = collect(evaluator, "observation");
    fire.send("command", { id: "max-1", command: { type: "message", to: ["eb"], text: "报".repeat(2000) } });
    evaluator.send("observation", { id: "max-obs", section: "linkage", rating: "met", seen: "看".repeat(1000), why: "及时" });
    await until(() => acks.some((a) => a.id === "max-1") && kept.length === 1, 5000, "text at the limit");
    expect(h.ctx.store.observations(d.id)[0]!.seen).toHaveLength(1000);
  });
});

describe("a join refused for its name says what is wrong with the name", () => {
  const refusal = (name: unknown, code = d.codes.seats.eb!) => new Client(h.url).joinById(d.id, { code, name }).then(
    () => { throw new Error("joined"); },
    (e: { code: number; message: string }) => ({ code: e.code, message: e.message }),
  );
  it("41 characters, blank, missing; a bad code still reads as a bad code", async () => {
    expect(await refusal("岗".repeat(41))).toEqual({ code: 400, message: "姓名或岗位须为 1 至 40 个字（现有 41 个字）" });
    expect(await refusal("   ")).toEqual({ code: 400, message: "加入时须填写姓名或岗位（1 至 40 个字）" });
    // zero-width spaces only (newcomer trial 14: the seat list showed an invisible name)
    expect(await refusal("\u200b\u200b")).toEqual({ code: 400, message: "加入时须填写姓名或岗位（1 至 40 个字）" });
    expect(await refusal(undefined)).toEqual({ code: 400, message: "加入时须填写姓名或岗位（1 至 40 个字）" });
    expect(await refusal("值班员", "WRONG-CODE-0000")).toEqual({ code: 401, message: "此参演码不能进入本演练的席位" });
    expect(await refusal("岗".repeat(41), "x")).toMatchObject({ code: 401 });
  });
});
