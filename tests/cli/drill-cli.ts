/** Call `drill` in-process as a user would, collecting what it prints and its exit code. */
import { main } from "../../cli/main.ts";

export async function drill(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { log: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
