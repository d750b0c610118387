/** A message (notification) to one or more agencies, and an acknowledgement (签收/回执). */
import { useEffect, useState } from "preact/hooks";
import { agencyName } from "../i18n/describe.ts";
import { local, t } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";
import type { OutCommand, Send } from "../net/session.ts";
import { keepDraft } from "../net/drafts.ts";
import { Field, Select, Text } from "./fields.tsx";

/** engine/scenario/schema.ts CHANNELS (not imported: it would pull zod into every console) */
const CHANNELS = ["phone", "radio", "written", "system", "inPerson"] as const;

export function MessageForm(props: { model: ConsoleModel; send: Send; replyTo?: string }) {
  const m = props.model;
  // the director (导调) is a recipient only for an answer to its spot question
  const director = { id: "director", name: { zh: agencyName(m, "director"), en: agencyName(m, "director") } };
  const others = [...(props.replyTo === "director" ? [director] : []), ...m.agencies.filter((a) => a.id !== m.role)];
  const [to, setTo] = useState<string[]>(props.replyTo ? [props.replyTo] : []);
  const [text, setText] = useState("");
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>("phone");
  useEffect(() => {
    if (props.replyTo) setTo([props.replyTo]);
  }, [props.replyTo]);
  const toggle = (id: string) => setTo(to.includes(id) ? to.filter((x) => x !== id) : [...to, id]);
  return (
    <form class="form" data-testid="message-form" onSubmit={(e) => {
      e.preventDefault();
      if (to.length === 0 || !text.trim()) return;
      const draft = { to, text, channel };
      keepDraft(props.send({ type: "message", to, text: text.trim(), channel }), () => (setTo(draft.to), setText(draft.text), setChannel(draft.channel)));
      setText("");
    }}>
      <h3>{t("message.title")}</h3>
      <fieldset class="chips">
        <legend>{t("message.to")}</legend>
        {others.map((a) => (
          <label key={a.id} class={`chip-check ${to.includes(a.id) ? "on" : ""}`}>
            <input type="checkbox" name="to" value={a.id} checked={to.includes(a.id)} onChange={() => toggle(a.id)} />
            {to.includes(a.id) ? "✓ " : ""}{local(a.name)}
          </label>
        ))}
      </fieldset>
      <Field label={t("message.channel")}><Select name="channel" value={channel} onChange={setChannel} options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} /></Field>
      <Field label={t("message.text")} wide><Text name="text" multiline rows={3} value={text} onInput={setText} testid="message-text" /></Field>
      <div class="sticky-send"><button type="submit" class="btn-primary" data-testid="send-message" disabled={to.length === 0 || !text.trim()}>{t("message.send")}</button></div>
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
  return (
    <form class="form" data-testid="ack-form" onSubmit={(e) => {
      e.preventDefault();
      const draft = text;
      keepDraft(props.send({ type: "acknowledge", to, ...(text.trim() ? { text: text.trim() } : {}) }), () => setText(draft));
      setText("");
    }}>
      <h3>{t("ack.title")}</h3>
      <Field label={t("ack.to")}><Select name="to" value={to} onChange={setTo} options={others.map((a) => ({ value: a.id, label: local(a.name) }))} /></Field>
      <Field label={t("message.text")} wide><Text name="text" value={text} onInput={setText} /></Field>
      <div class="sticky-send"><button type="submit" class="btn-primary">{t("ack.send")}</button></div>
    </form>
  );
}
