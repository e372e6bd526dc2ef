/**
 * The controls "Combineren" offers for a record other than the care plan, and the translation between a
 * field's stored value and what the person types: dates as dd-mm-jjjj, yes/no as a check box, options as a
 * list of words, a list of texts one per line. Text that is not a real date passes through, so the
 * record's schema refuses it with a clear message instead of it being stored as something else.
 */
import {
  parseDutchDate,
  PATIENT_REGISTER_COLOURS,
  PATIENT_STATUSES,
  PLACES_OF_DEATH,
  SEXES,
  toDutchDate,
  type IsoDate,
} from '../../domain';
import { type KeysUnder } from '../../i18n';

export type CombineControl =
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'check' }
  | { kind: 'lines' }
  | { kind: 'choice'; options: readonly string[]; wordsKey: ChoicePrefix };

/** Where the words for a patient field's options live; `satisfies` checks every option has its words. */
const PATIENT_CHOICES = {
  sex: { options: SEXES, wordsKey: 'patient.sex' },
  status: { options: PATIENT_STATUSES, wordsKey: 'patient.status' },
  placeOfDeath: { options: PLACES_OF_DEATH, wordsKey: 'patient.placeOfDeath' },
  registerColour: { options: PATIENT_REGISTER_COLOURS, wordsKey: 'marking.colour' },
} satisfies Record<string, Choice<ChoicePrefix>>;

type ChoicePrefix = 'patient.sex' | 'patient.status' | 'patient.placeOfDeath' | 'marking.colour';
type Choice<P extends string> = P extends unknown ? { options: readonly KeysUnder<P>[]; wordsKey: P } : never;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDateField(field: string): boolean {
  return field === 'date' || field === 'doneOn' || /(Date|Since)$/.test(field);
}

export function controlOf(entity: string, field: string, value: unknown): CombineControl {
  const choice =
    entity === 'patient'
      ? (PATIENT_CHOICES as Partial<Record<string, Choice<ChoicePrefix>>>)[field]
      : undefined;
  if (choice) return { kind: 'choice', ...choice };
  if (typeof value === 'boolean') return { kind: 'check' };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return { kind: 'lines' };
  if (isDateField(field) && (value === null || (typeof value === 'string' && ISO_DATE.test(value))))
    return { kind: 'date' };
  return { kind: 'text' };
}

/** The stored value as the control holds it. */
export function toControlValue(control: CombineControl, value: unknown): string | boolean {
  if (control.kind === 'check') return value === true;
  if (value === null || value === undefined) return '';
  if (control.kind === 'date' && typeof value === 'string') return toDutchDate(value as IsoDate);
  if (control.kind === 'lines' && Array.isArray(value)) return value.join('\n');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What the control holds as the value to store; an emptied field that was empty (null) before stays null. */
export function fromControlValue(control: CombineControl, input: string | boolean, before: unknown): unknown {
  if (typeof input === 'boolean') return input;
  const text = input.trim();
  if (control.kind === 'lines') return text === '' ? [] : text.split('\n').map((line) => line.trim());
  if (text === '' && (before === null || control.kind !== 'text')) return null;
  if (control.kind === 'date') return parseDutchDate(text) ?? text;
  return input;
}
