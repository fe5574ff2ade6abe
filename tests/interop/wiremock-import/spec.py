# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The hand-written WireMock roots of tests/data/wiremock/roots/ and the requests sent to every root.

`python3 spec.py` (re)writes the hand-written roots (ROOTS below; their folders are deleted and
written again, ids derived from the root's name so the output never changes). The collected real
roots (wm-*, docker-*) are never written; their requests are in REAL_REQUESTS.

A request is {"method", "target", "headers": [[name, value]...], "body"} (or "bodyBase64"); extra
keys steer the recording and are copied into the case file's request only where said:
  "restart": True    (copied) scenarios start again from "Started" before this request (the
                     recorder POSTs /__admin/scenarios/reset; the replay starts a fresh server)
  "minMs": N         the answer must not come faster (a delay)
  "minChunks": N     the body must arrive in at least N reads (chunkedDribbleDelay)
  "compareReason": True  the status line's reason phrase must agree too (statusMessage)
  "pattern": "..."   compare the body with this anchored regular expression
  "fault": KIND      the stub answers with a fault; KIND is what the wire shows (harness.fault_kind):
                     reset, closed, garbage, malformed-chunk
  "varies": [RE...]  compare the body with a pattern: the recorded body, literal, but where these
                     regular expressions match it (what differs from machine to machine)

A root with an "upstream" (Root.upstream, copied into the case file) has proxyBaseUrl stubs
pointing at http://upstream.invalid: the recorder serves it from a copy naming a stand-in backend
it starts on 127.0.0.1, port 0 (harness.Upstream, README.md "Proxy cases").
"""
import base64, json, os, shutil, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "data", "wiremock"))


def req(method, target, body="", headers=(), **extra):
    r = {"method": method, "target": target, "headers": [list(h) for h in headers], "body": body}
    r.update(extra)
    return r


def breq(method, target, data, headers=(), **extra):
    r = {"method": method, "target": target, "headers": [list(h) for h in headers],
         "bodyBase64": base64.b64encode(data).decode("ascii")}
    r.update(extra)
    return r


JSON = ("Content-Type", "application/json")
XML = ("Content-Type", "application/xml")
FORM = ("Content-Type", "application/x-www-form-urlencoded")
TEXT = ("Content-Type", "text/plain")


class Root:
    def __init__(self, name):
        self.name = name
        self.files = {}  # relative path -> text or bytes
        self.n = 0
        self.upstream = None  # the case's "upstream" (README.md), for a root of proxy stubs

    def uid(self):
        self.n += 1
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "mockbench-wiremock/%s/%d" % (self.name, self.n)))

    def stub(self, request, response, with_id=True, **top):
        m = {}
        if with_id:
            m["id"] = self.uid()
        m.update(top)
        m["request"] = request
        m["response"] = response
        return m

    def mappings(self, path, stubs):
        self.files["mappings/" + path] = json.dumps({"mappings": stubs}, indent=2, ensure_ascii=False) + "\n"

    def single(self, path, stub):
        self.files["mappings/" + path] = json.dumps(stub, indent=2, ensure_ascii=False) + "\n"

    def raw(self, path, text):
        self.files[path] = text


def ok(body):
    return {"status": 200, "body": body}


# --------------------------------------------------------------------------------------------------
def root_urls():
    r = Root("urls")
    S = r.stub
    r.mappings("urls.json", [
        S({"method": "GET", "url": "/exact"}, ok("url exact")),
        S({"method": "GET", "url": "/exact?a=1&b=2"}, ok("url with query")),
        S({"method": "POST", "url": "/exact"}, ok("url exact POST")),
        S({"method": "ANY", "url": "/any"}, ok("method ANY")),
        S({"url": "/nomethod"}, ok("no method")),
        S({"method": "GET", "urlPattern": "/pattern/[a-z]+/[0-9]{2}"}, ok("urlPattern")),
        S({"method": "GET", "urlPattern": "/pq\\?id=[0-9]+"}, ok("urlPattern with query")),
        S({"method": "GET", "urlPath": "/path"}, ok("urlPath")),
        S({"method": "GET", "urlPathPattern": "/pp/[a-z]+"}, ok("urlPathPattern")),
        S({"method": "GET", "urlPathTemplate": "/contacts/{contactId}/addresses/{addressId}",
           "pathParameters": {"contactId": {"equalTo": "12345"}, "addressId": {"matches": "[0-9]+"}}},
          ok("urlPathTemplate with pathParameters")),
        S({"method": "GET", "urlPathTemplate": "/users/{id}"}, ok("urlPathTemplate")),
        S({"method": "GET", "url": "/enc/a%2Fb"}, ok("url encoded slash")),
        S({"method": "GET", "urlPath": "/space/a%20b"}, ok("urlPath encoded space")),
        S({"method": "GET", "urlPath": "/decoded/a b"}, ok("urlPath decoded space")),
        S({"method": "GET", "url": "/CaSe"}, ok("url case")),
    ])
    reqs = [
        req("GET", "/exact"), req("GET", "/exact?a=1&b=2"), req("GET", "/exact?b=2&a=1"),
        req("GET", "/exact?a=1"), req("POST", "/exact"), req("PUT", "/exact"), req("GET", "/exact/"),
        req("DELETE", "/any"), req("PATCH", "/any"), req("OPTIONS", "/nomethod"), req("GET", "/nomethod"),
        req("GET", "/pattern/abc/12"), req("GET", "/pattern/abc/123"), req("GET", "/pattern/ABC/12"),
        req("GET", "/pattern/abc/12?x=1"), req("GET", "/pq?id=42"), req("GET", "/pq?id=x"),
        req("GET", "/path"), req("GET", "/path?any=thing&x"), req("GET", "/path/more"),
        req("GET", "/pp/abc?q=1"), req("GET", "/pp/ABC"),
        req("GET", "/contacts/12345/addresses/99"), req("GET", "/contacts/123/addresses/99"),
        req("GET", "/contacts/12345/addresses/x9"), req("GET", "/users/7"), req("GET", "/users/7/x"),
        req("GET", "/users/"), req("GET", "/enc/a%2Fb"), req("GET", "/enc/a/b"), req("GET", "/space/a%20b"),
        req("GET", "/decoded/a%20b"), req("GET", "/CaSe"), req("GET", "/case"), req("HEAD", "/exact"), req("HEAD", "/any"),
        req("HEAD", "/nomethod"),
    ]
    return r, reqs


def root_query_headers():
    r = Root("query-headers")
    S = r.stub
    r.mappings("query.json", [
        S({"method": "GET", "urlPath": "/q/equal", "queryParameters": {"name": {"equalTo": "a b"}}}, ok("query equalTo")),
        S({"method": "GET", "urlPath": "/q/contains", "queryParameters": {"name": {"contains": "ell"}}}, ok("query contains")),
        S({"method": "GET", "urlPath": "/q/matches", "queryParameters": {"id": {"matches": "[0-9]+"}}}, ok("query matches")),
        S({"method": "GET", "urlPath": "/q/notmatch", "queryParameters": {"id": {"doesNotMatch": "[0-9]+"}}}, ok("query doesNotMatch")),
        S({"method": "GET", "urlPath": "/q/absent", "queryParameters": {"debug": {"absent": True}}}, ok("query absent")),
        S({"method": "GET", "urlPath": "/q/ci", "queryParameters": {"mode": {"equalTo": "FAST", "caseInsensitive": True}}}, ok("query caseInsensitive")),
        S({"method": "GET", "urlPath": "/q/multi", "queryParameters": {"tag": {"hasExactly": [{"equalTo": "a"}, {"equalTo": "b"}]}}}, ok("query hasExactly")),
        S({"method": "GET", "urlPath": "/q/and", "queryParameters": {"n": {"and": [{"matches": "[0-9]+"}, {"doesNotContain": "7"}]}}}, ok("query and")),
        S({"method": "GET", "urlPath": "/q/or", "queryParameters": {"n": {"or": [{"equalTo": "one"}, {"equalTo": "two"}]}}}, ok("query or")),
        S({"method": "GET", "urlPath": "/q/not", "queryParameters": {"n": {"not": {"equalTo": "bad"}}}}, ok("query not")),
    ])
    r.mappings("headers.json", [
        S({"method": "GET", "url": "/h/equal", "headers": {"X-Token": {"equalTo": "secret"}}}, ok("header equalTo")),
        S({"method": "GET", "url": "/h/ci", "headers": {"Accept": {"equalTo": "TEXT/PLAIN", "caseInsensitive": True}}}, ok("header caseInsensitive")),
        S({"method": "GET", "url": "/h/contains", "headers": {"User-Agent": {"contains": "curl"}}}, ok("header contains")),
        S({"method": "GET", "url": "/h/absent", "headers": {"X-Debug": {"absent": True}}}, ok("header absent")),
        S({"method": "GET", "url": "/h/notcontains", "headers": {"X-List": {"doesNotContain": "bad"}}}, ok("header doesNotContain")),
        S({"method": "GET", "url": "/cookie", "cookies": {"session": {"equalTo": "abc"}}}, ok("cookie equalTo")),
        S({"method": "GET", "url": "/cookie2", "cookies": {"theme": {"matches": "dark|light"}}}, ok("cookie matches")),
        S({"method": "GET", "url": "/auth", "basicAuthCredentials": {"username": "ada", "password": "s3cret"}}, ok("basic auth")),
    ])
    reqs = [
        req("GET", "/q/equal?name=a%20b"), req("GET", "/q/equal?name=a+b"), req("GET", "/q/equal?name=ab"),
        req("GET", "/q/equal"), req("GET", "/q/contains?name=hello"), req("GET", "/q/contains?name=hi"),
        req("GET", "/q/matches?id=42"), req("GET", "/q/matches?id=4x"), req("GET", "/q/notmatch?id=4x"),
        req("GET", "/q/notmatch?id=42"), req("GET", "/q/absent"), req("GET", "/q/absent?debug=1"),
        req("GET", "/q/absent?debug"), req("GET", "/q/ci?mode=fast"), req("GET", "/q/ci?mode=slow"),
        req("GET", "/q/multi?tag=b&tag=a"), req("GET", "/q/multi?tag=a"), req("GET", "/q/multi?tag=a&tag=b&tag=c"),
        req("GET", "/q/and?n=42"), req("GET", "/q/and?n=47"), req("GET", "/q/or?n=two"), req("GET", "/q/or?n=three"),
        req("GET", "/q/not?n=good"), req("GET", "/q/not?n=bad"), req("GET", "/q/not"),
        req("GET", "/h/equal", headers=[("X-Token", "secret")]), req("GET", "/h/equal", headers=[("x-token", "secret")]),
        req("GET", "/h/equal", headers=[("X-Token", "Secret")]), req("GET", "/h/equal"),
        req("GET", "/h/ci", headers=[("Accept", "text/plain")]), req("GET", "/h/ci", headers=[("Accept", "text/html")]),
        req("GET", "/h/contains", headers=[("User-Agent", "curl/8.1")]), req("GET", "/h/contains", headers=[("User-Agent", "wget")]),
        req("GET", "/h/absent"), req("GET", "/h/absent", headers=[("X-Debug", "")]), req("GET", "/h/absent", headers=[("X-Debug", "1")]),
        req("GET", "/h/notcontains", headers=[("X-List", "good")]), req("GET", "/h/notcontains", headers=[("X-List", "a bad b")]),
        req("GET", "/h/notcontains"),
        req("GET", "/cookie", headers=[("Cookie", "session=abc")]), req("GET", "/cookie", headers=[("Cookie", "a=1; session=abc; b=2")]),
        req("GET", "/cookie", headers=[("Cookie", "session=abd")]), req("GET", "/cookie"),
        req("GET", "/cookie2", headers=[("Cookie", "theme=dark")]), req("GET", "/cookie2", headers=[("Cookie", "theme=blue")]),
        req("GET", "/auth", headers=[("Authorization", "Basic " + base64.b64encode(b"ada:s3cret").decode())]),
        req("GET", "/auth", headers=[("Authorization", "Basic " + base64.b64encode(b"ada:wrong").decode())]),
        req("GET", "/auth"),
    ]
    return r, reqs


def root_bodies():
    r = Root("body-matchers")
    S = r.stub
    P = lambda url, patterns, body: S({"method": "POST", "url": url, "bodyPatterns": patterns}, ok(body))
    r.mappings("text.json", [
        P("/b/equal", [{"equalTo": "hello world"}], "body equalTo"),
        P("/b/equal-ci", [{"equalTo": "HELLO", "caseInsensitive": True}], "body equalTo caseInsensitive"),
        P("/b/contains", [{"contains": "needle"}], "body contains"),
        P("/b/notcontains", [{"doesNotContain": "forbidden"}], "body doesNotContain"),
        P("/b/matches", [{"matches": "^id=[0-9]+$"}], "body matches"),
        P("/b/notmatch", [{"doesNotMatch": ".*ERROR.*"}], "body doesNotMatch"),
        P("/b/two", [{"contains": "alpha"}, {"contains": "beta"}], "two body patterns"),
        P("/b/absent", [{"absent": True}], "body absent"),
        P("/b/binary", [{"binaryEqualTo": base64.b64encode(b"\x00\x01\x02\xff").decode()}], "binaryEqualTo"),
        P("/b/and", [{"and": [{"contains": "x"}, {"contains": "y"}]}], "body and"),
        P("/b/or", [{"or": [{"equalTo": "x"}, {"equalTo": "y"}]}], "body or"),
        P("/b/not", [{"not": {"contains": "z"}}], "body not"),
    ])
    r.mappings("json.json", [
        P("/j/equal", [{"equalToJson": {"a": 1, "b": [1, 2]}}], "equalToJson"),
        P("/j/equal-string", [{"equalToJson": "{ \"houseNumber\": 4, \"postcode\": \"N1 1ZZ\" }"}], "equalToJson string"),
        P("/j/extra", [{"equalToJson": {"a": 1}, "ignoreExtraElements": True}], "equalToJson ignoreExtraElements"),
        P("/j/order", [{"equalToJson": {"list": [1, 2, 3]}, "ignoreArrayOrder": True}], "equalToJson ignoreArrayOrder"),
        P("/j/placeholder", [{"equalToJson": {"id": "${json-unit.any-string}", "n": "${json-unit.any-number}",
                                              "x": "${json-unit.ignore}"}}], "equalToJson placeholders"),
        P("/j/path", [{"matchesJsonPath": "$.status"}], "matchesJsonPath"),
        P("/j/path-filter", [{"matchesJsonPath": "$.things[?(@.name == 'RequiredThing')]"}], "matchesJsonPath filter"),
        P("/j/path-sub", [{"matchesJsonPath": {"expression": "$.user.name", "equalTo": "ada"}}], "matchesJsonPath equalTo"),
        P("/j/path-sub-contains", [{"matchesJsonPath": {"expression": "$.tags", "contains": "blue"}}], "matchesJsonPath contains"),
        P("/j/path-sub-absent", [{"matchesJsonPath": {"expression": "$.deleted", "absent": True}}], "matchesJsonPath absent"),
    ])
    r.mappings("xml.json", [
        P("/x/equal", [{"equalToXml": "<thing><name>ada</name><age>36</age></thing>"}], "equalToXml"),
        P("/x/xpath", [{"matchesXPath": "/todo-list[count(todo-item) = 2]"}], "matchesXPath"),
        P("/x/xpath-sub", [{"matchesXPath": {"expression": "//name/text()", "equalTo": "ada"}}], "matchesXPath equalTo"),
    ])
    r.mappings("forms.json", [
        S({"method": "POST", "url": "/form", "formParameters": {"name": {"equalTo": "ada lovelace"}, "age": {"matches": "[0-9]+"}}},
          ok("formParameters")),
        S({"method": "POST", "url": "/multipart", "multipartPatterns": [
            {"matchingType": "ANY", "headers": {"Content-Disposition": {"contains": "name=\"file\""}},
             "bodyPatterns": [{"contains": "payload"}]}]}, ok("multipart")),
    ])
    mp = ("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n"
          "the payload here\r\n--XyZ--\r\n")
    mp_bad = mp.replace("payload", "nothing")
    MP = ("Content-Type", "multipart/form-data; boundary=XyZ")
    reqs = [
        req("POST", "/b/equal", "hello world", [TEXT]), req("POST", "/b/equal", "hello world!", [TEXT]),
        req("POST", "/b/equal-ci", "hello", [TEXT]), req("POST", "/b/equal-ci", "hellO!", [TEXT]),
        req("POST", "/b/contains", "hay needle hay"), req("POST", "/b/contains", "hay"),
        req("POST", "/b/notcontains", "fine"), req("POST", "/b/notcontains", "a forbidden word"),
        req("POST", "/b/matches", "id=42"), req("POST", "/b/matches", "id=42\n"), req("POST", "/b/matches", "x id=42"),
        req("POST", "/b/notmatch", "all good"), req("POST", "/b/notmatch", "an ERROR here"),
        req("POST", "/b/two", "alpha and beta"), req("POST", "/b/two", "alpha only"),
        req("POST", "/b/absent"), req("POST", "/b/absent", "something"),
        breq("POST", "/b/binary", b"\x00\x01\x02\xff", [("Content-Type", "application/octet-stream")]),
        breq("POST", "/b/binary", b"\x00\x01\x02", [("Content-Type", "application/octet-stream")]),
        req("POST", "/b/and", "x and y"), req("POST", "/b/and", "x alone"), req("POST", "/b/or", "y"),
        req("POST", "/b/or", "xy"), req("POST", "/b/not", "abc"), req("POST", "/b/not", "xyz"),
        req("POST", "/j/equal", '{"b": [1, 2], "a": 1}', [JSON]), req("POST", "/j/equal", '{"a":1,"b":[2,1]}', [JSON]),
        req("POST", "/j/equal", '{"a":1,"b":[1,2],"c":0}', [JSON]), req("POST", "/j/equal", 'not json', [JSON]),
        req("POST", "/j/equal-string", '{"postcode":"N1 1ZZ","houseNumber":4}', [JSON]),
        req("POST", "/j/equal-string", '{"postcode":"N1 1ZZ","houseNumber":5}', [JSON]),
        req("POST", "/j/extra", '{"a":1,"z":{"deep":true}}', [JSON]), req("POST", "/j/extra", '{"z":1}', [JSON]),
        req("POST", "/j/order", '{"list":[3,1,2]}', [JSON]), req("POST", "/j/order", '{"list":[3,1]}', [JSON]),
        req("POST", "/j/placeholder", '{"id":"anything","n":3.5,"x":[1]}', [JSON]),
        req("POST", "/j/placeholder", '{"id":5,"n":3.5,"x":null}', [JSON]),
        req("POST", "/j/path", '{"status":"ok"}', [JSON]), req("POST", "/j/path", '{"state":"ok"}', [JSON]),
        req("POST", "/j/path-filter", '{"things":[{"name":"Other"},{"name":"RequiredThing"}]}', [JSON]),
        req("POST", "/j/path-filter", '{"things":[{"name":"Other"}]}', [JSON]),
        req("POST", "/j/path-sub", '{"user":{"name":"ada"}}', [JSON]), req("POST", "/j/path-sub", '{"user":{"name":"bob"}}', [JSON]),
        req("POST", "/j/path-sub-contains", '{"tags":["red","blue"]}', [JSON]),
        req("POST", "/j/path-sub-contains", '{"tags":["red"]}', [JSON]),
        req("POST", "/j/path-sub-absent", '{"id":1}', [JSON]), req("POST", "/j/path-sub-absent", '{"deleted":true}', [JSON]),
        req("POST", "/x/equal", "<thing>\n  <age>36</age>\n  <name>ada</name>\n</thing>", [XML]),
        req("POST", "/x/equal", "<thing><name>ada</name><age>36</age></thing>", [XML]),
        req("POST", "/x/equal", "<thing><name>bob</name><age>36</age></thing>", [XML]),
        req("POST", "/x/xpath", "<todo-list><todo-item>a</todo-item><todo-item>b</todo-item></todo-list>", [XML]),
        req("POST", "/x/xpath", "<todo-list><todo-item>a</todo-item></todo-list>", [XML]),
        req("POST", "/x/xpath-sub", "<p><name>ada</name></p>", [XML]), req("POST", "/x/xpath-sub", "<p><name>bob</name></p>", [XML]),
        req("POST", "/form", "name=ada+lovelace&age=36", [FORM]), req("POST", "/form", "name=ada%20lovelace&age=x", [FORM]),
        req("POST", "/form", "age=36&name=ada%20lovelace", [FORM]),
        req("POST", "/multipart", mp, [MP]), req("POST", "/multipart", mp_bad, [MP]),
    ]
    return r, reqs


def root_more_matchers():
    r = Root("more-matchers")
    S = r.stub
    P = lambda url, patterns, body: S({"method": "POST", "url": url, "bodyPatterns": patterns}, ok(body))
    r.mappings("more.json", [
        S({"method": "GET", "urlPath": "/m/includes", "queryParameters": {"tag": {"includes": [{"equalTo": "b"}]}}},
          ok("query includes")),
        S({"method": "GET", "url": "/m/header-values", "headers": {"X-V": {"hasExactly": [{"equalTo": "1"}, {"equalTo": "2"}]}}},
          ok("header hasExactly")),
        S({"method": "GET", "url": "/m/after", "headers": {"X-When": {"after": "2024-01-01T00:00:00Z"}}}, ok("header after")),
        S({"method": "GET", "url": "/m/before", "headers": {"X-When": {"before": "2024-01-01T00:00:00Z"}}}, ok("header before")),
        S({"method": "GET", "url": "/m/date", "headers": {"X-When": {"equalToDateTime": "2024-06-01T12:00:00Z"}}},
          ok("header equalToDateTime")),
        S({"method": "GET", "url": "/m/host", "host": {"equalTo": "example.test"}}, ok("host equalTo")),
        P("/m/schema", [{"matchesJsonSchema": {"type": "object", "required": ["name"],
                                               "properties": {"name": {"type": "string"}}}}], "matchesJsonSchema"),
        P("/m/path-json", [{"matchesJsonPath": {"expression": "$.item", "equalToJson": {"id": 1, "n": "x"}}}],
          "matchesJsonPath equalToJson"),
        P("/m/path-regex", [{"matchesJsonPath": {"expression": "$.code", "matches": "[A-Z]{3}"}}], "matchesJsonPath matches"),
        P("/m/xpath-ns", [{"matchesXPath": "/s:Envelope/s:Body", "xPathNamespaces": {"s": "http://example.test/soap"}}],
          "matchesXPath namespaces"),
        P("/m/json-nested-extra", [{"equalToJson": {"a": {"b": 1}}, "ignoreExtraElements": True}], "nested extra"),
        S({"method": "GET", "url": "/m/set-cookie"}, {"status": 200, "body": "c",
                                                      "headers": {"Set-Cookie": ["a=1; Path=/", "b=2; HttpOnly"]}}),
    ])
    reqs = [
        req("GET", "/m/includes?tag=a&tag=b&tag=c"), req("GET", "/m/includes?tag=a"),
        req("GET", "/m/header-values", headers=[("X-V", "2"), ("X-V", "1")]), req("GET", "/m/header-values", headers=[("X-V", "1")]),
        req("GET", "/m/after", headers=[("X-When", "2025-03-01T10:00:00Z")]), req("GET", "/m/after", headers=[("X-When", "2023-03-01T10:00:00Z")]),
        req("GET", "/m/before", headers=[("X-When", "2023-03-01T10:00:00Z")]), req("GET", "/m/before", headers=[("X-When", "not a date")]),
        req("GET", "/m/date", headers=[("X-When", "2024-06-01T12:00:00Z")]), req("GET", "/m/date", headers=[("X-When", "2024-06-01T12:00:01Z")]),
        req("GET", "/m/host", headers=[("Host", "example.test")]), req("GET", "/m/host"),
        req("POST", "/m/schema", '{"name":"ada","age":3}', [JSON]), req("POST", "/m/schema", '{"name":3}', [JSON]),
        req("POST", "/m/path-json", '{"item":{"n":"x","id":1}}', [JSON]), req("POST", "/m/path-json", '{"item":{"id":2,"n":"x"}}', [JSON]),
        req("POST", "/m/path-regex", '{"code":"ABC"}', [JSON]), req("POST", "/m/path-regex", '{"code":"ABCD"}', [JSON]),
        req("POST", "/m/xpath-ns", '<e:Envelope xmlns:e="http://example.test/soap"><e:Body/></e:Envelope>', [XML]),
        req("POST", "/m/xpath-ns", '<Envelope><Body/></Envelope>', [XML]),
        req("POST", "/m/json-nested-extra", '{"a":{"b":1,"c":2},"d":3}', [JSON]), req("POST", "/m/json-nested-extra", '{"a":{"c":2}}', [JSON]),
        req("GET", "/m/set-cookie"),
    ]
    return r, reqs


def root_responses():
    r = Root("responses")
    S = r.stub
    r.mappings("responses.json", [
        S({"method": "GET", "url": "/status/201"}, {"status": 201, "body": "created"}),
        S({"method": "GET", "url": "/status/message"}, {"status": 418, "statusMessage": "Short And Stout", "body": "tea"}),
        S({"method": "GET", "url": "/status/500"}, {"status": 500}),
        S({"method": "GET", "url": "/status/204"}, {"status": 204, "body": "dropped"}),
        S({"method": "GET", "url": "/status/default"}, {"body": "no status"}),
        S({"method": "GET", "url": "/headers"}, {"status": 200, "body": "h",
                                                 "headers": {"Content-Type": "text/plain", "X-One": "1", "X-Many": ["a", "b"],
                                                             "Cache-Control": "no-cache"}}),
        S({"method": "GET", "url": "/ct/lower"}, {"status": 200, "body": "{}", "headers": {"content-type": "application/json"}}),
        S({"method": "GET", "url": "/json"}, {"status": 200, "jsonBody": {"b": [1, 2, {"c": None}], "a": "x", "n": 2.0, "big": 1234567890.12}}),
        S({"method": "GET", "url": "/json-ct"}, {"status": 200, "jsonBody": [1, "two"], "headers": {"Content-Type": "application/json"}}),
        S({"method": "GET", "url": "/base64"}, {"status": 200, "base64Body": base64.b64encode(b"\x89PNG\r\n\x1a\n\x00binary").decode()}),
        S({"method": "GET", "url": "/file"}, {"status": 200, "bodyFileName": "data.json"}),
        S({"method": "GET", "url": "/file-ct"}, {"status": 200, "bodyFileName": "data.json", "headers": {"Content-Type": "application/json"}}),
        S({"method": "GET", "url": "/file-sub"}, {"status": 200, "bodyFileName": "sub/note.txt"}),
        S({"method": "GET", "urlPath": "/tpl/on"}, {"status": 200, "body": "path={{request.path}} q={{request.query.x}} m={{request.method}}",
                                                    "transformers": ["response-template"]}),
        S({"method": "GET", "urlPath": "/tpl/off"}, {"status": 200, "body": "path={{request.path}}"}),
        S({"method": "GET", "urlPath": "/tpl/file"}, {"status": 200, "bodyFileName": "tpl.txt", "transformers": ["response-template"]}),
        S({"method": "GET", "urlPath": "/tpl/header"}, {"status": 200, "body": "x", "headers": {"X-Echo": "{{request.headers.X-In}}"},
                                                        "transformers": ["response-template"]}),
        S({"method": "GET", "url": "/empty"}, {"status": 200}),
        S({"method": "GET", "url": "/proxy/refused"}, {"proxyBaseUrl": "http://127.0.0.1:1"}),
    ])
    r.raw("__files/data.json", '{"from": "file", "n": 1}\n')
    r.raw("__files/sub/note.txt", "a note in a subfolder\n")
    r.raw("__files/tpl.txt", "file for {{request.path}}\n")
    reqs = [
        req("GET", "/status/201"), req("GET", "/status/message", compareReason=True), req("GET", "/status/500"), req("GET", "/status/204"),
        req("GET", "/status/default"), req("GET", "/headers"), req("GET", "/ct/lower"), req("GET", "/json"),
        req("GET", "/json-ct"), req("GET", "/base64"), req("GET", "/file"), req("GET", "/file-ct"), req("GET", "/file-sub"),
        req("GET", "/tpl/on?x=7"), req("GET", "/tpl/off"), req("GET", "/tpl/file"),
        req("GET", "/tpl/header", headers=[("X-In", "echoed")]), req("GET", "/empty"), req("HEAD", "/headers"),
        req("GET", "/proxy/refused"),
    ]
    return r, reqs


def root_missing_file():
    # Apart from "responses" so that a reader refusing it at load does not hide the others.
    r = Root("missing-body-file")
    S = r.stub
    r.mappings("missing.json", [
        S({"method": "GET", "url": "/file-missing"}, {"status": 200, "bodyFileName": "missing.txt"}),
        S({"method": "GET", "url": "/fine"}, ok("the other stubs are served")),
    ])
    return r, [req("GET", "/file-missing"), req("GET", "/fine")]


def root_templates():
    r = Root("templates")
    S = r.stub
    T = ["response-template"]
    r.mappings("templates.json", [
        S({"method": "POST", "url": "/t/json"}, {"status": 200, "transformers": T,
                                                 "body": "name={{jsonPath request.body '$.user.name'}} n={{jsonPath request.body '$.items.length()'}}"}),
        S({"method": "GET", "urlPathTemplate": "/t/users/{id}"}, {"status": 200, "transformers": T,
                                                                  "body": "id={{request.path.id}} seg={{request.pathSegments.[1]}} url={{request.url}}"}),
        S({"method": "GET", "urlPath": "/t/query"}, {"status": 200, "transformers": T,
                                                     "body": "a={{request.query.a}} first={{request.query.tag.[0]}} all={{request.query.tag}}"}),
        S({"method": "GET", "urlPath": "/t/headers"}, {"status": 200, "transformers": T,
                                                       "headers": {"Content-Type": "text/plain", "X-Echo": "{{request.headers.X-In}}-{{request.method}}"},
                                                       "body": "ua={{request.headers.User-Agent}} cookie={{request.cookies.c}}"}),
        S({"method": "GET", "urlPath": "/t/now"}, {"status": 200, "transformers": T,
                                                   "body": "{{now format='yyyy-MM-dd'}}"}),
        S({"method": "GET", "urlPath": "/t/random"}, {"status": 200, "transformers": T,
                                                      "body": "{{randomValue length=8 type='ALPHANUMERIC'}}|{{randomValue type='UUID'}}"}),
        S({"method": "GET", "urlPath": "/t/json-body"}, {"status": 200, "transformers": T,
                                                         "headers": {"Content-Type": "application/json"},
                                                         "jsonBody": {"path": "{{request.path}}", "fixed": 1}}),
        S({"method": "POST", "url": "/t/echo"}, {"status": 201, "transformers": T, "body": "{{{request.body}}}"}),
        S({"method": "GET", "urlPath": "/t/helpers"}, {"status": 200, "transformers": T,
                                                       "body": "{{#if request.query.x}}x={{request.query.x}}{{else}}no x{{/if}} {{upper 'abc'}} {{size request.query.tag}}"}),
    ])
    reqs = [
        req("POST", "/t/json", '{"user":{"name":"ada"},"items":[1,2,3]}', [JSON]),
        req("GET", "/t/users/42?q=1"), req("GET", "/t/query?a=1&tag=x&tag=y"),
        req("GET", "/t/headers", headers=[("X-In", "in"), ("User-Agent", "probe/1"), ("Cookie", "c=cookie")]),
        req("GET", "/t/now", pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        req("GET", "/t/random", pattern="[A-Za-z0-9]{8}\\|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
        req("GET", "/t/json-body"), req("POST", "/t/echo", "<raw & body>", [TEXT]),
        req("GET", "/t/helpers?x=5&tag=a&tag=b"), req("GET", "/t/helpers?tag=a"),
    ]
    return r, reqs


def root_edge_urls():
    r = Root("edge-urls")
    S = r.stub
    r.mappings("edge.json", [
        S({"method": "GET", "url": "/"}, ok("root")),
        S({"method": "GET", "url": "/a//b"}, ok("double slash")),
        S({"method": "GET", "urlPath": "/trail/"}, ok("trailing slash")),
        S({"method": "GET", "url": "/q?"}, ok("empty query")),
        S({"method": "GET", "urlPath": "/unicode/caf%C3%A9"}, ok("encoded unicode")),
        S({"method": "GET", "urlPathPattern": "/files/.+\\.json"}, ok("json file pattern")),
        S({"method": "GET", "urlPathTemplate": "/t/{a}/x/{b}", "pathParameters": {"b": {"matches": "[0-9]+"}}}, ok("two params")),
        S({"method": "GET", "urlPath": "/semi;x=1"}, ok("matrix param")),
        S({"method": "GET", "urlPath": "/plus+sign"}, ok("plus sign")),
    ])
    reqs = [
        req("GET", "/"), req("GET", "/a//b"), req("GET", "/a/b"), req("GET", "/trail/"), req("GET", "/trail"),
        req("GET", "/q?"), req("GET", "/q"), req("GET", "/unicode/caf%C3%A9"), req("GET", "/unicode/caf%c3%a9"),
        req("GET", "/files/a/b.json"), req("GET", "/files/.json"), req("GET", "/t/p/x/7"), req("GET", "/t/p/x/q"),
        req("GET", "/semi;x=1"), req("GET", "/plus+sign"), req("GET", "/plus%2Bsign"),
    ]
    return r, reqs


def root_timing():
    r = Root("timing")
    S = r.stub
    r.mappings("timing.json", [
        S({"method": "GET", "url": "/delay/fixed"}, {"status": 200, "body": "fixed", "fixedDelayMilliseconds": 120}),
        S({"method": "GET", "url": "/delay/uniform"}, {"status": 200, "body": "uniform",
                                                       "delayDistribution": {"type": "uniform", "lower": 80, "upper": 120}}),
        S({"method": "GET", "url": "/delay/lognormal"}, {"status": 200, "body": "lognormal",
                                                         "delayDistribution": {"type": "lognormal", "median": 100, "sigma": 0.01}}),
        S({"method": "GET", "url": "/dribble"}, {"status": 200, "body": "0123456789abcdefghij",
                                                 "chunkedDribbleDelay": {"numberOfChunks": 4, "totalDuration": 240}}),
        S({"method": "GET", "url": "/fault/reset"}, {"fault": "CONNECTION_RESET_BY_PEER"}),
        S({"method": "GET", "url": "/fault/empty"}, {"fault": "EMPTY_RESPONSE"}),
        S({"method": "GET", "url": "/fault/malformed"}, {"fault": "MALFORMED_RESPONSE_CHUNK"}),
        S({"method": "GET", "url": "/fault/random"}, {"fault": "RANDOM_DATA_THEN_CLOSE"}),
        S({"method": "GET", "url": "/fault/with-status"}, {"status": 503, "body": "ignored", "fault": "EMPTY_RESPONSE"}),
    ])
    reqs = [
        req("GET", "/delay/fixed", minMs=120), req("GET", "/delay/uniform", minMs=80),
        req("GET", "/delay/lognormal", minMs=80), req("GET", "/dribble", minMs=180, minChunks=3),
        req("GET", "/fault/reset", fault="reset"), req("GET", "/fault/empty", fault="closed"),
        req("GET", "/fault/malformed", fault="malformed-chunk"), req("GET", "/fault/random", fault="garbage"),
        req("GET", "/fault/with-status", fault="closed"),
    ]
    return r, reqs


def root_scenarios():
    r = Root("scenarios")
    S = r.stub
    r.mappings("todo.json", [
        S({"method": "GET", "url": "/todo"}, ok("[]"), scenarioName="todo", requiredScenarioState="Started"),
        S({"method": "POST", "url": "/todo"}, {"status": 201, "body": "added"}, scenarioName="todo",
          requiredScenarioState="Started", newScenarioState="one"),
        S({"method": "GET", "url": "/todo"}, ok("[milk]"), scenarioName="todo", requiredScenarioState="one"),
        S({"method": "POST", "url": "/todo"}, {"status": 201, "body": "added again"}, scenarioName="todo",
          requiredScenarioState="one", newScenarioState="two"),
        S({"method": "GET", "url": "/todo"}, ok("[milk, eggs]"), scenarioName="todo", requiredScenarioState="two"),
        S({"method": "DELETE", "url": "/todo"}, {"status": 204}, scenarioName="todo", newScenarioState="Started"),
        S({"method": "GET", "url": "/never"}, ok("never"), scenarioName="todo", requiredScenarioState="unreachable"),
        # A second scenario, independent of the first.
        S({"method": "GET", "url": "/light"}, ok("off"), scenarioName="light", requiredScenarioState="Started",
          newScenarioState="on"),
        S({"method": "GET", "url": "/light"}, ok("on"), scenarioName="light", requiredScenarioState="on",
          newScenarioState="Started"),
        # Not in a scenario: always answers, lower priority than nothing.
        S({"method": "GET", "url": "/plain"}, ok("plain")),
    ])
    reqs = [
        req("GET", "/todo"), req("POST", "/todo"), req("GET", "/todo"), req("GET", "/light"), req("POST", "/todo"),
        req("GET", "/todo"), req("POST", "/todo"), req("GET", "/light"), req("GET", "/light"), req("GET", "/never"),
        req("DELETE", "/todo"), req("GET", "/todo"), req("POST", "/todo"), req("GET", "/plain"),
        req("GET", "/todo", restart=True), req("GET", "/light"),
    ]
    return r, reqs


def root_priorities():
    r = Root("priorities")
    S = r.stub
    r.mappings("list.json", [
        S({"method": "GET", "url": "/tie"}, ok("tie: first in list")),
        S({"method": "GET", "url": "/tie"}, ok("tie: second in list")),
        S({"method": "GET", "url": "/p"}, ok("p: priority 5 explicit"), priority=5),
        S({"method": "GET", "url": "/p"}, ok("p: default priority, later")),
        S({"method": "GET", "url": "/q"}, ok("q: priority 1"), priority=1),
        S({"method": "GET", "url": "/q"}, ok("q: default priority, later")),
        S({"method": "GET", "url": "/r"}, ok("r: priority 6"), priority=6),
        S({"method": "GET", "url": "/r"}, ok("r: default, later")),
        S({"method": "GET", "urlPattern": "/api/.*"}, {"status": 404, "body": "catch-all"}, priority=10),
        S({"method": "GET", "url": "/api/specific"}, ok("specific"), priority=1),
        S({"method": "GET", "urlPattern": "/api/items/[0-9]+"}, ok("items by id")),
    ])
    # Different urls in different files: the answer does not depend on the load order.
    r.single("a-single.json", S({"method": "GET", "url": "/single/a"}, ok("single-mapping file a")))
    r.single("sub/b-single.json", S({"method": "GET", "url": "/single/b"}, ok("single-mapping file in a subfolder")))
    r.single("sub/deeper/c.json", S({"method": "GET", "url": "/single/c"}, ok("two folders down")))
    r.raw("mappings/ignored.txt", json.dumps(S({"method": "GET", "url": "/ignored"}, ok("not a .json file"))))
    reqs = [
        req("GET", "/tie"), req("GET", "/p"), req("GET", "/q"), req("GET", "/r"), req("GET", "/api/specific"),
        req("GET", "/api/items/5"), req("GET", "/api/other"), req("GET", "/single/a"), req("GET", "/single/b"),
        req("GET", "/single/c"), req("GET", "/ignored"),
    ]
    return r, reqs


def root_comments():
    r = Root("comments")
    r.raw("mappings/line-comments.json", """// A single mapping with // comments
{
  "id": "%s",
  // the request
  "request": {
    "method": "GET",
    "url": "/comment/line" // trailing comment
  },
  "response": {
    "status": 200,
    "body": "line comments // are not comments in a string"
  }
}
""" % r.uid())
    r.raw("mappings/block-comments.json", """/* a block comment
   over lines */
{
  "mappings": [
    { "id": "%s", /* inline */ "request": {"method": "GET", "url": "/comment/block"},
      "response": {"status": 200, "body": "block /* not a comment */"} },
    // between mappings
    { "id": "%s", "request": {"method": "GET", "url": "/comment/second"},
      "response": {"status": 200, "body": "second of the list", "headers": {"Content-Type": "text/plain"}} }
  ]
}
""" % (r.uid(), r.uid()))
    r.raw("mappings/no-id.json", json.dumps({"request": {"method": "GET", "url": "/no-id"},
                                             "response": {"status": 200, "body": "a stub without id"}}, indent=2) + "\n")
    r.raw("mappings/named.json", json.dumps({"id": r.uid(), "name": "A named stub",
                                             "request": {"method": "GET", "url": "/named"},
                                             "response": {"status": 200, "body": "named"}}, indent=2) + "\n")
    reqs = [req("GET", "/comment/line"), req("GET", "/comment/block"), req("GET", "/comment/second"),
            req("GET", "/no-id"), req("GET", "/named"), req("GET", "/missing")]
    return r, reqs


def root_files():
    r = Root("static-files")
    S = r.stub
    r.mappings("stubs.json", [
        S({"method": "GET", "url": "/shadowed.json"}, ok("the stub wins over __files")),
        S({"method": "POST", "url": "/posted"}, ok("posted")),
    ])
    r.raw("__files/shadowed.json", '{"shadowed": true}\n')
    r.raw("__files/data.json", '{"static": true}\n')
    r.raw("__files/readme.txt", "plain text\n")
    r.raw("__files/page.html", "<p>page</p>\n")
    r.raw("__files/feed.xml", "<feed/>\n")
    r.raw("__files/table.csv", "a,b\n1,2\n")
    r.raw("__files/blob.dat", "raw data\n")
    r.raw("__files/docs/index.html", "<h1>index</h1>\n")
    r.raw("__files/empty-dir/only.txt", "x\n")
    reqs = [
        req("GET", "/shadowed.json"), req("GET", "/data.json"), req("HEAD", "/data.json"), req("POST", "/data.json"),
        req("GET", "/readme.txt"), req("GET", "/page.html"), req("GET", "/feed.xml"), req("GET", "/table.csv"),
        req("GET", "/blob.dat"), req("GET", "/docs/"), req("GET", "/docs"), req("GET", "/empty-dir/"),
        req("GET", "/data.json?x=1"), req("GET", "/nothing-here"), req("POST", "/posted"),
    ]
    return r, reqs


def root_empty():
    r = Root("empty")
    r.raw("mappings/.keep", "")
    return r, [req("GET", "/"), req("GET", "/anything?x=1"), req("POST", "/form", "a=1", [FORM]), req("HEAD", "/h")]


def root_proxy():
    r = Root("proxy")
    S = r.stub
    up = "http://upstream.invalid"  # harness.UPSTREAM_PLACEHOLDER
    r.mappings("proxy.json", [
        # Answered here, in front of the proxy stubs below (priority 1 before 7, 8 and 10).
        S({"method": "GET", "url": "/api/local"},
          {"status": 200, "body": "answered by the stub, not the upstream", "headers": {"Content-Type": "text/plain"}},
          priority=1),
        S({"urlPathPattern": "/api/.*"},
          {"proxyBaseUrl": up + "/base", "proxyUrlPrefixToRemove": "/api",
           "additionalProxyRequestHeaders": {"X-Added": "added by the stub"},
           "removeProxyRequestHeaders": ["x-removed"]}, priority=8),
        S({"method": "GET", "urlPath": "/api/override"},
          {"proxyBaseUrl": up + "/base", "proxyUrlPrefixToRemove": "/api",
           "additionalProxyRequestHeaders": {"X-Override": "from the stub"}}, priority=7),
        S({"method": "GET", "urlPath": "/decorated"},
          {"proxyBaseUrl": up, "headers": {"X-Stub": "added by the stub", "X-Upstream": "from the stub"}}, priority=7),
        S({"method": "GET", "urlPathPattern": "/pre.*"}, {"proxyBaseUrl": up, "proxyUrlPrefixToRemove": "/pre"}, priority=7),
        S({"method": "GET", "urlPath": "/down"}, {"proxyBaseUrl": "http://127.0.0.1:1"}, priority=7),
        S({"urlPattern": "/.*"}, {"proxyBaseUrl": up}, priority=10, name="everything else to the upstream"),
    ])
    text = ("Content-Type", "text/plain")
    r.upstream = {
        "placeholder": "upstream.invalid",
        "echo": {"status": 200, "reason": "OK", "headers": [["Content-Type", "application/json"], ["X-Upstream", "echo"]]},
        "answers": [
            {"path": "/missing", "status": 404, "reason": "Not Found", "headers": [list(text)],
             "body": "no such thing upstream\n"},
            {"path": "/binary", "status": 200, "reason": "OK", "headers": [["Content-Type", "application/octet-stream"]],
             "bodyBase64": base64.b64encode(bytes(range(256))).decode("ascii")},
            {"path": "/redirect", "status": 302, "reason": "Found", "headers": [["Location", "/elsewhere"], list(text)],
             "body": "see /elsewhere\n"},
            {"path": "/cookies", "status": 200, "reason": "OK",
             "headers": [["Set-Cookie", "a=1; Path=/"], ["Set-Cookie", "b=2; Path=/"], ["Cache-Control", "no-store"], list(text)],
             "body": "two cookies\n"},
            {"path": "/broken", "status": 503, "reason": "Service Unavailable", "headers": [["Retry-After", "7"], list(text)],
             "body": "upstream overloaded\n"},
        ],
    }
    E = "X-Echo"
    reqs = [
        req("GET", "/things?q=a%20b&tag=1&tag=2", headers=[("Accept", "application/json"), (E, "host, accept")]),
        req("GET", "/api/items/7?expand=true", headers=[(E, "x-added")]),
        req("GET", "/api/a%20b/c%2Fd?x=%2F&y=a+b"),
        req("POST", "/api/orders", '{"item":"pen","qty":2}', [JSON, (E, "content-type, x-added")]),
        req("PUT", "/api/raw", "raw text", [(E, "content-type")]),
        req("DELETE", "/api/items/7"),
        req("GET", "/api/items", headers=[("X-Removed", "secret"), ("X-Kept", "kept"), (E, "x-removed, x-kept, x-added")]),
        req("GET", "/api/override", headers=[("X-Override", "from the client"), (E, "x-override")]),
        req("GET", "/api/local"),
        req("GET", "/missing"), req("GET", "/binary"), req("GET", "/redirect"), req("GET", "/cookies"), req("GET", "/broken"),
        req("HEAD", "/things", headers=[(E, "host")]),
        req("GET", "/decorated"),
        req("GET", "/forwarded", headers=[(E, "x-forwarded-for, x-forwarded-host, x-forwarded-proto, forwarded, via")]),
        req("GET", "/agent", headers=[("User-Agent", "probe/1"), (E, "user-agent")],
            varies=["Apache-HttpClient/[0-9.]+ \\(Java/[^)]+\\)"]),
        req("GET", "/prefixed/a?x=1"),
        req("GET", "/down"),
    ]
    return r, reqs


BUILDERS = [root_urls, root_query_headers, root_bodies, root_more_matchers, root_responses, root_missing_file, root_templates, root_edge_urls, root_timing, root_scenarios,
            root_priorities, root_comments, root_files, root_empty, root_proxy]

# Requests for the real roots collected from public repositories (never rewritten).
REAL_REQUESTS = {
    "wm-remoteloader": [
        req("GET", "/remote-load/1"), req("POST", "/remote-load/1"),
        req("GET", "/remote-load/2", headers=[("Accept", "text/plain; q=1")]), req("GET", "/remote-load/2"),
        req("GET", "/binary-file-from-header"), req("GET", "/image-file"), req("GET", "/text-file"),
        req("GET", "/text-file-from-header"),
        req("GET", "/todo/items"), req("POST", "/todo/items", "Cancel newspaper subscription"),
        req("GET", "/todo/items"), req("POST", "/todo/items", "Cancel newspaper subscription"),
        req("GET", "/todo/items", restart=True),
    ],
    "wm-classpath-filesource": [req("GET", "/test"), req("GET", "/second_test"), req("GET", "/slow-response", minMs=500),
                                req("GET", "/stuff.txt")],
    "wm-multi-stub": [req("GET", "/multi/1"), req("GET", "/multi/2"), req("GET", "/multi/3"), req("GET", "/single/1"),
                      req("GET", "/multi/4")],
    "wm-test-file-root": [req("GET", "/testjsonmapping"), req("GET", "/testmapping"), req("GET", "/testmapping?x"),
                          req("GET", "/plain-example.txt"), req("GET", "/webhook-body.json"),
                          req("GET", "/templated-example-1.txt")],
    "docker-hello": [req("GET", "/hello"), req("GET", "/hello.json"), req("GET", "/hi")],
}


def build():
    """{root name: (Root or None for a real root, requests)}"""
    out = {}
    for b in BUILDERS:
        r, reqs = b()
        out[r.name] = (r, reqs)
    for name, reqs in REAL_REQUESTS.items():
        out[name] = (None, reqs)
    return out


def write(only=None):
    for name, (r, _) in build().items():
        if r is None or (only and only not in name):
            continue
        d = os.path.join(DATA, "roots", name)
        shutil.rmtree(d, ignore_errors=True)
        for rel, text in r.files.items():
            p = os.path.join(d, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        os.makedirs(os.path.join(d, "mappings"), exist_ok=True)
        print("wrote roots/%s (%d files)" % (name, len(r.files)))


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description="write the hand-written roots")
    ap.add_argument("--only", help="only roots whose name contains this")
    write(ap.parse_args().only)
