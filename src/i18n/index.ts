/**
 * Translations: Dutch is the source language, English the second. Two kinds of text files, one rule each:
 * - bundled: `src/i18n/nl.json` and `src/i18n/<key>.<lang>.json` (found by glob, so a new file is in),
 *   in the first bundle so the app speaks Dutch offline from the first paint;
 * - page texts: `src/i18n/lazy/<key>.<lang>.json`, for pages that load on demand, registered with
 *   `registerPageTexts` by the feature's `*-i18n.ts` module, which the page's modules call when they load.
 * Every key is typed from the Dutch texts (i18next.d.ts, texts.ts, keys.ts).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { PageTexts } from './texts';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'tijdig.language';

/** `./nl.json` is the root of the Dutch texts; `./carePlan.nl.json` goes under `carePlan`. */
const bundledFiles = import.meta.glob<Record<string, unknown>>('./*.json', {
  eager: true,
  import: 'default',
});

function bundled(language: Language): Record<string, unknown> {
  const texts: Record<string, unknown> = { ...bundledFiles[`./${language}.json`] };
  for (const [path, file] of Object.entries(bundledFiles)) {
    const key = new RegExp(`^\\./(\\w+)\\.${language}\\.json$`).exec(path)?.[1];
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
  resources: { nl: { translation: bundled('nl') }, en: { translation: bundled('en') } },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
  // Resources are bundled, so initialise synchronously: the first render already speaks Dutch.
  initAsync: false,
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** Switches the language and remembers the choice on this device. */
export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(LANGUAGE_KEY, language);
  await i18n.changeLanguage(language);
}

/**
 * Adds the texts of a page that loads on demand (`lazy/<key>.<lang>.json`) under `key`; calling it again
 * does nothing. The only way to add texts after start-up. Call it from a function the page's modules call
 * (not from a bare `import './x-i18n'`: package.json marks modules free of side effects, so the production
 * build would drop such an import).
 */
export function registerPageTexts<K extends keyof PageTexts>(
  key: K,
  dutch: PageTexts[K],
  english: PageTexts[K],
): void {
  if (i18n.getResource('nl', 'translation', key) !== undefined) return;
  i18n.addResourceBundle('nl', 'translation', { [key]: dutch }, true, true);
  i18n.addResourceBundle('en', 'translation', { [key]: english }, true, true);
}

export { firstTextKey, keyUnder, knownTextKey, textOr, type KeysUnder, type TextKey } from './keys';
