/**
 * The browser client (client/) is built into dist/client, which the drill server serves as static files.
 * Everything is bundled: no CDN, no remote fonts, so a drill runs on 政务外网 or offline.
 * `vite` (dev) proxies the API and the Colyseus socket to a drill server on 2567.
 */
import { defineConfig } from "vite";

const SERVER = process.env.LIANYAN_SERVER ?? "http://127.0.0.1:2567";

export default defineConfig({
  root: "client",
  base: "/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    // Phaser alone is ~1.2 MB; the engine (for the replay viewer) is loaded only on that page
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/api": SERVER, "/matchmake": SERVER, "^/[a-zA-Z0-9_-]{9}/": { target: SERVER, ws: true } },
  },
});
