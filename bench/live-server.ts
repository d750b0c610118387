/**
 * Child-process drill servers for the crash test, the Redis test and `npm run bench:live`: the
 * server bundled once from the current source (esbuild, as `npm run build:server` does, so each
 * start takes about a second instead of tsx's three), started on a free 127.0.0.1 port with its own
 * data file, killed by pid. Also a throw-away redis-server on a loopback port.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join as pathJoin } from "node:path";
import { build } from "esbuild";
import { Client, type Room } from "@colyseus/sdk";
import { idMaker } from "../client/net/client-id.ts";

/** Bundle server/start.ts into node_modules/.cache (so its bare imports resolve); returns the file. */
export async function bundleServer(): Promise<string> {
  const dir = pathJoin("node_modules", ".cache", "lianyan");
  mkdirSync(dir, { recursive: true });
  const outfile = pathJoin(dir, `server-${process.pid}.js`);
  await build({ entryPoints: ["server/start.ts"], bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning", outfile });
  return outfile;
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Every child this module started and that has not exited: killed when the test process exits. */
const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});

/** SIGKILL every server and redis-server this process started that is still running. */
export async function killChildren(): Promise<void> {
  await Promise.all([...children].map((c) => new Promise<void>((r) => {
    c.once("exit", () => r());
    c.kill("SIGKILL");
  })));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function track(c: ChildProcess): ChildProcess {
  children.add(c);
  c.once("exit", () => children.delete(c));
  return c;
}

export interface ServerProcess {
  proc: ChildProcess;
  port: number;
  url: string;
  /** everything the server printed (stdout and stderr) */
  output: string[];
  /** resolves with the exit code or signal once the process is gone */
  exited: Promise<string>;
  kill(signal?: NodeJS.Signals): Promise<string>;
}

export interface StartOptions {
  bundle: string;
  port: number;
  data: string;
  directorCode: string;
  env?: Record<string, string>;
  /** how long to wait for /api/health (ms) */
  timeoutMs?: number;
}

/** Start a server process without waiting for it (the crash test kills some during start-up). */
export function spawnServer(o: StartOptions): ServerProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(o.port), LIANYAN_DATA: o.data, LIANYAN_DIRECTOR_CODE: o.directorCode, ...o.env };
  if (!o.env?.REDIS_URL) delete env.REDIS_URL; // scale-out only when asked for
  const proc = track(spawn(process.execPath, [o.bundle], { env, stdio: ["ignore", "pipe", "pipe"] }));
  const output: string[] = [];
  proc.stdout!.on("data", (b: Buffer) => output.push(b.toString()));
  proc.stderr!.on("data", (b: Buffer) => output.push(b.toString()));
  const exited = new Promise<string>((resolve) => proc.once("exit", (code, signal) => resolve(signal ?? String(code))));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${o.port}`;
  const sp: ServerProcess = {
    proc, port: o.port, url, output, exited,
    kill: (signal = "SIGKILL") => {
      if (!gone) proc.kill(signal);
      return exited;
    },
  };
  return sp;
}

/** Start a server and wait until /api/health answers; kills it and throws if it does not in time. */
export async function startServer(o: StartOptions): Promise<ServerProcess> {
  const sp = spawnServer(o);
  let gone = false;
  void sp.exited.then(() => (gone = true));
  const deadline = Date.now() + (o.timeoutMs ?? 20_000);
  while (Date.now() < deadline && !gone) {
    try {
      if ((await fetch(`${sp.url}/api/health`)).ok) return sp;
    } catch {
      /* not listening yet */
    }
    await sleep(30);
  }
  await sp.kill();
  throw new Error(`server on ${o.port} did not start:\n${sp.output.join("")}`);
}

export interface DrillCreated {
  id: string;
  codes: { director: string; evaluator: string; observer: string; seats: Record<string, string> };
}

/** POST /api/drills with the director code. */
export async function createDrill(url: string, directorCode: string, body: Record<string, unknown>): Promise<DrillCreated> {
  const r = await fetch(`${url}/api/drills`, { method: "POST", headers: { authorization: `Bearer ${directorCode}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  if (r.status !== 201) throw new Error(`POST /api/drills: ${r.status} ${await r.text()}`);
  return (await r.json()) as DrillCreated;
}

/** Join a drill with a code through the SDK; automatic reconnection off unless asked for. */
export async function joinDrill(url: string, drillId: string, code: string, name: string, reconnect = false): Promise<Room> {
  const room = await new Client(url).joinById(drillId, { code, name });
  room.reconnection.enabled = reconnect;
  room.onMessage("welcome", () => undefined); // the seat's brief: not needed by these drivers
  return room;
}

/**
 * A fresh client id for a director's `clock` or `reissue` (`<random prefix>-<n>`, the client's own maker,
 * client/net/client-id.ts): the server requires one (protocol/messages.ts) and carries out a request once per id,
 * so each new request needs its own; a drill kept across a server restart never sees one again.
 */
export const requestId: () => string = idMaker();

/** A redis-server of its own on 127.0.0.1:`port`, no persistence; `stop` kills it by pid. */
export async function startRedis(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const proc = track(spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] }));
  const out: string[] = [];
  proc.stdout!.on("data", (b: Buffer) => out.push(b.toString()));
  const exited = new Promise<void>((r) => proc.once("exit", () => r()));
  const deadline = Date.now() + 10_000;
  while (!out.join("").includes("Ready to accept connections")) {
    if (Date.now() > deadline || proc.exitCode !== null) {
      proc.kill("SIGKILL");
      throw new Error(`redis-server did not start:\n${out.join("")}`);
    }
    await sleep(20);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (proc.exitCode === null) proc.kill("SIGKILL");
      await exited;
    },
  };
}
