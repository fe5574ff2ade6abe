#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The admin API's journal listing over a full journal of large bodies (issue 10): fills a
# headless mockbench with 10 000 POSTs of 64 KiB text bodies, then prints the size and time of
# GET /__mockbench/requests and the server's RSS (now, and its peak so far). With a build that
# pages the listing it also prints the largest pages and a walk through every page with whole
# bodies (what MockProcess does). Prints figures, asserts nothing; not run by ctest.
#   tests/bench/journal_listing.sh [path/to/mockbench] [EXCHANGES] [BODY_BYTES]
# Without a path it builds Release into build-bench, as load.sh does.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=${1:-}
exchanges=${2:-10000}
body_bytes=${3:-65536}

if [ -z "$bin" ]; then
    cmake -S "$root" -B "$root/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$root/build-bench" --target mockbench >/dev/null
    bin="$root/build-bench/app/mockbench"
fi

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$bin" --headless --port 0 > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
for _ in $(seq 1 200); do
    grep -q "listening" "$work/server.out" 2>/dev/null && break
    sleep 0.05
done
base=$(grep -o 'http://[^ ]*' "$work/server.out" | head -n 1)
[ -n "$base" ] || { echo "mockbench did not start: $(cat "$work/server.err")" >&2; exit 1; }
admin="$base/__mockbench"

rss() {
    awk '/VmRSS/ { now = $2 } /VmHWM/ { peak = $2 }
        END { printf "%.0f MiB (peak %.0f MiB)", now / 1024, peak / 1024 }' "/proc/$server_pid/status"
}

# One curl process on one keep-alive connection sends every request (a config file of URLs);
# "Expect:" off so each body goes at once.
head -c "$body_bytes" /dev/zero | tr '\0' 'x' > "$work/body"
for i in $(seq 1 "$exchanges"); do
    echo "url = \"$base/upload/$i\""
done > "$work/urls"
start=$(date +%s.%N)
curl -s -H 'Expect:' -H 'Content-Type: text/plain' --data-binary @"$work/body" -K "$work/urls" \
    > /dev/null
end=$(date +%s.%N)
echo "mockbench: $bin"
awk -v n="$exchanges" -v b="$body_bytes" -v s="$start" -v e="$end" \
    'BEGIN { printf "journal: %d POSTs of %d-byte bodies sent in %.1f s\n", n, b, e - s }'
echo "journal count: $(curl -s "$admin/requests/count"), server RSS $(rss)"

# $1: label, $2: query. Prints the bytes of one listing, the fastest of 3 times (the machine
# may be shared) and the server's RSS after them.
listing() {
    local figures best=
    for _ in 1 2 3; do
        figures=$(curl -s -o "$work/answer" -w '%{size_download} %{time_total}' "$admin/requests$2")
        best=$(awk -v f="$figures" -v b="$best" 'BEGIN { split(f, x, " "); print (b == "" || x[2] < b) ? x[2] : b }')
    done
    awk -v label="$1" -v f="$figures" -v t="$best" -v rss="$(rss)" 'BEGIN {
        split(f, x, " ")
        printf "%-44s %12.0f bytes (%7.2f MB) in %6.3f s, server RSS %s\n", label, x[1], x[1] / 1e6, t, rss
    }'
}

# Three clients that ask for the largest listing and never read it: what the server holds.
# $1: query.
unread() {
    local port=${base##*:} fds=()
    for _ in 1 2 3; do
        exec {fd}<>"/dev/tcp/127.0.0.1/$port"
        printf 'GET /__mockbench/requests%s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' "$1" >&"$fd"
        fds+=("$fd")
    done
    # The answers are built on the server's one thread: a listing after them has waited for all.
    curl -s -o /dev/null "$admin/requests/count"
    printf '%-44s server RSS %s\n' "3 unread GET requests$1" "$(rss)"
    for fd in "${fds[@]}"; do
        exec {fd}>&-
    done
}

listing "GET requests (no parameters)" ""
if ! grep -q '"next"' "$work/answer"; then
    unread ""
    echo "(this build answers the whole journal at once: no paging)"
    exit 0
fi
listing "GET requests?limit=1000" "?limit=1000"
listing "GET requests?limit=1000&bodyLimit=65536" "?limit=1000&bodyLimit=65536"
unread "?limit=1000&bodyLimit=65536"

# Every page with whole bodies, following "next" (MockProcess's walk).
offset=0 pages=0 bytes=0 largest=0
start=$(date +%s.%N)
while [ "$offset" != null ]; do
    size=$(curl -s -o "$work/page" -w '%{size_download}' \
        "$admin/requests?limit=1000&bodyLimit=2147483647&offset=$offset")
    bytes=$((bytes + size))
    if [ "$size" -gt "$largest" ]; then largest=$size; fi
    pages=$((pages + 1))
    # "next" comes before the exchanges: the head of the answer has it.
    offset=$(head -c 300 "$work/page" | grep -o '"next":[0-9a-z]*' | cut -d: -f2 || true)
    if [ -z "$offset" ]; then
        echo "page $pages has no \"next\": $(head -c 200 "$work/page")" >&2
        exit 1
    fi
done
end=$(date +%s.%N)
awk -v p="$pages" -v b="$bytes" -v l="$largest" -v s="$start" -v e="$end" -v rss="$(rss)" 'BEGIN {
    printf "%-44s %12.0f bytes (%7.2f MB) in %6.3f s, server RSS %s\n",
        "every page with whole bodies, following next", b, b / 1e6, e - s, rss
    printf "  %d pages, the largest %.2f MB\n", p, l / 1e6
}'
