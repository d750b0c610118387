/** Where the embedded store lives: $LIANYAN_DATA, else ./data/lianyan.sqlite (created on first start). */
export const DEFAULT_DATA_FILE = "data/lianyan.sqlite";

export function dataFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.LIANYAN_DATA || DEFAULT_DATA_FILE;
}
