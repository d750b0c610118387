/** A component whose code is fetched when first shown: the engine, zod and yaml stay out of the consoles' bundle. */
import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";

export function lazy<P extends object>(load: () => Promise<(p: P) => JSX.Element>): (p: P) => JSX.Element | null {
  let cached: ((p: P) => JSX.Element) | undefined;
  return function Lazy(props: P) {
    const [C, setC] = useState(() => cached);
    useEffect(() => {
      if (!C) void load().then((c) => setC(() => (cached = c)));
    }, []);
    return C ? <C {...props} /> : null;
  };
}
