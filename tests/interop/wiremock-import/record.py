#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Record tests/data/wiremock/cases/NAME.json from the real WireMock 3.13.2.

Every root tests/data/wiremock/roots/NAME (hand-written ones from spec.py, real ones collected
from public repositories) is served by a fresh WireMock (harness.WireMock: the standalone jar,
--root-dir ROOT, UTC, UTF-8) twice; the requests of spec.build() go in order, each on its own
connection with exactly the bytes of harness.request_bytes(). A request marked "restart" is
preceded by POST /__admin/scenarios/reset. The first run's answers are written; the second only
tells which answers change from run to run (reported when no rule below covers them).

A root of proxy stubs (its spec Root has an "upstream") is served from a copy naming a stand-in
backend started for each run on 127.0.0.1, port 0 (harness.Upstream); its address is written
"upstream.invalid" in the answers, and the case file says what the backend answers ("upstream").

Rules chosen per exchange (README.md):
  - a fault request (spec "fault"): the fault kind seen on the wire, checked against the spec;
  - the 404 "Request was not matched" diagnostic table: compare "pattern" (its banner);
  - a Jetty error page (text/html;charset=ISO-8859-1): compare "pattern" (its HTTP ERROR line);
  - a request with "varies": compare "pattern", the body literal but for what those expressions match;
  - Matched-Stub-Id: exact when it is an "id" written in the root's mappings, else a UUID pattern;
  - Last-Modified (files served from __files): an HTTP-date pattern (the checkout's mtime);
  - otherwise "exact".

  python3 record.py [--install /tmp/wiremock] [--only SUBSTRING]
"""
import argparse, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness, spec  # noqa: E402

UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
HTTP_DATE = "[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT"
NOT_MATCHED = "\n {20,}Request was not matched\n {20,}=+\n.*"
NO_STUBS = "No response could be served as there are no stub mappings in this WireMock instance."


def strip_comments(text):
    """JSON with // and /* */ comments (outside strings) -> JSON."""
    out, i, n, in_str = [], 0, len(text), False
    while i < n:
        c = text[i]
        if in_str:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
            out.append(c)
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def declared_ids(root):
    ids = set()
    for d, _, files in os.walk(os.path.join(root, "mappings")):
        for f in files:
            if not f.endswith(".json"):
                continue
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                try:
                    doc = json.loads(strip_comments(fh.read()))
                except ValueError:
                    continue
            for m in doc.get("mappings", [doc]) if isinstance(doc, dict) else []:
                for key in ("id", "uuid"):
                    if isinstance(m, dict) and isinstance(m.get(key), str):
                        ids.add(m[key])
    return ids


def run(install, root, reqs, upstream=None):
    """WireMock's answers to reqs on root. With an upstream (a proxy case): the stand-in backend
    runs on 127.0.0.1 port 0 for this run, WireMock serves a copy of root naming it, and the
    answers have its address written harness.UPSTREAM_PLACEHOLDER."""
    up = harness.Upstream(upstream) if upstream else None
    try:
        with harness.served_root(root, up) as served:
            wm = harness.WireMock(install, served)
            try:
                answers = []
                for r in reqs:
                    if r.get("restart"):
                        wm.reset_scenarios()
                    answers.append(harness.normalized(harness.send(wm.port, r), up and up.authority))
                return answers
            finally:
                wm.stop()
    finally:
        if up:
            up.stop()


def varying_pattern(text, varies):
    """text as an anchored pattern, literal but where one of the regular expressions varies
    matches (re.escape's escapes are PCRE's too)."""
    out, at = "", 0
    spans = sorted(m.span() for v in varies for m in re.finditer(v, text))
    for start, end in spans:
        if start < at:
            continue
        out += re.escape(text[at:start]) + "(?:" + next(v for v in varies if re.fullmatch(v, text[start:end])) + ")"
        at = end
    return out + re.escape(text[at:])


def request_fields(r):
    out = {"method": r["method"], "target": r["target"], "headers": r["headers"]}
    if "bodyBase64" in r:
        out["bodyBase64"] = r["bodyBase64"]
    else:
        out["body"] = r.get("body", "")
    if r.get("restart"):
        out["restart"] = True
    return out


def exchange(where, r, a1, a2, ids, warnings):
    request = request_fields(r)
    if r.get("fault"):
        got = harness.fault_kind(a1, r["fault"])
        if got != r["fault"]:
            warnings.append("%s: fault %s expected, the wire showed %s (%s)" % (where, r["fault"], got, harness.short(a1["raw"])))
        resp = {"fault": r["fault"], "wire": harness.body_fields(a1["raw"]), "end": a1["end"]}
        return {"request": request, "response": resp}
    if "error" in a1:
        raise RuntimeError("%s: %s (%s)" % (where, a1["error"], harness.short(a1["raw"])))
    resp = {"status": a1["status"], "reason": a1["reason"], "contentType": harness.content_type(a1["headers"]),
            "headers": harness.header_dict(a1["headers"])}
    resp.update(harness.body_fields(a1["body"]))
    patterns = {}
    stub_id = resp["headers"].get("matched-stub-id")
    if stub_id is not None and stub_id not in ids:
        patterns["matched-stub-id"] = UUID
    if "last-modified" in resp["headers"]:
        patterns["last-modified"] = HTTP_DATE
    if patterns:
        resp["headerPatterns"] = patterns
    text = a1["body"].decode("utf-8", "replace")
    if a1["status"] == 404 and re.fullmatch(NOT_MATCHED, text, re.S):
        resp["compare"] = "pattern"
        resp["pattern"] = NOT_MATCHED
    elif (resp["contentType"] or "").startswith("text/html;charset=ISO-8859-1") and "HTTP ERROR" in text:
        resp["compare"] = "pattern"
        resp["pattern"] = "<html>\n<head>\n.*<h2>HTTP ERROR %d .*" % a1["status"]
    elif r.get("pattern"):
        resp["compare"] = "pattern"
        resp["pattern"] = r["pattern"]
    elif r.get("varies"):
        resp["compare"] = "pattern"
        resp["pattern"] = varying_pattern(text, r["varies"])
        if not re.search("|".join(r["varies"]), text):
            warnings.append("%s: nothing in the body varies as %s" % (where, r["varies"]))
        if harness.UPSTREAM_PLACEHOLDER in text:
            warnings.append("%s: a pattern naming the upstream cannot be replayed" % where)
    else:
        resp["compare"] = "exact"
    if r.get("compareReason"):
        resp["compareReason"] = True
    for key in ("minMs", "minChunks"):
        if key in r:
            resp[key] = r[key]
    if "minMs" in r or "minChunks" in r:
        resp["recordedMs"] = round(a1["ms"])  # for reference, never compared
        resp["recordedReads"] = len(a1["chunks"])
    for a in (a1, a2):
        if "minMs" in r and a["ms"] < r["minMs"]:
            warnings.append("%s: answered in %.0f ms, under minMs %d" % (where, a["ms"], r["minMs"]))
        if "minChunks" in r and len(a["chunks"]) < r["minChunks"]:
            warnings.append("%s: %d reads, under minChunks %d" % (where, len(a["chunks"]), r["minChunks"]))
    # Whatever changed between the two runs must be covered by a rule.
    if "error" in a2:
        warnings.append("%s: the second run got no answer (%s)" % (where, a2["error"]))
    else:
        if a2["status"] != a1["status"]:
            warnings.append("%s: status %d, then %d" % (where, a1["status"], a2["status"]))
        if resp["compare"] == "exact" and a2["body"] != a1["body"]:
            warnings.append("%s: the body changed between runs: %s / %s" % (where, harness.short(a1["body"]), harness.short(a2["body"])))
        h2 = harness.header_dict(a2["headers"])
        for name in set(h2) | set(resp["headers"]):
            if name not in patterns and h2.get(name) != resp["headers"].get(name):
                warnings.append("%s: header %s changed between runs" % (where, name))
    return {"request": request, "response": resp}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--install", default="/tmp/wiremock", help="folder where wiremock@3.13.2 is npm-installed")
    ap.add_argument("--only", help="record only roots whose name contains this")
    args = ap.parse_args()
    out_dir = os.path.join(harness.DATA, "cases")
    os.makedirs(out_dir, exist_ok=True)
    warnings, total, modes = [], 0, {}
    for name, (built, reqs) in sorted(spec.build().items()):
        if args.only and args.only not in name:
            continue
        root = os.path.join(harness.DATA, "roots", name)
        ids = declared_ids(root)
        upstream = built.upstream if built else None
        a1 = run(args.install, root, reqs, upstream)
        a2 = run(args.install, root, reqs, upstream)
        exchanges = [exchange("%s: %s %s" % (name, r["method"], r["target"]), r, x, y, ids, warnings)
                     for r, x, y in zip(reqs, a1, a2)]
        case = {"root": "roots/" + name, "recordedWith": harness.RECORDED_WITH}
        if upstream:
            case["upstream"] = upstream
        case["exchanges"] = exchanges
        with open(os.path.join(out_dir, name + ".json"), "w") as f:
            json.dump(case, f, indent=2, ensure_ascii=False)
            f.write("\n")
        counts = {}
        for x in exchanges:
            mode = "fault" if "fault" in x["response"] else x["response"]["compare"]
            counts[mode] = counts.get(mode, 0) + 1
            modes[mode] = modes.get(mode, 0) + 1
        total += len(exchanges)
        print("%-28s %3d exchanges %s" % (name, len(exchanges), " ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    for w in warnings:
        print("WARNING " + w)
    print("%d exchanges: %s" % (total, ", ".join("%s %d" % kv for kv in sorted(modes.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
