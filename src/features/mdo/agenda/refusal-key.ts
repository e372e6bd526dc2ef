/** Why a write was refused, as a translation key under `mdoAgenda.errors`. */
import type { FieldSaveOutcome } from '../../../components/useAutosave';
import type { WriteResult } from '../../../db';
import { keyUnder, type KeysUnder, type TextKey } from '../../../i18n';

const ISSUE_KEYS: Partial<Record<string, KeysUnder<'mdoAgenda.errors'>>> = {
  'agenda.duplicatePatient': 'duplicatePatient',
  required: 'required',
  'text.tooLong': 'tooLong',
  'number.invalid': 'minutes',
  'number.tooSmall': 'minutes',
  'number.tooLarge': 'minutes',
};

/** The key of an issue code from the domain, e.g. `agenda.duplicatePatient`. */
export function issueKey(code: string): TextKey {
  return keyUnder('mdoAgenda.errors', ISSUE_KEYS[code] ?? 'invalid');
}

/** The key of the first reason a write was refused, or null when it was stored. */
export function refusalKey(result: WriteResult<unknown>): TextKey | null {
  if (result.ok) return null;
  const { error } = result;
  if (error.kind === 'invalid') return issueKey(error.issues[0]?.code ?? 'invalid');
  return error.kind === 'notFound' ? 'mdoAgenda.errors.notFound' : 'mdoAgenda.errors.storage';
}

/** A write's answer as an autosaving field shows it: the key of the refusal next to the field. */
export function refusalOutcome(result: WriteResult<unknown>): FieldSaveOutcome {
  const key = refusalKey(result);
  return key === null ? { ok: true } : { ok: false, issueCode: key };
}
