#!/usr/bin/env bash
# The end-to-end tests with the type check and lint running beside them. Playwright runs one worker and
# keeps about one core busy (a quiet run: 9.7 min wall for 10.7 min of CPU), so the checks, two
# single-threaded processes, use the other core meanwhile instead of ~3.5 minutes of their own before the
# unit tests. A second Playwright worker gained 0.7 min once and nothing when measured again (11.1 min with
# one and with two: beside another, a test took two to three times as long); the tests wait on the browser
# and the server in turn. The server tests beside them as well, even at the lowest priority (nice 19),
# slowed the browser tests to 11.0-13.7 min and gained nothing on the whole run (20.7-21.4 min on fresh
# clones, against 21.1). Both always finish; the checks' output is printed whole after the tests; either
# failing fails.
set -uo pipefail

OUT="$(mktemp /tmp/tijdig-checks.XXXXXX)"
trap 'rm -f "$OUT"' EXIT

bash scripts/static-checks.sh >"$OUT" 2>&1 &
CHECKS=$!

npm run e2e
E2E_STATUS=$?
wait "$CHECKS"
CHECKS_STATUS=$?

cat "$OUT"
echo "== end-to-end tests (exit $E2E_STATUS); typecheck and lint (exit $CHECKS_STATUS)"
[ "$E2E_STATUS" -eq 0 ] && [ "$CHECKS_STATUS" -eq 0 ]
