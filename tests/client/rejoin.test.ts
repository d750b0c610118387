// @vitest-environment happy-dom
/**
 * A console whose rejoin is refused for its code stops retrying (newcomer trial 14 P3): a director who
 * entered with the server's director code kept "正在重新连接…" for good after a restart, because each start
 * prints a new server code and the old one is refused (the room's auth answers 401, as for any wrong code:
 * tests/server/blank-and-long.test.ts). The server still down, or the room not yet rebuilt, is worth retrying.
 */
import { describe, expect, it } from "vitest";
import { rejoinOutcome } from "../../client/net/session.ts";
import { t, setLang } from "../../client/i18n/index.ts";

describe("what a failed rejoin means", () => {
  it("a refused code (401) closes the console; a server not up or a room not found is tried again", () => {
    expect(rejoinOutcome({ code: 401, message: "此参演码不能进入本演练的席位" })).toBe("codeGone");
    expect(rejoinOutcome(new Error("connect ECONNREFUSED 127.0.0.1:2567"))).toBe("retry");
    expect(rejoinOutcome({ code: 4212, message: "room not found" })).toBe("retry");
    expect(rejoinOutcome(undefined)).toBe("retry");
  });

  it("the join page then says why, in the reader's language, and how to get back in", () => {
    setLang("zh");
    expect(t("join.codeGone")).toContain("本演练的导调码");
    setLang("en");
    expect(t("join.codeGone")).toContain("this drill's own director code");
    setLang("zh");
  });
});
