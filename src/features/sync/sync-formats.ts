/**
 * The sync status's numbers and clock time, through Intl formatters built once and kept: a first sync
 * shows a new count at every page, and building a formatter per update cost more than the render
 * itself (i18next's `{{x, number}}` keys its formatter cache on every value passed, so it built two
 * per update). The texts around them stay in i18n.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count in the digits of `language` ("1.240" in Dutch, "1,240" in English). */
export function formatCount(value: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(value);
}

let clockFormat: Intl.DateTimeFormat | undefined;

/** Hours and minutes of an ISO time, Dutch style ("14:05") in either language, as the header always showed. */
export function formatClockTime(iso: string): string {
  clockFormat ??= new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });
  return clockFormat.format(new Date(iso));
}
