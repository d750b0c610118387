declare module "seedrandom/lib/alea.js" {
  const alea: (seed: string, options?: { state?: unknown }) => (() => number) & { state(): unknown };
  export default alea;
}
