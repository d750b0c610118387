/** Entry point of the bundled server (dist/server.js). Colyseus shuts down gracefully on SIGINT/SIGTERM. */
import { serve } from "./main.ts";

try {
  await serve();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
