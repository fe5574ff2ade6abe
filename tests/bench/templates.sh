#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Template dialect benchmark (DESIGN §9): requests/s at 32 keep-alive connections (wrk, server
# pinned to core 0, wrk to core 1) of a static body (the ceiling), a Mockoon body with five
# helpers, a WireMock body with five helpers, Faker bodies in the Mockoon dialect and in
# JavaScript, and JavaScript bodies (a plain expression, rendered on the serving thread, and a
# call, rendered on the template worker). Prints figures; asserts nothing.
#   tests/bench/templates.sh [DURATION]          (default 10s)
#   BUILD=/path/to/build tests/bench/templates.sh  (default build-bench, built Release here)
set -euo pipefail
duration=${1:-10s}
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

python3 - "$work/templates.mockbench.json" <<'PY'
import json, sys
def route(rid, path, body, templating=None):
    response = {"status": 200, "headers": {"Content-Type": "application/json"}, "body": body}
    if templating:
        response["templating"] = templating
    return {"id": rid, "path": path, "responses": [response]}
json.dump({"mockbench": 2, "chaos": {"seed": 1}, "routes": [
    route("static", "/static/{id}", '{"id": "42", "q": "x", "m": "GET", "u": "ABC", "n": 3}'),
    route("mockoon5", "/mockoon/{id}",
          '{"id": "{{urlParam \'id\'}}", "q": "{{queryParam \'q\' \'none\'}}", '
          '"m": "{{method}}", "u": "{{uppercase \'abc\'}}", "n": {{add 1 2}} }', "mockoon"),
    route("wiremock5", "/wiremock/{id}",
          '{"id": "{{request.path.id}}", "q": "{{request.query.q}}", '
          '"m": "{{request.method}}", "u": "{{upper \'abc\'}}", "n": {{math 1 \'+\' 2}} }',
          "wiremock"),
    route("mockoonFaker", "/faker/mockoon",
          '{"name": "{{faker \'person.fullName\'}}", "email": "{{faker \'internet.email\'}}", '
          '"city": "{{faker \'location.city\'}}"}', "mockoon"),
    route("jsFaker", "/faker/js",
          '{"name": "{{ faker.person.fullName() }}", "email": "{{ faker.internet.email() }}", '
          '"city": "{{ faker.location.city() }}"}'),
    route("jsPlain", "/js/plain/{id:int}", '{"id": {{ params.id * 2 }}, "q": "{{ query.q }}"}'),
    route("jsCall", "/js/call/{id:int}",
          '{"id": {{ params.id * 2 }}, "q": {{ JSON.stringify(query) }}}'),
]}, open(sys.argv[1], "w"))
PY

serve "$work/templates.mockbench.json"

echo "== templates (wrk -t1 -c$connections -d$duration)"
load "static body (ceiling)" "/static/42?q=x"
load "mockoon, 5 helpers" "/mockoon/42?q=x"
load "wiremock, 5 helpers" "/wiremock/42?q=x"
load "mockoon, 3 faker calls" "/faker/mockoon"
load "js, 3 faker calls" "/faker/js"
load "js, plain expressions (inline)" "/js/plain/21?q=x"
load "js, a call (worker)" "/js/call/21?q=x"
