# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What record.py and differential.py share: starting WireMock 3.13.2 on a root folder, sending a
request on a raw socket and reading the answer (or the fault: reset, closed, garbage), and the
comparison rules of the case files (README.md); and the stand-in backend of the proxy cases
(Upstream), with the copy of a root that points at it (served_root)."""
import base64, http.server, json, os, re, shutil, signal, socket, struct, subprocess, tempfile, threading, time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "data", "wiremock"))
RECORDED_WITH = "wiremock 3.13.2"
DEFAULT_HOST = "localhost:8080"
JAR = "node_modules/wiremock/build/wiremock-standalone-3.13.2.jar"

# Headers that differ from run to run or belong to the transport, left out of the recording.
SKIPPED_HEADERS = {"date", "connection", "keep-alive", "content-length", "transfer-encoding"}


# The authority written in a proxy root's proxyBaseUrl ("http://upstream.invalid/base") and in
# its recorded answers, where the upstream's real "127.0.0.1:PORT" was (README.md, "upstream").
UPSTREAM_PLACEHOLDER = "upstream.invalid"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class WireMock:
    """java -jar wiremock-standalone-3.13.2.jar --port N --root-dir ROOT --disable-banner, UTC,
    UTF-8, en-US; ready when GET /__admin/health answers 200."""

    def __init__(self, install_dir, root, extra=()):
        jar = os.path.join(install_dir, JAR)
        if not os.path.isfile(jar):
            raise RuntimeError("no WireMock jar at %s (npm install wiremock@3.13.2 in %s)" % (jar, install_dir))
        self.port = free_port()
        self.log_file = tempfile.NamedTemporaryFile(prefix="wiremock-", suffix=".log", delete=False)
        self.log_path = self.log_file.name
        env = dict(os.environ, TZ="UTC")
        self.proc = subprocess.Popen(
            ["java", "-Dfile.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC",
             "-jar", jar, "--port", str(self.port), "--bind-address", "127.0.0.1", "--root-dir", root,
             "--disable-banner"] + list(extra),
            stdin=subprocess.DEVNULL, stdout=self.log_file, stderr=subprocess.STDOUT, env=env,
            start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                with urllib.request.urlopen("http://127.0.0.1:%d/__admin/health" % self.port, timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("WireMock did not start on %s:\n%s" % (root, self.log()[-3000:]))

    def admin(self, method, path, body=None):
        req = urllib.request.Request("http://127.0.0.1:%d/__admin/%s" % (self.port, path), method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
        with urllib.request.urlopen(req, timeout=10) as r:
            data = r.read()
            return json.loads(data) if data else None

    def reset_scenarios(self):
        self.admin("POST", "scenarios/reset")

    def log(self):
        with open(self.log_path, errors="replace") as f:
            return f.read()

    def stop(self):
        stop_group(self.proc)
        try:
            os.unlink(self.log_path)
        except OSError:
            pass


def stop_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def request_bytes(request):
    """The exact bytes sent: the request line, the request's own headers, plus Host: localhost:8080
    when it has no Host, Content-Length when it has a body or is a POST/PUT/PATCH (unless listed),
    and Connection: close. The body is "body" (UTF-8) or "bodyBase64"."""
    headers = [tuple(h) for h in request.get("headers", [])]
    names = {h[0].lower() for h in headers}
    body = base64.b64decode(request["bodyBase64"]) if "bodyBase64" in request else request.get("body", "").encode("utf-8")
    if "host" not in names:
        headers.insert(0, ("Host", DEFAULT_HOST))
    if (body or request["method"] in ("POST", "PUT", "PATCH")) and "content-length" not in names \
            and "transfer-encoding" not in names:
        headers.append(("Content-Length", str(len(body))))
    if "connection" not in names:
        headers.append(("Connection", "close"))
    head = "%s %s HTTP/1.1\r\n" % (request["method"], request["target"])
    head += "".join("%s: %s\r\n" % h for h in headers) + "\r\n"
    return head.encode("utf-8") + body


def send(port, request, timeout=15):
    """Sends the request on a new connection and reads until the server closes.
    Returns {"raw": bytes, "end": "fin"|"reset"|"timeout", "ms": float, "chunks": [(ms, bytes)]} plus,
    when the bytes hold an HTTP answer, {"status", "headers": [(name, value)], "body"}; else
    {"error": why}."""
    data = request_bytes(request)
    start = time.monotonic()
    raw, chunks, end = b"", [], "fin"
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    except OSError as e:
        return {"error": "connect: %s" % e, "raw": b"", "end": "refused", "ms": 0, "chunks": []}
    try:
        s.sendall(data)
        while True:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                end = "reset"
                break
            except socket.timeout:
                end = "timeout"
                break
            if not chunk:
                break
            chunks.append(((time.monotonic() - start) * 1000, chunk))
            raw += chunk
    except OSError as e:
        end = "reset" if isinstance(e, (ConnectionResetError, BrokenPipeError)) else "error: %s" % e
    finally:
        s.close()
    out = {"raw": raw, "end": end, "ms": (time.monotonic() - start) * 1000, "chunks": chunks}
    out.update(parse(raw, request["method"]))
    return out


def split_head(raw):
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        return None
    lines = raw[:end].decode("latin-1").split("\r\n")
    headers = []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.append((name.strip(), value.strip()))
    return lines[0], headers, raw[end + 4:]


def parse(raw, method):
    parts = split_head(raw)
    if not parts or not parts[0].startswith("HTTP/"):
        return {"error": "no HTTP answer (%d bytes)" % len(raw)}
    status_line, headers, rest = parts
    try:
        status = int(status_line.split(" ")[1])
    except (IndexError, ValueError):
        return {"error": "bad status line %r" % status_line}
    h = {k.lower(): v for k, v in headers}
    complete = True
    if method == "HEAD" or status in (204, 304) or status < 200:
        body = b""
    elif h.get("transfer-encoding", "").lower() == "chunked":
        body, pos, complete = b"", 0, False
        while True:
            eol = rest.find(b"\r\n", pos)
            if eol < 0:
                break
            try:
                size = int(rest[pos:eol].split(b";")[0] or b"0", 16)
            except ValueError:
                break
            if size == 0:
                complete = True
                break
            body += rest[eol + 2:eol + 2 + size]
            pos = eol + 2 + size + 2
    elif "content-length" in h:
        body = rest[:int(h["content-length"])]
        complete = len(rest) >= int(h["content-length"])
    else:
        body = rest
    out = {"status": status, "reason": " ".join(status_line.split(" ")[2:]), "headers": headers, "body": body}
    if not complete:
        out["incomplete"] = True
    return out


def header_dict(headers, skipped=SKIPPED_HEADERS):
    out = {}
    for name, value in headers:
        n = name.lower()
        if n in skipped:
            continue
        out[n] = out[n] + ", " + value if n in out else value
    return dict(sorted(out.items()))


def content_type(headers):
    for name, value in headers:
        if name.lower() == "content-type":
            return value
    return None


def body_fields(body):
    try:
        return {"body": body.decode("utf-8")}
    except UnicodeDecodeError:
        return {"bodyBase64": base64.b64encode(body).decode("ascii")}


def recorded_body(response):
    if "bodyBase64" in response:
        return base64.b64decode(response["bodyBase64"])
    return response.get("body", "").encode("utf-8")


def fault_kind(answer, expected=None):
    """What a fault looked like on the wire: "reset" (RST before any byte), "closed" (FIN before any
    byte), "garbage" (bytes that are no HTTP answer, then close), "malformed-chunk" (an HTTP head,
    then a body that is not what the head announces: cut-short or invalid chunked encoding, or, as
    WireMock does for a Connection: close request, no framing at all and bytes that are no chunk),
    or None (a well-formed answer). expected: the kind looked for, which decides how an unframed
    body is read."""
    if not answer["raw"]:
        return "reset" if answer["end"] == "reset" else ("closed" if answer["end"] == "fin" else answer["end"])
    if "error" in answer:
        return "garbage"
    if answer.get("incomplete"):
        return "malformed-chunk"
    h = {k.lower(): v for k, v in answer["headers"]}
    if expected == "malformed-chunk" and "content-length" not in h and "transfer-encoding" not in h \
            and answer["body"] and not re.match(rb"[0-9a-fA-F]+\r\n", answer["body"]):
        return "malformed-chunk"
    if answer["end"] == "reset":
        return "reset"
    return None


def agrees(response, answer, reference=None):
    """Does answer (a send() result) agree with the recorded response, by its rule? reference, when
    given, is a live WireMock answer whose body is used instead of the recording for "exact".
    Returns a list of differences (empty: agrees)."""
    diffs = []
    fault = response.get("fault")
    if fault:
        got = fault_kind(answer, fault)
        if got != fault:
            diffs.append("fault %s, WireMock %s" % (got or "none (a well-formed answer)", fault))
        return diffs
    if "error" in answer:
        return ["no HTTP answer (%s, %s, %d bytes)" % (answer["error"], answer["end"], len(answer["raw"]))]
    if answer.get("incomplete"):
        diffs.append("body cut short")
    if answer["status"] != response["status"]:
        diffs.append("status %d, WireMock %d" % (answer["status"], response["status"]))
    if response.get("compareReason") and answer.get("reason") != response.get("reason"):
        diffs.append("reason phrase %r, WireMock %r" % (answer.get("reason"), response.get("reason")))
    ct = content_type(answer["headers"])
    if ct != response.get("contentType"):
        diffs.append("Content-Type %r, WireMock %r" % (ct, response.get("contentType")))
    ignored = set(response.get("ignoreHeaders", []))
    patterns = response.get("headerPatterns", {})
    ours = header_dict(answer["headers"], SKIPPED_HEADERS | ignored)
    theirs = {k: v for k, v in response.get("headers", {}).items() if k not in ignored}
    for name in sorted(set(ours) | set(theirs)):
        if name in patterns:
            if name not in ours or not re.fullmatch(patterns[name], ours[name], re.S):
                diffs.append("header %s %r does not match /%s/" % (name, ours.get(name), patterns[name]))
        elif ours.get(name) != theirs.get(name):
            diffs.append("header %s %r, WireMock %r" % (name, ours.get(name), theirs.get(name)))
    mode = response.get("compare", "exact")
    expected = reference["body"] if reference is not None and "body" in reference else recorded_body(response)
    if mode == "exact":
        if answer["body"] != expected:
            diffs.append("body %s, WireMock %s" % (short(answer["body"]), short(expected)))
    elif mode == "pattern":
        text = answer["body"].decode("utf-8", "replace")
        if not re.fullmatch(response["pattern"], text, re.S):
            diffs.append("body %s does not match /%s/" % (short(answer["body"]), short(response["pattern"], 80)))
    elif mode == "json":
        try:
            if json.loads(answer["body"]) != json.loads(expected):
                diffs.append("JSON body %s, WireMock %s" % (short(answer["body"]), short(expected)))
        except ValueError:
            diffs.append("body %s is not JSON" % short(answer["body"]))
    if "minMs" in response and answer["ms"] < response["minMs"]:
        diffs.append("answered in %.0f ms, under %d ms" % (answer["ms"], response["minMs"]))
    if "maxMs" in response and answer["ms"] > response["maxMs"]:
        diffs.append("answered in %.0f ms, over %d ms" % (answer["ms"], response["maxMs"]))
    if "minChunks" in response and len(answer["chunks"]) < response["minChunks"]:
        diffs.append("%d read(s), WireMock dribbled in at least %d" % (len(answer["chunks"]), response["minChunks"]))
    return diffs


def case_paths():
    d = os.path.join(DATA, "cases")
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".json")) if os.path.isdir(d) else []


def short(data, n=70):
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            return "base64:" + base64.b64encode(data[:60]).decode("ascii")
    data = data.replace("\n", "\\n").replace("\r", "\\r")
    return repr(data if len(data) <= n else data[:n] + "...")


# --------------------------------------------------------------------------------------------------
# The upstream of the proxy cases: a case's "upstream" object (README.md) says what it answers;
# tst_wiremockimport starts the same server in C++ (its EchoUpstream). Keep the two in step.

def upstream_answer(spec, method, target, headers, body):
    """What the upstream of a case answers, as (status, reason, [(name, value)], body bytes).

    A request whose path (the target before "?") is the "path" of one of spec["answers"] gets
    that answer. Any other gets spec["echo"]'s status, reason and headers and as body the compact
    JSON (keys sorted, UTF-8, no escaping beyond JSON's) of {"method", "path", "query" (the raw
    text after "?", null without one), "body" (the request's body as text; "bodyBase64" instead
    when it is not UTF-8), "headers": {NAME: the values of that request header joined with ", ",
    or null when absent}} for each NAME listed, comma-separated, in the request's X-Echo header
    (lower-cased, in order, duplicates once)}. headers: [(name, value)] as received. HEAD gets the
    head only (Content-Length of the body it would have had)."""
    path, sep, query = target.partition("?")
    for a in spec.get("answers", []):
        if a["path"] == path:
            data = base64.b64decode(a["bodyBase64"]) if "bodyBase64" in a else a.get("body", "").encode("utf-8")
            return a["status"], a["reason"], [tuple(h) for h in a.get("headers", [])], data
    names = []
    for h_name, h_value in headers:
        if h_name.lower() == "x-echo":
            for n in h_value.split(","):
                n = n.strip().lower()
                if n and n not in names:
                    names.append(n)
    echoed = {}
    for n in names:
        values = [v for k, v in headers if k.lower() == n]
        echoed[n] = ", ".join(values) if values else None
    doc = {"method": method, "path": path, "query": query if sep else None, "headers": echoed}
    try:
        doc["body"] = body.decode("utf-8")
    except UnicodeDecodeError:
        doc["bodyBase64"] = base64.b64encode(body).decode("ascii")
    data = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    echo = spec["echo"]
    return echo["status"], echo["reason"], [tuple(h) for h in echo.get("headers", [])], data


class _UpstreamHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the proxies' connection pools expect

    def __getattr__(self, name):
        if name.startswith("do_"):  # every method token
            return self._answer
        raise AttributeError(name)

    def _body(self):
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def _answer(self):
        body = self._body()
        status, reason, headers, data = upstream_answer(
            self.server.spec, self.command, self.path, list(self.headers.items()), body)
        self.server.seen.append((self.command, self.path))
        self.send_response_only(status, reason)  # no Server, no Date
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self.wfile.flush()

    def log_message(self, *args):
        pass


class _UpstreamServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a proxy dropping its pooled connection is no error


class Upstream:
    """The case's upstream (upstream_answer) on 127.0.0.1, port 0, in a thread of this process."""

    def __init__(self, spec):
        self.server = _UpstreamServer(("127.0.0.1", 0), _UpstreamHandler)
        self.server.spec = spec
        self.server.seen = []
        self.authority = "127.0.0.1:%d" % self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def seen(self):
        return list(self.server.seen)

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class served_root:
    """with served_root(root, upstream) as path: a copy of root whose mappings name the running
    upstream (UPSTREAM_PLACEHOLDER replaced by its 127.0.0.1:PORT); root itself when upstream is
    None."""

    def __init__(self, root, upstream):
        self.root, self.upstream, self.tmp = root, upstream, None

    def __enter__(self):
        if self.upstream is None:
            return self.root
        self.tmp = tempfile.mkdtemp(prefix="wiremock-proxy-root-")
        copy = os.path.join(self.tmp, os.path.basename(self.root))
        shutil.copytree(self.root, copy)
        for d, _, files in os.walk(os.path.join(copy, "mappings")):
            for f in files:
                p = os.path.join(d, f)
                with open(p, encoding="utf-8") as fh:
                    text = fh.read()
                with open(p, "w", encoding="utf-8") as fh:
                    fh.write(text.replace("//" + UPSTREAM_PLACEHOLDER, "//" + self.upstream.authority))
        return copy

    def __exit__(self, *exc):
        if self.tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
        return False


def normalized(answer, authority):
    """A send() result with the upstream's 127.0.0.1:PORT written UPSTREAM_PLACEHOLDER (body, head,
    raw bytes), as the recording keeps it."""
    if not authority:
        return answer
    a, b = authority.encode("ascii"), UPSTREAM_PLACEHOLDER.encode("ascii")
    out = dict(answer)
    out["raw"] = answer["raw"].replace(a, b)
    if "body" in answer:
        out["body"] = answer["body"].replace(a, b)
    if "headers" in answer:
        out["headers"] = [(k, v.replace(authority, UPSTREAM_PLACEHOLDER)) for k, v in answer["headers"]]
    return out
