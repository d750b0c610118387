/**
 * `npm start` on a port already in use says so and what to do, without a stack trace, and does
 * not hang (the fresh-clone newcomer saw Colyseus log EADDRINUSE and the process never exit).
 */
import { createServer } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serve } from "../../server/main.ts";

describe("a busy port", () => {
  it("is refused with the port named and how to pick another", async () => {
    const taken = createServer();
    await new Promise<void>((ok) => taken.listen(0, "127.0.0.1", ok));
    const port = (taken.address() as { port: number }).port;
    try {
      const data = join(mkdtempSync(join(tmpdir(), "busy-")), "d.sqlite");
      await expect(serve({ port, data, log: () => {} })).rejects.toThrow(new RegExp(`端口 ${port} 已被占用.*PORT=`));
    } finally {
      taken.close();
    }
  });
});
