/** The HTTP API (README "Live drills"): small typed wrappers; errors carry the server's message, never a stack. */
import { lang } from "../i18n/index.ts";
import type { NewDrillBody } from "../model/new-drill.ts";

/** The server words its refusals in the page's language, not the browser's: sent with every request. */
const language = (): Record<string, string> => ({ "accept-language": lang() === "en" ? "en" : "zh-CN" });
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * A refusal's words: its `error` and, after it, the server's reasons (`problems`: each field and
 * what it expects, "seed：应 ≥ 0（收到 -5）"), so "演练设置有误" never stands alone.
 */
export function refusal(body: unknown): string | undefined {
  const b = body as { error?: string; message?: string; problems?: Array<string | { message: string }> } | null;
  if (!b || typeof b !== "object") return undefined;
  const zh = lang() !== "en";
  const reasons = (b.problems ?? []).map((p) => (typeof p === "string" ? p : p?.message)).filter(Boolean).join(zh ? "；" : "; ");
  const head = b.error ?? b.message;
  return head && reasons ? `${head}${zh ? "：" : ": "}${reasons}` : head ?? (reasons || undefined);
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { ...init, headers: { "content-type": "application/json", ...language(), ...(init.headers ?? {}) } });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: keep the text */
  }
  if (!res.ok) {
    throw new ApiError(res.status, refusal(body) ?? `HTTP ${res.status}`);
  }
  return body as T;
}

export interface ScenarioListing { id: string; title: { zh: string; en: string }; kind: string; blindness: string; agencies?: Array<{ id: string; name: { zh: string; en: string }; simulated: boolean }> }
export interface CreatedDrill {
  id: string; codes: { director: string; evaluator: string; observer: string; seats: Record<string, string> }; agencies?: Record<string, { zh: string; en: string }>;
  /** the seats bots play (no code to hand out), the scenario, when it was created (ISO), the URLs phones open (server/lan.ts) */
  bots?: string[]; title?: { zh: string; en: string }; scenarioId?: string; createdAt?: string; lan?: string[];
}
/** `status` "live" (not ended) for a double-blind drill's seat or observer: whether it runs yet is the scenario's time */
export interface CodeLookup { drillId: string; kind: string; seat: string; status?: "running" | "paused" | "ended" | "live" }
/** GET /api/drills (the server's director code): every drill in the store */
export interface DrillListing { id: string; scenarioId: string; status: "running" | "paused" | "ended"; clockMs: number; createdAt: string }
/** GET /api/drills/:id/sources: what the replay viewer and the director's feed compile in the browser */
export interface DrillSources { scenarioId: string; scenario: string; rulesId: string; rules: string; log: string; clockMs: number; stateHash?: string; /** the mode the drill was run in (its setting, not the scenario's default) */ blindness?: string }

/** The director's or evaluator's code for a drill, remembered by the join page (report, log, verify need it). */
export function drillCode(drillId: string): string | undefined {
  try {
    return (JSON.parse(sessionStorage.getItem(`lianyan.join.${drillId}`) ?? "null") as { code?: string } | null)?.code;
  } catch {
    return undefined;
  }
}

/** The server's error text from a failed response (its `error`), else the status line. */
async function failure(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => "");
  try {
    const b = JSON.parse(text) as { error?: string };
    if (b?.error) return new ApiError(res.status, b.error);
  } catch {
    /* not JSON */
  }
  return new ApiError(res.status, `HTTP ${res.status}`);
}

const auth = (drillId: string): Record<string, string> => {
  const c = drillCode(drillId);
  return c ? { authorization: `Bearer ${c}` } : {};
};

export const api = {
  /** a drill resource that needs the director's or evaluator's code */
  drillText: async (drillId: string, path: string): Promise<string> => {
    const res = await fetch(`/api/drills/${encodeURIComponent(drillId)}/${path}`, { headers: { ...language(), ...auth(drillId) } });
    if (!res.ok) throw await failure(res);
    return res.text();
  },
  /** the drill's scenario, rules profile and log (director or evaluator; any of its codes once it has ended) */
  sources: (drillId: string) => call<DrillSources>(`/api/drills/${encodeURIComponent(drillId)}/sources`, { headers: auth(drillId) }),
  /** the shipped scenarios, for the server's director code only (a seat's page never learns the titles) */
  scenarios: (directorCode: string) =>
    call<ScenarioListing[] | { scenarios: ScenarioListing[] }>("/api/scenarios", { headers: { authorization: `Bearer ${directorCode}` } }).then((x) => (Array.isArray(x) ? x : x.scenarios)),
  createDrill: (directorCode: string, body: NewDrillBody) =>
    call<CreatedDrill>("/api/drills", { method: "POST", body: JSON.stringify(body), headers: { authorization: `Bearer ${directorCode}` } }),
  /** every drill, for the server's director code (null: the code is not the server's) */
  drills: (directorCode: string) => call<DrillListing[]>("/api/drills", { headers: { authorization: `Bearer ${directorCode}` } }),
  /** which drill and seat a join code opens */
  lookup: (code: string) => call<CodeLookup>("/api/join", { method: "POST", body: JSON.stringify({ code }) }),
  text: async (path: string): Promise<string> => {
    const res = await fetch(path, { headers: language() });
    if (!res.ok) throw await failure(res);
    return res.text();
  },
  json: <T,>(path: string) => call<T>(path),
};
