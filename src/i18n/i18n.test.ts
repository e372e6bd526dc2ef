import { afterEach, describe, expect, it, vi } from 'vitest';
import { REJECTION_REASONS } from '../domain/sync';
import { i18n } from './index';
import syncPageEn from './lazy/syncPage.en.json';
import syncPageNl from './lazy/syncPage.nl.json';

/** Every leaf key of a translation file, e.g. `register.filter.marked`. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** Every translation file, bundled (`./nl.json`, `./<key>.<lang>.json`) and page texts (`./lazy/...`). */
const files = import.meta.glob<Record<string, unknown>>(['./*.json', './lazy/*.json'], {
  eager: true,
  import: 'default',
});
const dutchFiles = Object.keys(files).filter((path) => /(^|[./])nl\.json$/.test(path));
const englishFiles = Object.keys(files).filter((path) => /(^|[./])en\.json$/.test(path));

/** The key a file's texts live under: none for `./nl.json`, `sync` for `./sync.nl.json`. */
function keyOf(path: string): string | undefined {
  return /\/(\w+)\.(?:nl|en)\.json$/.exec(path)?.[1];
}

/** What a file adds to its language's texts: the file itself for a root file, else the file under its key. */
function treeOf(path: string): object {
  const key = keyOf(path);
  return (key === undefined ? files[path] : { [key]: files[path] }) as object;
}

/** The i18n module as a fresh start of the app finds it (the test setup has loaded English already). */
async function freshStart(): Promise<typeof import('./index')> {
  vi.resetModules();
  return import('./index');
}

/** The modules that register page texts (features, and shared components), each exporting one register function. */
const registrars = import.meta.glob<Record<string, () => void>>(
  ['../features/**/*-i18n.ts', '../components/*-i18n.ts'],
  { eager: true },
);

describe('translations', () => {
  it('finds the translation files', () => {
    expect(dutchFiles).toContain('./nl.json');
    expect(dutchFiles).toContain('./lazy/mdoAgenda.nl.json');
  });

  it.each(dutchFiles)('English covers every Dutch key of %s', (path) => {
    const english = files[path.replace(/nl\.json$/, 'en.json')];
    expect(english).toBeDefined();
    expect(keysOf(english).sort()).toEqual(keysOf(files[path]).sort());
  });

  it.each(dutchFiles.filter((path) => !path.startsWith('./lazy/')))('bundles %s from the start', (path) => {
    expect(i18n.getResourceBundle('nl', 'translation')).toMatchObject(treeOf(path));
  });

  it.each(dutchFiles.filter((path) => path.startsWith('./lazy/')))(
    'registers the page texts of %s through a feature module',
    (path) => {
      const key = keyOf(path) ?? '';
      for (const register of Object.values(registrars).flatMap((module) => Object.values(module))) register();
      expect(i18n.getResource('nl', 'translation', key)).toEqual(files[path]);
    },
  );

  it('leaves the texts of screens that load on demand out of the first bundle', async () => {
    const { i18n: started } = await freshStart();
    for (const key of ['carePlan', 'account', 'syncPage', 'settings', 'namens']) {
      expect(started.getResource('nl', 'translation', key)).toBeUndefined();
    }
    // The app's name and tagline (the frame before signing in) stay in it.
    expect(started.t('app.tagline')).toBe('Palliatieve zorg in de huisartsenpraktijk');
  });

  describe('English, loaded when chosen', () => {
    afterEach(() => {
      localStorage.clear();
      vi.doUnmock('./english');
    });

    it('starts with Dutch only, and has every English text, page texts too, once English is chosen', async () => {
      const { i18n: started, setLanguage } = await freshStart();
      expect(started.language).toBe('nl');
      expect(started.hasResourceBundle('en', 'translation')).toBe(false);

      await setLanguage('en');
      expect(started.language).toBe('en');
      for (const path of englishFiles) {
        expect(started.getResourceBundle('en', 'translation')).toMatchObject(treeOf(path));
      }
      expect(localStorage.getItem('tijdig.language')).toBe('en');
    });

    it('switches a device where English was chosen to English at start', async () => {
      localStorage.setItem('tijdig.language', 'en');
      const { i18n: started, startLanguage } = await freshStart();
      expect(started.language).toBe('nl');
      await startLanguage();
      expect(started.language).toBe('en');
    });

    it('stays Dutch, and remembers nothing, when English cannot be fetched', async () => {
      vi.doMock('./english', () => {
        throw new Error('offline');
      });
      const { i18n: started, setLanguage } = await freshStart();
      await expect(setLanguage('en')).rejects.toThrow();
      expect(started.language).toBe('nl');
      expect(localStorage.getItem('tijdig.language')).toBeNull();
    });
  });

  it('says in Dutch and English why the server refused a change, for every reason it may give', () => {
    for (const reasons of [syncPageNl.reasons, syncPageEn.reasons]) {
      expect(Object.keys(reasons).sort()).toEqual([...REJECTION_REASONS].sort());
    }
  });

  it('writes the register count as Dutch readers write numbers, with a dot for thousands', () => {
    const t = i18n.getFixedT('nl');
    expect(t('register.list.count', { count: 1240, total: 10000 })).toBe(
      '1.240 patiënten getoond van 10.000',
    );
    expect(t('register.list.count', { count: 1, total: 1 })).toBe('1 patiënt getoond van 1');
  });
});
