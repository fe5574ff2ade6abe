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
duration=${1:-10s}
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

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

serve "$work/crud.mockbench.json"

echo "== CRUD resource of 1 000 items (wrk -t1 -c$connections -d$duration)"
load "static json route, same 1 000 items" "/static-users"
load "GET /users (whole list)" "/users"
load "GET /users?age_gte=50&sort=name&page=2&limit=20" "/users?age_gte=50&sort=name&order=desc&page=2&limit=20"
load "GET /users?city=Oslo (filter, no paging)" "/users?city=Oslo"
load "GET /users/500 (one item)" "/users/500"
