/** `drill serve [--port N] [--host H] [--data FILE]`: the live drill server, as `npm start` runs it (server/main.ts). */
import { parseArgv as parse, UsageError, type Out } from "./args.ts";
import { withUsage } from "./evaluate.ts";


export function serveCommand(argv: string[], out: Out): Promise<number> {
  return withUsage("serve", out, async () => {
    const { positionals, values } = parse(argv, { port: { type: "string" }, host: { type: "string" }, data: { type: "string" }, lang: { type: "string", default: "zh" } });
    if (positionals.length > 0) throw new UsageError("noFileArgs", { command: "serve" });
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new UsageError("port", { value: String(values.port) });
    const { serve } = await import("../server/main.ts"); // loaded only for this subcommand
    await serve({ ...(port !== undefined ? { port } : {}), ...(typeof values.host === "string" ? { host: values.host } : {}), ...(typeof values.data === "string" ? { data: values.data } : {}), log: out.log });
    return 0; // the server keeps the process alive
  }, argv);
}
