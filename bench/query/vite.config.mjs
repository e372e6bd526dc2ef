/**
 * A bench-only entry page that bundles the app's REAL repository code (src/db) so query.register times
 * what the register runs, not a copy. Built to bench/dist/query and served with `vite preview`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite-bench-query', import.meta.url)),
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist/query', import.meta.url)),
    // The output lies outside this root, so Vite needs explicit permission to clear it.
    emptyOutDir: true,
  },
});
