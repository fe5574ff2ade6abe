#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Mockoon import benchmark (DESIGN §11): the largest Mockoon environment in
# tests/data/mockoon/samples/ (azurecom-databoxedge.json, 59 routes) served headless. Prints the
# time to convert it (--validate, best of 5) and to start serving it (launch to the listening
# line, best of 5), then requests/s with wrk (32 keep-alive connections, server on core 0, wrk
# on core 1) for a route with faker templates, a route with a fixed body, the deepest path
# (ten segments, one of the last routes) and a request no route takes (Mockoon's 404 page).
# With MOCKOON_CLI=DIR (an `npm install @mockoon/cli@9.9.0` folder) it loads the same URLs
# from Mockoon CLI too. Asserts nothing.
#   tests/bench/mockoon.sh [DURATION]           (default 10s)
#   BUILD=/path/to/build tests/bench/mockoon.sh  (default build-bench, built Release here)
set -euo pipefail
duration=${1:-10s}
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

env_file="$root/tests/data/mockoon/samples/azurecom-databoxedge.json"
ms() { date +%s%N | awk '{printf "%d", $1 / 1000000}'; }

echo "== $(basename "$env_file"): $(wc -c <"$env_file") bytes, $(jq '.routes | length' "$env_file") routes"
best=
for _ in 1 2 3 4 5; do
    start=$(ms)
    "$bin" --validate "$env_file" >/dev/null 2>&1
    took=$(($(ms) - start))
    if [ -z "$best" ] || [ "$took" -lt "$best" ]; then best=$took; fi
done
echo "convert and check (mockbench --validate): best of 5 ${best} ms"
best=
for _ in 1 2 3 4 5; do
    start=$(ms)
    serve "$env_file"
    took=$(($(ms) - start))
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
    if [ -z "$best" ] || [ "$took" -lt "$best" ]; then best=$took; fi
done
echo "start serving (launch to the listening line): best of 5 ${best} ms"

templated=/providers/Microsoft.DataBoxEdge/operations
fixed=/subscriptions/1/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices
deep=/subscriptions/1/resourceGroups/abc/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices/abc/storageAccounts/abc/containers/abc
missing=/no/such/route

serve "$env_file"
echo "== MockBench (wrk -t1 -c$connections -d$duration)"
load "faker route ($templated)" "$templated"
load "fixed body ($fixed)" "$fixed"
load "deepest path (containers/:containerName)" "$deep"
load "unmatched: Mockoon's 404 page" "$missing"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=

if [ -n "${MOCKOON_CLI:-}" ]; then
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    (cd "$MOCKOON_CLI" && taskset -c 0 npx mockoon-cli start --data "$env_file" --port "$port" \
        --hostname 127.0.0.1 --disable-log-to-file </dev/null >"$work/mockoon.out" 2>&1) &
    server_pid=$!
    base="http://127.0.0.1:$port"
    for _ in $(seq 1 200); do
        curl -s -o /dev/null "$base$fixed" && break
        sleep 0.1
    done
    # The CLI runs under npx and a shell: the RSS that load() prints is the node process's.
    shell_pid=$server_pid
    server_pid=$(pgrep -f "mockoon-cli start --data $env_file" | tail -1)
    echo "== Mockoon CLI 9.9.0, same file (wrk -t1 -c$connections -d$duration)"
    load "faker route ($templated)" "$templated"
    load "fixed body ($fixed)" "$fixed"
    load "deepest path (containers/:containerName)" "$deep"
    load "unmatched: Mockoon's 404 page" "$missing"
    kill "$server_pid" 2>/dev/null || true
    wait "$shell_pid" 2>/dev/null || true
    server_pid=
fi
