/**
 * `npm run bench:live` (issue 7, benchmark): 10 drills × 32 people (8 agency seats × 4 people, the
 * other agencies played by bots) on one child-process server at 10× speed; each person sends a
 * command every 5 s of wall time (staggered) for BENCH_SECONDS (default 60), then everything
 * stops by itself. Prints command→ack latency p50/p99, bytes per second per client, and server
 * CPU and memory per room as a table; then every person sends one command at the same instant (the
 * burst row: what group commit is for). Targets: p99 < 50 ms, < 30 MB per room. Talks only to
 * 127.0.0.1. The load generator shares the machine with the server (its own CPU is printed).
 * Environment: BENCH_ROOMS, BENCH_PEOPLE (per seat), BENCH_SECONDS.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Room } from "@colyseus/sdk";
import seedrandom from "seedrandom";
import { parse as parseYaml } from "yaml";
import { bundleServer, createDrill, freePort, joinDrill, killChildren, sleep, startServer, type ServerProcess } from "./live-server.ts";

const ROOMS = Number(process.env.BENCH_ROOMS ?? 10);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const EVERY_MS = 5_000;
const SPEED = 10;
const SEATS = ["ent", "duty", "eb", "fire", "police", "health", "eco", "town"];
const BOTS = ["city", "met"];
const DIRECTOR_CODE = "BENCH-LIVE-DIRECTOR";
const rng = seedrandom("bench live");

/** /proc/<pid>: CPU seconds used so far and resident memory in MB (Linux). */
function proc(pid: number): { cpuS: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(stat[11]) + Number(stat[12]); // utime + stime, in clock ticks (USER_HZ = 100)
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return { cpuS: ticks / 100, rssMb: Number(rss) / 1024 };
}

/** Share of the last 60 s some task waited for a CPU (Linux PSI), or "n/a". */
function cpuPressure(): string {
  try {
    return `${/avg60=([\d.]+)/.exec(readFileSync("/proc/pressure/cpu", "utf8"))?.[1] ?? "n/a"} %`;
  } catch {
    return "n/a";
  }
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

function seatCommands(seat: string): Record<string, unknown>[] {
  const play = parseYaml(readFileSync("scenarios/plays/chemical-leak.good.yaml", "utf8")) as { commands: Record<string, unknown>[] };
  const own = play.commands.filter((c) => c.by === seat).map(({ at: _a, by: _b, note: _n, ...rest }) => rest);
  return [...own, { type: "message", to: seat === "duty" ? "eb" : "duty", channel: "phone", text: `${seat} 值班员报告：现场情况续报，人员已到位` }];
}

interface Person {
  room: Room;
  seat: string;
  bytes: number;
  sentAt: Map<string, number>;
  n: number;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "lianyan-bench-"));
  const bundle = await bundleServer();
  const guard = setTimeout(() => {
    console.error(`bench:live did not finish within ${SECONDS + 180} s; stopping`);
    void killChildren().then(() => process.exit(1));
  }, (SECONDS + 180) * 1000);
  let server: ServerProcess | undefined;
  try {
    server = await startServer({ bundle, port: await freePort(), data: join(dir, "bench.sqlite"), directorCode: DIRECTOR_CODE, env: { LIANYAN_RATE: "20" } });
    await sleep(1000);
    const idle = proc(server.proc.pid!);
    const drills = [];
    for (let i = 0; i < ROOMS; i++) drills.push(await createDrill(server.url, DIRECTOR_CODE, { scenario: "chemical-leak", seed: 7 + i, speed: SPEED, bots: BOTS }));
    const commands = Object.fromEntries(SEATS.map((s) => [s, seatCommands(s)]));
    const latencies: number[] = [];
    const burst: number[] = []; // the burst round's acks, apart from the steady ones
    let rejected = 0;
    const people: Person[] = [];
    const joins = drills.flatMap((d) => SEATS.flatMap((seat) => Array.from({ length: PEOPLE }, (_, k) => ({ d, seat, k }))));
    const t0 = performance.now();
    for (let i = 0; i < joins.length; i += 16) {
      await Promise.all(joins.slice(i, i + 16).map(async ({ d, seat, k }) => {
        const room = await joinDrill(server!.url, d.id, d.codes.seats[seat]!, `${seat}-${k + 1}`);
        const p: Person = { room, seat, bytes: 0, sentAt: new Map(), n: 0 };
        const ws = (room.connection.transport as unknown as { ws: { on(e: "message", f: (data: Buffer | ArrayBuffer) => void): void } }).ws;
        ws.on("message", (data) => void (p.bytes += data.byteLength)); // every frame the seat's socket receives
        room.onMessage("ack", (a: { id: string }) => {
          const at = p.sentAt.get(a.id);
          if (at !== undefined) (a.id.endsWith("-burst") ? burst : latencies).push(performance.now() - at);
          p.sentAt.delete(a.id);
        });
        room.onMessage("rejected", (r: { id: string; type: string }) => {
          if (r.type === "command" && p.sentAt.delete(r.id)) rejected++;
        });
        people.push(p);
      }));
    }
    const joinS = (performance.now() - t0) / 1000;
    await sleep(2000); // initial views settle
    const startProc = proc(server.proc.pid!);
    const startCpu = process.cpuUsage();
    const load0 = loadavg()[0]!;
    const bytes0 = people.map((p) => p.bytes);
    const w0 = performance.now();
    let sent = 0;
    const timers = people.map((p, i) => {
      const send = () => {
        const id = `${p.seat}-${i}-${++p.n}`;
        const list = commands[p.seat]!;
        p.sentAt.set(id, performance.now());
        p.room.send("command", { id, command: list[(i + p.n) % list.length]! });
        sent++;
      };
      const first = setTimeout(() => {
        send();
        timers[i] = setInterval(send, EVERY_MS);
      }, Math.floor(rng() * EVERY_MS));
      return first as ReturnType<typeof setTimeout> | ReturnType<typeof setInterval>;
    });
    await sleep(SECONDS * 1000);
    for (const t of timers) clearInterval(t);
    await sleep(1000); // last acks in flight
    const wall = (performance.now() - w0) / 1000;
    const endProc = proc(server.proc.pid!);
    const genCpu = process.cpuUsage(startCpu);
    const unanswered = people.reduce((n, p) => n + p.sentAt.size, 0);
    // burst round: every person sends one command in the same instant (a group commit's case)
    people.forEach((p, i) => {
      const id = `${p.seat}-${i}-burst`;
      p.sentAt.set(id, performance.now());
      p.room.send("command", { id, command: commands[p.seat]!.at(-1)! });
    });
    for (let t = 0; t < 100 && burst.length < people.length; t++) await sleep(100);
    const rates = people.map((p, i) => (p.bytes - bytes0[i]!) / wall);
    const serverCpu = (endProc.cpuS - startProc.cpuS) / wall;

    const rows: [string, string, string][] = [
      ["rooms × clients (seats × people)", `${ROOMS} × ${SEATS.length * PEOPLE} (${SEATS.length} × ${PEOPLE}), bots: ${BOTS.join(", ")}`, ""],
      ["speed / window", `${SPEED}× / ${wall.toFixed(1)} s (joins took ${joinS.toFixed(1)} s)`, ""],
      ["commands sent / acked / rejected / unanswered", `${sent} / ${latencies.length} / ${rejected} / ${unanswered}`, ""],
      ["command→ack latency p50", `${pct(latencies, 50).toFixed(1)} ms`, ""],
      ["command→ack latency p99", `${pct(latencies, 99).toFixed(1)} ms`, "< 50 ms"],
      ["command→ack latency max", `${Math.max(...latencies).toFixed(1)} ms`, ""],
      [`burst: ${people.length} commands at once, acked / p50 / p99 / max`, `${burst.length} / ${pct(burst, 50).toFixed(1)} / ${pct(burst, 99).toFixed(1)} / ${Math.max(...burst).toFixed(1)} ms`, ""],
      ["bytes/s per client: mean / p99 / max", `${(rates.reduce((a, b) => a + b, 0) / rates.length).toFixed(0)} / ${pct(rates, 99).toFixed(0)} / ${Math.max(...rates).toFixed(0)} B/s`, ""],
      ["server CPU: total / per room", `${(serverCpu * 100).toFixed(1)} % / ${((serverCpu * 100) / ROOMS).toFixed(1)} % of one core`, ""],
      ["server RSS: idle / loaded / per room", `${idle.rssMb.toFixed(0)} / ${endProc.rssMb.toFixed(0)} / ${((endProc.rssMb - idle.rssMb) / ROOMS).toFixed(1)} MB`, "< 30 MB per room"],
      ["machine: cores / load average (1 min) at start, end", `${cpus().length} / ${load0.toFixed(1)}, ${loadavg()[0]!.toFixed(1)}`, ""],
      ["machine: CPU pressure (tasks waiting, avg 60 s)", cpuPressure(), ""],
      ["load generator CPU (same machine)", `${(((genCpu.user + genCpu.system) / 1e6 / wall) * 100).toFixed(1)} % of one core`, ""],
    ];
    const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length)), 16];
    const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(w[i]!)).join(" | ")} |`;
    console.log(`\nbench:live — ${new Date().toISOString()}, ${ROOMS} rooms on one server process (chemical-leak), 127.0.0.1`);
    console.log(line(["measure", "value", "target"]));
    console.log(line(w.map((n) => "-".repeat(n))));
    for (const r of rows) console.log(line(r));
    for (const p of people) await p.room.leave().catch(() => undefined);
  } finally {
    clearTimeout(guard);
    await killChildren();
    rmSync(dir, { recursive: true, force: true });
    rmSync(bundle, { force: true });
  }
}

await main();
