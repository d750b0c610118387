/** The top bar: drill time and wall-clock label, speed, paused/ended, connection and outbox, language. */
import { lang, setLang, t, local } from "../i18n/index.ts";
import { simClock, wall } from "../i18n/describe.ts";
import { notStarted, type ConsoleModel } from "../model/console.ts";
import type { Connection } from "../net/session.ts";

/** `onLeave`: the seat's 离开席位 (asked once more: the code is needed to come back), absent on other consoles. */
export function ClockBar(props: { model?: ConsoleModel; connection: Connection; outbox: number; seatLabel: string; onLeave?: () => void }) {
  const m = props.model;
  // cut off, the page cannot know whether the drill runs: the chip says the connection's state, not the last one heard
  // (newcomer 21 item 4: the header read ▶ 运行中 with the server down)
  // (an ended drill stays ended: that cannot change while cut off)
  const cut = (props.connection === "offline" || props.connection === "connecting") && !m?.ended;
  const state = !m ? "" : cut ? t("conn.lost") : m.ended ? t("clock.ended") : m.paused ? t("clock.paused") : t("clock.running");
  const warn = cut || !!m?.paused || !!m?.ended;
  return (
    <header class="bar">
      <div class="bar-seat" data-testid="seat-label">{props.seatLabel}{m?.title ? <span class="bar-title"> · {local(m.title)}</span> : null}</div>
      <button type="button" class="btn-link" onClick={() => setLang(lang() === "zh" ? "en" : "zh")}>{t("lang.switch")}</button>
      {props.onLeave ? <button type="button" class="btn-link" data-testid="leave-seat" title={t("keep.leaveHint")} onClick={() => confirm(t("keep.leaveConfirm")) && props.onLeave!()}>{t("keep.leave")}</button> : null}
      {/* standby (double-blind, not yet notified): the same words before the director's start and after it, since a
          seat may not learn whether the drill runs (domain.md §3.8 不明确演练时间): it waits to be notified, and says so */}
      {m?.standby ? (
        <div class="bar-clock" data-testid="clock" aria-live="off">
          <span class={`chip ${cut ? "chip-warn" : ""}`} data-testid="clock-state">{cut ? `⚠ ${t("conn.lost")}` : t(m.role === "observer" ? "clock.standbyObserver" : "clock.standby")}</span>
          {m.mode ? <span class="chip bar-mode" data-testid="drill-mode">{t(`blindness.${m.mode}`)}</span> : null}
        </div>
      ) : m ? (
        <div class="bar-clock" data-testid="clock" aria-live="off">
          <strong>{clockTime(wall(m, m.tMs))}<span class="tz">{clockZone(wall(m, m.tMs))}</span></strong>
          <span class="muted"> T+{simClock(m.tMs)}</span>
          <span class={`chip ${warn ? "chip-warn" : "chip-ok"}`} data-testid="clock-state">{cut ? "⚠ " : m.paused || m.ended ? "‖ " : "▶ "}{state}</span>
          <span class="chip">{t("clock.speed", { x: m.speed })}</span>
          {m.mode ? <span class="chip bar-mode" data-testid="drill-mode">{t(`blindness.${m.mode}`)}</span> : null}
        </div>
      ) : null}
      {/* the director starts it (DirectorPanels' button says so); everyone else is told to wait */}
      {m && notStarted(m) && m.role !== "director" ? <div class="banner" role="status" data-testid="not-started">{t("clock.notStarted")}</div> : null}
      {props.connection === "offline" || props.connection === "connecting" ? (
        <div class="banner" role="status" data-testid="offline-banner">⚠ {t("conn.offline")} {props.outbox > 0 ? t("conn.outbox", { n: props.outbox }) : ""}</div>
      ) : null}
    </header>
  );
}

/** "09:29:42 UTC+08:00" → the time, and the zone (with its space) that phones leave out to keep one line. */
const clockTime = (w: string) => w.split(" ")[0] ?? w;
const clockZone = (w: string) => (w.includes(" ") ? w.slice(w.indexOf(" ")) : "");
