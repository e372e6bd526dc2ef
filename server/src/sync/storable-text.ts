/**
 * PostgreSQL cannot store the NUL character (U+0000) in text or jsonb. Input holding one is refused as
 * invalid up front, so it never turns into a database error that fails a whole request.
 */

/** The path (`a.b.0`) of the first string or key holding a NUL character, or null when there is none. */
export function nulCharacterPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path === '' ? key : `${path}.${key}`;
    if (key.includes('\u0000')) return itemPath;
    const found = nulCharacterPath(item, itemPath);
    if (found !== null) return found;
  }
  return null;
}
