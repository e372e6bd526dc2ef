#!/usr/bin/env bash
# Type-check and lint side by side: each is single-threaded and takes about a minute, so on a two-core
# machine running them together saves that minute. Both always finish; either failing fails the check,
# and each one's output is printed whole, one after the other, so the two never interleave.
set -uo pipefail

OUT="$(mktemp -d /tmp/tijdig-checks.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT

npm run --silent typecheck >"$OUT/typecheck" 2>&1 &
TYPECHECK=$!
npm run --silent lint >"$OUT/lint" 2>&1 &
LINT=$!

wait "$TYPECHECK"; TYPECHECK_STATUS=$?
wait "$LINT"; LINT_STATUS=$?

echo "== typecheck (exit $TYPECHECK_STATUS)"; cat "$OUT/typecheck"
echo "== lint (exit $LINT_STATUS)"; cat "$OUT/lint"
[ "$TYPECHECK_STATUS" -eq 0 ] && [ "$LINT_STATUS" -eq 0 ]
