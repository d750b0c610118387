/**
 * One agency seat's console. Desktop: the map beside tabbed panels. Phone (≤ 720 px): one
 * panel at a time with a bottom tab bar in thumb reach; send buttons stick above the keyboard.
 */
import { useState } from "preact/hooks";
import type { Message } from "../../engine/model/state.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { agencyName, senderName } from "../i18n/describe.ts";
import { t, useLang } from "../i18n/index.ts";
import { MapView } from "../map/MapView.tsx";
import { SiteView } from "../map/SiteView.tsx";
import { helpRow, replyTarget, startsOwnPlan, type ConsoleModel } from "../model/console.ts";
import { seatLabel } from "../model/labels.ts";
import type { CommandEntry, Connection, OutCommand, Send } from "../net/session.ts";
import { ActionsPanel } from "../panels/ActionsPanel.tsx";
import { ClockBar } from "../panels/ClockBar.tsx";
import { CommandLog, LatestCommand } from "../panels/CommandLog.tsx";
import { DutiesPanel } from "../panels/DutiesPanel.tsx";
import { Inbox, useUnread } from "../panels/Inbox.tsx";
import { AckForm, MessageForm } from "../panels/MessageForm.tsx";
import { ReportForm } from "../panels/ReportForm.tsx";
import { EMPTY_DRAFT, UnitsPanel, type DispatchDraft } from "../panels/UnitsPanel.tsx";

type Tab = "map" | "inbox" | "compose" | "units" | "duties" | "site";
type Compose = "report" | "message" | "ack" | "measures";

export interface ConsoleProps {
  model: ConsoleModel;
  drillId: string;
  person: string;
  commands: CommandEntry[];
  connection: Connection;
  outbox: number;
  /** absent: read-only (replay, "as seen by") */
  send?: Send;
  /** 离开席位: forget this browser's seat (live consoles only; DrillPage leaveSeat) */
  leave?: () => void;
}

export function AgencyConsole(p: ConsoleProps) {
  useLang();
  const m = p.model;
  const [tab, setTab] = useState<Tab>("inbox");
  const [compose, setCompose] = useState<Compose>("report");
  const [replyTo, setReplyTo] = useState<string>();
  // each tap of 回复 (a new object each time: the form readdresses itself even to the same recipient after a send)
  const [replyOne, setReply] = useState<{ to: string; head?: string }>();
  const [picked, setPicked] = useState<string>();
  // the dispatch being filled in lives here: the units panel unmounts while the map is picked on
  const dispatch = useState<DispatchDraft>(EMPTY_DRAFT);
  const setDispatch = dispatch[1];
  // "pick the destination" is said only while a dispatch waits for one (its ◎ button was pressed)
  const [picking, setPicking] = useState(false);
  const { unread, markRead, markAll } = useUnread(m, p.drillId);
  const send = p.send;
  // after the end the forms stay in view (what was typed is still there to read) but take nothing
  const ended = m.ended && !!send;
  const live = ended ? undefined : send;
  const formSend: Send = live ?? (() => undefined);
  // a reply to a party's request for help opens addressed to it by name (the director plays several parties)
  const reply = (x: Message) => {
    const to = replyTarget(m, x);
    setReplyTo(to);
    setReply({ to, ...(helpRow(m, x) ? { head: t("inbox.replyHead", { who: senderName(m, x as Message & { source?: LocalText }) }) } : {}) });
    setCompose("message");
    setTab("compose");
  };
  // after the end nothing is owed any more: no count on the deadlines tab (the tab still lists each duty's state)
  // an act met with a part still undone counts as open (its row reads 部分完成 · 尚缺：…)
  const open = m.ended ? 0 : m.obligations.filter((o) => o.status === "open" || ((o.status === "met" || o.status === "late") && o.partsLeft?.length)).length;
  const tabs: Array<[Tab, string, string?]> = [
    ["map", t("tabs.map")],
    ["inbox", t("tabs.inbox"), unread.size ? String(unread.size) : undefined],
    ...(send ? ([["compose", t("tabs.compose")]] as Array<[Tab, string]>) : []),
    // a unit that could not do its task on arrival is flagged on the tab until it is given another order
    ["units", t("tabs.units"), m.unitFailures?.length && !m.ended ? `⚠${m.unitFailures.length}` : undefined],
    ["duties", t("tabs.duties"), open ? String(open) : undefined],
    ...(m.site && m.overlay ? ([["site", t("tabs.site")]] as Array<[Tab, string]>) : []),
  ];
  return (
    <div class="console console-agency" data-testid="agency-console" data-role={m.role}>
      <ClockBar model={m} connection={p.connection} outbox={p.outbox} seatLabel={seatLabel(agencyName(m, m.role), p.person)} {...(p.leave ? { onLeave: p.leave } : {})} />
      <div class="console-body">
        <section class={`pane pane-map ${tab === "map" ? "pane-on" : ""}`}>
          <MapView model={m} picking={picking} onPick={live ? (id) => (setPicked(id), setDispatch((d) => ({ ...d, place: id })), setPicking(false), setTab("units")) : undefined} />
        </section>
        <section class={`pane pane-side ${tab !== "map" ? "pane-on" : ""}`}>
          <nav class="tabs tabs-desk" role="tablist">
            {tabs.filter(([k]) => k !== "map").map(([k, label, badge]) => (
              <button type="button" key={k} role="tab" aria-selected={tab === k} class={tab === k ? "on" : ""} data-testid={`tab-${k}`} onClick={() => setTab(k)}>
                {label}{badge ? <span class="badge">{badge}</span> : null}
              </button>
            ))}
          </nav>
          {send ? <LatestCommand commands={p.commands} ownPlan={startsOwnPlan(m)} /> : null}
          <div class="pane-scroll">
            {tab === "inbox" || tab === "map" ? <Inbox model={m} unread={unread} markRead={markRead} markAll={markAll} {...(live ? { onReply: reply, send: live } : {})} /> : null}
            {ended && (tab === "compose" || tab === "units") ? <p class="frozen-why" role="status" data-testid="forms-off">{t("endedBar.formsOff")}</p> : null}
            {tab === "compose" && send ? (
              <div>
                <div class="seg" role="tablist">
                  {(["report", "message", "ack", "measures"] as const).map((k) => (
                    <button type="button" role="tab" key={k} class={compose === k ? "on" : ""} aria-selected={compose === k} data-testid={`compose-${k}`} onClick={() => setCompose(k)}>
                      {k === "report" ? t("kind.report") : k === "message" ? t("kind.message") : k === "ack" ? t("ack.title") : t("actions.title")}
                    </button>
                  ))}
                </div>
                <fieldset class="frozen" disabled={ended} data-testid="compose">
                  {compose === "report" ? <ReportForm model={m} send={formSend} /> : null}
                  {compose === "message" ? <MessageForm model={m} send={formSend} replyTo={replyTo} {...(replyOne ? { reply: replyOne } : {})} /> : null}
                  {compose === "ack" ? <AckForm model={m} send={formSend} to={replyTo} /> : null}
                  {compose === "measures" ? <ActionsPanel model={m} send={formSend} picked={picked} /> : null}
                </fieldset>
              </div>
            ) : null}
            {tab === "units" ? (
              <fieldset class="frozen" disabled={!live}>
                {live ? <UnitsPanel model={m} send={live} draft={dispatch} onWantPick={() => (setPicking(true), setTab("map"))} /> : <UnitsPanel model={m} send={formSend} />}
              </fieldset>
            ) : null}
            {tab === "duties" ? <DutiesPanel model={m} /> : null}
            {tab === "site" && m.site ? <SiteView model={m} /> : null}
            <CommandLog commands={p.commands} skipNewest={!!send} ownPlan={startsOwnPlan(m)} />
          </div>
        </section>
      </div>
      <nav class="tabs tabs-phone" role="tablist">
        {tabs.map(([k, label, badge]) => (
          <button type="button" key={k} role="tab" aria-selected={tab === k} class={tab === k ? "on" : ""} data-testid={`ptab-${k}`} onClick={() => (setTab(k), k !== "map" && setPicking(false))}>
            {label}{badge ? <span class="badge">{badge}</span> : null}
          </button>
        ))}
      </nav>
    </div>
  );
}
