/** Builds only the bench's own pages, the blank Phaser page and the rewind page (never shipped with the product). */
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: '../../node_modules/.cache/bench-web/blank',
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: ['blank-phaser.html', 'rewind-bench.html'] },
  },
});
