/**
 * A Vite plugin: builds `src/app/start-early.ts` as an entry of its own and loads it from index.html as an
 * async module script, ahead of the app's entry. The start's first server questions (the session, a new
 * device's key) and opening the device's database then happen while the app's first
 * bundle is still downloading, instead of once it has arrived and run: on slow 4G that bundle arrives about
 * 1.5 s after the page. The app's entry imports the same module (the same file: its chunk is part of the
 * first bundle, counted in size.initial-js), so it runs once, whichever script asks for it first. In
 * development (no build) the app's entry runs it.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const ENTRY_NAME = 'start';
const ENTRY_SOURCE = 'src/app/start-early.ts';

export function earlyStartScript(): Plugin {
  return {
    name: 'tijdig-early-start-script',
    apply: 'build',
    config(config) {
      const root = config.root ?? process.cwd();
      return {
        build: {
          rolldownOptions: {
            input: { index: resolve(root, 'index.html'), [ENTRY_NAME]: resolve(root, ENTRY_SOURCE) },
          },
        },
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === ENTRY_NAME,
        );
        if (!chunk) throw new Error(`The build has no ${ENTRY_SOURCE} entry chunk`);
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `/${chunk.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
