/**
 * Node 20 shims for Colyseus 0.18 (written for Node ≥ 22): its reconnection path reads the global
 * `WebSocket` (global only from Node 22), so without this a reconnecting client throws
 * "WebSocket is not defined" and loses its seat. `ws` is the ws-transport's own socket library.
 * The encoder's buffer starts large enough for the director's first full state (the hazard
 * overlay's rasters are ~150 kB) instead of warning and growing on the first join.
 */
import { Encoder } from "@colyseus/schema";
import { WebSocket } from "ws";

if (!("WebSocket" in globalThis)) Object.assign(globalThis, { WebSocket });
Encoder.BUFFER_SIZE = 512 * 1024;
