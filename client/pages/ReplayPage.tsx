/**
 * The replay viewer: loads the finished drill's scenario, rules and log from the server
 * (GET /api/drills/:id/sources), runs the engine in this browser, scrubs the timeline on the map as any role, and shows the
 * state hash computed here next to the server's.
 */
import { useMemo, useState } from "preact/hooks";
import { local, t, useLang } from "../i18n/index.ts";
import { simClock, wall } from "../i18n/describe.ts";
import { describeEvent, words } from "../../i18n/describe.ts";
import { consoleModel } from "../local/model.ts";
import { Replay } from "../local/replay.ts";
import { scrubRange } from "../local/scrub.ts";
import { seenEvents } from "../local/seat-events.ts";
import { MapView } from "../map/MapView.tsx";
import { api } from "../net/api.ts";
import { CodeForm, useCodeGate } from "./CodeForm.tsx";
import { DutiesPanel } from "../panels/DutiesPanel.tsx";
import { Inbox } from "../panels/Inbox.tsx";

interface Sources { scenario: string; rules: string; log: string; serverHash?: string; serverAtMs?: number; blindness?: string }

/**
 * The drill's stored scenario, its rules profile and its log come from the server (the
 * director's or an evaluator's code; any code of the drill once it has ended), with the hash the
 * server recorded at its last clock position. A drill still running has no recorded hash
 * between persists: then the server's verification gives it (director or evaluator).
 */
async function load(id: string): Promise<Sources> {
  const s = await api.sources(id);
  const verified = s.stateHash ? undefined : await api.drillText(id, "verify").then((x) => JSON.parse(x) as { stateHash?: string; clockMs?: number }, () => undefined);
  const serverHash = s.stateHash ?? verified?.stateHash;
  const serverAtMs = s.stateHash ? s.clockMs : verified?.clockMs;
  return { scenario: s.scenario, rules: s.rules, log: s.log, ...(s.blindness ? { blindness: s.blindness } : {}), ...(serverHash ? { serverHash } : {}), ...(serverAtMs !== undefined ? { serverAtMs } : {}) };
}

/**
 * Opened without a code in this tab (a typed or shared `/replay/<id>`: the server answers 401), the page asks for
 * one with the report page's form (newcomer trial item 3), and loads the replay once a code is accepted.
 */
export function ReplayPage(props: { drillId: string }) {
  useLang();
  const { value: src, err, refused, retry } = useCodeGate(props.drillId, () => load(props.drillId));
  if (err) return <main class="page"><p class="error" role="alert">{t("common.error", { msg: err })}</p></main>;
  if (refused !== undefined) {
    const words = { title: t("after.replay"), needed: t("after.replayCodeNeeded"), open: t("after.openReplay"), refusedKey: "after.replayCodeRefused" };
    return <CodeForm drillId={props.drillId} refused={refused} words={words} testid="replay" onCode={retry} />;
  }
  if (!src) return <main class="page"><p class="muted">{t("after.loading")}</p></main>;
  return <ReplayView src={src} drillId={props.drillId} />;
}

export function ReplayView(props: { src: Sources; drillId: string }) {
  const { replay, finalHash, endMs, error } = useMemo(() => {
    try {
      const r = new Replay(props.src.scenario, props.src.rules, props.src.log, props.src.blindness);
      const h = r.finish(props.src.serverAtMs);
      return { replay: r, finalHash: h, endMs: r.endMs, error: undefined };
    } catch (e) {
      return { replay: undefined, finalHash: "", endMs: 0, error: (e as Error).message };
    }
  }, [props.src]);
  const [tMs, setT] = useState(0);
  const [role, setRole] = useState("director");
  if (!replay) return <main class="page"><p class="error">{error}</p></main>;
  const range = scrubRange(endMs, replay.c.tickMs);
  const state = replay.frame(tMs);
  const model = consoleModel(replay.c, state, role, { paused: true, speed: 1 }, replay.events);
  const match = props.src.serverHash !== undefined && props.src.serverHash === finalHash;
  const w = words(replay.c, local({ zh: "zh-CN", en: "en" }) as "zh-CN" | "en");
  // what the chosen role saw up to the scrubbed time, newest first (local/seat-events.ts)
  const recent = seenEvents(replay.c, role, replay.events, tMs).map((e) => describeEvent(replay.c, w, e)).filter(Boolean).reverse();
  return (
    <main class="page page-replay" data-testid="replay">
      <header class="bar">
        <div class="bar-seat">{t("after.replay")} · {local(replay.c.scenario.title)}</div>
        <div class="bar-clock"><strong>{wall(model, tMs)}</strong> <span class="muted">T+{simClock(tMs)}</span></div>
      </header>
      <div class="hashes" data-testid="hashes">
        <div>{t("after.hashLocal")}: <code data-testid="hash-local">{finalHash}</code></div>
        <div>{t("after.hashServer")}: <code data-testid="hash-server">{props.src.serverHash ?? "—"}</code></div>
        <div data-testid="hash-verdict" class={match ? "ok" : "bad"}>{match ? `✔ ${t("after.match")}` : `✖ ${t("after.differ")}`}</div>
      </div>
      <div class="scrub">
        <input type="range" min={range.min} max={range.max} step={range.step} value={tMs} data-testid="scrub" onInput={(e) => setT(Number((e.currentTarget as HTMLInputElement).value))} />
        <select value={role} data-testid="replay-role" onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value)}>
          <option value="director">{t("director.omniscient")}</option>
          {replay.c.scenario.agencies.map((a) => <option key={a.id} value={a.id}>{local(a.name)}</option>)}
        </select>
      </div>
      <div class="console-body">
        <section class="pane pane-map pane-on"><MapView model={model} /></section>
        <section class="pane pane-side pane-on">
          <div class="pane-scroll">
            <ul class="events" data-testid="replay-events">{recent.map((l, i) => <li key={i}>{l}</li>)}</ul>
            <DutiesPanel model={model} showOwner={model.omniscient} />
            <Inbox model={model} unread={new Set()} markRead={() => undefined} />
          </div>
        </section>
      </div>
    </main>
  );
}
