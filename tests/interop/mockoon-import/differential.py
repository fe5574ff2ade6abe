#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Serve every case's environment with the real Mockoon CLI and with MockBench side by side, and
compare their answers.

For each tests/data/mockoon/cases/NAME.json: starts Mockoon CLI 9.9.0 (--faker-seed 1, wall clock
frozen at the case's "now" by libfaketime, TZ=UTC) and `MOCKBENCH --headless ENV --port 0` (ready
when it prints `MockBench listening on http://HOST:PORT`; stopped with SIGTERM), sends each
exchange's request to both (in order, one connection each) and checks that they agree on the
status, the Content-Type and the body, the body by the exchange's "compare" rule: "exact" (the
two answers byte for byte), "json-shape" (MockBench's JSON has the shape of Mockoon's), "pattern"
(MockBench's body matches the case's pattern). An exchange with "minMs" must also take MockBench
at least that long. Prints one line per disagreement (case, request, what differed), a line per
case and the totals. A disagreement whose Mockoon answer shows the frozen date is tagged
"date-dependent" (MockBench's clock is not frozen unless --faketime-mockbench is given).
A live Mockoon answer that no longer matches the recording is reported as "stale recording".
A proxy case (with an "upstream") is served by both in front of one upstream (harness.Upstream, port
0), each from a copy of the environment whose proxyHost points at it; its "compareHeaders" are
compared too.

Exit status 0 whatever the agreement; 2 when it could not run (no MockBench, no Mockoon).

  python3 differential.py --mockbench build/src/mockbench [--cli /tmp/mockoon] [--only SUBSTRING]
"""
import argparse, json, os, re, select, shutil, signal, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

READY = re.compile(r"MockBench listening on http://([^:/\s]+|\[[^\]]+\]):(\d+)")


def date_markers(now):
    """Strings that show the frozen instant in an answer (ISO date, year-day forms, V8/HTTP dates, epoch)."""
    import calendar, datetime
    t = datetime.datetime.strptime(now, "%Y-%m-%dT%H:%M:%SZ")
    epoch = calendar.timegm(t.timetuple())
    return [t.strftime("%Y-%m-%d"), t.strftime("%d/%m/%Y"), t.strftime("%m/%d/%Y"), t.strftime("%b %d %Y"),
            t.strftime("%d %b %Y"), t.strftime("%H:%M:%S"), str(epoch), str(epoch * 1000)[:10]]


class MockBench:
    def __init__(self, exe, env_path, faketime=None):
        self.err = tempfile.TemporaryFile()
        environ = dict(os.environ, TZ="UTC")
        if faketime:
            environ.update(LD_PRELOAD=harness.LIBFAKETIME, FAKETIME=faketime.replace("T", " ").replace("Z", ""),
                           FAKETIME_DONT_FAKE_MONOTONIC="1")
        self.proc = subprocess.Popen([exe, "--headless", os.path.abspath(env_path), "--port", "0"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self.err,
                                     env=environ, start_new_session=True)
        self.port = None
        deadline = time.monotonic() + 30
        buf = b""
        while time.monotonic() < deadline:
            r, _, _ = select.select([self.proc.stdout], [], [], 0.2)
            if r:
                chunk = os.read(self.proc.stdout.fileno(), 4096)
                if not chunk:
                    break
                buf += chunk
                m = READY.search(buf.decode("utf-8", "replace"))
                if m:
                    self.port = int(m.group(2))
                    return
            elif self.proc.poll() is not None:
                break
        self.stop()

    def stderr(self):
        self.err.seek(0)
        return self.err.read().decode("utf-8", "replace").strip()

    def stop(self):
        if self.proc.poll() is None:
            harness.stop_group(self.proc)
        if self.proc.stdout:
            self.proc.stdout.close()


def describe(r):
    extra = ""
    if r.get("headers"):
        extra += " " + ";".join("%s: %s" % tuple(h) for h in r["headers"])
    if r.get("body"):
        extra += " body=" + harness.short(r["body"], 30)
    return "%s %s%s" % (r["method"], r["target"], extra)


def compare(ex, mo, mb, markers, min_ms):
    """Returns a list of what differs between Mockoon's answer mo and MockBench's mb."""
    resp = ex["response"]
    diffs = []
    if mb["status"] != mo["status"]:
        diffs.append("status %d, Mockoon %d" % (mb["status"], mo["status"]))
    ct_mb, ct_mo = harness.content_type(mb["headers"]), harness.content_type(mo["headers"])
    if ct_mb != ct_mo:
        diffs.append("Content-Type %r, Mockoon %r" % (ct_mb, ct_mo))
    mode = resp.get("compare", "exact")
    if mode == "json-shape":
        ok, why = harness.body_agrees(mode, mo["body"], mb["body"])
    else:
        ok, why = harness.body_agrees(mode, mo["body"], mb["body"], resp.get("pattern"))
    if not ok:
        diffs.append("%s: %s, Mockoon %s" % (why, harness.short(mb["body"]), harness.short(mo["body"])))
    names = resp.get("compareHeaders", [])
    diffs += harness.headers_agree(names, harness.header_dict(mo["headers"]), mb["headers"])
    if min_ms is not None and mb["ms"] < min_ms:
        diffs.append("answered in %.0f ms, minMs %d" % (mb["ms"], min_ms))
    if diffs:
        # Mockoon's Date header always shows the frozen clock: only the headers a case keeps count.
        text = mo["body"].decode("utf-8", "replace") + " ".join(harness.header_dict(mo["headers"]).values())
        if any(m in text for m in markers):
            diffs.append("(date-dependent: Mockoon's clock is frozen at the case's \"now\")")
    return diffs


def stale(ex, mo):
    """Does the live Mockoon answer still match the recording (status, Content-Type, body rule)?"""
    resp = ex["response"]
    recorded = harness.recorded_body(resp)
    if mo["status"] != resp["status"] or harness.content_type(mo["headers"]) != resp.get("contentType"):
        return True
    mode = resp.get("compare", "exact")
    ok, _ = harness.body_agrees(mode, recorded, mo["body"], resp.get("pattern"))
    return not ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mockbench", required=True, help="path to the mockbench executable")
    ap.add_argument("--cli", default="/tmp/mockoon", help="folder where @mockoon/cli@9.9.0 is installed")
    ap.add_argument("--only", help="only cases whose file name contains this")
    ap.add_argument("--verbose", action="store_true", help="print both answers' status and body for every request")
    ap.add_argument("--faketime-mockbench", action="store_true",
                    help="also run MockBench under libfaketime at the case's \"now\"")
    args = ap.parse_args()
    if not (os.path.isfile(args.mockbench) and os.access(args.mockbench, os.X_OK)):
        print("differential: %s is not an executable" % args.mockbench, file=sys.stderr)
        return 2
    if not os.path.exists(os.path.join(args.cli, "node_modules", ".bin", "mockoon-cli")):
        print("differential: no Mockoon CLI in %s (npm install @mockoon/cli@9.9.0 there)" % args.cli, file=sys.stderr)
        return 2
    total = agree = refused = 0
    lines = []
    for path in harness.case_paths():
        name = os.path.basename(path)[:-5]
        if args.only and args.only not in name:
            continue
        with open(path) as f:
            case = json.load(f)
        env_path = os.path.join(harness.DATA, case["environment"])
        upstream = tmp = None
        if case.get("upstream"):
            upstream = harness.Upstream(case["upstream"])
            tmp = tempfile.mkdtemp(prefix="mockoon-proxy-")
            env_path = harness.env_for_upstream(env_path, case["upstream"], upstream, tmp)
        exchanges = case["exchanges"]
        total += len(exchanges)
        markers = date_markers(case.get("now", harness.NOW))
        mb = MockBench(args.mockbench, env_path, case.get("now", harness.NOW) if args.faketime_mockbench else None)
        if mb.port is None:
            err = mb.stderr().replace("\n", " | ")
            print("%s: MockBench refused %s: %s" % (name, case["environment"], err[:300] or "(no stderr, exit %s)" % mb.proc.returncode))
            print("%-60s 0/%d agree (refused)" % (name, len(exchanges)))
            refused += 1
            if upstream:
                upstream.stop()
                shutil.rmtree(tmp, ignore_errors=True)
            continue
        try:
            mo = harness.Mockoon(args.cli, env_path, seed=1, now=case.get("now", harness.NOW))
        except RuntimeError as e:
            mb.stop()
            if upstream:
                upstream.stop()
            print("differential: %s" % e, file=sys.stderr)
            return 2
        ok_case = 0
        try:
            for ex in exchanges:
                req = ex["request"]
                a_mo = harness.send(mo.port, req)
                a_mb = harness.send(mb.port, req)
                if upstream:
                    # as recorded: the upstream's port written {port}
                    for a in (a_mo, a_mb):
                        if "body" in a:
                            a["body"] = a["body"].replace(b"127.0.0.1:%d" % upstream.port, b"127.0.0.1:{port}")
                where = "%s: %s:" % (name, describe(req))
                if "error" in a_mo:
                    print("%s Mockoon failed: %s" % (where, a_mo["error"]))
                    continue
                if stale(ex, a_mo):
                    print("%s stale recording (Mockoon now answers %d %s)" % (where, a_mo["status"], harness.short(a_mo["body"])))
                if "error" in a_mb:
                    print("%s MockBench failed: %s" % (where, a_mb["error"]))
                    continue
                if args.verbose:
                    print("%s\n  Mockoon   %d %r\n  MockBench %d %r" % (where, a_mo["status"], a_mo["body"], a_mb["status"], a_mb["body"]))
                diffs = compare(ex, a_mo, a_mb, markers, ex["response"].get("minMs"))
                if diffs:
                    print("%s %s" % (where, "; ".join(diffs)))
                else:
                    ok_case += 1
        finally:
            mo.stop()
            mb.stop()
            if upstream:
                upstream.stop()
                shutil.rmtree(tmp, ignore_errors=True)
            if mb.proc.returncode not in (0, None, -signal.SIGTERM):
                print("%s: MockBench exited with %s: %s" % (name, mb.proc.returncode, mb.stderr()[:300]))
        agree += ok_case
        lines.append((name, ok_case, len(exchanges)))
        print("%-60s %d/%d agree" % (name, ok_case, len(exchanges)))
    print("TOTAL: %d of %d exchanges agree on status, Content-Type and body; %d environment(s) refused by MockBench"
          % (agree, total, refused))
    return 0


if __name__ == "__main__":
    sys.exit(main())
