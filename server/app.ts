/**
 * The server (design.md): @colyseus/core with the ws transport, the `drill` room, the HTTP API
 * and the built client. `createServer(ctx, port)` builds it; main.ts (or a test) listens.
 * With REDIS_URL, rooms are shared across processes (server/scale.ts).
 */
import "./node20.ts";
import { defineRoom, defineServer } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { setContext, type LiveContext } from "./context.ts";
import { mountApiErrors } from "./http/api-errors.ts";
import { mountRoutes } from "./http/routes.ts";
import { mountStatic } from "./http/static.ts";
import { DrillRoom } from "./rooms/drill-room.ts";
import { guardMatchmaking } from "./rooms/matchmaking.ts";
import { watchPeers } from "./live/guesses.ts";
import { scaleOptions } from "./scale.ts";

export function createServer(ctx: LiveContext, port: number) {
  setContext(ctx);
  guardMatchmaking();
  // frames up to 1 MB reach the room, which refuses messages over MAX_MESSAGE_BYTES with a reason; larger ones close the socket
  const transport = new WebSocketTransport({ maxPayload: 1024 * 1024 });
  // every limit counts by client address: the TCP peer, or behind a trusted proxy the address it forwarded (live/guesses.ts)
  if (transport.server) watchPeers(transport.server as import("node:http").Server, ctx.trustedProxies);
  return defineServer({
    transport,
    greet: false,
    rooms: { drill: defineRoom(DrillRoom) },
    express: (app) => {
      mountRoutes(app as never, ctx);
      mountApiErrors(app as never);
      mountStatic(app as never);
    },
    ...scaleOptions(port),
  });
}

export type LianyanServer = ReturnType<typeof createServer>;
