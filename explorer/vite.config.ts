/**
 * Builds the explorer into explorer/dist, served by the tiergraph server under /explorer/.
 * For work on the explorer itself, `npx vite explorer` serves it with live reload and passes
 * /graphql to the server `npm start` runs (port 4000, the default PORT).
 */
import { defineConfig } from "vite";

const api = { "/graphql": "http://127.0.0.1:4000" };

export default defineConfig({
  root: import.meta.dirname,
  base: "/explorer/",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 800 },
  server: { proxy: api },
  preview: { proxy: api },
});
