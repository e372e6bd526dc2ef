/**
 * CSV files for spreadsheets (Excel, LibreOffice) as Dutch users open them: semicolons between cells
 * (a Dutch Excel reads commas as decimal separators), a byte-order mark so accents survive, and every cell
 * that starts like a formula (=, +, -, @, tab, carriage return) escaped, so an exported text can never run
 * as a formula on the recipient's machine (CSV injection).
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvCell = string | number | null;

const BYTE_ORDER_MARK = '\uFEFF';

/** The file's text: a header row, then one row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const text = stringify([header, ...rows] as CsvCell[][], {
    delimiter: ';',
    record_delimiter: '\r\n',
    escape_formulas: true,
    cast: { number: (value) => String(value) },
  });
  return BYTE_ORDER_MARK + text;
}

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
