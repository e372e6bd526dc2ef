/**
 * autocannon, in this process, against a sync server in another one, reduced to the figures the server
 * benchmarks report. Every non-2xx answer, socket error, timeout and body mismatch counts as an error.
 */
import autocannon from 'autocannon';

/**
 * @typedef {object} LoadResult
 * @property {number} rps       mean requests per second (autocannon's per-second samples)
 * @property {number} p50       latency median, ms
 * @property {number} p99       latency 99th percentile, ms, of completed requests (a timeout, 10 s, is an error)
 * @property {number} requests  responses received
 * @property {number} errors    non-2xx + socket errors + timeouts + mismatches
 * @property {Record<string, number>} statusCodes
 */

/**
 * @param {{ url: string, path: string, method?: 'GET' | 'POST', headers?: Record<string, string>,
 *   connections: number, seconds: number, setupRequest?: (request: Record<string, unknown>) => Record<string, unknown>,
 *   verifyBody?: (body: string) => boolean }} options
 * @returns {Promise<LoadResult>}
 */
export async function load({
  url,
  path,
  method = 'GET',
  headers = {},
  connections,
  seconds,
  setupRequest,
  verifyBody,
}) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [{ method, path, headers, ...(setupRequest ? { setupRequest } : {}) }],
    ...(verifyBody ? { verifyBody } : {}),
  });
  /** @type {Record<string, number>} */ const statusCodes = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {}))
    statusCodes[code] = Number(count);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    // autocannon's `errors` already includes timeouts.
    errors: result.errors + result.non2xx + result.mismatches,
    statusCodes,
  };
}
