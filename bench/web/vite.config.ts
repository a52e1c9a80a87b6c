/** Builds only the bench's blank Phaser page (never shipped with the product). */
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
    rollupOptions: { input: 'blank-phaser.html' },
  },
});
