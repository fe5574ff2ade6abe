#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Load benchmark of the headless server (DESIGN §8). Builds Release, then:
#   1. start-up: launch to first answered request, and idle RSS (bench_startup);
#   2. the templated example route GET /1.1/foo/{bar:int}, wrk -t1 -c32 -d10s;
#   3. the same route with 1 000 routes defined before it.
# The server is pinned to core 0 and wrk to core 1. Prints figures; asserts nothing.
#   tests/bench/load.sh [DURATION]      (default 10s)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$root/build-bench"
duration=${1:-10s}

"$root/scripts/install-deps.sh" --bench
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target mockbench bench_startup >/dev/null
bin="$build/app/mockbench"
work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# 1 000 routes: 999 others first, the example route last (the worst place for a linear scan).
write_routes() {
    {
        echo '{ "mockbench": 1, "name": "1000 routes", "routes": ['
        for i in $(seq 1 999); do
            echo "{ \"id\": \"r$i\", \"method\": \"GET\", \"path\": \"/api/v1/resource$i/{id:int}\", \"responses\": [{ \"status\": 200, \"body\": \"{\\\"id\\\": {{ params.id }}}\" }] },"
        done
        echo '{ "id": "get-foo", "path": "/1.1/foo/{bar:int}", "responses": [{ "status": 200, "headers": { "Content-Type": "application/json" }, "body": "{\"important_datastructure\": {{ params.bar * 2 }}}" }] }'
        echo '] }'
    } > "$1"
}

start_server() {
    local out="$work/server.out"
    taskset -c 0 "$bin" --headless --port 0 "$@" > "$out" 2>"$work/server.err" &
    server_pid=$!
    for _ in $(seq 1 100); do
        grep -q "listening" "$out" 2>/dev/null && break
        sleep 0.05
    done
    port=$(grep -o '[0-9]*$' "$out")
}

stop_server() {
    kill "$server_pid"
    wait "$server_pid" || true
    server_pid=
}

load() {
    local label=$1 url=$2
    curl -sf "$url" > /dev/null
    local result
    result=$(taskset -c 1 wrk -t1 -c32 -d"$duration" --latency "$url")
    local rps p50 p90 p99
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
    p50=$(awk '$1=="50%" {print $2}' <<<"$result")
    p90=$(awk '$1=="90%" {print $2}' <<<"$result")
    p99=$(awk '$1=="99%" {print $2}' <<<"$result")
    local rss
    rss=$(awk '/VmRSS/ {printf "%.1f MiB", $2/1024}' "/proc/$server_pid/status")
    printf '%-34s %10s req/s   p50 %-9s p90 %-9s p99 %-9s RSS after %s\n' \
        "$label" "$rps" "$p50" "$p90" "$p99" "$rss"
    echo "$rps"
}

echo "== start-up"
"$build/tests/bench/bench_startup" "$bin" 20

echo "== throughput (wrk -t1 -c32 -d$duration, server on core 0, wrk on core 1)"
start_server
base=$(load "example route, 1 route" "http://127.0.0.1:$port/1.1/foo/3" | tail -n 2)
echo "$base" | head -n 1
stop_server

write_routes "$work/routes1000.json"
start_server "$work/routes1000.json"
many=$(load "example route, 1000 routes" "http://127.0.0.1:$port/1.1/foo/3" | tail -n 2)
echo "$many" | head -n 1
stop_server

awk -v a="$(echo "$base" | tail -n 1)" -v b="$(echo "$many" | tail -n 1)" \
    'BEGIN { printf "1000 routes keep %.1f %% of the 1-route throughput\n", 100 * b / a }'
