/**
 * The app's test files share one module graph per worker (vitest.config.ts), so a file that replaces a
 * module (vi.mock) must run in the isolated project: in the shared graph its mock would meet the real
 * module the files before it loaded, and could reach the files after it. A new such file, or an entry
 * left behind in the list, fails here rather than in some run's order of files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_APP_TESTS, LOGIC_TESTS } from '../vitest.config';

const ROOT = path.resolve(import.meta.dirname, '..');
const REPLACES_A_MODULE = /\bvi\.(do)?mock\(/;
/** The folders of the `logic` project's files (each runs isolated there): its globs up to `**`. */
const LOGIC_DIRS = LOGIC_TESTS.map((glob) => glob.slice(0, glob.indexOf('**')));

function appTestFiles(): string[] {
  return readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .map((file) => `src/${file.split(path.sep).join('/')}`)
    .filter((file) => /\.test\.tsx?$/.test(file) && !LOGIC_DIRS.some((dir) => file.startsWith(dir)));
}

describe('the app tests that run isolated', () => {
  it('include every app test file that replaces a module', () => {
    const replacing = appTestFiles().filter((file) =>
      REPLACES_A_MODULE.test(readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(replacing.length).toBeGreaterThan(0);
    expect(replacing.filter((file) => !ISOLATED_APP_TESTS.includes(file))).toEqual([]);
  });

  it('name only files that exist', () => {
    expect(ISOLATED_APP_TESTS.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
  });
});
