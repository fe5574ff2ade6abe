#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Load benchmarks of the headless server (DESIGN §8). Builds Release, pins the server to core 0
# and wrk to core 1, prints figures; asserts nothing.
#   tests/bench/load.sh [all|engine|chaos|admin|gui|instructions] [DURATION]  (default: all 10s)
# engine: start-up time and idle RSS; the templated example route with 1 and 1 000 routes.
# chaos:  400 connections on a 200 ms route; the cost of chaos settings that do nothing.
# admin:  polling the admin API 10 times a second during load; journal queries over 10 000
#         exchanges.
# instructions: CPU instructions the server spends per request of the example route (callgrind,
#         one keep-alive client, 2 000 requests, start-up subtracted): the same count run to run
#         whatever else the machine does, so a change can be compared when wall-clock figures
#         are too noisy (a shared VM). Set OTHER=path/to/mockbench to compare with another build.
# gui:    the window under Xvfb (window and X server on core 0) with the live log visible,
#         against headless on the same core; the longest event-loop stall under that load.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$root/build-bench"
what=${1:-all}
duration=${2:-10s}

"$root/scripts/install-deps.sh" --bench --test $([ "$what" = gui ] || [ "$what" = all ] && echo --gui-test)
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

foo_route='{ "id": "get-foo", "path": "/1.1/foo/{bar:int}", "responses": [{ "status": 200, "headers": { "Content-Type": "application/json" }, "body": "{\"important_datastructure\": {{ params.bar * 2 }}}" }] }'

# $1: file, $2: global chaos object (or empty), $3...: extra routes placed before the example
write_routes() {
    local file=$1 chaos=$2
    shift 2
    {
        echo '{ "mockbench": 1,'
        [ -n "$chaos" ] && echo "\"chaos\": $chaos,"
        echo '"routes": ['
        for r in "$@"; do echo "$r,"; done
        echo "$foo_route"
        echo '] }'
    } > "$file"
}

start_server() {
    local out="$work/server.out"
    : > "$out"
    taskset -c 0 "$bin" --headless --port 0 "$@" > "$out" 2>"$work/server.err" &
    server_pid=$!
    for _ in $(seq 1 200); do
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

# Prints one line of figures; sets $rps.
load() {
    local label=$1 url=$2 connections=${3:-32}
    curl -sf -o /dev/null "$url" || true
    local result p50 p90 p99 rss
    result=$(taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
    p50=$(awk '$1=="50%" {print $2}' <<<"$result")
    p90=$(awk '$1=="90%" {print $2}' <<<"$result")
    p99=$(awk '$1=="99%" {print $2}' <<<"$result")
    rss=$(awk '/VmRSS/ {printf "%.1f MiB", $2/1024}' "/proc/$server_pid/status")
    printf '%-40s %10s req/s   p50 %-9s p90 %-9s p99 %-9s RSS after %s\n' \
        "$label" "$rps" "$p50" "$p90" "$p99" "$rss"
}

engine() {
    echo "== start-up"
    "$build/tests/bench/bench_startup" "$bin" 20

    echo "== throughput (wrk -t1 -c32 -d$duration)"
    start_server
    load "example route, 1 route" "http://127.0.0.1:$port/1.1/foo/3"
    local base=$rps
    stop_server

    local others=()
    for i in $(seq 1 999); do
        others+=("{ \"id\": \"r$i\", \"path\": \"/api/v1/resource$i/{id:int}\", \"responses\": [{ \"status\": 200, \"body\": \"{\\\"id\\\": {{ params.id }}}\" }] }")
    done
    write_routes "$work/routes1000.json" "" "${others[@]}"
    start_server "$work/routes1000.json"
    load "example route, 1000 routes before it" "http://127.0.0.1:$port/1.1/foo/3"
    stop_server
    awk -v a="$base" -v b="$rps" 'BEGIN { printf "1000 routes keep %.1f %% of the 1-route throughput\n", 100 * b / a }'
}

chaos() {
    echo "== 200 ms latency (wrk -t1 -c400 -d$duration)"
    write_routes "$work/slow.json" "" \
        '{ "id": "slow", "path": "/slow", "chaos": { "latency": { "distribution": "fixed", "ms": 200 } }, "responses": [{ "status": 200, "body": "slow" }] }'
    start_server "$work/slow.json"
    load "400 connections, 200 ms fixed latency" "http://127.0.0.1:$port/slow" 400
    stop_server

    echo "== cost of idle chaos settings (example route, wrk -t1 -c32 -d$duration, alternating 3 times)"
    write_routes "$work/plain.json" ""
    write_routes "$work/idle-chaos.json" \
        '{ "latency": { "distribution": "fixed", "ms": 0 }, "errorRate": 0, "error": { "fault": "connection-reset" }, "seed": 1 }'
    local plain=() idle=()
    for _ in 1 2 3; do
        start_server "$work/plain.json"
        load "no chaos settings" "http://127.0.0.1:$port/1.1/foo/3"
        plain+=("$rps")
        stop_server
        start_server "$work/idle-chaos.json"
        load "error rate 0, latency 0, seed set" "http://127.0.0.1:$port/1.1/foo/3"
        idle+=("$rps")
        stop_server
    done
    printf '%s\n' "${plain[@]}" | sort -n | sed -n 2p > "$work/p"
    printf '%s\n' "${idle[@]}" | sort -n | sed -n 2p > "$work/i"
    awk -v a="$(cat "$work/p")" -v b="$(cat "$work/i")" \
        'BEGIN { printf "median %.0f vs %.0f req/s: idle chaos costs %.1f %%\n", a, b, 100 * (a - b) / a }'
}

# Prints the median of 7 timings (ms) of GET $1.
time_query() {
    local url=$1 times=()
    for _ in 1 2 3 4 5 6 7; do
        times+=("$(curl -s -o /dev/null -w '%{time_total}' "$url")")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 4p | awk '{ printf "%.1f", $1 * 1000 }'
}

admin() {
    echo "== admin API polled 10 times a second during load (example route, wrk -t1 -c32 -d$duration)"
    local with=() without=()
    for _ in 1 2 3; do
        start_server
        load "no polling" "http://127.0.0.1:$port/1.1/foo/3"
        without+=("$rps")
        # One keep-alive client polling every 100 ms: a CI job waiting for its requests. A
        # fresh curl process per poll would measure process start-up, not the server.
        taskset -c 1 python3 -c '
import http.client, sys, time
connection = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
while True:
    connection.request("GET", "/__mockbench/requests/count?method=GET&path=/1.1/foo/3")
    connection.getresponse().read()
    time.sleep(0.1)
' "$port" &
        local poller=$!
        load "polling requests/count every 100 ms" "http://127.0.0.1:$port/1.1/foo/3"
        with+=("$rps")
        kill "$poller"
        wait "$poller" 2>/dev/null || true
        stop_server
    done
    local a b
    a=$(printf '%s\n' "${without[@]}" | sort -n | sed -n 2p)
    b=$(printf '%s\n' "${with[@]}" | sort -n | sed -n 2p)
    awk -v a="$a" -v b="$b" 'BEGIN { printf "median %.0f vs %.0f req/s: polling costs %.1f %%\n", a, b, 100 * (a - b) / a }'

    echo "== journal queries over a full journal (10 000 exchanges), median of 7"
    start_server
    load "filling the journal" "http://127.0.0.1:$port/1.1/foo/3"
    curl -s -o /dev/null "http://127.0.0.1:$port/1.1/foo/4"
    local count
    count=$(curl -s "http://127.0.0.1:$port/__mockbench/requests/count")
    echo "journal: $count"
    local base="http://127.0.0.1:$port/__mockbench/requests"
    echo "count with method and path filters:   $(time_query "$base/count?method=GET&path=/1.1/foo/4") ms"
    echo "list by path (1 match):               $(time_query "$base?path=/1.1/foo/4") ms"
    echo "list by path prefix, newest 100:      $(time_query "$base?path=/1.1/foo/*&limit=100") ms"
    echo "list a default page (newest 100):     $(time_query "$base") ms"
    echo "list the largest page (1 000):        $(time_query "$base?limit=1000") ms"
    stop_server
}

gui() {
    echo "== the window with the live log vs headless (example route, wrk -t1 -c32 -d$duration)"
    start_server
    load "headless" "http://127.0.0.1:$port/1.1/foo/3"
    local headless=$rps
    stop_server

    local out="$work/gui.out" err="$work/gui.err"
    : > "$out"
    # Its own settings and autosave folder, so no earlier session is restored.
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" MOCKBENCH_REPORT_STALLS=1 \
        taskset -c 0 xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$bin" "$root/resources/example.mockbench.json" --port 0 > "$out" 2> "$err" &
    local runner=$!
    for _ in $(seq 1 400); do
        grep -q "listening" "$out" 2>/dev/null && break
        sleep 0.05
    done
    port=$(grep -o '[0-9]*$' "$out")
    server_pid=$(pgrep -n -f "mockbench-gui $root/resources/example.mockbench.json --port 0")
    load "window, live log visible" "http://127.0.0.1:$port/1.1/foo/3"
    kill -TERM "$server_pid"
    wait "$runner" || true
    server_pid=
    awk -v a="$headless" -v b="$rps" 'BEGIN { printf "the window keeps %.1f %% of headless throughput\n", 100 * b / a }'
    grep "event loop" "$err" || echo "no event-loop report (see $err)"
}

# Instructions of one server run answering $2 requests (callgrind counts the server only).
count_instructions() {
    local program=$1 requests=$2 out="$work/cg.out" log="$work/cg.log"
    : > "$out"
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
        "$program" --headless --port 0 > "$out" 2> "$log" &
    local pid=$!
    for _ in $(seq 1 400); do
        grep -q "listening" "$out" 2>/dev/null && break
        sleep 0.05
    done
    local port
    port=$(grep -o '[0-9]*$' "$out")
    python3 - "$port" "$requests" <<'PY'
import http.client, sys
connection = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
for _ in range(int(sys.argv[2])):
    connection.request("GET", "/1.1/foo/3")
    connection.getresponse().read()
PY
    kill -INT "$pid"
    wait "$pid" || true
    grep -o 'Collected : [0-9]*' "$log" | awk '{print $3}'
}

instructions() {
    echo "== instructions per request (callgrind, example route, 2000 keep-alive requests)"
    for program in "$bin" ${OTHER:+"$OTHER"}; do
        local idle busy
        idle=$(count_instructions "$program" 0)
        busy=$(count_instructions "$program" 2000)
        awk -v p="$program" -v i="$idle" -v b="$busy" \
            'BEGIN { printf "%-50s start-up %.1f M instructions, %.0f instructions per request\n", p, i / 1e6, (b - i) / 2000 }'
    done
}

case "$what" in
    engine) engine ;;
    instructions) instructions ;;
    chaos) chaos ;;
    admin) admin ;;
    gui) gui ;;
    all) engine; chaos; admin; gui ;;
    *) echo "usage: load.sh [all|engine|chaos|admin|gui|instructions] [DURATION]" >&2; exit 2 ;;
esac
