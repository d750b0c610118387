/** Client-side navigation (history API): the server answers every client path with index.html. */
export function navigate(path: string): void {
  history.pushState(null, "", path);
  dispatchEvent(new PopStateEvent("popstate"));
}
