/**
 * Every English text, the bundled files and the page texts alike, as one tree. Loaded on demand by
 * `loadLanguage('en')` (src/i18n/index.ts): most of the team reads Dutch, so English stays out of the first
 * load. One chunk, so a device that has used English once has all of it, for every page, in its cache.
 * vite.config.ts finds that chunk by this module's name (`english-*.js`): rename both together.
 */
const files = import.meta.glob<Record<string, unknown>>(['./en.json', './*.en.json', './lazy/*.en.json'], {
  eager: true,
  import: 'default',
});

/** `./en.json` is the root; `./sync.en.json` and `./lazy/overview.en.json` go under their key. */
export function englishTexts(): Record<string, unknown> {
  const texts: Record<string, unknown> = { ...files['./en.json'] };
  for (const [path, file] of Object.entries(files)) {
    const key = /^\.\/(?:lazy\/)?(\w+)\.en\.json$/.exec(path)?.[1];
    if (key) texts[key] = file;
  }
  return texts;
}
