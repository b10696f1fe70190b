#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the register's tests: installs PostgreSQL from Debian when
# missing, starts a fresh cluster on a free port as the postgres user, creates a database, and writes
#   export ARMSWATCH_TEST_POSTGRES='Host=127.0.0.1;Port=...;...'
# into .ci/postgres.env (and prints it). Source that file, or `eval "$(.ci/postgres.sh)"`.
# The cluster lives in a temporary folder and is left running for the test run; the next run of this script stops
# it and removes it before starting its own, so repeated local runs do not pile up servers.
set -euo pipefail
cd "$(dirname "$0")"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

run_as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }

previous=$(sed -n 's/^# data: //p' postgres.env 2>/dev/null || true)
case "$previous" in
    /tmp/armswatch-pg.*)
        if [ -d "$previous" ]; then
            run_as_postgres "$bin/pg_ctl" -D "$previous/cluster" -m immediate stop >/dev/null 2>&1 || true
            rm -rf "$previous"
        fi ;;
esac

# A free port: ask the kernel for one, then hand it to the server (a race only with another starter in the same instant).
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d /tmp/armswatch-pg.XXXXXX)
chown postgres:postgres "$data"
password=armswatch

pwfile=$(mktemp); echo "$password" > "$pwfile"; chown postgres "$pwfile"
run_as_postgres "$bin/initdb" -D "$data/cluster" -U postgres --auth=md5 --pwfile="$pwfile" -E UTF8 >/dev/null
rm -f "$pwfile"
# fsync off: a test cluster is thrown away, and durability per commit would only slow the tests.
run_as_postgres "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >/dev/null
PGPASSWORD=$password "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres armswatch_test

line="export ARMSWATCH_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=armswatch_test'"
printf '# data: %s\n%s\n' "$data" "$line" > postgres.env
echo "$line"
