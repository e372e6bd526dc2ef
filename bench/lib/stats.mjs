/** Small statistics for benchmark samples. Medians, because a noisy 2-core box produces outliers. */

/** @param {number[]} values */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** @param {number[]} values */
export function max(values) {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

/**
 * Runs `a` and `b` alternately, `runs` times each, swapping which goes first every round so neither side
 * always benefits from a warm disk cache or suffers a background hiccup that follows the other.
 * @template A, B
 * @param {number} runs
 * @param {(round: number) => Promise<A>} a
 * @param {(round: number) => Promise<B>} b
 * @returns {Promise<{ a: A[], b: B[] }>}
 */
export async function interleave(runs, a, b) {
  /** @type {A[]} */ const as = [];
  /** @type {B[]} */ const bs = [];
  for (let round = 0; round < runs; round += 1) {
    if (round % 2 === 0) {
      as.push(await a(round));
      bs.push(await b(round));
    } else {
      bs.push(await b(round));
      as.push(await a(round));
    }
  }
  return { a: as, b: bs };
}
