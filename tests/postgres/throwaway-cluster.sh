#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster: initdb in a temp
# folder, the server on a Unix socket in that folder and a free loopback port,
# one database "hjt", and HJT_TEST_DATABASE / HJT_BENCH_DATABASE set to its
# connection string for the command. The cluster is removed when the command
# ends, however it ends.
#   tests/postgres/throwaway-cluster.sh ./build/test_store
# The server refuses to run as root, so as root it runs as the user "postgres"
# (Debian's postgresql package creates it).
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
# No PostgreSQL here: ctest reports the test as skipped (SKIP_RETURN_CODE).
[ -x "$bin/initdb" ] || { echo "no PostgreSQL 15 in $bin (apt-get install postgresql-15)" >&2; exit 77; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/hjt-pg.XXXXXX")
as_owner=()
if [ "$(id -u)" = 0 ]; then
    chown postgres "$dir"
    as_owner=(runuser -u postgres --)
fi
stop() {
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT

# A free port: the kernel picks one for a socket that is closed at once.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# C.UTF-8 sorts by code point, as SQLite does, so ORDER BY on text agrees.
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U hjt --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
# Throwaway data: no fsync. Connections: test suites under ctest -j2 plus a server's pool each.
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/createdb" -h "$dir" -p "$port" -U hjt hjt

export HJT_TEST_DATABASE="postgresql://host=$dir port=$port dbname=hjt user=hjt"
export HJT_BENCH_DATABASE="$HJT_TEST_DATABASE"
"$@"
