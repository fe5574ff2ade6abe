#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Record tests/data/mockoon/cases/NAME.json from the real Mockoon CLI 9.9.0.

Cases come from two sources:
  - the hand-written environments tests/data/mockoon/envs/NAME.json, with the requests listed
    for them in spec.py (run `python3 spec.py` first to regenerate those environments);
  - the real environments tests/data/mockoon/samples/NAME.json (case "sample-NAME"), with
    requests generated from their routes by spec.sample_requests().

A proxy case (spec.proxy_cases(): the environment's proxyMode on) is served in front of the upstream
its "upstream" describes: each run starts one on 127.0.0.1 port 0 (harness.Upstream) and serves a copy
of the environment whose proxyHost points at it.

Every case is served by fresh Mockoon processes started with --faker-seed 1 and --faker-seed 2
(and a third, --faker-seed 3, only to catch random answers the first two agree on by chance), each under libfaketime with the wall clock frozen at 2026-12-01T12:16:34Z (TZ=UTC);
the requests go in order, each on its own connection (harness.wire_headers says which headers are
added). The seed-1 answer is written; an exchange whose body differs between the runs (or that
spec.py marks "random") is compared as "json-shape" when both bodies are JSON, else by the
hand-written "pattern" from spec.py (both recordings must match it). Output is deterministic
(sorted headers, cases in name order, environment files never rewritten).

  python3 record.py [--cli /tmp/mockoon] [--only SUBSTRING] [--no-samples]
"""
import argparse, difflib, json, os, re, shutil, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness, spec  # noqa: E402


def cases(include_samples=True):
    """[(case name, environment path relative to DATA, requests, upstream or None)] in name order."""
    out = []
    for name, (_, reqs) in spec.build().items():
        out.append((name, "envs/%s.json" % name, reqs, None))
    for name, env_name, reqs, upstream in spec.proxy_cases():
        out.append((name, "envs/%s.json" % env_name, reqs, upstream))
    if include_samples:
        d = os.path.join(harness.DATA, "samples")
        for f in sorted(os.listdir(d)):
            if f.endswith(".json"):
                with open(os.path.join(d, f)) as fh:
                    env = json.load(fh)
                out.append(("sample-" + f[:-5], "samples/" + f, spec.sample_requests(env, f[:-5]), None))
    return sorted(out, key=lambda c: c[0])


def run(cli, env_rel, reqs, seed, upstream_spec=None):
    env_path = os.path.join(harness.DATA, env_rel)
    upstream = tmp = None
    if upstream_spec:
        # A fresh upstream for this run; Mockoon serves a copy of the environment that points at it.
        upstream = harness.Upstream(upstream_spec)
        tmp = tempfile.mkdtemp(prefix="mockoon-proxy-")
        env_path = harness.env_for_upstream(env_path, upstream_spec, upstream, tmp)
    try:
        m = harness.Mockoon(cli, env_path, seed=seed)
    except Exception:
        if upstream:
            upstream.stop()
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        answers = []
        for r in reqs:
            a = harness.send(m.port, r)
            if "error" in a:
                raise RuntimeError("%s %s %s: %s\n%s" % (env_rel, r["method"], r["target"], a["error"], m.log()[-2000:]))
            if upstream:
                # The upstream's port changes from run to run (the "down" one shows in Mockoon's
                # error text): written 127.0.0.1:{port}, as the echo writes it.
                a["body"] = a["body"].replace(b"127.0.0.1:%d" % upstream.port, b"127.0.0.1:{port}")
            answers.append(a)
        return answers
    finally:
        m.stop()
        if upstream:
            upstream.stop()
            shutil.rmtree(tmp, ignore_errors=True)


def auto_pattern(a, b):
    """An anchored pattern both texts match: their common parts literally, the rest as .*? (used only
    when spec.py has no hand-written one for an answer that turned out random; reported)."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out, last = "", False
    for op, i1, i2, _, _ in sm.get_opcodes():
        if op == "equal" and i2 - i1 >= 1:
            out += re.escape(a[i1:i2])
            last = False
        elif not last:
            out += ".*?"
            last = True
    return out


def exchange(name, r, a1, a2, a3, warnings):
    request = {"method": r["method"], "target": r["target"], "headers": r["headers"], "body": r["body"]}
    resp = {"status": a1["status"], "contentType": harness.content_type(a1["headers"]),
            "headers": harness.header_dict(a1["headers"])}
    resp.update(harness.body_fields(a1["body"]))
    if r.get("compareHeaders"):
        resp["compareHeaders"] = r["compareHeaders"]
        for a in (a2, a3):
            if harness.headers_agree(r["compareHeaders"], resp["headers"], a["headers"]):
                warnings.append("%s: compared headers differ between seeds: %s" % (
                    "%s: %s %s" % (name, r["method"], r["target"]), harness.headers_agree(r["compareHeaders"], resp["headers"], a["headers"])))
    where = "%s: %s %s" % (name, r["method"], r["target"])
    if a1["status"] != a2["status"]:
        warnings.append("%s: status %d with seed 1, %d with seed 2" % (where, a1["status"], a2["status"]))
    random = r.get("random") or a1["body"] != a2["body"] or a1["body"] != a3["body"]
    if not random:
        resp["compare"] = "exact"
    else:
        j1, _ = harness.parse_json(a1["body"])
        j2, _ = harness.parse_json(a2["body"])
        if j1 and j2 and not r.get("pattern"):
            resp["compare"] = "json-shape"
            ok, _ = harness.body_agrees("json-shape", a1["body"], a2["body"])
            if not ok:
                warnings.append("%s: the two seeds' JSON bodies differ in shape" % where)
        else:
            pattern = r.get("pattern")
            t1, t2 = a1["body"].decode("utf-8", "replace"), a2["body"].decode("utf-8", "replace")
            if not pattern:
                pattern = auto_pattern(t1, t2)
                warnings.append("%s: random non-JSON body without a hand-written pattern; generated %s"
                                % (where, harness.short(pattern, 120)))
            for t in (t1, t2, a3["body"].decode("utf-8", "replace")):
                if not re.fullmatch(pattern, t, re.S):
                    warnings.append("%s: body %s does not match pattern %r" % (where, harness.short(t), pattern))
            resp["compare"] = "pattern"
            resp["pattern"] = pattern
    if "minMs" in r:
        resp["minMs"] = r["minMs"]
        for a in (a1, a2):
            if a["ms"] < r["minMs"]:
                warnings.append("%s: answered in %.1f ms, under minMs %d" % (where, a["ms"], r["minMs"]))
    return {"request": request, "response": resp}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default="/tmp/mockoon", help="folder where @mockoon/cli@9.9.0 is installed")
    ap.add_argument("--only", help="record only cases whose name contains this")
    ap.add_argument("--no-samples", action="store_true", help="skip the 17 real sample environments")
    args = ap.parse_args()
    out_dir = os.path.join(harness.DATA, "cases")
    os.makedirs(out_dir, exist_ok=True)
    warnings, total, modes = [], 0, {}
    for name, env_rel, reqs, upstream in cases(not args.no_samples):
        if args.only and args.only not in name:
            continue
        a1 = run(args.cli, env_rel, reqs, 1, upstream)
        a2 = run(args.cli, env_rel, reqs, 2, upstream)
        a3 = run(args.cli, env_rel, reqs, 3, upstream)  # only to catch random answers the first two happened to agree on
        exchanges = [exchange(name, r, x, y, z, warnings) for r, x, y, z in zip(reqs, a1, a2, a3)]
        case = {"environment": env_rel, "recordedWith": harness.RECORDED_WITH, "now": harness.NOW}
        if upstream:
            case["upstream"] = upstream
        case["exchanges"] = exchanges
        with open(os.path.join(out_dir, name + ".json"), "w") as f:
            json.dump(case, f, indent=2, ensure_ascii=False)
            f.write("\n")
        counts = {}
        for x in exchanges:
            counts[x["response"]["compare"]] = counts.get(x["response"]["compare"], 0) + 1
            modes[x["response"]["compare"]] = modes.get(x["response"]["compare"], 0) + 1
        total += len(exchanges)
        print("%-60s %3d exchanges %s" % (name, len(exchanges), " ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    for w in warnings:
        print("WARNING " + w)
    print("%d exchanges: %s" % (total, ", ".join("%s %d" % kv for kv in sorted(modes.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
