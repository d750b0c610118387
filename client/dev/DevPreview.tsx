/**
 * Dev only (never in the build): the consoles on the engine run in the browser from the
 * shipped scenario and its good play, at `?t=MINUTES`. For working on screens without a server.
 */
import { useMemo } from "preact/hooks";
import { Replay } from "../local/replay.ts";
import { consoleModel } from "../local/model.ts";
import { AgencyConsole } from "../pages/AgencyConsole.tsx";
import { ControlConsole } from "../pages/ControlConsole.tsx";

const files = import.meta.glob("../../scenarios/**/*.yaml", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

export function DevPreview(props: { scenario: string; role: string }) {
  const tMin = Number(new URLSearchParams(location.search).get("t") ?? "30");
  const model = useMemo(() => {
    const r = new Replay(files[`../../scenarios/${props.scenario}.yaml`]!, files["../../scenarios/rules/county-default.yaml"]!, files[`../../scenarios/plays/${props.scenario}.good.yaml`]!);
    r.seek(tMin * 60_000);
    return consoleModel(r.c, r.now, props.role, { paused: false, speed: 1 }, r.events);
  }, [props.scenario, props.role, tMin]);
  const common = { model, drillId: "dev", person: "dev", commands: [], connection: "online" as const, outbox: 0, send: () => undefined };
  return model.omniscient ? <ControlConsole {...common} /> : <AgencyConsole {...common} />;
}
