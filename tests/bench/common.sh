# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by the load benchmarks (crud.sh, templates.sh): builds mockbench Release in
# build-bench unless BUILD names a build, serves a route set headless on core 0, and loads one
# URL at a time with wrk on core 1. Sets root, build, bin and work; cleans up on exit.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD:-$root/build-bench}
duration=${duration:-10s}
connections=${connections:-32}

"$root/scripts/install-deps.sh" --bench
if [ -z "${BUILD:-}" ]; then
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

# Serves route set $1; sets server_pid, port and base.
serve() {
    taskset -c 0 "$bin" --headless --port 0 "$1" > "$work/server.out" 2> "$work/server.err" &
    server_pid=$!
    for _ in $(seq 1 400); do
        grep -q "listening" "$work/server.out" 2>/dev/null && break
        sleep 0.05
    done
    port=$(grep -o '[0-9]*$' "$work/server.out")
    base="http://127.0.0.1:$port"
}

# One line of figures for $2 (a path on the server), labelled $1: requests/s, p50, p99, the
# body's size, the server's RSS after, and the start of the body.
load() {
    local label=$1 url="$base$2" first result rps p50 p99 rss
    first=$(curl -sSk "$url") # -k: the HTTPS benchmark serves a self-signed certificate
    result=$(taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
    p50=$(awk '$1=="50%" {print $2}' <<<"$result")
    p99=$(awk '$1=="99%" {print $2}' <<<"$result")
    rss=$(awk '/VmRSS/ {printf "%.1f MiB", $2/1024}' "/proc/$server_pid/status")
    printf '%-48s %10s req/s  p50 %-9s p99 %-9s %7s bytes  RSS %-10s %s\n' "$label" "$rps" \
        "$p50" "$p99" "$(printf %s "$first" | wc -c)" "$rss" "$(head -c 60 <<<"$first")"
}
