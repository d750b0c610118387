/**
 * A stand-in for the SDK's Room in the live-session tests (client/net/live.ts): it records what is sent and keeps each
 * handler the session registers (`on`: "msg:<type>", "drop", "reconnect", "leave"), so a test can answer, drop,
 * restore and close the connection by calling them.
 */
type Handler = (...a: unknown[]) => void;

export function standInRoom() {
  return {
    sent: [] as Array<[string, Record<string, unknown>]>,
    on: new Map<string, Handler>(),
    onMessage(type: string, f: Handler) { this.on.set(`msg:${type}`, f); },
    onStateChange() {},
    onDrop(f: Handler) { this.on.set("drop", f); },
    onReconnect(f: Handler) { this.on.set("reconnect", f); },
    onLeave(f: Handler) { this.on.set("leave", f); },
    onError() {},
    reconnection: { minDelay: 0, maxDelay: 0 },
    send(type: string, body: Record<string, unknown>) { this.sent.push([type, body]); },
    async leave() {},
  };
}
