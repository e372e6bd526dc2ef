import { describe, expect, it } from 'vitest';
import { REJECTION_REASONS } from '../domain/sync';
import { i18n } from './index';
import syncEn from './sync.en.json';
import syncNl from './sync.nl.json';

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

/** The key a file's texts live under: none for `./nl.json`, `carePlan` for `./carePlan.nl.json`. */
function keyOf(path: string): string | undefined {
  return /\/(\w+)\.nl\.json$/.exec(path)?.[1];
}

/** The feature modules that register page texts, each exporting one register function. */
const registrars = import.meta.glob<Record<string, () => void>>('../features/**/*-i18n.ts', { eager: true });

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
    const key = keyOf(path);
    const expected = key === undefined ? files[path] : { [key]: files[path] };
    expect(i18n.getResourceBundle('nl', 'translation')).toMatchObject(expected as object);
  });

  it.each(dutchFiles.filter((path) => path.startsWith('./lazy/')))(
    'registers the page texts of %s through a feature module',
    (path) => {
      const key = keyOf(path) ?? '';
      for (const register of Object.values(registrars).flatMap((module) => Object.values(module))) register();
      expect(i18n.getResource('nl', 'translation', key)).toEqual(files[path]);
      expect(i18n.getResource('en', 'translation', key)).toEqual(files[path.replace(/nl\.json$/, 'en.json')]);
    },
  );

  it('says in Dutch and English why the server refused a change, for every reason it may give', () => {
    for (const reasons of [syncNl.reasons, syncEn.reasons]) {
      expect(Object.keys(reasons).sort()).toEqual([...REJECTION_REASONS].sort());
    }
  });
});
