#!/usr/bin/env bash
# Installs what the test suite needs beyond npm, from Debian's packages: Chromium for the browser tests and
# PostgreSQL for the server tests (scripts/with-postgres.sh), in one apt run before the tests start, so no
# install runs beside them. Skips what is already there; never downloads a browser build of its own.
set -euo pipefail

MISSING=()
[ -x /usr/bin/chromium ] || MISSING+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || MISSING+=(postgresql)
[ "${#MISSING[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Ontbreekt: ${MISSING[*]}. Installeer met 'sudo apt-get install -y ${MISSING[*]}' (Debian) en probeer opnieuw." >&2
  exit 1
fi

echo "Installing Debian's ${MISSING[*]} for the tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${MISSING[@]}" >/dev/null
[ -x /usr/bin/chromium ] && /usr/bin/chromium --version
