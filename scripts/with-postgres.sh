#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster on 127.0.0.1, so the server tests also run against
# the real database. Installs Debian's postgresql when it is missing (as root). The cluster lives in a
# temporary directory and is stopped and removed afterwards, whatever the command's outcome.
#   usage: bash scripts/with-postgres.sh <command...>
set -euo pipefail

find_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

PG_BIN="$(find_pg_bin)"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL ontbreekt: installeer het met 'sudo apt-get install -y postgresql' en probeer opnieuw." >&2
    exit 1
  fi
  echo "Installing Debian's postgresql for the server tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  PG_BIN="$(find_pg_bin)"
fi

PORT="${TIJDIG_TEST_PG_PORT:-54329}"
WORK="$(mktemp -d /tmp/tijdig-pg.XXXXXX)"
# initdb refuses to run as root: run the cluster as the postgres user (or as ourselves when not root).
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$WORK"
  RUN_AS=(runuser -u postgres --)
fi

cleanup() {
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$WORK/data" -U tijdig --auth=trust --encoding=UTF8 --no-sync >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/postgres.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $PORT -k $WORK -c fsync=off -c max_connections=200" start >/dev/null

export TEST_DATABASE_URL="postgres://tijdig@127.0.0.1:$PORT/postgres"
export REQUIRE_POSTGRES=1
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') runs on 127.0.0.1:$PORT for the server tests."
"$@"
