/** Run the `drill` command in-process and collect what it prints, with its exit code. */
import { main } from "../../cli/main.ts";

export async function drill(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { log: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
