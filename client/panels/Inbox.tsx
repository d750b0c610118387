/**
 * The inbox: injects, messages, reports, acknowledgements and support requests, newest first,
 * each with its sim time and sender; unread marks kept per seat in localStorage.
 */
import { useEffect, useState } from "preact/hooks";
import type { Message } from "../../engine/model/state.ts";
import { agencyName, agencyNames, messageText, senderName, shownKind, simClock, wall } from "../i18n/describe.ts";
import { t } from "../i18n/index.ts";
import { helpRow, spotAsker, type ConsoleModel } from "../model/console.ts";
import { followReveal } from "../model/read-marks.ts";
import type { Send } from "../net/session.ts";
import { keepDraft } from "../net/drafts.ts";
import { FieldError } from "./fields.tsx";
import { refusedLine } from "./MessageForm.tsx";

/**
 * Whether this seat already signed for `x` (签收): one of its own acknowledgements to the sender
 * at or after the message, in the model, or tapped on this page and not yet back from the server.
 */
export function signedFor(m: Pick<ConsoleModel, "role" | "messages">, x: Message, tapped: ReadonlySet<string>): boolean {
  return tapped.has(x.id) || m.messages.some((a) => a.kind === "ack" && a.from === m.role && x.from !== "scenario" && a.to.includes(x.from) && a.atMs >= x.atMs);
}

function readSet(key: string): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(key) ?? "[]") as string[]);
  } catch {
    return new Set();
  }
}

/**
 * The seat's unread marks: `markRead` one message, `markAll` every message now in the inbox. Once
 * the drill has ended nothing waits for an answer any more, so every message counts as read (the
 * tab's 未读 count goes, and stays gone after a reload).
 */
export function useUnread(m: ConsoleModel, drillId: string): { unread: Set<string>; markRead: (id: string) => void; markAll: () => void } {
  const key = `lianyan.read.${drillId}.${m.role}`;
  const [read, setRead] = useState(() => readSet(key));
  useEffect(() => setRead(readSet(key)), [key]);
  // told at last (double-blind), the seat's messages come with the drill's ids: marks made on standby follow them
  const marks = m.standby ? read : (followReveal(read, m.messages) as Set<string>);
  const unread = new Set(m.ended ? [] : m.messages.filter((x) => x.from !== m.role && !marks.has(x.id)).map((x) => x.id));
  const save = (next: Set<string>) => {
    setRead(next);
    try {
      localStorage.setItem(key, JSON.stringify([...next]));
    } catch {
      /* the mark lasts this page only */
    }
  };
  useEffect(() => {
    if (marks !== read) save(marks);
  }, [marks, read]);
  const markRead = (id: string) => {
    if (!marks.has(id)) save(new Set(marks).add(id));
  };
  const markAll = () => save(new Set([...marks, ...m.messages.map((x) => x.id)]));
  return { unread, markRead, markAll };
}

/**
 * `send` (absent: read-only) signs for a message in one tap: 签收 gives `acknowledge` to its sender
 * at once, logged like any other command (a seat signs receipt, it fills in no form; a worded
 * acknowledgement is still on the compose tab). The message reads 已签收 from the tap; if the server refuses the
 * acknowledgement (before the log, or the engine at its tick) it reads 签收 again, with the server's reason on it.
 */
export function Inbox(props: { model: ConsoleModel; unread: Set<string>; markRead: (id: string) => void; markAll?: () => void; onReply?: (m: Message) => void; send?: Send }) {
  const m = props.model;
  const [tapped, setTapped] = useState<ReadonlySet<string>>(new Set());
  // message id → why its 签收 was refused
  const [refused, setRefused] = useState<Readonly<Record<string, string>>>({});
  const sign = (x: Message) => {
    props.markRead(x.id);
    if (signedFor(m, x, tapped)) return;
    setRefused(({ [x.id]: _, ...rest }) => rest);
    keepDraft(props.send!({ type: "acknowledge", to: x.from }), (why) => {
      setTapped((now) => new Set([...now].filter((id) => id !== x.id)));
      setRefused((now) => ({ ...now, [x.id]: refusedLine(why) }));
    });
    setTapped((now) => new Set(now).add(x.id));
  };
  const list = [...m.messages].sort((a, b) => b.atMs - a.atMs || b.id.localeCompare(a.id));
  if (list.length === 0) return <p class="empty" data-testid="inbox-empty">{t("inbox.empty")}</p>;
  return (
    <>
    {props.markAll && props.unread.size > 1 ? <div class="row"><button type="button" class="btn-quiet" data-testid="mark-all-read" onClick={props.markAll}>{t("inboxRead.all")}</button></div> : null}
    <ul class="inbox" data-testid="inbox">
      {list.map((x) => {
        const mine = x.from === m.role;
        const unread = props.unread.has(x.id);
        // a spot question from the scenario is answered from its card; other injects are not replied to
        const spot = !mine && !m.omniscient ? spotAsker(m, x) : undefined;
        // a party's request for help (an inject's `requests`) is answered through the director, who plays the party
        // (newcomer 23 item 1: it had no 回复, and the enterprise was charged 求助未响应)
        const help = !mine && !m.omniscient && !spot ? helpRow(m, x) : undefined;
        return (
          <li key={x.id} class={`msg ${unread ? "msg-unread" : ""} msg-${shownKind(m, x)}`} data-testid="message" data-kind={shownKind(m, x)} onClick={() => props.markRead(x.id)}>
            <div class="msg-head">
              {unread ? <span class="dot" aria-label={t("inbox.unread")}>● {t("inbox.unread")}</span> : null}
              <span class="chip">{t(`kind.${shownKind(m, x)}`)}</span>
              {/* a double-blind seat not yet told is given no times (standby) */}
              {m.standby ? null : <span class="msg-time">{wall(m, x.atMs)} <span class="muted">T+{simClock(x.atMs)}</span></span>}
            </div>
            <div class="msg-who">
              {mine ? `${t("inbox.sent")} → ${agencyNames(m, x.to)}` : `${t("inbox.from")} ${senderName(m, { ...x, asker: spot })}`}
              {!mine && m.omniscient ? ` → ${agencyNames(m, x.to)}` : null}
              <span class="muted"> · {t(`channel.${x.channel}`)}</span>
            </div>
            <div class="msg-text">{messageText(x, m.hazardKind, m)}</div>
            {spot && props.onReply ? (
              <div class="row">
                <span class="chip chip-warn">{t("inbox.spot")}</span>
                <button type="button" data-testid="spot-reply" onClick={(e) => (e.stopPropagation(), props.markRead(x.id), props.onReply!(x))}>{t("inbox.reply")} → {agencyName(m, spot)}</button>
              </div>
            ) : null}
            {help && props.onReply ? (
              <div class="row">
                <span class="chip chip-warn">{t("inbox.help")}</span>
                <button type="button" data-testid="help-reply" onClick={(e) => (e.stopPropagation(), props.markRead(x.id), props.onReply!(x))}>{t("inbox.reply")} → {agencyName(m, "director")}</button>
              </div>
            ) : null}
            {/* a receipt (回执) is itself the answer: no reply, and no 签收 of a 签收 (newcomer 23 item 13) */}
            {!mine && !m.omniscient && x.from !== "scenario" && x.kind !== "ack" && (props.onReply || props.send) ? (
              <div class="row">
                {props.onReply ? <button type="button" onClick={(e) => (e.stopPropagation(), props.markRead(x.id), props.onReply!(x))}>{t("inbox.reply")}</button> : null}
                {props.send ? (signedFor(m, x, tapped)
                  ? <span class="chip" data-testid="signed">✔ {t("inbox.signed")}</span>
                  : <button type="button" data-testid="sign" onClick={(e) => (e.stopPropagation(), sign(x))}>{t("inbox.ack")}</button>) : null}
                <FieldError problem={refused[x.id]} testid="sign-refused" />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
    </>
  );
}
