/**
 * The bare peer: the smallest honest Vite + React page, built and served exactly like the app so the
 * benchmarks can compare the app against "what React alone costs" on the same machine in the same run.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Keep the peer's own cache apart from the app's, so the two builds never share state.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite-bench-peer', import.meta.url)),
  plugins: [react()],
  build: {
    // Same target as the app, so the size comparison is not skewed by syntax lowering.
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
  },
});
