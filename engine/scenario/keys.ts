/** The keys a zod object schema allows at a path, for "unknown key (expected one of …)" messages. */
import type { z } from "zod";
import type { PathSegment } from "./problems.ts";
import { valueAt } from "./zod-problems.ts";

type AnySchema = z.ZodType;

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
}

function def(s: AnySchema): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(s: AnySchema): AnySchema {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    const d = def(cur);
    if ((d.type === "optional" || d.type === "default" || d.type === "nullable" || d.type === "prefault") && d.innerType) cur = d.innerType;
    else if (d.type === "pipe" && d.in) cur = d.in;
    else break;
  }
  return cur;
}

export function keysAt(root: AnySchema, data: unknown, path: readonly PathSegment[]): string[] | undefined {
  let s = unwrap(root);
  for (let i = 0; i <= path.length; i++) {
    const d = def(s);
    if (d.type === "union" && d.options) {
      // discriminated union: choose the option whose literal matches the data
      const here = valueAt(data, path.slice(0, i)) as Record<string, unknown> | undefined;
      const chosen = d.options.find((o) => {
        const od = def(unwrap(o));
        const disc = d.discriminator ?? "type";
        const lit = od.shape?.[disc];
        const values = lit ? (def(lit) as unknown as { values?: unknown[] }).values : undefined;
        return values?.includes(here?.[disc]) ?? false;
      });
      if (!chosen) return undefined;
      s = unwrap(chosen);
    }
    if (i === path.length) break;
    const seg = path[i];
    const dd = def(s);
    if (dd.type === "object" && dd.shape && typeof seg === "string") {
      const next = dd.shape[seg];
      if (!next) return undefined;
      s = unwrap(next);
    } else if (dd.type === "array" && dd.element && typeof seg === "number") {
      s = unwrap(dd.element);
    } else return undefined;
  }
  const final = def(s);
  return final.type === "object" && final.shape ? Object.keys(final.shape) : undefined;
}
