import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { earlyStartScript } from './scripts/early-start-script.ts';
import { precompress } from './scripts/precompress.ts';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // The app asks before it reloads into a new version, so nobody loses what they were typing.
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      pwaAssets: { config: true },
      // The manifest's PNG icons stay out of the precache too (see globPatterns).
      includeManifestIcons: false,
      manifest: {
        name: 'Tijdig – palliatieve zorg in de huisartsenpraktijk',
        short_name: 'Tijdig',
        description: 'Tijdig herkennen, markeren en bespreken van patiënten in hun laatste levensjaar.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1f5f5b',
        background_color: '#f7f6f2',
      },
      workbox: {
        // The plugin adds manifest.webmanifest itself; listing it here too makes Workbox refuse the whole precache.
        // No PNG icons: only the home screen and the install prompt use them, and both fetch them while online
        // (11 KiB gzip that a PNG cannot lose by compression); favicon.ico and icon.svg stay for the tab.
        globPatterns: ['**/*.{js,css,html,svg,ico,woff2}'],
        // English (src/i18n/english.ts) is fetched only by devices that choose it; it is kept below once used.
        // The pull reader's worker is used only online, while pulling; without it the page reads pulls itself
        // (src/db/pulled-reader/reader.ts), so it need not add its 33 KiB (gzip) to every install.
        // The QR code library (lean-qr) draws the code of a two-factor set-up, which needs the server anyway;
        // without it the screen says so and shows the key for manual entry (EnrolmentQrCode.tsx).
        globIgnores: ['**/english-*.js', '**/pull-reader.worker-*.js', '**/lean-qr-*.js'],
        navigateFallback: '/index.html',
        // The sync API must always reach the network; it is never answered from the app shell.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Take control of the page that installed the first version, so lazily loaded screens (quick-mark,
        // forms) also open offline before the first reload. Updates still wait for the user's "Nu bijwerken".
        clientsClaim: true,
        // Patient data lives in IndexedDB only: no runtime caching of API responses. The one runtime cache is
        // the English texts, so a device that used English keeps it offline; a file name holds its content
        // hash, so a cached copy never goes stale, and the newest two versions are enough across an update.
        runtimeCaching: [
          {
            urlPattern: /\/assets\/english-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'tijdig-english', expiration: { maxEntries: 2 } },
          },
        ],
      },
    }),
    earlyStartScript(),
    precompress(),
  ],
  // The pull reader's worker (src/db/pulled-reader) is an ES module, like the app: it imports the record
  // schemas, and a module worker shares no code with the page but loads as every other script does.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // No modulepreload polyfill in the first bundle: every browser since Safari 17 (Chrome 66, Firefox 115)
    // preloads modules itself; an older Safari ignores the hints and loads the same modules on import.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen imports statically in one chunk beside the entry, instead of ~25
          // small shared chunks: over HTTP/1.1 (six connections) on a slow mobile network each extra file
          // costs a round trip. Pages stay lazy chunks of their own.
          groups: [
            // The early start script (src/app/start-early.ts, an entry of its own: scripts/early-start-script.ts)
            // with everything it imports, Dexie and the database code included, in one chunk that the first
            // bundle imports too. Without this group the 'boot' group below took those modules in, and the
            // early script waited for all of it. As two early scripts (the server questions apart from the
            // database), the register showed later (load.cold 2,780 against 2,684 ms, when the vault still
            // needed zod's chunk, which then shared the network with the first bundle for longer); split again
            // once it no longer did, the key came before the bundle but the register no sooner (the bundle's
            // own work sets LCP: bench/HISTORY.md), with 0.5 KiB more initial JS.
            { name: 'start', test: /\/src\/app\/start-early\.ts$/, priority: 1 },
            { name: 'boot', tags: ['$initial'] },
            // zod alone, which the sync engine and every page with a form import: fetched at start with the
            // sync engine, after the first screen, which needs no schema (the key vault is checked without
            // zod, security/vault-schema.ts). In one chunk with the sync engine, anything that needed zod
            // early also waited for the schemas of every record kind to be evaluated (0.4-0.5 s at 4x CPU).
            { name: 'zod', test: /\/node_modules\/zod\// },
            // The sync engine with the schemas of every record kind, fetched at start (main.tsx). Split by the
            // pages that share them, it was seven small files, each compressed on its own in the precache.
            { name: 'sync', test: /\/src\/sync\/sync-engine\.ts$/ },
            // Code the first screen does not load, by the part of the app it serves, instead of ~90 page-sized
            // chunks: the service worker precaches them all, each compressed on its own, and split that finely
            // they compressed ~40 KiB worse (and were ~120 requests at install). Declared in this order on
            // purpose: a group takes along the dependencies no earlier group took, so the shared code comes
            // first and the features after the features they use. English stays a chunk of its own (globIgnores).
            // The form field every form uses, the lock screen's included: before 'lock', or the pages with
            // forms would load and evaluate the lock screen's chunk for it.
            { name: 'forms', test: /\/src\/components\/FormField\./ },
            // The lock screen, with the sign-out it offers: the first screen of a locked start, also offline.
            // In 'account' it loaded that chunk's imports too (patient, marking, checklists: five scripts
            // and three style sheets evaluated before the lock screen could paint).
            { name: 'lock', test: /\/src\/features\/(lock\/|sync\/(SignOutDialog|sign-out))/ },
            // The service worker's registration (vite-plugin-pwa's module with workbox-window), loaded at start
            // but after the first screen (app/service-worker.ts): one file instead of one importing the other.
            { name: 'service-worker', test: /virtual:pwa-register|\/node_modules\/workbox-window\// },
            { name: 'fhir', test: /\/src\/domain\/care-plan\/fhir\// },
            // The shipped checklist definitions, which the register loads after its first rows (signal-facts.ts).
            {
              name: 'checklists',
              test: /\/src\/(features\/register\/signal-facts\.ts$|domain\/checklists\/)/,
            },
            {
              name: 'common',
              test: /\/src\/(components|lib|state|providers|db|domain|sync|security|app)\/|\/node_modules\/(react-hook-form|@hookform)\//,
            },
            { name: 'marking', test: /\/src\/features\/marking\// },
            {
              name: 'patient',
              test: /\/src\/(features\/(patient|checklists|care-plan|handover)\/|i18n\/lazy\/(checklists|handover)\.nl\.json)/,
            },
            { name: 'mdo', test: /\/src\/(features\/mdo\/|i18n\/lazy\/mdo\w+\.nl\.json)/ },
            { name: 'overview', test: /\/src\/(features\/overview\/|i18n\/lazy\/overview\.nl\.json)/ },
            { name: 'account', test: /\/src\/features\/(account|settings|sync|lock)\// },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
});
