#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Proxy benchmark (DESIGN §12): an upstream MockBench serves a small text, a 10 KiB JSON body
# and a 1 MiB file; a second MockBench forwards everything to it (the set's "proxy"). wrk at
# 32 keep-alive connections loads each path on the upstream directly, then through the proxy.
# Both servers share core 0, wrk has core 1: the proxied figure pays for both servers' work on
# one core. Prints req/s, latency and RSS, then the proxy's peak RSS (VmHWM) after streaming a
# 100 MiB answer to a client reading at full speed; asserts nothing.
#   tests/bench/proxy.sh [DURATION]          (default 10s)
#   BUILD=/path/to/build tests/bench/proxy.sh   (default build-bench, built Release here)
set -euo pipefail
duration=${1:-10s}
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

head -c 10240 /dev/zero | tr '\0' 'j' > "$work/body.json"
head -c 786432 /dev/urandom | base64 -w0 > "$work/mib.bin" # 1 MiB of text
head -c $((100 * 1024 * 1024)) /dev/urandom > "$work/big.bin"
cat > "$work/upstream.mockbench.json" <<JSON
{"mockbench": 3, "routes": [
  {"path": "/small", "responses": [{"status": 200, "body": "hello from the upstream"}]},
  {"path": "/json", "responses": [{"status": 200, "bodyFile": "body.json",
    "headers": {"Content-Type": "application/json"}}]},
  {"path": "/mib", "responses": [{"status": 200, "bodyFile": "mib.bin"}]},
  {"path": "/big", "responses": [{"status": 200, "bodyFile": "big.bin"}]}
]}
JSON

serve "$work/upstream.mockbench.json"
upstream_pid=$server_pid upstream_base=$base
echo "== upstream alone (wrk -t1 -c$connections -d$duration)"
load "GET /small direct" /small
load "GET /json (10 KiB) direct" /json
load "GET /mib (1 MiB file) direct" /mib

cat > "$work/proxy.mockbench.json" <<JSON
{"mockbench": 3, "proxy": {"url": "$upstream_base"}, "routes": []}
JSON
mv "$work/server.out" "$work/upstream.out"
serve "$work/proxy.mockbench.json"
proxy_pid=$server_pid
echo "== through the proxy (same paths, the upstream still on core 0)"
load "GET /small proxied" /small
load "GET /json (10 KiB) proxied" /json
load "GET /mib (1 MiB) proxied" /mib

start=$(date +%s.%N)
bytes=$(taskset -c 1 curl -sS -o /dev/null -w '%{size_download}' "$base/big")
end=$(date +%s.%N)
awk -v b="$bytes" -v s="$start" -v e="$end" -v hwm="$(awk '/VmHWM/ {print $2}' "/proc/$proxy_pid/status")" \
    'BEGIN { printf "100 MiB proxied: %d bytes in %.2f s (%.0f MiB/s); proxy peak RSS (VmHWM) %.1f MiB\n", b, e - s, b / 1048576 / (e - s), hwm / 1024 }'
kill "$upstream_pid" 2>/dev/null || true
