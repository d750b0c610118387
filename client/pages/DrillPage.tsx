/**
 * A joined seat: connects with the code and name remembered by the join page, then shows the
 * agency console or the control console. When the drill ends, the end banner above it (EndedBar).
 */
import { useEffect, useState } from "preact/hooks";
import { t, useLang } from "../i18n/index.ts";
import { simClock, wall } from "../i18n/describe.ts";
import type { ConsoleModel } from "../model/console.ts";
import { navigate } from "../nav.ts";
import { api, ApiError } from "../net/api.ts";
import { LiveSession } from "../net/live.ts";
import { rememberSeat } from "./JoinPage.tsx";
import { forgetSeat, keepSeat, keptSeat, rememberedCodes } from "../net/seat-memory.ts";
import { useSource } from "../net/store.ts";
import { AgencyConsole } from "./AgencyConsole.tsx";
import { ControlConsole } from "./ControlConsole.tsx";
import { CarriedRequests } from "../panels/carried.ts";

export function DrillPage(props: { drillId: string }) {
  const [session, setSession] = useState<LiveSession>();
  useEffect(() => {
    const saved = sessionStorage.getItem(`lianyan.join.${props.drillId}`);
    // a closed tab's seat: the code this browser joined the drill's seat with (net/seat-memory.ts), into this tab
    const kept = saved ? undefined : keptSeat(props.drillId);
    if (kept) rememberSeat(props.drillId, kept.code, kept.name);
    // no code in this tab nor kept (a typed address, another browser): the join form, for this drill
    if (!saved && !kept) return navigate(`/?drill=${encodeURIComponent(props.drillId)}`);
    const { code, name } = kept ?? (JSON.parse(saved!) as { code: string; name: string });
    // a code that no longer opens this drill is forgotten with the tab's copy
    const drop = (id: string) => (sessionStorage.removeItem(`lianyan.join.${id}`), forgetSeat(id));
    let s: LiveSession | undefined;
    // a wrong or revoked code: back to the join page with the message, nothing else shown;
    // a good code of a drill that has ended: the join page says so and what remains to see
    const back = (why: string) => navigate(`/join/${encodeURIComponent(code)}?drill=${encodeURIComponent(props.drillId)}&${why}`);
    LiveSession.join(props.drillId, code, name).then(
      (x) => setSession((s = x)),
      // a refusal of the name (400) is the person's to fix: the join page shows the server's own reason
      (e: { code?: number; message?: string }) => e.code === 400 && e.message ? (sessionStorage.setItem("lianyan.joinError", e.message), back("name=1")) : api.lookup(code).then(
        (f) => f.drillId !== props.drillId
          // a good code under a wrong drill id (an old or mistyped link): its own drill, never 参演码无效 (newcomer 17 b03)
          ? (drop(props.drillId), sessionStorage.setItem(`lianyan.join.${f.drillId}`, JSON.stringify({ code, name })), navigate(`/drill/${encodeURIComponent(f.drillId)}`))
          : f.status === "ended" ? back(`ended=${encodeURIComponent(f.kind)}`) : (drop(props.drillId), back("bad=1")),
        // too many wrong codes from this address (429): the server's own reason, and the code kept, never 参演码无效
        (f: unknown) => f instanceof ApiError && f.status === 429
          ? (sessionStorage.setItem("lianyan.joinError", f.message), back("busy=1"))
          : (drop(props.drillId), back("bad=1")),
      ),
    );
    return () => s?.leave();
  }, [props.drillId]);
  if (!session) return <main class="page"><p class="muted">{t("join.joining")}</p></main>;
  return <Joined session={session} />;
}

/**
 * Leave the seat for good on this browser (离开席位): its code is forgotten (localStorage and this tab), the room
 * left, and the join page shown; the person needs the code again to come back.
 */
export function leaveSeat(drillId: string): void {
  sessionStorage.removeItem(`lianyan.join.${drillId}`);
  forgetSeat(drillId);
  navigate("/");
}

function Joined(props: { session: LiveSession }) {
  useLang();
  const snap = useSource(props.session);
  const m = snap.model;
  useEffect(() => {
    if (!snap.revoked && !snap.codeGone) return;
    sessionStorage.removeItem(`lianyan.join.${snap.drillId}`);
    forgetSeat(snap.drillId);
    // the client's own words (zh-CN or English) for what the server said in Chinese
    sessionStorage.setItem("lianyan.joinError", t(snap.codeGone ? "join.codeGone" : snap.toBot ? "join.seatToBot" : "join.revoked"));
    navigate("/");
  }, [snap.revoked, snap.codeGone]);
  // an agency seat, once in, is kept on this browser for a closed tab; a control code (the server's director code
  // opens every drill) stays in this tab only
  const seat = !!m && !m.omniscient && m.role !== "observer";
  useEffect(() => {
    if (seat && !snap.revoked && !snap.codeGone) keepSeat(snap.drillId, { code: props.session.code, name: snap.name });
  }, [seat, snap.drillId]);
  // one function for the page's life: a panel takes what was carried over once, when it first shows
  const [carried] = useState(() => (type: string) => props.session.carried(type));
  if (!m) return <main class="page"><p class="muted">{t("common.loading")}</p></main>;
  const codes = rememberedCodes(snap.drillId);
  const common = { model: m, drillId: snap.drillId, person: snap.name, commands: snap.commands, connection: snap.connection, outbox: snap.outbox };
  return (
    <div class={m.ended ? "drill-frame drill-ended" : "drill-frame"}>
      {m.ended ? <EndedBar model={m} drillId={snap.drillId} /> : null}
      {m.omniscient
        // what this tab sent before a reload is answered here, shown by the panel that sent it (panels/carried.ts)
        ? <CarriedRequests.Provider value={carried}><ControlConsole {...common} send={(c) => props.session.send(c)} control={(ty, b) => props.session.control(ty, b)} codes={codes} /></CarriedRequests.Provider>
        : m.role === "observer" ? <ControlConsole {...common} /> : <AgencyConsole {...common} send={(c) => props.session.send(c)} leave={() => leaveSeat(snap.drillId)} />}
    </div>
  );
}

/**
 * Every console once the drill has ended: 演练已结束, when (wall clock and drill time), and what
 * remains to see. The report route answers only the director's and evaluators' codes (the report
 * holds the ground truth and every agency's traffic), so only they get its link; the replay is
 * open to every code of an ended drill (GET /api/drills/:id/sources).
 */
export function EndedBar(props: { model: ConsoleModel; drillId: string }) {
  const m = props.model;
  const id = encodeURIComponent(props.drillId);
  return (
    <div class="ended" role="status" data-testid="after-links">
      <strong class="ended-title" data-testid="ended-banner">■ {t("endedBar.title")}</strong>
      <span class="ended-at" data-testid="ended-at">{t("endedBar.at", { wall: wall(m, m.tMs), sim: simClock(m.tMs) })}</span>
      <span class="ended-links">
        {m.omniscient ? <a href={`/report/${id}`} data-testid="report-link">{t("after.report")}</a> : null}
        <a href={`/replay/${id}`} data-testid="replay-link">{t("after.replay")}</a>
      </span>
      {m.omniscient ? null : <span class="ended-note muted" data-testid="report-for-control">{t(m.role === "observer" ? "endedBar.reportObserver" : "endedBar.reportSeat")}</span>}
    </div>
  );
}
