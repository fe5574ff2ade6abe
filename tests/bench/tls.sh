#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# HTTPS benchmark (DESIGN §13): one MockBench serves the same routes over HTTP (--port) and
# HTTPS (--tls-port, the generated certificate: EC P-256, TLS 1.3). wrk at 32 connections
# loads a small text and a 10 KiB JSON body over each with keep-alive, then the small one with
# a new connection (and, for HTTPS, a full handshake) per request. The server has core 0, wrk
# core 1. Prints req/s, latency and RSS; asserts nothing.
#   tests/bench/tls.sh [DURATION]          (default 10s)
#   BUILD=/path/to/build tests/bench/tls.sh   (default build-bench, built Release here)
set -euo pipefail
duration=${1:-10s}
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

head -c 10240 /dev/zero | tr '\0' 'j' > "$work/body.json"
cat > "$work/set.mockbench.json" <<JSON
{"mockbench": 3, "routes": [
  {"path": "/small", "responses": [{"status": 200, "body": "hello over both"}]},
  {"path": "/json", "responses": [{"status": 200, "bodyFile": "body.json",
    "headers": {"Content-Type": "application/json"}}]}
]}
JSON

# The certificate goes to this run's own data folder, not the user's.
XDG_DATA_HOME="$work/data" taskset -c 0 "$bin" --headless --port 0 --tls-port 0 \
    "$work/set.mockbench.json" > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
for _ in $(seq 1 400); do
    grep -q "HTTPS on" "$work/server.err" 2>/dev/null && break
    sleep 0.05
done
http_base=$(grep -o 'http://[0-9.:]*' "$work/server.out")
https_base=$(grep -o 'https://[0-9.:]*' "$work/server.err" | tail -1)
echo "== $http_base and $https_base, one process (wrk -t1 -c$connections -d$duration)"
for scheme in http https; do
    if [ "$scheme" = http ]; then base=$http_base; else base=$https_base; fi
    load "GET /small $scheme keep-alive" /small
    load "GET /json (10 KiB) $scheme keep-alive" /json
done
for scheme in http https; do
    if [ "$scheme" = http ]; then url=$http_base/small; else url=$https_base/small; fi
    result=$(taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency -H "Connection: close" "$url")
    printf '%-48s %10s req/s  p50 %-9s p99 %s\n' "GET /small $scheme, a connection each" \
        "$(awk '/Requests\/sec/ {print $2}' <<<"$result")" "$(awk '$1=="50%" {print $2}' <<<"$result")" \
        "$(awk '$1=="99%" {print $2}' <<<"$result")"
done
