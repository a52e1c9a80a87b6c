import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

/** The app's icons and favicon, made from the one drawing in assets/icon.svg (`npm run icons`; the outputs are committed beside it). */
export default defineConfig({
  preset: { ...minimal2023Preset, maskable: { ...minimal2023Preset.maskable, padding: 0.1, resizeOptions: { background: '#0a1020' } }, apple: { ...minimal2023Preset.apple, padding: 0.1, resizeOptions: { background: '#0a1020' } } },
  images: ['assets/icon.svg'],
});
