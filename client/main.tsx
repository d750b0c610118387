/**
 * The client's entry: routes by path. `/` and `/join/<code>`: the join page (and the
 * director's drill creation); `/drill/<id>`: the console of the seat joined; `/replay/<id>`:
 * the replay viewer; `/dev/<scenario>/<role>` only in `vite` dev, to work on screens offline.
 */
import { render } from "preact";
import { usePath } from "./nav.ts";
import { lazy } from "./lazy.tsx";
import "./styles.css";
import { useLang } from "./i18n/index.ts";
import { JoinPage } from "./pages/JoinPage.tsx";
import { DrillPage } from "./pages/DrillPage.tsx";
import { ReportPage } from "./pages/ReportPage.tsx";

function App() {
  useLang();
  const path = usePath();
  const seg = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (seg[0] === "drill" && seg[1]) return <DrillPage drillId={seg[1]} />;
  if (seg[0] === "replay" && seg[1]) return <Replay drillId={seg[1]} />;
  if (seg[0] === "report" && seg[1]) return <ReportPage drillId={seg[1]} />;
  if (import.meta.env.DEV && seg[0] === "dev" && seg[1]) return <Dev scenario={seg[1]} role={seg[2] ?? "director"} />;
  return <JoinPage code={seg[0] === "join" ? seg[1] : undefined} />;
}

/** The replay viewer carries the whole engine: loaded only on its page, so consoles stay light. */
const Replay = lazy<{ drillId: string }>(() => import("./pages/ReplayPage.tsx").then((m) => m.ReplayPage));
/** Dev only: the build never contains it (nor the scenario files it reads). */
const Dev = lazy<{ scenario: string; role: string }>(() => (import.meta.env.DEV ? import("./dev/DevPreview.tsx").then((m) => m.DevPreview) : Promise.reject(new Error("dev only"))));

// index.html holds 载入中… / Loading… until this bundle runs (a phone fetches over 1 MB first): replaced here
const root = document.getElementById("app")!;
root.replaceChildren();
render(<App />, root);
