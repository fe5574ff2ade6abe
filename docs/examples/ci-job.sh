#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A CI job in shell: start MockBench headless on a free port, point the client under test at
# it, make the backend fail, and check in the journal what the client sent.
#   MOCKBENCH=/path/to/mockbench docs/examples/ci-job.sh [ROUTES.json]
set -euo pipefail
mockbench=${MOCKBENCH:-mockbench}
out=$(mktemp)
"$mockbench" --headless --port 0 "$@" > "$out" &
pid=$!
trap 'kill "$pid" 2>/dev/null; rm -f "$out"' EXIT

# MockBench prints one line when it serves; wait for it (at most 10 s).
for _ in $(seq 100); do grep -q listening "$out" && break; sleep 0.1; done
base=$(grep -o 'http://[^ ]*' "$out")
admin="$base/__mockbench"

# The client under test gets "$base" as its backend URL. Here curl plays the client.
curl -fsS "$base/1.1/foo/21"
echo

# What did it send? Exactly one GET /1.1/foo/21.
count=$(curl -fsS "$admin/requests/count?method=GET&path=/1.1/foo/21")
if [ "$count" != '{"count":1}' ]; then
    echo "expected one GET /1.1/foo/21, the journal says $count:" >&2
    curl -fsS "$admin/requests" >&2
    exit 1
fi

# Now the backend fails every request: the client must report the 503, not crash.
curl -fsS -X PUT -d '{"errorRate": 1, "error": {"status": 503}}' "$admin/chaos" > /dev/null
status=$(curl -s -o /dev/null -w '%{http_code}' "$base/1.1/foo/1")
[ "$status" = 503 ] || { echo "expected 503 from the failing backend, got $status" >&2; exit 1; }

# Back to normal for the next test: routes, chaos and journal as at start.
curl -fsS -X POST "$admin/reset" > /dev/null
echo "ci-job.sh: all checks passed"
