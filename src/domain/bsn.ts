/**
 * Burgerservicenummer (BSN) checks. The elfproef checks structure only, never identity.
 * A BSN is special personal data: it must never reach URLs, file names, invitations or logs.
 */

/** True when `value` is nine digits that pass the elfproef and is not 000000000. */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  const digits = Array.from(value, Number);
  // Weights 9..2 for the first eight digits and -1 for the last; the sum must be a multiple of 11.
  const sum = digits.reduce((total, digit, index) => total + digit * (index === 8 ? -1 : 9 - index), 0);
  return sum % 11 === 0;
}

/** Shows only the last three digits, e.g. `******782`, so a BSN on screen cannot be read over a shoulder. */
export function maskBsn(value: string): string {
  return `${'*'.repeat(Math.max(0, value.length - 3))}${value.slice(-3)}`;
}
