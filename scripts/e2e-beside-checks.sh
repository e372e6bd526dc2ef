#!/usr/bin/env bash
# The end-to-end tests with, beside them, the type check and lint and the server's tests (on PGlite and a
# throwaway PostgreSQL). Playwright runs one worker and keeps about one core busy (a quiet run: 9.9 min
# wall for 10.4 min of CPU), so the rest of the CPU does work that would otherwise run before the
# end-to-end tests: the checks (~1.5 min alone, two single-threaded processes) and the server tests (~4 min
# of the unit run on both cores). A second Playwright worker gained 0.7 min: the tests wait on the
# browser and the server in turn. Everything always finishes; the output beside is printed whole after
# the end-to-end tests; any part failing fails the run.
set -uo pipefail

OUT="$(mktemp -d /tmp/tijdig-beside.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT

# At the lowest priority: run at the same priority, the work beside took CPU the browser tests wait for
# (they took 13.7 min instead of 9.9, and the server tests 14 min instead of 5.6); niced, it uses what
# the browser tests leave idle. The checks and the server tests run at once: one after the other, the
# server tests started only when the starved checks ended, and ran 4 min past the browser tests.
nice -n 19 bash scripts/static-checks.sh >"$OUT/checks" 2>&1 &
CHECKS=$!
nice -n 19 bash scripts/with-postgres.sh npm run --silent test:server -- --maxWorkers=100% >"$OUT/server" 2>&1 &
SERVER=$!

npm run e2e
E2E_STATUS=$?
wait "$CHECKS"
CHECKS_STATUS=$?
wait "$SERVER"
SERVER_STATUS=$?

echo "== typecheck and lint (exit $CHECKS_STATUS)"; cat "$OUT/checks"
echo "== server tests (exit $SERVER_STATUS)"; cat "$OUT/server"
echo "== end-to-end tests (exit $E2E_STATUS); typecheck and lint (exit $CHECKS_STATUS); server tests (exit $SERVER_STATUS)"
[ "$E2E_STATUS" -eq 0 ] && [ "$CHECKS_STATUS" -eq 0 ] && [ "$SERVER_STATUS" -eq 0 ]
