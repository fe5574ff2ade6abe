#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A CI job in Python (standard library only): start MockBench headless on a free port, point
# the client under test at it, add a route, and check in the journal what the client sent.
#   MOCKBENCH=/path/to/mockbench python3 docs/examples/ci_job.py
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

mockbench = os.environ.get("MOCKBENCH", "mockbench")
server = subprocess.Popen([mockbench, "--headless", "--port", "0"],
                          stdout=subprocess.PIPE, text=True)
try:
    # The one line MockBench prints when it serves: "MockBench listening on http://..."
    base = server.stdout.readline().split()[-1]
    admin = base + "/__mockbench"

    def call(method, url, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(url, data=data, method=method)
        try:
            with urllib.request.urlopen(request, timeout=10) as reply:
                return reply.status, reply.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    # Give the mock the endpoint the client needs.
    status, _ = call("POST", admin + "/routes", {
        "id": "create-order", "method": "POST", "path": "/orders",
        "responses": [{"status": 201, "json": {"id": 7}}]})
    assert status == 201, status

    # The client under test would get `base` as its backend URL. Here urllib plays it.
    status, body = call("POST", base + "/orders", {"item": "book", "quantity": 2})
    assert status == 201 and json.loads(body) == {"id": 7}, (status, body)

    # What did it send?
    _, listing = call("GET", admin + "/requests?method=POST&path=/orders")
    sent = json.loads(listing)["requests"]
    assert len(sent) == 1, sent
    assert json.loads(sent[0]["requestBody"]) == {"item": "book", "quantity": 2}, sent[0]
    print("ci_job.py: all checks passed")
finally:
    server.terminate()
    server.wait(timeout=10)
sys.exit(0)
