/**
 * The after-action report: the server's HTML report, fetched with this person's director/evaluator code and shown in place.
 * Opened without a code in this tab (a typed or shared `/report/<id>` address: the server answers 401), the page asks
 * for one (newcomer trial item 14): a code field, the server's reason when a code is refused, and the report once
 * one is accepted (kept for this drill in this tab, as the join page keeps it). A join page's error left from an
 * earlier page is this page's no longer: cleared on opening, so it shows neither here nor later.
 */
import { useEffect } from "preact/hooks";
import { setLang, t, useLang } from "../i18n/index.ts";
import { api } from "../net/api.ts";
import { CodeForm, useCodeGate } from "./CodeForm.tsx";

export function ReportPage(props: { drillId: string }) {
  useEffect(() => {
    sessionStorage.removeItem("lianyan.joinError");
  }, []);
  // the report's own 中文 / English switch (cli/report/report-client.js tells the page): the page around it, its
  // 回放 / Replay link and title, follows, so an English reader is not left a Chinese link (newcomer 20 item 5)
  useLang();
  useEffect(() => {
    const follow = (e: MessageEvent) => {
      const l = (e.data as { lianyanReportLang?: unknown } | null)?.lianyanReportLang;
      if (l === "zh" || l === "en") setLang(l);
    };
    window.addEventListener("message", follow);
    return () => window.removeEventListener("message", follow);
  }, []);
  const { value: html, err, refused, retry } = useCodeGate(props.drillId, () => api.drillText(props.drillId, `report?format=html&lang=${document.documentElement.lang === "en" ? "en" : "zh"}`));
  if (err) return <main class="page"><p class="error" role="alert">{t("common.error", { msg: err })}</p></main>;
  if (refused !== undefined) {
    const words = { title: t("after.report"), needed: t("after.codeNeeded"), open: t("after.open"), refusedKey: "after.codeRefused" };
    return <CodeForm drillId={props.drillId} refused={refused} words={words} testid="report" onCode={retry} />;
  }
  if (!html) return <main class="page"><p class="muted">{t("after.loading")}</p></main>;
  return (
    <main class="page-report" data-testid="report">
      <nav class="bar"><a class="btn-link" href={`/replay/${encodeURIComponent(props.drillId)}`}>{t("after.replay")}</a></nav>
      <iframe title={t("after.report")} srcdoc={html} sandbox="allow-scripts" data-testid="report-frame" />
    </main>
  );
}
