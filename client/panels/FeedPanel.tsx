/**
 * The director's and evaluators' event feed (动态): the recent engine events the control view
 * carries as codes and parameters, worded here by the shared i18n/describe.ts against the
 * drill's own scenario (fetched once per drill from GET /api/drills/:id/sources and compiled in
 * this browser). Loaded lazily: the engine and the YAML parser stay out of the consoles' bundle.
 */
import { useEffect, useState } from "preact/hooks";
import type { Compiled } from "../../engine/compile.ts";
import { describeEvent, words } from "../../i18n/describe.ts";
import { simClock } from "../i18n/describe.ts";
import { local, t } from "../i18n/index.ts";
import { compileSources } from "../local/replay.ts";
import type { ConsoleModel } from "../model/console.ts";
import { api } from "../net/api.ts";

const compiled = new Map<string, Promise<Compiled>>();

function scenarioOf(drillId: string): Promise<Compiled> {
  let c = compiled.get(drillId);
  if (!c) {
    c = api.sources(drillId).then((s) => compileSources(s.scenario, s.rules));
    c.catch(() => compiled.delete(drillId)); // try again next time the tab opens
    compiled.set(drillId, c);
  }
  return c;
}

export function FeedPanel(props: { model: ConsoleModel; drillId: string }) {
  const [c, setC] = useState<Compiled>();
  const [err, setErr] = useState<string>();
  useEffect(() => {
    scenarioOf(props.drillId).then(setC, (e: Error) => setErr(e.message));
  }, [props.drillId]);
  if (err) return <p class="error">{t("common.error", { msg: err })}</p>;
  if (!c) return <p class="muted">{t("common.loading")}</p>;
  const w = words(c, local({ zh: "zh-CN", en: "en" }) as "zh-CN" | "en");
  const lines = [...(props.model.feed ?? [])].reverse().flatMap((e, i) => {
    const text = describeEvent(c, w, e);
    return text ? [<li key={`${e.at}-${i}`} data-event={e.type}><span class="muted">T+{simClock(e.at)}</span> {text}</li>] : [];
  });
  return (
    <div data-testid="feed">
      <h3>{t("director.events")}</h3>
      {lines.length > 0 ? <ul class="events">{lines}</ul> : <p class="empty">{t("common.none")}</p>}
    </div>
  );
}
