/** A message (notification) to one or more agencies, and an acknowledgement (签收/回执). */
import { useEffect, useState } from "preact/hooks";
import { agencyName } from "../i18n/describe.ts";
import { local, t } from "../i18n/index.ts";
import { partyAwaits, type ConsoleModel } from "../model/console.ts";
import type { OutCommand, Send } from "../net/session.ts";
import { keepDraft, type Refusal } from "../net/drafts.ts";
import { ackProblems, hasProblems, messageProblems, type Problems } from "../model/form-checks.ts";
import { TEXT_LIMITS } from "../../protocol/limits.ts";
import { rejection } from "../i18n/refusals.ts";
import { Field, FieldError, Select, Text, useJustSent, useLatest, useRepeatGuard } from "./fields.tsx";
import { StandbyNote } from "./StandbyNote.tsx";

/** The server's refusal of what a form sent, worded for the line above its send button. */
export const refusedLine = (r: Refusal): string => t("formCheck.refused", { reason: rejection(r.code, r.reason, r.params) });

/** engine/scenario/schema.ts CHANNELS (not imported: it would pull zod into every console) */
const CHANNELS = ["phone", "radio", "written", "system", "inPerson"] as const;

/**
 * `replyTo`: the recipient a reply opened the form for; `reply`: that tap (a new object each tap), with `head`, the words
 * a reply to a party's request for help starts with ("致华宇…：", the director playing several parties).
 */
export function MessageForm(props: { model: ConsoleModel; send: Send; replyTo?: string; reply?: { to: string; head?: string } }) {
  const m = props.model;
  // the director (导调) is a recipient for an answer to its spot question, while a scripted party it plays waits for
  // this seat's answer (a request for help: newcomer 23 item 1), and for a seat on standby, which has no other
  // agency to name (its roster is its own seat): then the form says why (StandbyNote)
  const director = { id: "director", name: { zh: agencyName(m, "director"), en: agencyName(m, "director") } };
  const others = [...(props.replyTo === "director" || m.standby || partyAwaits(m) ? [director] : []), ...m.agencies.filter((a) => a.id !== m.role)];
  const [to, setTo] = useState<string[]>(props.replyTo ? [props.replyTo] : []);
  const [text, setText] = useState(props.reply?.head ?? "");
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>("phone");
  useEffect(() => {
    if (props.replyTo) setTo([props.replyTo]);
  }, [props.replyTo]);
  useEffect(() => {
    if (!props.reply) return;
    setTo([props.reply.to]);
    const head = props.reply.head;
    if (head) setText((now) => (now.startsWith(head) ? now : head + now));
  }, [props.reply]);
  // problems show once the person tried to send, and follow the input from then on
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<string>();
  const now = useLatest(text);
  const problems: Problems = tried ? messageProblems(to, text) : {};
  const toggle = (id: string) => setTo(to.includes(id) ? to.filter((x) => x !== id) : [...to, id]);
  const emptied = useJustSent();
  return (
    <form class="form" data-testid="message-form" noValidate onSubmit={(e) => {
      e.preventDefault();
      if (to.length === 0 && text === "" && emptied.justSent()) return;
      setTried(true);
      setRefused(undefined);
      if (hasProblems(messageProblems(to, text))) return;
      const draft = { to, text, channel };
      keepDraft(props.send({ type: "message", to, text: text.trim(), channel }), (why) => (now.current === "" && (setTo(draft.to), setText(draft.text), setChannel(draft.channel)), setRefused(refusedLine(why))));
      // sent: the next message names its own recipients (newcomer 23 item 14: the last ones stayed ticked, and the
      // health seat's next message went to the director too); a refused one comes back whole, recipients and all
      setText("");
      setTo([]);
      setTried(false);
      emptied.sent();
    }}>
      <h3>{t("message.title")}</h3>
      <StandbyNote model={m} say="message" />
      <fieldset class="chips">
        <legend>{t("message.to")}</legend>
        {others.map((a) => (
          <label key={a.id} class={`chip-check ${to.includes(a.id) ? "on" : ""}`}>
            <input type="checkbox" name="to" value={a.id} checked={to.includes(a.id)} onChange={() => toggle(a.id)} />
            {to.includes(a.id) ? "✓ " : ""}{local(a.name)}
          </label>
        ))}
        <FieldError problem={problems.to} testid="message-to-error" />
      </fieldset>
      <Field label={t("message.channel")}><Select name="channel" value={channel} onChange={setChannel} options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} /></Field>
      <Field label={t("message.text")} wide error={problems.text} errorTestid="message-text-error"><Text name="text" multiline rows={3} value={text} onInput={setText} testid="message-text" maxLength={TEXT_LIMITS.text} invalid={!!problems.text} /></Field>
      <FieldError problem={refused} testid="message-refused" />
      <div class="sticky-send"><button type="submit" class="btn-primary" data-testid="send-message">{t("message.send")}</button></div>
    </form>
  );
}

export function AckForm(props: { model: ConsoleModel; send: Send; to?: string }) {
  const m = props.model;
  const others = m.agencies.filter((a) => a.id !== m.role);
  const [to, setTo] = useState(props.to ?? others[0]?.id ?? "");
  const [text, setText] = useState("");
  useEffect(() => {
    if (props.to) setTo(props.to);
  }, [props.to]);
  const [refused, setRefused] = useState<string>();
  const now = useLatest(text);
  const problems = ackProblems(text);
  const repeat = useRepeatGuard();
  return (
    <form class="form" data-testid="ack-form" noValidate onSubmit={(e) => {
      e.preventDefault();
      setRefused(undefined);
      if (hasProblems(problems)) return;
      const draft = text;
      // the text is cleared on send, so a double click's second click signed again with no text: the first counts
      const command: OutCommand = { type: "acknowledge", to, ...(text.trim() ? { text: text.trim() } : {}) };
      if (repeat({ type: "acknowledge", to })) return;
      keepDraft(props.send(command), (why) => (now.current === "" && setText(draft), setRefused(refusedLine(why))));
      setText("");
    }}>
      <h3>{t("ack.title")}</h3>
      <StandbyNote model={m} />
      <Field label={t("ack.to")}><Select name="to" value={to} onChange={setTo} options={others.map((a) => ({ value: a.id, label: local(a.name) }))} /></Field>
      <Field label={t("message.text")} wide error={problems.text}><Text name="text" value={text} onInput={setText} maxLength={TEXT_LIMITS.text} invalid={!!problems.text} /></Field>
      <FieldError problem={refused} testid="ack-refused" />
      <div class="sticky-send"><button type="submit" class="btn-primary" data-testid="send-ack">{t("ack.send")}</button></div>
    </form>
  );
}
