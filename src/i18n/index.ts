/**
 * Translations: Dutch is the source language, English the second. Dutch comes in two kinds of files:
 * - bundled: `src/i18n/nl.json` and `src/i18n/<key>.nl.json` (found by glob, so a new file is in),
 *   in the first bundle so the app speaks Dutch offline from the first paint;
 * - page texts: `src/i18n/lazy/<key>.nl.json`, for pages that load on demand, registered with
 *   `registerPageTexts` by the feature's `*-i18n.ts` module, which the page's modules call when they load.
 * English (every `*.en.json`, bundled and page texts) is one chunk loaded when English is chosen or was
 * chosen on this device (`english.ts`); the service worker keeps it once fetched (vite.config.ts).
 * Every key is typed from the Dutch texts (i18next.d.ts, texts.ts, keys.ts).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { PageTexts } from './texts';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'tijdig.language';

/** `./nl.json` is the root of the Dutch texts; `./sync.nl.json` goes under `sync`. */
const dutchFiles = import.meta.glob<Record<string, unknown>>(['./nl.json', './*.nl.json'], {
  eager: true,
  import: 'default',
});

function bundledDutch(): Record<string, unknown> {
  const texts: Record<string, unknown> = { ...dutchFiles['./nl.json'] };
  for (const [path, file] of Object.entries(dutchFiles)) {
    const key = /^\.\/(\w+)\.nl\.json$/.exec(path)?.[1];
    if (key) texts[key] = file;
  }
  return texts;
}

function storedLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  // One file per feature keeps translation work in one place per feature; all share one namespace.
  resources: { nl: { translation: bundledDutch() } },
  // Dutch until English has loaded (see startLanguage), so no screen shows keys instead of words.
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
  // Resources are bundled, so initialise synchronously: the first render already speaks Dutch.
  initAsync: false,
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

let english: Promise<void> | undefined;

/**
 * Makes the texts of `language` available. Dutch always is; English is fetched once (from the service
 * worker's cache when it was used before). Rejects when English cannot be fetched (offline, never used on
 * this device); a later call tries again.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'nl' || i18n.hasResourceBundle('en', 'translation')) return Promise.resolve();
  english ??= import('./english')
    .then(({ englishTexts }) => {
      i18n.addResourceBundle('en', 'translation', englishTexts(), true, true);
    })
    .finally(() => {
      english = undefined;
    });
  return english;
}

/**
 * Switches the language and remembers the choice on this device. Rejects, and stays in the current
 * language, when English cannot be loaded.
 */
export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  localStorage.setItem(LANGUAGE_KEY, language);
  await i18n.changeLanguage(language);
}

/**
 * Start-up: the app paints in Dutch at once; a device where English was chosen switches as soon as English
 * has loaded (from the cache, within moments). If it cannot load, the app stays Dutch this time.
 */
export async function startLanguage(): Promise<void> {
  const language = storedLanguage();
  if (language === 'nl') return;
  try {
    await loadLanguage(language);
    await i18n.changeLanguage(language);
  } catch {
    // Offline before English was ever cached: Dutch is complete, and the choice is kept for next time.
  }
}

/**
 * Adds the Dutch texts of a page that loads on demand (`lazy/<key>.nl.json`) under `key`; calling it again
 * does nothing. Its English comes with the rest of English (`loadLanguage`). Call it from a function the
 * page's modules call (not from a bare `import './x-i18n'`: package.json marks modules free of side
 * effects, so the production build would drop such an import).
 */
export function registerPageTexts<K extends keyof PageTexts>(key: K, dutch: PageTexts[K]): void {
  if (i18n.getResource('nl', 'translation', key) !== undefined) return;
  i18n.addResourceBundle('nl', 'translation', { [key]: dutch }, true, true);
}

export { firstTextKey, keyUnder, knownTextKey, textOr, type KeysUnder, type TextKey } from './keys';
