#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# CRUD resource benchmark (DESIGN §10): a data store of 1 000 users served by a resource route,
# wrk at 32 keep-alive connections, the server pinned to core 0 and wrk to core 1. Prints req/s
# of the whole list, a filtered + sorted + paged list, one item by key, and a static route
# answering the same 1 000 items as a "json" body (the ceiling: same bytes, no state);
# asserts nothing.
#   tests/bench/crud.sh [DURATION]        (default 10s)
#   BUILD=/path/to/build tests/bench/crud.sh   (default build-bench, built Release here)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD:-$root/build-bench}
duration=${1:-10s}
connections=32

command -v wrk >/dev/null || { echo "crud.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
if [ ! -x "$build/app/mockbench" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" --target mockbench >/dev/null
fi
bin="$build/app/mockbench"
work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

python3 - "$work/crud.mockbench.json" <<'PY'
import json, sys
users = [{"id": i, "name": "user%04d" % i, "age": 18 + i % 60,
          "email": "user%d@example.com" % i, "city": ["Oslo", "Bergen", "Tromsø"][i % 3]}
         for i in range(1, 1001)]
json.dump({"mockbench": 2, "data": {"users": users}, "routes": [
    {"id": "users", "path": "/users", "resource": {"data": "users"}},
    {"id": "static", "path": "/static-users", "responses": [{"status": 200, "json": users}]},
]}, open(sys.argv[1], "w"))
PY

taskset -c 0 "$bin" --headless --port 0 "$work/crud.mockbench.json" \
    > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
for _ in $(seq 1 200); do
    grep -q "listening" "$work/server.out" 2>/dev/null && break
    sleep 0.05
done
port=$(grep -o '[0-9]*$' "$work/server.out")
base="http://127.0.0.1:$port"

load() {
    local label=$1 url=$2 result rps p50 p99 bytes
    bytes=$(curl -sf "$url" | wc -c)
    result=$(taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
    p50=$(awk '$1=="50%" {print $2}' <<<"$result")
    p99=$(awk '$1=="99%" {print $2}' <<<"$result")
    printf '%-52s %10s req/s   p50 %-9s p99 %-9s body %s bytes\n' "$label" "$rps" "$p50" "$p99" "$bytes"
}

echo "== CRUD resource of 1 000 items (wrk -t1 -c$connections -d$duration)"
load "static json route, same 1 000 items" "$base/static-users"
load "GET /users (whole list)" "$base/users"
load "GET /users?age_gte=50&sort=name&page=2&limit=20" "$base/users?age_gte=50&sort=name&order=desc&page=2&limit=20"
load "GET /users?city=Oslo (filter, no paging)" "$base/users?city=Oslo"
load "GET /users/500 (one item)" "$base/users/500"
rss=$(awk '/VmRSS/ {printf "%.1f MiB", $2/1024}' "/proc/$server_pid/status")
echo "server RSS after: $rss"
