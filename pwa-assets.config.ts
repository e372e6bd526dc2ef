import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// All icons (192, 512, maskable, apple-touch, favicon) are generated from this one SVG at build time.
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: minimal2023Preset,
  images: ['public/icon.svg'],
});
