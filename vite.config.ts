import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The pure layers have no module-level side effects, so a bundle keeps only what it uses of
 * their public entries (index.ts re-exports everything): the title screen's picker must not
 * pull the engine, zod and the checker into the first script. A module that is kept keeps all
 * its statements (the engine's schema turns zod's JIT off at load).
 */
const PURE_LAYER = /[\\/]src[\\/](engine|workshop|authoring|store|theme)[\\/](?!.*\.worker\.ts$)/;

const LIVE = `http://127.0.0.1:${process.env.LIVE_PORT ?? 2567}`;
/** A live room's WebSocket: `/<process id>/<room code>` (Colyseus). */
const LIVE_SOCKET = '^/+[\\w-]+/[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}(\\?|$)';

/**
 * codemirror-json-schema renders its hover, completion and error texts as markdown into
 * `innerHTML` (with shiki, which needs WebAssembly our CSP forbids): the studio swaps in a
 * renderer that escapes everything (`src/ui/studio/schemaMarkdown.ts`).
 */
const SAFE_MARKDOWN = fileURLToPath(new URL('./src/ui/studio/schemaMarkdown.ts', import.meta.url));
const schemaMarkdown: Plugin = {
  name: 'cellule-schema-markdown',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === '../utils/markdown' && importer?.includes('codemirror-json-schema') ? SAFE_MARKDOWN : null;
  },
};

export default defineConfig({
  base: './',
  plugins: [schemaMarkdown],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !PURE_LAYER.test(id) } },
  },
  server: {
    host: '127.0.0.1',
    // `npm start` runs the live server beside Vite; the page reaches it through its own origin, as in production (`npm run serve`).
    proxy: {
      '/matchmake': LIVE,
      [LIVE_SOCKET]: { target: LIVE.replace('http', 'ws'), ws: true },
    },
  },
  // `vite preview` serves the build alone (the live server is `npm run serve`'s job): no proxy there.
  preview: { host: '127.0.0.1', proxy: {} },
});
