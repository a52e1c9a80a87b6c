import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The pure layers have no module-level side effects, so a bundle keeps only what it uses of
 * their public entries (index.ts re-exports everything): the title screen's picker must not
 * pull the engine, zod and the checker into the first script. A module that is kept keeps all
 * its statements (the engine's schema turns zod's JIT off at load).
 */
const PURE_LAYER = /[\\/]src[\\/](engine|workshop|authoring|store|theme)[\\/](?!.*\.worker\.ts$)/;

/** The web app manifest: one file for both languages (the name reads in both). Icons from assets/ (`npm run icons`). */
const manifest = {
  name: 'Cellule — crisis cell simulator / simulateur de cellule de crise',
  short_name: 'Cellule',
  description: 'A tabletop incident-response simulator. / Un simulateur de cellule de crise cyber.',
  lang: 'en',
  dir: 'ltr' as const,
  theme_color: '#0a1020',
  background_color: '#0a1020',
  display: 'standalone' as const,
  start_url: './',
  scope: './',
  icons: [
    { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
    { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
    { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
    { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

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

/**
 * Phaser's own "core" build (`phaser/src/phaser-core.js`: no physics, tilemaps, particles or the
 * rarer game objects) instead of the whole prebuilt library, with the build flags its webpack
 * config would set: both renderers (Canvas by default, `?renderer=webgl`), no sound (the game runs
 * Phaser with `noAudio`), no debug, no Camera3D or Facebook plugins. The flags are `typeof X`
 * tests in Phaser's source, replaced as text; its `global.Phaser` export is dropped (the game
 * imports it). Only the product's build (`npm start`'s dev server uses the package, same API):
 * the bench's blank page and the types use the package too.
 */
const PHASER_SRC = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));
const PHASER_FLAGS: Record<string, string> = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};
const phaserCore: Plugin = {
  name: 'cellule-phaser-core',
  enforce: 'pre',
  // The production build only: Phaser's source is CommonJS, which the dev server serves as it is.
  apply: 'build',
  resolveId(source) {
    return source === 'phaser' ? `${PHASER_SRC}phaser-core.js` : null;
  },
  transform(code, id) {
    if (!id.startsWith(PHASER_SRC)) return null;
    let out = code.replace(/typeof (CANVAS_RENDERER|WEBGL_RENDERER|WEBGL_DEBUG|FEATURE_SOUND|PLUGIN_CAMERA3D|PLUGIN_FBINSTANT)\b/g, (flag) => PHASER_FLAGS[flag]!);
    if (id.endsWith('phaser-core.js')) out = out.replace('global.Phaser = Phaser;', '');
    return out === code ? null : { code: out, map: null };
  },
};

/**
 * `npm start`'s dev server injects each stylesheet as an inline `<style>`, which the page's
 * Content-Security-Policy (`style-src 'self'`) refuses: the dev page's CSP allows inline styles.
 * The built page (preview, `npm run serve`, any host) keeps the strict policy.
 */
const devInlineStyles: Plugin = {
  name: 'cellule-dev-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export default defineConfig({
  base: './',
  // The game's own media (icons, favicon), made from assets/icon.svg by `npm run icons`.
  publicDir: 'assets',
  plugins: [
    schemaMarkdown,
    phaserCore,
    devInlineStyles,
    VitePWA({
      // A new version waits for the player's word (src/ui/update.ts): never a reload in the middle of a game.
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      includeAssets: ['favicon.ico', 'icon.svg', 'apple-touch-icon-180x180.png'],
      workbox: {
        // The app shell, every bundled scenario (its own chunk), the fonts, Phaser, the workers: the whole game works offline after one visit.
        globPatterns: ['**/*.{js,css,html,woff2,png,svg,ico}'],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The live server's routes are never answered from the cache.
        navigateFallbackDenylist: [/^\/matchmake/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
