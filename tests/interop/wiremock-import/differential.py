#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Serve every case's root with the real WireMock 3.13.2 and with MockBench side by side, and
compare their answers.

For each tests/data/wiremock/cases/NAME.json: starts WireMock (harness.WireMock on the root) and
`MOCKBENCH --headless ROOT --port 0` (ready when it prints `MockBench listening on
http://HOST:PORT`; stopped with SIGTERM), sends each exchange's request to both (in order, one
connection each; a "restart" exchange resets WireMock's scenarios and restarts MockBench) and
checks MockBench's answer by the exchange's rule (harness.agrees): status, Content-Type, headers,
body ("exact" against WireMock's live answer, "pattern" against the case's pattern), the fault
seen on the wire, delays. Prints one line per disagreement (case, request, what differed), a line
per case and the total. A live WireMock answer that no longer fits the recording is reported as
"stale recording".

A proxy case (one with an "upstream") runs its stand-in backend (harness.Upstream) on 127.0.0.1,
port 0; both servers serve a copy of the root naming it, and both answers are compared with the
upstream's address written "upstream.invalid", as the recording has it.

Exit status 0 whatever the agreement; 2 when it could not run (no MockBench, no WireMock).

  python3 differential.py --mockbench /tmp/b-main/app/mockbench [--install /tmp/wiremock] [--only SUBSTRING]
  python3 differential.py --self     # WireMock against its own recording (checks the recording)
"""
import argparse, json, os, re, select, signal, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

READY = re.compile(r"MockBench listening on http://([^:/\s]+|\[[^\]]+\]):(\d+)")


class MockBench:
    def __init__(self, exe, root):
        self.exe, self.root = exe, root
        self.start()

    def start(self):
        self.err = tempfile.TemporaryFile()
        self.port = None
        try:
            self.proc = subprocess.Popen([self.exe, "--headless", os.path.abspath(self.root), "--port", "0"],
                                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self.err,
                                         env=dict(os.environ, TZ="UTC"), start_new_session=True)
        except OSError as e:  # e.g. the executable is being relinked
            self.proc = None
            self.err.write(("cannot start %s: %s" % (self.exe, e)).encode())
            return
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

    def restart(self):
        self.stop()
        self.start()

    def stderr(self):
        self.err.seek(0)
        return self.err.read().decode("utf-8", "replace").strip()

    def stop(self):
        if self.proc is None:
            return
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


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mockbench", help="path to the mockbench executable")
    ap.add_argument("--self", action="store_true", help="compare live WireMock with the recording only")
    ap.add_argument("--install", default="/tmp/wiremock", help="folder where wiremock@3.13.2 is npm-installed")
    ap.add_argument("--only", help="only cases whose file name contains this")
    args = ap.parse_args()
    if not args.self and not (args.mockbench and os.path.isfile(args.mockbench) and os.access(args.mockbench, os.X_OK)):
        print("differential: %s is not an executable (--mockbench PATH, or --self)" % args.mockbench, file=sys.stderr)
        return 2
    if not os.path.isfile(os.path.join(args.install, harness.JAR)):
        print("differential: no WireMock in %s (npm install wiremock@3.13.2 there)" % args.install, file=sys.stderr)
        return 2
    total = agree = refused = 0
    for path in harness.case_paths():
        name = os.path.basename(path)[:-5]
        if args.only and args.only not in name:
            continue
        with open(path) as f:
            case = json.load(f)
        exchanges = case["exchanges"]
        total += len(exchanges)
        up = harness.Upstream(case["upstream"]) if case.get("upstream") else None
        try:
            with harness.served_root(os.path.join(harness.DATA, case["root"]), up) as root:
                result = compare_case(args, name, case, root, exchanges, up and up.authority)
        finally:
            if up:
                up.stop()
        if result is None:
            return 2
        if result < 0:
            refused += 1
            continue
        agree += result
    what = "the recording" if args.self else "MockBench"
    print("TOTAL: %d of %d exchanges agree (WireMock vs %s); %d root(s) refused by MockBench"
          % (agree, total, what, refused))
    return 0


def compare_case(args, name, case, root, exchanges, authority):
    """Sends the case's requests to WireMock and MockBench on root; returns how many agree, -1
    when MockBench refused the root, None when WireMock did not start."""
    mb = None
    if not args.self:
        mb = MockBench(args.mockbench, root)
        if mb.port is None:
            err = mb.stderr().replace("\n", " | ")
            print("%s: MockBench refused %s: %s" % (name, case["root"], err[:300] or "(no stderr, exit %s)" % (mb.proc and mb.proc.returncode)))
            print("%-28s 0/%d agree (refused)" % (name, len(exchanges)))
            return -1
    try:
        wm = harness.WireMock(args.install, root)
    except RuntimeError as e:
        if mb:
            mb.stop()
        print("differential: %s" % e, file=sys.stderr)
        return None
    ok_case = 0
    try:
        for ex in exchanges:
            req = ex["request"]
            if req.get("restart"):
                wm.reset_scenarios()
                if mb:
                    mb.restart()
            a_wm = harness.normalized(harness.send(wm.port, req), authority)
            where = "%s: %s:" % (name, describe(req))
            stale = harness.agrees(ex["response"], a_wm)
            if stale:
                print("%s stale recording (WireMock now: %s)" % (where, "; ".join(stale)))
            if mb is None:
                ok_case += 0 if stale else 1
                continue
            if mb.port is None:
                print("%s MockBench did not restart: %s" % (where, mb.stderr()[:200]))
                continue
            a_mb = harness.normalized(harness.send(mb.port, req), authority)
            diffs = harness.agrees(ex["response"], a_mb, reference=a_wm if "status" in a_wm else None)
            if diffs:
                print("%s %s" % (where, "; ".join(diffs)))
            else:
                ok_case += 1
    finally:
        wm.stop()
        if mb:
            mb.stop()
            if mb.proc is not None and mb.proc.returncode not in (0, None, -signal.SIGTERM):
                print("%s: MockBench exited with %s: %s" % (name, mb.proc.returncode, mb.stderr()[:300]))
    print("%-28s %d/%d agree" % (name, ok_case, len(exchanges)))
    return ok_case


if __name__ == "__main__":
    sys.exit(main())
