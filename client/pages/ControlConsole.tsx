/**
 * The director's (导调) and evaluators' consoles: the omniscient map and site view, the
 * deadline board, all traffic, and per role the controls: injects, spot questions, seats,
 * clock, look-ahead and end (director); live findings, "as seen by" and observations (evaluator).
 * Large type and high contrast for the command-post projector.
 */
import { useState } from "preact/hooks";
import { t, useLang } from "../i18n/index.ts";
import { figureLabel, seatLabel } from "../model/labels.ts";
import { zh } from "../i18n/zh.ts";
import { en } from "../i18n/en.ts";

// the name a console's creator is given by default (JoinPage: its title in the page's language then) is that title in
// either language, not a person's name: the header shows the title alone (newcomer r31: "Exercise control · 导调台")
const ROLE_TITLES = [zh.director.title, en.director.title, zh.evaluator.title, en.evaluator.title];
import { MapView } from "../map/MapView.tsx";
import { SiteView } from "../map/SiteView.tsx";
import { ClockBar } from "../panels/ClockBar.tsx";
import { CommandLog } from "../panels/CommandLog.tsx";
import { DutiesPanel } from "../panels/DutiesPanel.tsx";
import { Inbox } from "../panels/Inbox.tsx";
import { ClockControls, InjectPanel, SeatsPanel, ForecastPanel } from "../panels/DirectorPanels.tsx";
import { lazy } from "../lazy.tsx";
import type { ConsoleModel } from "../model/console.ts";

// evaluators' panels read the rubric vocabulary (zod schemas): fetched only when an evaluator opens them
type PanelProps = { model: ConsoleModel; control: (type: string, body: unknown) => Promise<unknown> };
const FindingsPanel = lazy<PanelProps>(() => import("../panels/EvaluatorPanels.tsx").then((m) => m.FindingsPanel));
const AsSeenBy = lazy<PanelProps>(() => import("../panels/EvaluatorPanels.tsx").then((m) => m.AsSeenBy));
const ObservationForm = lazy<PanelProps>(() => import("../panels/EvaluatorPanels.tsx").then((m) => m.ObservationForm));
// the feed words events against the compiled scenario: the engine is fetched when the tab first opens
const FeedPanel = lazy<{ model: ConsoleModel; drillId: string }>(() => import("../panels/FeedPanel.tsx").then((m) => m.FeedPanel));
import type { ConsoleProps } from "./AgencyConsole.tsx";

export interface ControlProps extends ConsoleProps {
  control?: (type: string, body: unknown) => Promise<unknown>;
  codes?: Record<string, string>;
}

type Tab = "map" | "board" | "injects" | "seats" | "traffic" | "site" | "findings" | "asSeen" | "observe";

export function ControlConsole(p: ControlProps) {
  useLang();
  const m = p.model;
  const director = m.role === "director";
  const [tab, setTab] = useState<Tab>("board");
  // a phone's sheet of the director's controls and the true figures: closed, the map keeps at least half the screen
  const [sheet, setSheet] = useState(false);
  const hasSite = m.hazardModel === "mine-flood" || m.hazardModel === "building-fire";
  // observers (观摩) see the public situation on the map only
  // a phone shows one pane at a time: the map has a tab of its own there, as a seat's has (newcomer 21 item 3: the
  // director's map sat ~3,200 px down the pane); on a desk the map is always beside the pane and the tab is hidden
  const mapTab: Array<[Tab, string]> = [["map", t("tabs.map")]];
  const tabs: Array<[Tab, string]> = !m.omniscient ? [] : director
    ? [...mapTab, ["board", t("director.board")], ["injects", t("director.injects")], ["seats", t("director.seats")], ["traffic", t("director.events")], ...(hasSite ? ([["site", t("tabs.site")]] as Array<[Tab, string]>) : [])]
    : [...mapTab, ["board", t("director.board")], ["findings", t("evaluator.findings")], ["asSeen", t("evaluator.asSeen")], ["observe", t("evaluator.observation")], ["traffic", t("director.events")], ...(hasSite ? ([["site", t("tabs.site")]] as Array<[Tab, string]>) : [])];
  const truth = m.truth;
  // on a desk the map tab's pane shows the board (the map is beside it); observers have the map only
  const mapOn = !m.omniscient || tab === "map";
  const shown: Tab = tab === "map" ? "board" : tab;
  return (
    <div class={`console console-control ${director ? "console-director" : "console-evaluator"}`} data-testid={director ? "director-console" : m.omniscient ? "evaluator-console" : "observer-console"}>
      <ClockBar model={m} connection={p.connection} outbox={p.outbox} seatLabel={seatLabel(director ? t("director.title") : m.omniscient ? t("evaluator.title") : t("join.observer"), p.person, ROLE_TITLES)} />
      <div class={`control-sheet ${sheet || !director ? "sheet-open" : ""}`} data-testid="control-sheet">
      {director && p.control ? <ClockControls model={m} control={p.control} send={p.send} sheet={{ open: sheet, toggle: () => setSheet(!sheet) }} /> : null}
      {truth ? (
        <div class="truth" data-testid="truth">
          {(["deaths", "seriousInjuries", "injured", "missing"] as const).map((k) => <span key={k} data-testid={`truth-${k}`}>{figureLabel(m.hazardKind, k)} <b>{truth[k]}</b></span>)}
          <span>{t("grade.evacuated")} <b>{truth.evacuated}</b></span>
          <span>{t("grade.title")} <b data-testid="grade">{t(`grade.g${truth.grade}`)}</b></span>
        </div>
      ) : null}
      </div>
      <div class="console-body">
        <section class={`pane pane-map ${mapOn ? "pane-on" : ""}`} data-testid="control-map"><MapView model={m} /></section>
        <section class={`pane pane-side pane-on ${tab === "map" ? "side-map" : ""}`}>
          <nav class="tabs tabs-desk tabs-wrap" role="tablist">
            {tabs.map(([k, label]) => <button type="button" key={k} role="tab" class={`${tab === k ? "on" : ""} ${k === "map" ? "tab-phone-only" : ""}`} aria-selected={tab === k} data-testid={`tab-${k}`} onClick={() => setTab(k)}>{label}</button>)}
          </nav>
          <div class="pane-scroll">
            {shown === "board" ? <DutiesPanel model={m} showOwner testid="deadline-board" /> : null}
            {shown === "injects" && p.send ? <InjectPanel model={m} send={p.send} /> : null}
            {shown === "seats" ? <SeatsPanel model={m} control={p.control} codes={p.codes} drillId={p.drillId} /> : null}
            {shown === "traffic" ? <FeedPanel model={m} drillId={p.drillId} /> : null}
            {shown === "traffic" ? <Inbox model={m} unread={new Set()} markRead={() => undefined} /> : null}
            {shown === "site" ? <SiteView model={m} /> : null}
            {shown === "findings" && p.control ? <FindingsPanel model={m} control={p.control} /> : null}
            {shown === "asSeen" && p.control ? <AsSeenBy model={m} control={p.control} /> : null}
            {shown === "observe" && p.control ? <ObservationForm model={m} control={p.control} /> : null}
            {director && shown === "board" && p.control ? <ForecastPanel model={m} control={p.control} /> : null}
            <CommandLog commands={p.commands} />
          </div>
        </section>
      </div>
    </div>
  );
}
