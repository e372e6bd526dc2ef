/**
 * CSV files for spreadsheets (Excel, LibreOffice) as Dutch users open them: semicolons between cells
 * (a Dutch Excel reads commas as decimal separators) and a byte-order mark so accents survive.
 *
 * No exported text may run as a formula on the recipient's machine (CSV injection). A spreadsheet reads
 * every line of a multi-line cell as a possible formula start, and a bare line break in an unquoted cell
 * starts a new row, so each text cell is cleaned here rather than by the library's `escape_formulas`
 * (which looks at the first character of the cell only):
 * - every kind of line break (CR LF, CR, LF, VT, FF, NEL, U+2028, U+2029) becomes one LF;
 * - every line that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`;
 * - a cell with a line break, a semicolon or a double quote is quoted (quotes doubled).
 * Numbers are written as numbers: a number cannot be a formula.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvCell = string | number | null;

const BYTE_ORDER_MARK = '\uFEFF';

// eslint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks to a spreadsheet
const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g;
/** The characters a spreadsheet reads as the start of a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell with every line break made LF and every line that could start a formula escaped. */
export function neutraliseCell(text: string): string {
  return text
    .replace(LINE_BREAK, '\n')
    .split('\n')
    .map((line) => (FORMULA_START.test(line) ? `'${line}` : line))
    .join('\n');
}

/** The file's text: a header row, then one row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cells = [header, ...rows].map((row) =>
    row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell)),
  );
  const text = stringify(cells, {
    delimiter: ';',
    record_delimiter: '\r\n',
    // Quote any cell holding a line break, whatever the library would decide on its own.
    quoted_match: /\n/,
    cast: { number: (value) => String(value) },
  });
  return BYTE_ORDER_MARK + text;
}

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
