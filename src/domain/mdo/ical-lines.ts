/**
 * The RFC 5545 content-line grammar, small and strict, for the MDO invitation file. Tijdig writes its
 * calendar lines itself because the `ics` package it used broke the grammar in ways calendar clients
 * notice: it folded after 75 characters rather than 75 octets (so "één agendapunt" gave over-long
 * lines), quoted enumerated parameter values such as PARTSTAT and ROLE (RFC 5545 3.2 allows only the
 * bare token there), and passed markup through in LOCATION.
 */

const OCTETS_PER_LINE = 75;
const encoder = new TextEncoder();

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** An HTML or XML tag (`<img …>`, `</b>`, `<!-- … -->`): calendar clients may render it. */
const MARKUP = /<\/?[A-Za-z!?][^<>]*>/g;

/**
 * Text as a person would write it in a calendar field: markup tags removed, every line break a `\n`,
 * tabs as spaces, other control characters (C0, DEL, C1) removed, trimmed and cut to `maxLength`.
 */
export function plainText(value: string, maxLength = 500): string {
  return value
    .replace(MARKUP, '')
    .replace(LINE_BREAK, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .trim()
    .slice(0, maxLength);
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function textValue(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\n/g, '\\n');
}

/**
 * A parameter value (RFC 5545 3.1): a bare paramtext when it can be one, otherwise a quoted-string.
 * The grammar has no escape inside quotes, so double quotes become apostrophes and line breaks spaces.
 */
export function parameterValue(value: string): string {
  const text = plainText(value, 120).replace(/\n/g, ' ').replace(/"/g, "'").replace(/\s+/g, ' ');
  return /[;:,]/.test(text) ? `"${text}"` : text;
}

export interface ContentLine {
  name: string;
  /** Parameters in order; values must already be valid (see parameterValue; tokens such as PARTSTAT bare). */
  params?: readonly (readonly [string, string])[];
  value: string;
}

/**
 * Folds a content line (RFC 5545 3.1): no physical line longer than 75 octets, continuation lines start
 * with one space, and a multi-octet UTF-8 character is never split across lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > OCTETS_PER_LINE) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** The calendar text: every line folded, every line ending in CRLF. */
export function writeLines(lines: readonly ContentLine[]): string {
  return lines
    .map(({ name, params = [], value }) => {
      const parameters = params.map(([key, paramValue]) => `;${key}=${paramValue}`).join('');
      return `${foldLine(`${name}${parameters}:${value}`)}\r\n`;
    })
    .join('');
}
