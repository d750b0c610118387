/**
 * The after-action report: the server's HTML report, fetched with this person's director/evaluator code and shown in place.
 * Opened without a code in this tab (a typed or shared `/report/<id>` address: the server answers 401), the page asks
 * for one (newcomer trial item 14): a code field, the server's reason when a code is refused, and the report once
 * one is accepted (kept for this drill in this tab, as the join page keeps it). A join page's error left from an
 * earlier page is this page's no longer: cleared on opening, so it shows neither here nor later.
 */
import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { api, ApiError, drillCode } from "../net/api.ts";
import { CodeForm } from "./CodeForm.tsx";

export function ReportPage(props: { drillId: string }) {
  const [html, setHtml] = useState<string>();
  const [err, setErr] = useState<string>();
  // undefined: not asked; "": asked, no code tried yet; otherwise the server's reason for refusing the code tried
  const [refused, setRefused] = useState<string>();
  const [tries, setTries] = useState(0);
  useEffect(() => {
    sessionStorage.removeItem("lianyan.joinError");
  }, []);
  useEffect(() => {
    setErr(undefined);
    const had = drillCode(props.drillId) !== undefined;
    api.drillText(props.drillId, `report?format=html&lang=${document.documentElement.lang === "en" ? "en" : "zh"}`).then(
      (x) => (setRefused(undefined), setHtml(x)),
      (e: Error) => (e instanceof ApiError && e.status === 401 ? setRefused(had && tries > 0 ? e.message : "") : setErr(e.message)),
    );
  }, [props.drillId, tries]);
  if (err) return <main class="page"><p class="error" role="alert">{t("common.error", { msg: err })}</p></main>;
  if (refused !== undefined) {
    const words = { title: t("after.report"), needed: t("after.codeNeeded"), open: t("after.open"), refusedKey: "after.codeRefused" };
    return <CodeForm drillId={props.drillId} refused={refused} words={words} testid="report" onCode={() => setTries((n) => n + 1)} />;
  }
  if (!html) return <main class="page"><p class="muted">{t("after.loading")}</p></main>;
  return (
    <main class="page-report" data-testid="report">
      <nav class="bar"><a class="btn-link" href={`/replay/${encodeURIComponent(props.drillId)}`}>{t("after.replay")}</a></nav>
      <iframe title={t("after.report")} srcdoc={html} sandbox="allow-scripts" data-testid="report-frame" />
    </main>
  );
}
