#!/usr/bin/env bash
# Two `hjt serve` processes on one database under a short load: caseworkers
# create families through both at once; then every family is stored once and
# the audit chain is one chain. On a SQLite file, then on PostgreSQL when
# HJT_TEST_DATABASE is set. Prints the figures.
#   tests/postgres/throwaway-cluster.sh tests/postgres/two-servers.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export HJT_HOME="$PWD"
hjt=${HJT_BIN:-./build/hjt}
scratch=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$scratch"' EXIT

load() {
    export HJT_DB="$1"
    $hjt init >/dev/null
    $hjt import sample-data >/dev/null 2>&1
    pids=()
    for port in 18481 18482; do
        $hjt serve --port $port >/dev/null 2>&1 &
        pids+=($!)
    done
    python3 - <<'PY'
import json, threading, time, urllib.request

def call(port, method, path, body=None, token=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                 data=json.dumps(body).encode() if body is not None else None)
    if token: req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=60) as r: return r.status, json.loads(r.read() or b"{}")

def cvr(n):  # 8 digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11
    for last in range(10):
        digits = [int(d) for d in f"{3000000 + n:07d}"] + [last]
        if sum(w * d for w, d in zip((2, 7, 6, 5, 4, 3, 2, 1), digits)) % 11 == 0: return "".join(map(str, digits))

for _ in range(100):
    try: call(18481, "GET", "/api/v1/healthz"); call(18482, "GET", "/api/v1/healthz"); break
    except Exception: time.sleep(0.1)
tokens = {p: call(p, "POST", "/api/v1/login", {"username": "caseworker1", "password": "demo-caseworker1"})[1]["token"]
          for p in (18481, 18482)}
n_threads, each = 8, 25
candidates = [n for n in range(20000) if cvr(n)][: n_threads * each]
created, errors = [], []
def worker(t):
    port = 18481 + t % 2
    for n in candidates[t * each:(t + 1) * each]:
        try:
            status, body = call(port, "POST", "/api/v1/families", {"name": f"Last {n}", "cvr": cvr(n)}, tokens[port])
            created.append(body["id"])
        except Exception as e: errors.append(str(e))
start = time.time()
threads = [threading.Thread(target=worker, args=(t,)) for t in range(n_threads)]
for t in threads: t.start()
for t in threads: t.join()
seconds = time.time() - start
print(f"two servers, {n_threads} clients: {len(created)} families created in {seconds:.2f} s "
      f"({len(created) / seconds:.0f}/s), {len(errors)} errors, {len(set(created))} distinct ids")
PY
    echo demo-auditor1 > "$scratch/auditor1.pw"
    HJT_TOKEN=$($hjt login --username auditor1 --password-file "$scratch/auditor1.pw" --print-token) $hjt audit verify
    kill "${pids[@]}"
    wait "${pids[@]}" 2>/dev/null || true
}

echo "-- SQLite"
load "$scratch/hjt.db"
if [ -n "${HJT_TEST_DATABASE:-}" ]; then
    echo "-- PostgreSQL"
    load "$HJT_TEST_DATABASE schema=two_servers"
fi
