/**
 * Typed translation keys. `t` accepts only keys of the Dutch texts (see i18next.d.ts), so a key built in code
 * is either a literal, a template over a closed union (an enum: a missing text fails `tsc`), or goes through
 * `knownTextKey` when its parts come from outside the compiler's sight (validation codes, server answers,
 * stored field paths) and may or may not have a text of their own.
 */
import type { ParseKeys, TFunction } from 'i18next';
import { i18n } from './index';

/** Every key `t` accepts. */
export type TextKey = ParseKeys;

/** `candidate` as a key when the Dutch texts hold a text there (not a group of texts), else undefined. */
export function knownTextKey(candidate: string): TextKey | undefined {
  const value: unknown = i18n.getResource('nl', 'translation', candidate);
  return typeof value === 'string' ? (candidate as TextKey) : undefined;
}

/** The first of `candidates` that has a Dutch text, else `fallback`. */
export function firstTextKey(candidates: readonly string[], fallback: TextKey): TextKey {
  for (const candidate of candidates) {
    const key = knownTextKey(candidate);
    if (key) return key;
  }
  return fallback;
}

/** The text at `candidate`, or `fallback` as it is when the Dutch texts have none there (e.g. a group name
 * that came with an imported definition, a field the app has no words for). */
export function textOr(
  t: TFunction,
  candidate: string,
  fallback: string,
  values?: Record<string, string | number>,
): string {
  const key = knownTextKey(candidate);
  return key ? t(key, values ?? {}) : fallback;
}

/** The last parts of the keys under `P`: `KeysUnder<'carePlan.yesNo'>` is `'ja' | 'nee' | 'onbekend'`. */
export type KeysUnder<P extends string> = TextKey extends infer K
  ? K extends `${P}.${infer Rest}`
    ? Rest
    : never
  : never;

/** The key of `option` under `prefix` (e.g. a radio button's label); the types make sure it exists. */
// NoInfer: P comes from the prefix alone; inferring it through KeysUnder costs tsc a minute per generic caller.
export function keyUnder<P extends string>(prefix: P, option: NoInfer<KeysUnder<P>>): TextKey {
  return `${prefix}.${option}` as TextKey;
}
