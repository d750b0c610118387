/** Entry point of the bundled server (dist/server.js). Colyseus shuts down gracefully on SIGINT/SIGTERM. */
import { serve } from "./main.ts";

await serve();
