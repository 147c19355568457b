import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Two pages, both served by the service itself from web/dist (no CDN, no outside fonts):
 * `/` — the staff app (Preact, small), and `/graphiql` — GraphiQL 5 with its Monaco workers
 * (React, large, loaded only on that page).
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  // Preact's automatic JSX runtime for the app; GraphiQL's entry has no JSX (React.createElement).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads (the size budget test reads it; not served).
    manifest: true,
    chunkSizeWarningLimit: 5000,
    reportCompressedSize: false,
    rollupOptions: {
      input: { main: here('index.html'), graphiql: here('graphiql.html') },
      // GraphiQL's React packages carry "use client" directives, meaningless in a client-only build.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
