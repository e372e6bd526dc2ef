/**
 * Reads UI strings from the Dutch source catalogue (src/i18n/nl.json), so the tests follow the copy
 * instead of repeating it. Read at run time: the catalogue is the app's, not the tests'.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const catalogueUrl = new URL('../../src/i18n/nl.json', import.meta.url);

let catalogue: unknown;

function load(): unknown {
  catalogue ??= JSON.parse(readFileSync(fileURLToPath(catalogueUrl), 'utf8')) as unknown;
  return catalogue;
}

/** The Dutch text for a dotted key such as `register.list.empty`, with `{{name}}` placeholders filled in. */
export function nl(key: string, values: Record<string, string | number> = {}): string {
  let node = load();
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) {
      throw new Error(`i18n key ${key} is missing from src/i18n/nl.json`);
    }
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'string') throw new Error(`i18n key ${key} is not a string in src/i18n/nl.json`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    String(values[name] ?? placeholder),
  );
}
