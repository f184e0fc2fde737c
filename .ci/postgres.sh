#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store tests: `start` creates a cluster in a temporary
# folder (trust auth, localhost only, fsync off) and prints the URL to export as
# SOURCETRACE_TEST_PG; `stop` stops it and removes the folder. Needs Debian's `postgresql`.
set -euo pipefail
DIR="${SOURCETRACE_PG_DIR:-/tmp/sourcetrace-test-pg}"
PORT="${SOURCETRACE_PG_PORT:-55439}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-}" in
  start)
    [ -n "$PGBIN" ] || { echo "postgresql is not installed (apt-get install postgresql)" >&2; exit 1; }
    if [ -f "$DIR/data/postmaster.pid" ]; then as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
    as_pg "$PGBIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    [ -d "$DIR/data" ] && as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
