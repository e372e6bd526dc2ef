/** Reading a typed Dutch name ("Jan de Vries", "Anna van der Berg-Smit") into its parts. */

const PREFIX_WORDS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'te',
  'ten',
  'ter',
  'in',
  'op',
  'aan',
  'uit',
  'la',
  'le',
  'du',
  'da',
  'di',
]);

export interface NameParts {
  givenName: string;
  namePrefix: string;
  familyName: string;
}

/**
 * Splits a full name: the first word is the given name, following lower-case prefix words are the
 * tussenvoegsel, the rest is the family name. Null when there is no given and family name.
 */
export function splitDutchName(text: string): NameParts | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  const [givenName = '', ...rest] = words;
  const prefix: string[] = [];
  while (rest.length > 1 && PREFIX_WORDS.has(rest[0] ?? '')) prefix.push(rest.shift() ?? '');
  return { givenName, namePrefix: prefix.join(' '), familyName: rest.join(' ') };
}
