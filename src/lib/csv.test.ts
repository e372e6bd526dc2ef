import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

/** The file's lines without the byte-order mark. */
const linesOf = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

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
  ])('escapes a cell that starts like a formula: %s', (cell, written) => {
    expect(linesOf(toCsv(['Tekst'], [[cell]]))[1]).toBe(written);
  });

  it('quotes cells with a semicolon, quote or line break so columns stay in place', () => {
    const text = toCsv(['A', 'B'], [['een; twee', 'regel 1\nregel "2"']]);
    expect(text).toContain('"een; twee";"regel 1\nregel ""2"""');
  });

  it('writes numbers as they are and empty cells for null', () => {
    expect(linesOf(toCsv(['Aantal', 'Noemer'], [[3, null]]))[1]).toBe('3;');
  });
});
