/** Client-side navigation (history API): the server answers every client path with index.html. */
import { useSyncExternalStore } from "preact/compat";

export function navigate(path: string): void {
  history.pushState(null, "", path);
  dispatchEvent(new PopStateEvent("popstate"));
}

const onPath = (fn: () => void): (() => void) => {
  addEventListener("popstate", fn);
  return () => removeEventListener("popstate", fn);
};

/** The current path, re-rendering on navigation, including one made before this component subscribed. */
export function usePath(): string {
  return useSyncExternalStore(onPath, () => location.pathname);
}
