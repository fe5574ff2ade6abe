#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the README's screenshot of the real window: starts Xvfb, opens the pet store example,
# sends it some traffic with curl, selects a route and a logged request with xdotool, and saves
# the screen.
#   scripts/screenshot.sh [OUTPUT.png]          (default: docs/screenshot.png)
#   LANG=de_DE.UTF-8 scripts/screenshot.sh docs/screenshot-de.png
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/docs/screenshot.png}
build="$root/build"

"$root/scripts/install-deps.sh" --gui-test
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target mockbench mockbench_window >/dev/null

work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
xvfb_pid= app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done

# Fresh settings, so the first-start layout is what the picture shows.
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    "$build/app/mockbench" "$root/resources/examples/petstore.mockbench.json" --port 0 \
    > "$work/out" 2> "$work/err" &
app_pid=$!
for _ in $(seq 1 200); do grep -q listening "$work/out" 2>/dev/null && break; sleep 0.05; done
base=$(grep -o 'http://[^ ]*' "$work/out")

# Some traffic, a part of it failing on purpose (curl's exit code is not our concern here).
send() { curl -s -o /dev/null "$@" || true; }
for round in $(seq 1 8); do
    for i in $(seq 1 25); do
        send "$base/api/pets"
        send -H "Authorization: Bearer demo" "$base/api/pets/$i"
        send "$base/api/search?q=rex$round"
    done
    send "$base/api/pets/7"
    send -X POST -H "Content-Type: application/json" -d '{"name":"Bo"}' "$base/api/pets"
    sleep 0.5
done
send -H "Authorization: Bearer demo" -H "Accept: application/json" "$base/api/pets/42"
sleep 1.2

window=$(xdotool search --sync --onlyvisible --class mockbench | head -1)
xdotool windowmove "$window" 0 0
xdotool windowsize "$window" 1600 1000
sleep 0.5
# The second route (GET /api/pets/{id:int}), then the newest logged request.
xdotool mousemove 180 122 click 1
sleep 0.3
xdotool mousemove 400 730 click 1
sleep 0.8
import -window root "$out"
echo "saved $out"
