/**
 * What a seat is sent, driven without sockets now that it lives apart from the room (rooms/seat-views.ts): a
 * double-blind seat not yet told is never sent Colyseus' empty patch frame (the 1-byte ROOM_STATE_PATCH, Protocol 15),
 * which would tell it, 10 times a second, that the drill runs; the director's view and an announced drill's seats
 * get every frame; frames with content pass whatever the view.
 */
import { Protocol, type Client } from "@colyseus/core";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LiveDrill } from "../../server/live/drill.ts";
import { CONTROL_VIEW } from "../../server/live/seats.ts";
import { muteEmptyPatches } from "../../server/rooms/seat-views.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";

const drill = (blindness: "NONE" | "DOUBLE_BLIND") =>
  LiveDrill.create(openSqliteStore(":memory:"), { scenarioYaml: readFileSync("scenarios/school-fire.yaml", "utf8"), file: "school-fire.yaml", seed: 7, settings: { blindness, speed: 1, bots: [] } }).drill;

/** the frames a client of view `key` in `d` is really sent, of those the room hands it */
function sentTo(d: LiveDrill, key: string, frames: number[][]): number[][] {
  const out: number[][] = [];
  const client = { raw: (data: Uint8Array) => void out.push([...data]) } as unknown as Client;
  muteEmptyPatches(client, d, key);
  for (const f of frames) client.raw(Uint8Array.from(f));
  return out;
}

const EMPTY_PATCH = [Protocol.ROOM_STATE_PATCH];
const PATCH_WITH_CONTENT = [Protocol.ROOM_STATE_PATCH, 255, 1];

describe("empty patch frames", () => {
  it("double-blind, the fire seat not told: the 1-byte patch is dropped, a patch with content passes", () => {
    expect(Protocol.ROOM_STATE_PATCH).toBe(15);
    expect(sentTo(drill("DOUBLE_BLIND"), "fire", [EMPTY_PATCH, PATCH_WITH_CONTENT, EMPTY_PATCH])).toEqual([PATCH_WITH_CONTENT]);
  });
  it("the director's view, and a seat of an announced drill: every frame", () => {
    expect(sentTo(drill("DOUBLE_BLIND"), CONTROL_VIEW, [EMPTY_PATCH, PATCH_WITH_CONTENT])).toEqual([EMPTY_PATCH, PATCH_WITH_CONTENT]);
    expect(sentTo(drill("NONE"), "fire", [EMPTY_PATCH])).toEqual([EMPTY_PATCH]);
  });
});
