/**
 * Control characters (C0 except tab, line feed and carriage return; DEL; C1) are invisible, often arrive
 * with text pasted from a word processor, and make a FHIR Bundle invalid (FHIR strings may not hold them).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function withoutControlCharacters(value: string): string {
  return value.replace(CONTROL_CHARACTERS, '');
}
