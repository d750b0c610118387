/**
 * A component whose code is fetched when first shown: the engine, zod and yaml stay out of the consoles' bundle.
 * Until it has arrived, 载入中… / Loading… stands in its place (a slow phone showed a blank page or pane).
 */
import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { t } from "./i18n/index.ts";

export function lazy<P extends object>(load: () => Promise<(p: P) => JSX.Element>): (p: P) => JSX.Element | null {
  let cached: ((p: P) => JSX.Element) | undefined;
  return function Lazy(props: P) {
    const [C, setC] = useState(() => cached);
    useEffect(() => {
      if (!C) void load().then((c) => setC(() => (cached = c)));
    }, []);
    return C ? <C {...props} /> : <p class="muted" role="status" data-testid="lazy-loading">{t("common.loading")}</p>;
  };
}
