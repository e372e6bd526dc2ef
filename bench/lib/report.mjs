/**
 * Result rows and how they are shown. A benchmark returns rows; this module turns them into the printed
 * table and the JSON file that runs are compared with over time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @typedef {object} Row
 * @property {string} benchmark  e.g. `load.cold`
 * @property {string} metric     e.g. `LCP`
 * @property {'ms' | 'KiB' | 'MB' | 'score' | 'rps'} unit
 * @property {number} value      median of the app's samples (or the single deterministic value)
 * @property {number | null} peer  the peer's median from the same run, if the row has a peer
 * @property {string} [peerName]   what the peer is, for the JSON and the notes
 * @property {number | null} ratio
 * @property {string} [ratioOf]    how the ratio is formed when it is not value ÷ peer
 * @property {number} n          number of samples per side
 * @property {string} target     the target in words
 * @property {boolean | null} met  null when it could not be judged (failed run)
 * @property {string} [note]
 * @property {{ app?: number[], peer?: number[] }} [samples]
 * @property {unknown} [details]  benchmark-specific evidence for the JSON file, not printed
 */

/**
 * A row for a benchmark that could not run, so the table still shows every benchmark.
 * @param {string} benchmark @param {string} target @param {unknown} error
 * @returns {Row}
 */
export function failedRow(benchmark, target, error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    benchmark,
    metric: '-',
    unit: 'ms',
    value: Number.NaN,
    peer: null,
    ratio: null,
    n: 0,
    target,
    met: null,
    note: `FAILED: ${message}`,
  };
}

/** @param {number} value @param {Row['unit']} unit */
function formatValue(value, unit) {
  if (!Number.isFinite(value)) return '-';
  if (unit === 'KiB') return `${value.toFixed(1)} KiB`;
  if (unit === 'MB') return `${Math.round(value)} MB`;
  if (unit === 'score') return value.toFixed(3);
  if (unit === 'rps') return `${Math.round(value)}/s`;
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

/** @param {Row} row */
function cells(row) {
  const ratio =
    row.ratio === null || !Number.isFinite(row.ratio)
      ? '-'
      : `${row.ratio < 0.1 ? row.ratio.toPrecision(2) : row.ratio.toFixed(2)}x`;
  return [
    row.benchmark,
    row.metric,
    formatValue(row.value, row.unit),
    row.peer === null ? '-' : formatValue(row.peer, row.unit),
    row.ratioOf ? `${ratio} ${row.ratioOf}` : ratio,
    String(row.n),
    row.target,
    row.met === null ? 'n/a' : row.met ? 'yes' : 'NO',
  ];
}

/** @param {Row[]} rows @returns {string} */
export function formatTable(rows) {
  const header = ['benchmark', 'metric', 'value', 'peer', 'ratio', 'n', 'target', 'met'];
  const body = rows.map(cells);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((line) => line[column].length)),
  );
  const line = (values) =>
    values
      .map((value, column) => value.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  const notes = rows.filter((row) => row.note).map((row) => `  ${row.benchmark} ${row.metric}: ${row.note}`);
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...body.map(line),
    '',
    'Notes:',
    ...notes,
  ].join('\n');
}

/**
 * @param {string} file
 * @param {{ rows: Row[] } & Record<string, unknown>} result
 */
export function writeJson(file, result) {
  mkdirSync(dirname(file), { recursive: true });
  // NaN is not JSON: failed values become null rather than silently 0.
  const replacer = (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value);
  writeFileSync(file, `${JSON.stringify(result, replacer, 2)}\n`);
}
