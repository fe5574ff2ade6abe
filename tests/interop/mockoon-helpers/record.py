#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Record the "mockoon" dialect's table (tests/data/templates/mockoon.json) from the real
Mockoon CLI. README.md beside this file says how to run it.

Each row whose origin is "mockoon-cli 9.9.0" becomes one route of a Mockoon environment; its
request is sent and the answer written into the row ("expect", or "expectError" when Mockoon
answers 500 "Error while serving the content: ..."). Rows with an "expectRegex" are checked
against Mockoon's answer instead. Mockoon runs under libfaketime frozen at the row's "now"
(TZ from the row's "zone"), so time helpers are recorded exactly; a row with a "seed" gets its
own Mockoon started with --faker-seed, so its faker values are Mockoon's first ones after
seeding, as in a fresh MockBench renderer. Rows with "state" get their own Mockoon too, with
the data buckets as Mockoon data buckets and the globals set through the admin API first;
"stateAfter" is then filled from the admin API.
"""
import argparse, http.client, json, os, re, signal, socket, subprocess, sys, tempfile, time, uuid

ORIGIN = "mockoon-cli 9.9.0"
HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.normpath(os.path.join(HERE, "..", "..", "data", "templates", "mockoon.json"))
DEFAULT_NOW = "2026-12-01T12:16:34Z"
ADMIN_TOKEN = "mockbench-recorder"
LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"  # Debian package faketime
DEFAULT_REQUEST = {"method": "GET", "target": "/", "headers": [], "body": ""}


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def mockoon_path(route):
    # MockBench's {name}, {name:int}, {name:regex} and {*name} become Mockoon's :name.
    route = re.sub(r"\{\*([A-Za-z0-9_]+)\}", r"*", route)
    route = re.sub(r"\{([A-Za-z0-9_]+)(:[^}]*)?\}", r":\1", route)
    return route.lstrip("/")


def environment(rows, port):
    routes = []
    for key, row in rows:
        resp = {
            "uuid": str(uuid.uuid4()), "body": row["template"], "latency": 0,
            "statusCode": 200, "label": "", "headers": [{"key": "Content-Type", "value": "text/plain"}],
            "bodyType": "INLINE", "filePath": "", "databucketID": "", "sendFileAsBody": False,
            "rules": [], "rulesOperator": "OR", "disableTemplating": False,
            "fallbackTo404": False, "default": True, "crudKey": "id", "callbacks": []}
        path = mockoon_path(row.get("route") or "/")
        routes.append({
            "uuid": str(uuid.uuid4()), "type": "http", "documentation": "",
            "method": "all", "endpoint": ("r%d/" % key) + path,
            "responses": [resp], "responseMode": None, "streamingMode": None,
            "streamingInterval": 0})
    data = []
    state = rows[0][1].get("state") or {}
    for name, value in (state.get("data") or {}).items():
        data.append({"uuid": str(uuid.uuid4()), "id": name[:4] + "x", "name": name,
                     "documentation": "", "value": json.dumps(value)})
    return {
        "uuid": str(uuid.uuid4()), "lastMigration": 33, "name": "mockbench-helpers",
        "endpointPrefix": "", "latency": 0, "port": port, "hostname": "127.0.0.1",
        "folders": [], "routes": routes,
        "rootChildren": [{"type": "route", "uuid": r["uuid"]} for r in routes],
        "proxyMode": False, "proxyHost": "", "proxyRemovePrefix": False,
        "tlsOptions": {"enabled": False, "type": "CERT", "pfxPath": "", "certPath": "",
                       "keyPath": "", "caPath": "", "passphrase": ""},
        "cors": False, "headers": [], "proxyReqHeaders": [], "proxyResHeaders": [],
        "data": data, "callbacks": []}


def request(port, method, target, headers=(), body=b""):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
    names = [h[0].lower() for h in headers]
    if "host" not in names:
        conn.putheader("Host", "localhost:3000")
    for name, value in headers:
        conn.putheader(name, value)
    if body or method in ("POST", "PUT", "PATCH"):
        conn.putheader("Content-Length", str(len(body)))
    conn.endheaders(body)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, data.decode("utf-8", "replace")


def start(cli_dir, env, port, now, zone, seed):
    tmp = tempfile.mkdtemp(prefix="mockoon-rec-")
    path = os.path.join(tmp, "env.json")
    with open(path, "w") as f:
        json.dump(env, f)
    cmd = [os.path.join(cli_dir, "node_modules", ".bin", "mockoon-cli"), "start", "--data", path,
           "--port", str(port), "--disable-log-to-file", "--admin-api-token", ADMIN_TOKEN]
    if seed is not None:
        cmd += ["--faker-seed", str(seed)]
    # libfaketime preloaded (not the faketime wrapper, whose semaphores outlive a stopped run):
    # "YYYY-MM-DD hh:mm:ss" (no @) freezes the wall clock at that instant; the monotonic clock,
    # which Node's timers run on, is left alone.
    environ = dict(os.environ, TZ=zone or "UTC", LD_PRELOAD=LIBFAKETIME,
                   FAKETIME=now.replace("T", " ").replace("Z", ""), FAKETIME_DONT_FAKE_MONOTONIC="1")
    log = open(os.path.join(tmp, "cli.log"), "w")
    # A session of its own, so stopping it stops whatever the CLI started too.
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                            cwd=cli_dir, env=environ, start_new_session=True)
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, tmp
        except OSError:
            time.sleep(0.05)
            if proc.poll() is not None:
                break
    stop(proc)
    sys.exit("Mockoon did not start; see %s" % os.path.join(tmp, "cli.log"))


def stop(proc):
    """Stops the Mockoon start() started (its process group) and removes the shared memory and
    semaphore libfaketime made for it (named by its pid; nothing removes them on exit)."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
    for name in ("faketime_shm_%d" % proc.pid, "sem.faketime_sem_%d" % proc.pid):
        try:
            os.unlink(os.path.join("/dev/shm", name))
        except FileNotFoundError:
            pass


def admin(port, method, target, payload=None):
    body = json.dumps(payload).encode() if payload is not None else b""
    headers = [("Authorization", "Bearer " + ADMIN_TOKEN)]
    if payload is not None:
        headers.append(("Content-Type", "application/json"))
    return request(port, method, "/mockoon-admin" + target, headers, body)


def run_group(cli_dir, rows, results):
    first = rows[0][1]
    port = free_port()
    env = environment(rows, port)
    proc, tmp = start(cli_dir, env, port, first.get("now") or DEFAULT_NOW,
                      first.get("zone"), first.get("seed"))
    try:
        state = first.get("state") or {}
        for name, value in (state.get("globals") or {}).items():
            admin(port, "POST", "/global-vars", {"key": name, "value": value})
        for key, row in rows:
            req = dict(DEFAULT_REQUEST, **(row.get("request") or {}))
            target = "/r%d" % key + (req["target"] if req["target"].startswith("/") else "/" + req["target"])
            status, text = request(port, req["method"], target,
                                   [tuple(h) for h in req["headers"]], req["body"].encode("utf-8"))
            after = None
            if "stateAfter" in row:
                after = {}
                for name in (row["stateAfter"].get("data") or {}):
                    s, t = admin(port, "GET", "/data-buckets/" + name)
                    after.setdefault("data", {})[name] = json.loads(t).get("value") if s == 200 else None
                for name in (row["stateAfter"].get("globals") or {}):
                    s, t = admin(port, "GET", "/global-vars/" + name)
                    after.setdefault("globals", {})[name] = json.loads(t).get("value") if s == 200 else None
            results[key] = (status, text, after)
    finally:
        stop(proc)


def check_help(cli_dir):
    path = os.path.normpath(os.path.join(HERE, "..", "..", "..", "resources", "templates", "mockoon-help.json"))
    with open(path) as f:
        entries = json.load(f)
    request_ = {"method": "GET", "target": "/users/42?page=2", "body": '{"name":"Ada"}',
                "headers": [["Host", "localhost:3000"], ["Content-Type", "application/json"]]}
    state = {"data": {"users": [{"id": 1}, {"id": 2}]}}
    results = {}
    for i, e in enumerate(entries):
        row = {"name": e["name"], "template": e["example"], "route": "/users/{id}", "request": request_,
               "seed": 1, "now": DEFAULT_NOW, "state": state}
        run_group(cli_dir, [(i, row)], results)
    differ = 0
    for i, e in enumerate(entries):
        status, text, _ = results[i]
        if text != e["output"]:
            differ += 1
            print("%s: catalogue %r, Mockoon %r" % (e["name"], e["output"], text))
    print("%d of %d examples render otherwise in Mockoon" % (differ, len(entries)))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default="/tmp/mockoon", help="folder where @mockoon/cli@9.9.0 is installed")
    ap.add_argument("--table", default=TABLE)
    ap.add_argument("--only", help="record only rows whose name contains this")
    ap.add_argument("--check-help", action="store_true",
                    help="instead, render resources/templates/mockoon-help.json's examples in Mockoon "
                         "(the help panel's example request, seed 1) and print those whose output differs")
    args = ap.parse_args()
    if args.check_help:
        return check_help(args.cli)
    with open(args.table) as f:
        table = json.load(f)
    todo = [(i, r) for i, r in enumerate(table) if r.get("origin") == ORIGIN
            and (not args.only or args.only in r["name"])]
    groups = {}
    for i, r in todo:
        if r.get("seed") is not None or r.get("state"):
            groups[("own", i)] = [(i, r)]
        else:
            groups.setdefault(("shared", r.get("now") or DEFAULT_NOW, r.get("zone") or "UTC"), []).append((i, r))
    results = {}
    for rows in groups.values():
        run_group(args.cli, rows, results)
    changed = mismatched = 0
    for i, row in todo:
        status, text, after = results[i]
        if "expectRegex" in row:
            if status != 200 or not re.fullmatch(row["expectRegex"], text, re.S):
                mismatched += 1
                print("MISMATCH %s: %d %r" % (row["name"], status, text))
            continue
        prefix = "Error while serving the content: "
        if "expectError" in row and text.startswith(prefix) and row["expectError"] in text:
            continue  # a part of Mockoon's message the row keeps (ours words the rest itself)
        row.pop("expect", None)
        row.pop("expectError", None)
        if text.startswith(prefix):
            row["expectError"] = text[len(prefix):]
        else:  # {{status N}} changes the status: the body is what is compared
            row["expect"] = text
        if after is not None:
            row["stateAfter"] = after
        changed += 1
    with open(args.table, "w") as f:
        json.dump(table, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("%d rows recorded, %d regex rows mismatched, %d rows in the table" % (changed, mismatched, len(table)))
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
