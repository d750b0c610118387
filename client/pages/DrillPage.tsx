/**
 * A joined seat: connects with the code and name remembered by the join page, then shows the
 * agency console or the control console. When the drill ends, links to the report and replay.
 */
import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { navigate } from "../nav.ts";
import { api } from "../net/api.ts";
import { LiveSession } from "../net/live.ts";
import { rememberedCodes } from "./JoinPage.tsx";
import { useSource } from "../net/store.ts";
import { AgencyConsole } from "./AgencyConsole.tsx";
import { ControlConsole } from "./ControlConsole.tsx";

export function DrillPage(props: { drillId: string }) {
  const [session, setSession] = useState<LiveSession>();
  useEffect(() => {
    const saved = sessionStorage.getItem(`lianyan.join.${props.drillId}`);
    // no code in this tab (a lost tab, a typed address): the join form, for this drill
    if (!saved) return navigate(`/?drill=${encodeURIComponent(props.drillId)}`);
    const { code, name } = JSON.parse(saved) as { code: string; name: string };
    let s: LiveSession | undefined;
    // a wrong or revoked code: back to the join page with the message, nothing else shown;
    // a good code of a drill that has ended: the join page says so and what remains to see
    const back = (why: string) => navigate(`/join/${encodeURIComponent(code)}?drill=${encodeURIComponent(props.drillId)}&${why}`);
    LiveSession.join(props.drillId, code, name).then(
      (x) => setSession((s = x)),
      // a refusal of the name (400) is the person's to fix: the join page shows the server's own reason
      (e: { code?: number; message?: string }) => e.code === 400 && e.message ? (sessionStorage.setItem("lianyan.joinError", e.message), back("name=1")) : api.lookup(code).then(
        (f) => (f.status === "ended" && f.drillId === props.drillId ? back(`ended=${encodeURIComponent(f.kind)}`) : (sessionStorage.removeItem(`lianyan.join.${props.drillId}`), back("bad=1"))),
        () => (sessionStorage.removeItem(`lianyan.join.${props.drillId}`), back("bad=1")),
      ),
    );
    return () => s?.leave();
  }, [props.drillId]);
  if (!session) return <main class="page"><p class="muted">{t("join.joining")}</p></main>;
  return <Joined session={session} />;
}

function Joined(props: { session: LiveSession }) {
  const snap = useSource(props.session);
  const m = snap.model;
  useEffect(() => {
    if (!snap.revoked) return;
    sessionStorage.removeItem(`lianyan.join.${snap.drillId}`);
    sessionStorage.setItem("lianyan.joinError", snap.revoked);
    navigate("/");
  }, [snap.revoked]);
  if (!m) return <main class="page"><p class="muted">{t("common.loading")}</p></main>;
  const codes = rememberedCodes(snap.drillId);
  const common = { model: m, drillId: snap.drillId, person: snap.name, commands: snap.commands, connection: snap.connection, outbox: snap.outbox };
  const ended = m.ended && m.omniscient ? (
    <div class="ended" data-testid="after-links">
      <a href={`/report/${encodeURIComponent(snap.drillId)}`} data-testid="report-link">{t("after.report")}</a>
      <a href={`/replay/${encodeURIComponent(snap.drillId)}`} data-testid="replay-link">{t("after.replay")}</a>
    </div>
  ) : null;
  return (
    <>
      {ended}
      {m.omniscient
        ? <ControlConsole {...common} send={(c) => props.session.send(c)} control={(ty, b) => props.session.control(ty, b)} codes={codes} />
        : m.role === "observer" ? <ControlConsole {...common} /> : <AgencyConsole {...common} send={m.ended ? undefined : (c) => props.session.send(c)} />}
    </>
  );
}
