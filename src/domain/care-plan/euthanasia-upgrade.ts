/**
 * Plans saved before the euthanasia position existed recorded two facts: whether the wish was discussed and
 * whether a written declaration was present (yes / no / unknown). They are read into the position without
 * inventing one: a declaration becomes "heeft euthanasieverklaring", a discussed wish with an unknown
 * declaration "onbekend", nothing recorded stays unrecorded. "No declaration" alone says nothing about the
 * patient's position (it could be "wenst geen euthanasie" or "zou wel een verzoek kunnen doen"), so the
 * position stays open and the recorded fact is kept, in words, in the comment.
 */

/** The comment that keeps an old "no written declaration" fact; Dutch, as it is part of the record. */
export const LEGACY_NO_DECLARATION_NOTE =
  'Eerder vastgelegd: geen schriftelijke euthanasieverklaring (standpunt niet vastgelegd).';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The old shape upgraded to the new one; anything else passes unchanged, for the schema to judge. */
export function upgradeEuthanasia(value: unknown): unknown {
  if (!isRecord(value) || 'position' in value || !('declarationPresent' in value)) return value;
  const { isWishDiscussed, declarationPresent, dateDiscussed } = value;
  const position =
    declarationPresent === 'yes'
      ? 'heeftVerklaring'
      : declarationPresent === 'unknown' && isWishDiscussed === true
        ? 'onbekend'
        : null;
  const comment = declarationPresent === 'no' ? LEGACY_NO_DECLARATION_NOTE : '';
  const attribution = 'onBehalfOf' in value ? { onBehalfOf: value.onBehalfOf } : {};
  return { position, dateDiscussed: dateDiscussed ?? null, comment, ...attribution };
}
