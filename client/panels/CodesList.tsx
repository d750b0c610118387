/**
 * The codes page a director gets on creating a drill: which drill (its id, scenario and when it
 * was created), then every seat's code as text and QR by agency name; a seat a bot plays gets no
 * code ("模拟（无需参演码）"), the evaluators and observers each a code and QR, the director's
 * own code with the note to keep it. QR links carry a LAN address when the page was opened on
 * localhost (useJoinOrigin).
 */
import { isLoopback } from "../../protocol/hosts.ts";
import { lang, local, t } from "../i18n/index.ts";
import { codeRows } from "../model/labels.ts";
import type { CreatedDrill } from "../net/api.ts";
import { joinLink, Qr, useJoinOrigin } from "./Qr.tsx";

/** "2026-12-01 09:20" in the page's language, local time; the ISO text when unreadable. */
function createdAt(iso: string | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang() === "en" ? "en-GB" : "zh-CN", { dateStyle: "medium", timeStyle: "short" });
}

export function CodesList(props: { made: CreatedDrill }) {
  const made = props.made;
  const origin = useJoinOrigin(made.lan);
  const coded = (testid: string, code: string) => (
    <><code data-testid={`created-code-${testid}`}>{code}</code><Qr text={joinLink(code, made.id, origin)} size={96} /></>
  );
  return (
    <>
      <p class="drill-id" data-testid="created-drill">
        {t("dir.drill")} <strong data-testid="created-drill-id">{made.id}</strong>
        {made.title ? <> · {t("dir.scenario")} {local(made.title)}</> : null}
        {made.createdAt ? <> · {t("dir.createdAt")} {createdAt(made.createdAt)}</> : null}
      </p>
      <p>{t("join.created")}</p>
      {isLoopback(new URL(origin).hostname) ? <p class="note" data-testid="codes-local-only">{t("dir.localOnly")}</p> : null}
      <ul class="codes">
        {codeRows(made.codes.seats, made.agencies, (n) => local(n), made.bots).map(({ seat, name, code, bot }) => (
          <li key={seat} data-testid={`created-seat-${seat}`}>
            <strong data-testid={`created-name-${seat}`}>{name}</strong>{" "}
            {bot ? <span class="chip" data-testid={`created-bot-${seat}`}>{t("dir.botSeat")}</span> : coded(seat, code)}
          </li>
        ))}
        <li><strong>{t("evaluator.title")}</strong> {coded("evaluator", made.codes.evaluator)}</li>
        <li><strong>{t("join.observer")}</strong> {coded("observer", made.codes.observer)}</li>
        <li class="director-code"><strong>{t("director.title")}</strong> <code data-testid="created-code-director">{made.codes.director}</code>
          <p class="note" data-testid="director-code-note">{t("join.keepDirectorCode")}</p></li>
      </ul>
    </>
  );
}
