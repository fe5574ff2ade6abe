# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What record.py and differential.py share: starting Mockoon CLI under libfaketime, sending one
request on its own connection and reading the raw answer, and the body comparison rules
("exact", "json-shape", "pattern"; README.md beside this file defines them)."""
import base64, json, os, re, signal, socket, socketserver, subprocess, tempfile, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "data", "mockoon"))
RECORDED_WITH = "mockoon-cli 9.9.0"
NOW = "2026-12-01T12:16:34Z"
LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"  # Debian package libfaketime
DEFAULT_HOST = "localhost:3000"
# Response headers a case file leaves out (they change from run to run, or are transport details).
SKIPPED_HEADERS = {"date", "connection", "keep-alive", "content-length", "transfer-encoding", "etag", "x-powered-by"}


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Mockoon:
    """One Mockoon CLI process serving ENV (in place, so its relative file paths resolve beside it)
    on 127.0.0.1:port, its wall clock frozen at NOW by libfaketime (monotonic clock left alone, so
    latencies are real), TZ=UTC."""

    def __init__(self, cli_dir, env_path, seed=1, now=NOW, faketime=True):
        self.port = free_port()
        self.tmp = tempfile.mkdtemp(prefix="mockoon-import-")
        cmd = [os.path.join(cli_dir, "node_modules", ".bin", "mockoon-cli"), "start", "--data", os.path.abspath(env_path),
               "--port", str(self.port), "--hostname", "127.0.0.1", "--disable-log-to-file", "--faker-seed", str(seed)]
        environ = dict(os.environ, TZ="UTC")
        if faketime:
            if not os.path.exists(LIBFAKETIME):
                raise RuntimeError("%s is missing (apt-get install libfaketime)" % LIBFAKETIME)
            # No "@": the wall clock stays frozen at that instant.
            environ.update(LD_PRELOAD=LIBFAKETIME, FAKETIME=now.replace("T", " ").replace("Z", ""),
                           FAKETIME_DONT_FAKE_MONOTONIC="1")
        self.log_path = os.path.join(self.tmp, "cli.log")
        log = open(self.log_path, "w")
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                     cwd=cli_dir, env=environ, start_new_session=True)
        for _ in range(400):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
                if self.proc.poll() is not None:
                    break
        self.stop()
        with open(self.log_path) as f:
            raise RuntimeError("Mockoon did not start on %s:\n%s" % (env_path, f.read()[-2000:]))

    def log(self):
        with open(self.log_path) as f:
            return f.read()

    def stop(self):
        stop_group(self.proc)
        # libfaketime's shared memory and semaphore are named by pid and outlive the process.
        for name in ("faketime_shm_%d" % self.proc.pid, "sem.faketime_sem_%d" % self.proc.pid):
            try:
                os.unlink(os.path.join("/dev/shm", name))
            except FileNotFoundError:
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


def wire_headers(request):
    """The header lines actually sent: the request's own, plus Host: localhost:3000 when it has no
    Host, Content-Length when it has a body or is a POST/PUT/PATCH, and Connection: close."""
    headers = [tuple(h) for h in request.get("headers", [])]
    names = {h[0].lower() for h in headers}
    body = request.get("body", "").encode("utf-8")
    if "host" not in names:
        headers.insert(0, ("Host", DEFAULT_HOST))
    if (body or request["method"] in ("POST", "PUT", "PATCH")) and "content-length" not in names:
        headers.append(("Content-Length", str(len(body))))
    if "connection" not in names:
        headers.append(("Connection", "close"))
    return headers, body


def send(port, request, timeout=15):
    """Sends request on a new connection to 127.0.0.1:port and reads to the end.
    Returns {"status", "headers": [(name, value)...], "body": bytes, "ms": float} or {"error": text}."""
    headers, body = wire_headers(request)
    head = "%s %s HTTP/1.1\r\n" % (request["method"], request["target"])
    head += "".join("%s: %s\r\n" % h for h in headers) + "\r\n"
    start = time.monotonic()
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        s.sendall(head.encode("latin-1") + body)
        raw = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            raw += chunk
            if len(raw) > 4 and _complete(raw, request["method"]):
                break
        s.close()
    except OSError as e:
        return {"error": "%s: %s" % (type(e).__name__, e)}
    ms = (time.monotonic() - start) * 1000
    return dict(_parse(raw, request["method"]), ms=ms)


def _split(raw):
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        return None
    lines = raw[:end].decode("latin-1").split("\r\n")
    headers = []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.append((name.strip(), value.strip()))
    return lines[0], headers, raw[end + 4:]


def _complete(raw, method):
    parts = _split(raw)
    if not parts:
        return False
    status_line, headers, rest = parts
    code = int(status_line.split(" ")[1]) if len(status_line.split(" ")) > 1 else 0
    if method == "HEAD":
        return True
    if code < 200 or code in (204, 304):
        return False  # read to EOF (Connection: close)
    h = {k.lower(): v for k, v in headers}
    if "content-length" in h:
        return len(rest) >= int(h["content-length"])
    if h.get("transfer-encoding", "").lower() == "chunked":
        return rest.endswith(b"0\r\n\r\n")
    return False  # read to EOF


def _parse(raw, method):
    parts = _split(raw)
    if not parts:
        return {"error": "no complete HTTP answer (%d bytes)" % len(raw)}
    status_line, headers, rest = parts
    try:
        status = int(status_line.split(" ")[1])
    except (IndexError, ValueError):
        return {"error": "bad status line %r" % status_line}
    h = {k.lower(): v for k, v in headers}
    if method == "HEAD" or status in (204, 304):
        body = b""
    elif h.get("transfer-encoding", "").lower() == "chunked":
        body, pos = b"", 0
        while True:
            eol = rest.find(b"\r\n", pos)
            if eol < 0:
                break
            size = int(rest[pos:eol].split(b";")[0] or b"0", 16)
            if size == 0:
                break
            body += rest[eol + 2:eol + 2 + size]
            pos = eol + 2 + size + 2
    elif "content-length" in h:
        body = rest[:int(h["content-length"])]
    else:
        body = rest
    return {"status": status, "headers": headers, "body": body}


def header_dict(headers):
    """Lower-cased names, SKIPPED_HEADERS left out; a repeated header's values joined with ", "."""
    out = {}
    for name, value in headers:
        n = name.lower()
        if n in SKIPPED_HEADERS:
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


def parse_json(data):
    try:
        return True, json.loads(data.decode("utf-8") if isinstance(data, bytes) else data)
    except (ValueError, UnicodeDecodeError):
        return False, None


def kind(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    return "object"


def same_shape(a, b):
    """json-shape: same kinds in the same places. Objects: the same keys, each value the same shape.
    Arrays: both empty, or every element of each has the shape of the other's first element.
    Other values: the same JSON type (string, number, boolean, null)."""
    ka, kb = kind(a), kind(b)
    if ka != kb:
        return False
    if ka == "object":
        return set(a) == set(b) and all(same_shape(a[k], b[k]) for k in a)
    if ka == "array":
        if not a or not b:
            return not a and not b
        return all(same_shape(x, b[0]) for x in a) and all(same_shape(y, a[0]) for y in b)
    return True


def body_agrees(mode, expected, actual, pattern=None):
    """expected/actual are bytes. Returns (agrees, why-not)."""
    if mode == "exact":
        return (expected == actual, "body differs")
    if mode == "json-shape":
        ok_a, ja = parse_json(expected)
        ok_b, jb = parse_json(actual)
        if not ok_b:
            return False, "body is not JSON"
        return (ok_a and same_shape(ja, jb), "JSON shape differs")
    if mode == "pattern":
        try:
            text = actual.decode("utf-8")
        except UnicodeDecodeError:
            return False, "body is not UTF-8"
        return (re.fullmatch(pattern, text, re.S) is not None, "body does not match the pattern")
    return False, "unknown compare mode %r" % mode


class Upstream:
    """The upstream of a proxy case: a case file's "upstream" (README.md, "Proxy cases") served on
    127.0.0.1, port 0, in a thread; every answer closes its connection. With "down": true nothing
    listens: the port is held by a socket bound but not listening, so connecting is refused."""

    def __init__(self, spec):
        self.spec = spec
        self.server = None
        if spec.get("down"):
            self.holder = socket.socket()
            self.holder.bind(("127.0.0.1", 0))
            self.port = self.holder.getsockname()[1]
            return
        self.holder = None
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                outer._serve(self.request)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self):
        return "http://127.0.0.1:%d" % self.port

    def stop(self):
        if self.server:
            self.server.shutdown()
            self.server.server_close()
        if self.holder:
            self.holder.close()

    def _serve(self, conn):
        conn.settimeout(15)
        raw = b""
        try:
            while b"\r\n\r\n" not in raw:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                raw += chunk
            head, _, rest = raw.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target = lines[0].split(" ")[0], lines[0].split(" ")[1]
            headers = []
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers.append((name.strip(), value.strip()))
            h = {k.lower(): v for k, v in headers}
            if h.get("transfer-encoding", "").lower() == "chunked":
                while not (rest.startswith(b"0\r\n\r\n") or b"\r\n0\r\n\r\n" in rest):
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    rest += chunk
                body, pos = b"", 0
                while True:
                    eol = rest.find(b"\r\n", pos)
                    size = int(rest[pos:eol].split(b";")[0] or b"0", 16) if eol >= 0 else 0
                    if size == 0:
                        break
                    body += rest[eol + 2:eol + 2 + size]
                    pos = eol + 2 + size + 2
            else:
                length = int(h.get("content-length", "0") or 0)
                while len(rest) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    rest += chunk
                body = rest[:length]
            conn.sendall(upstream_answer(self.spec, self.port, method, target, headers, body))
        except OSError:
            pass
        finally:
            try:
                conn.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            conn.close()


REASONS = {200: "OK", 201: "Created", 204: "No Content", 404: "Not Found", 500: "Internal Server Error"}


def upstream_echo(port, method, target, headers, body):
    """The echo answer's body (README.md, "Proxy cases"): the request line's method and target as
    received; a "name: value" line per header X-Echo-Headers names ("*": every header, sorted);
    an empty line; the body. The upstream's own 127.0.0.1:PORT is written 127.0.0.1:{port}."""
    own = "127.0.0.1:%d" % port
    wanted = ", ".join(v for k, v in headers if k.lower() == "x-echo-headers")
    names = [n.strip().lower() for n in wanted.split(",") if n.strip()]
    if names == ["*"]:
        names = sorted({k.lower() for k, _ in headers})
    lines = ["%s %s" % (method, target)]
    for n in names:
        values = [v for k, v in headers if k.lower() == n]
        lines.append("%s: %s" % (n, ", ".join(values).replace(own, "127.0.0.1:{port}") if values else "(absent)"))
    return ("\n".join(lines) + "\n\n").encode("latin-1") + body


def upstream_answer(spec, port, method, target, headers, body):
    """The whole answer of a case's upstream to one request, as bytes."""
    path = target.split("?", 1)[0]
    for a in spec.get("answers", []):
        if a["path"] == path:
            status, own_headers, payload = a["status"], a.get("headers", []), recorded_body(a)
            break
    else:
        status, own_headers = 200, [["Content-Type", "text/plain; charset=utf-8"]]
        payload = upstream_echo(port, method, target, headers, body)
    out = "HTTP/1.1 %d %s\r\n" % (status, REASONS.get(status, "Unknown"))
    for name, value in list(own_headers) + list(spec.get("headers", [])):
        out += "%s: %s\r\n" % (name, value)
    out += "Content-Length: %d\r\nConnection: close\r\n\r\n" % len(payload)
    return out.encode("latin-1") + (b"" if method == "HEAD" else payload)


def env_for_upstream(env_path, spec, upstream, tmp_dir):
    """A copy of the environment at env_path in tmp_dir whose proxyHost has the case's placeholder
    replaced by the upstream's URL; returns its path. (No proxy case serves files beside its
    environment, so the copy may live elsewhere.)"""
    with open(env_path) as f:
        env = json.load(f)
    host = env.get("proxyHost", "")
    if not host.startswith(spec["placeholder"]):
        raise RuntimeError("%s: proxyHost %r does not start with %r" % (env_path, host, spec["placeholder"]))
    env["proxyHost"] = upstream.url() + host[len(spec["placeholder"]):]
    path = os.path.join(tmp_dir, os.path.basename(env_path))
    with open(path, "w") as f:
        json.dump(env, f, indent=2)
    return path


def headers_agree(names, recorded, headers):
    """recorded: a case's "headers" (lower-case names, joined values); headers: an answer's
    [(name, value)]. Returns the differing names as "name: VALUE, Mockoon VALUE" texts."""
    got = header_dict(headers)
    return ["%s: %r, Mockoon %r" % (n, got.get(n), recorded.get(n)) for n in names if got.get(n) != recorded.get(n)]


def case_paths():
    d = os.path.join(DATA, "cases")
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".json")) if os.path.isdir(d) else []


def short(data, n=70):
    if isinstance(data, bytes):
        data = data.decode("utf-8", "replace")
    data = data.replace("\n", "\\n")
    return repr(data if len(data) <= n else data[:n] + "...")
