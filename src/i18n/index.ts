/**
 * Translations: Dutch is the source language, English the second. Both are bundled (they are small), so
 * the app speaks Dutch offline from the first paint.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import accountEn from './account.en.json';
import accountNl from './account.nl.json';
import carePlanEn from './carePlan.en.json';
import carePlanNl from './carePlan.nl.json';
import checklistsEn from './checklists.en.json';
import checklistsNl from './checklists.nl.json';
import en from './en.json';
import handoverEn from './handover.en.json';
import handoverNl from './handover.nl.json';
import lockEn from './lock.en.json';
import lockNl from './lock.nl.json';
import markingEn from './marking.en.json';
import markingNl from './marking.nl.json';
import nl from './nl.json';
import syncEn from './sync.en.json';
import syncNl from './sync.nl.json';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'tijdig.language';

function storedLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  // One file per feature keeps translation work in one place per feature; all share one namespace.
  resources: {
    nl: {
      translation: {
        ...nl,
        checklists: checklistsNl,
        marking: markingNl,
        account: accountNl,
        sync: syncNl,
        carePlan: carePlanNl,
        handover: handoverNl,
        lock: lockNl,
      },
    },
    en: {
      translation: {
        ...en,
        checklists: checklistsEn,
        marking: markingEn,
        account: accountEn,
        sync: syncEn,
        carePlan: carePlanEn,
        handover: handoverEn,
        lock: lockEn,
      },
    },
  },
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
 * Adds the translations of a page that loads on demand (MDO, Overzicht) under `key`. The page's module
 * calls this when it loads, so the first bundle stays small and the texts are there before it renders.
 */
export function addFeatureTranslations(key: string, dutch: object, english: object): void {
  if (i18n.hasResourceBundle('nl', 'translation') && i18n.exists(key, { lng: 'nl' })) return;
  i18n.addResourceBundle('nl', 'translation', { [key]: dutch }, true, true);
  i18n.addResourceBundle('en', 'translation', { [key]: english }, true, true);
}

export { firstTextKey, keyUnder, knownTextKey, textOr, type KeysUnder, type TextKey } from './keys';
