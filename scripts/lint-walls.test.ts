/**
 * The import walls of eslint.config.js fire. Each probe is one import written in a file inside a layer
 * and linted with the project's own config: a forbidden arrow must be refused by no-restricted-imports,
 * an allowed one must pass (so a wall that grew too wide shows up as well).
 *
 * The probes are linted as text under their path (ESLint picks the config by path, exactly as for a file
 * on disk), so nothing is written into src/ where tsc, Vite or a running `eslint .` would see it. Only the
 * boundary rule runs, without type information, which keeps this to a few seconds.
 */
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const RULE = 'no-restricted-imports';

/** [the file the import is written in, what it imports]: each must be refused. */
const FORBIDDEN: [string, string][] = [
  ['src/domain/probe.ts', 'react'],
  ['src/domain/probe.ts', 'react-i18next'],
  ['src/domain/probe.ts', 'dexie'],
  ['src/domain/probe.ts', 'i18next'],
  ['src/domain/probe.ts', 'zustand'],
  ['src/domain/care-plan/probe.ts', '../../db'],
  ['src/domain/probe.ts', '../db/database'],
  ['src/domain/probe.ts', '../sync/api-client'],
  ['src/domain/probe.ts', '../state/session-store'],
  ['src/domain/probe.ts', '../providers/DatabaseProvider'],
  ['src/domain/probe.ts', '../components/FormField'],
  ['src/domain/probe.ts', '../features/register/RegisterPage'],
  ['src/domain/probe.ts', '../app/routes'],
  ['src/domain/probe.ts', '../i18n'],
  ['src/domain/probe.ts', '../lib/format'],
  ['src/domain/probe.test.ts', 'react'],
  ['src/lib/probe.ts', 'react'],
  ['src/lib/probe.ts', '../db'],
  ['src/db/probe.ts', 'react'],
  ['src/db/probe.ts', '../sync/sync-engine'],
  ['src/db/probe.ts', '../state/session-store'],
  ['src/db/probe.ts', '../features/register/usePatients'],
  ['src/db/probe.ts', '../app/App'],
  ['src/sync/probe.ts', 'react'],
  ['src/sync/probe.ts', 'dexie'],
  ['src/sync/probe.ts', 'dexie-react-hooks'],
  ['src/sync/probe.ts', '../db/outbox'],
  ['src/sync/probe.ts', '../state/session-store'],
  ['src/sync/probe.ts', '../features/sync/SyncStatus'],
  ['src/db/probe.ts', '../security/key-vault'],
  ['src/sync/probe.ts', '../security/key-vault'],
  ['src/security/probe.ts', 'react'],
  ['src/security/probe.ts', 'dexie'],
  ['src/security/probe.ts', '../db/database'],
  ['src/security/probe.ts', '../features/lock/LockScreen'],
  ['src/security/probe.ts', '../state/lock-store'],
  ['src/state/probe.ts', 'dexie'],
  ['src/state/probe.ts', '../db'],
  ['src/state/probe.ts', '../sync/sync-engine'],
  ['src/i18n/probe.ts', '../db'],
  ['src/providers/probe.tsx', 'dexie'],
  ['src/providers/probe.tsx', '../db/database'],
  ['src/providers/probe.tsx', '../components/FormField'],
  ['src/providers/probe.tsx', '../features/register/RegisterPage'],
  ['src/providers/probe.tsx', '../app/App'],
  ['src/components/probe.tsx', 'dexie'],
  ['src/components/probe.tsx', '../db/database'],
  ['src/components/probe.tsx', '../features/account/useServerData'],
  ['src/components/probe.tsx', '../app/App'],
  ['src/features/register/probe.tsx', 'dexie'],
  ['src/features/register/probe.tsx', '../../app/routes'],
  ['src/features/mdo/meetings/probe.tsx', '../../../app/App'],
  ['src/features/mdo/meetings/probe.tsx', '../../../db/meeting-queries'],
  ['src/features/register/probe.tsx', '../../db/database'],
  ['src/features/register/probe.test.tsx', '../../app/routes'],
  ['src/app/probe.tsx', 'dexie'],
  ['src/app/probe.tsx', '../db/database'],
  ['src/probe.tsx', './db/database'],
  ['server/src/probe.ts', '../../src/features/register/RegisterPage'],
  ['server/src/probe.ts', '../../src/sync/api-client'],
  ['server/src/sync/probe.ts', '../../../src/db'],
  ['server/src/probe.ts', 'react'],
  ['server/src/probe.ts', 'dexie'],
];

/** Arrows the layers rely on: each must pass. */
const ALLOWED: [string, string][] = [
  ['src/domain/probe.ts', 'zod'],
  ['src/domain/care-plan/probe.ts', '../sync'],
  ['src/domain/probe.test.ts', '../test/factories'],
  ['src/lib/probe.ts', '../domain'],
  ['src/db/probe.ts', 'dexie'],
  ['src/db/probe.ts', './database'],
  ['src/db/probe.ts', '../domain'],
  ['src/sync/probe.ts', '../db'],
  ['src/sync/probe.ts', 'zustand'],
  ['src/sync/probe.test.ts', 'dexie'],
  ['src/security/probe.ts', '../db'],
  ['src/security/probe.ts', '../domain'],
  ['src/security/probe.test.ts', 'dexie'],
  ['src/features/lock/probe.tsx', '../../security'],
  ['src/state/probe.ts', 'zustand'],
  ['src/i18n/probe.ts', 'react-i18next'],
  ['src/providers/probe.tsx', '../db'],
  ['src/providers/probe.tsx', '../sync/auth-client'],
  ['src/components/probe.tsx', '../providers/ServicesProvider'],
  ['src/components/probe.tsx', 'dexie-react-hooks'],
  ['src/features/register/probe.tsx', '../../db'],
  ['src/features/register/probe.tsx', 'dexie-react-hooks'],
  ['src/features/register/probe.tsx', '../../providers/DatabaseProvider'],
  ['src/features/register/probe.tsx', '../../components/FormField'],
  ['src/features/register/probe.tsx', '../../sync/api-client'],
  ['src/features/register/probe.tsx', '../sync/SyncStatus'],
  ['src/features/register/probe.test.tsx', 'dexie'],
  ['src/app/probe.tsx', '../features/register/RegisterPage'],
  ['src/app/probe.tsx', '../db'],
  ['src/probe.tsx', './db'],
  ['server/src/probe.ts', '../../src/domain'],
  ['server/src/sync/probe.ts', '../../../src/domain/sync'],
  ['server/src/probe.ts', './store/db'],
  ['server/src/probe.ts', 'fastify'],
];

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    // The walls need no type information; building the TypeScript program would take a minute.
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => ruleId === RULE,
  });
});

/** Every message ESLint gives for one import written at `file`. */
async function lintProbe(file: string, target: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(`import { probe } from '${target}';\nexport { probe };\n`, {
    filePath: path.join(ROOT, file),
  });
  if (!result) throw new Error(`ESLint returned nothing for ${file}`);
  return result.messages;
}

describe('import walls', () => {
  it.each(FORBIDDEN)('%s may not import %s', async (file, target) => {
    const messages = await lintProbe(file, target);
    expect(messages.map(({ ruleId }) => ruleId)).toEqual([RULE]);
  });

  it.each(ALLOWED)('%s may import %s', async (file, target) => {
    const messages = await lintProbe(file, target);
    expect(messages.map(({ message }) => message)).toEqual([]);
  });
});
