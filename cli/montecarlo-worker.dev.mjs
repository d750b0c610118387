// The montecarlo worker's entry when `drill` runs from the TypeScript sources (tests, `npm run
// drill`): a worker thread does not inherit the main thread's tsx hooks, so register them here.
// The bundle (dist/cli) uses its compiled montecarlo-worker.js instead.
import { register } from "tsx/esm/api";

register();
const worker = await import("./montecarlo-worker.ts");
export default worker.default;
