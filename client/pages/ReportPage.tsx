/** The after-action report: the server's HTML report, fetched with this person's director/evaluator code and shown in place. */
import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { api } from "../net/api.ts";

export function ReportPage(props: { drillId: string }) {
  const [html, setHtml] = useState<string>();
  const [err, setErr] = useState<string>();
  useEffect(() => {
    api.drillText(props.drillId, `report?format=html&lang=${document.documentElement.lang === "en" ? "en" : "zh"}`).then(setHtml, (e: Error) => setErr(e.message));
  }, [props.drillId]);
  if (err) return <main class="page"><p class="error">{t("common.error", { msg: err })}</p></main>;
  if (!html) return <main class="page"><p class="muted">{t("after.loading")}</p></main>;
  return (
    <main class="page-report" data-testid="report">
      <nav class="bar"><a class="btn-link" href={`/replay/${encodeURIComponent(props.drillId)}`}>{t("after.replay")}</a></nav>
      <iframe title={t("after.report")} srcdoc={html} sandbox="allow-scripts" data-testid="report-frame" />
    </main>
  );
}
