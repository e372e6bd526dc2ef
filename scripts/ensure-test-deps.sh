#!/usr/bin/env bash
# Installs what the test suite needs beyond npm: Debian's Chromium for the browser tests.
# Skips what is already there; never downloads a browser build of its own.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium ontbreekt: installeer het met 'sudo apt-get install -y chromium' (Debian) en probeer opnieuw." >&2
  exit 1
fi

echo "Installing Debian's chromium for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
