#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The hand-written Mockoon environments of tests/data/mockoon/envs/ and the requests sent to them.

`python3 spec.py` (re)writes tests/data/mockoon/envs/NAME.json from the builders below (UUIDs
are derived from the environment's name, so the output does not change from run to run).
record.py imports REQUESTS (and sample_requests() for the 17 real samples) to know what to send.

A request is {"method", "target", "headers": [[name, value]...], "body"}; two extra keys, never
written into a case file's request, steer the recording:
  "random": True    the answer is random even if the two recordings happen to agree
                    (compare as json-shape when both bodies are JSON, else "pattern" is required)
  "pattern": "..."  the anchored regular expression the body must match ("compare": "pattern")
and one that is written into the case file's response:
  "compareHeaders": [names]  response headers (lower case) whose values must agree too
The proxy cases (proxy_cases) also name the upstream they are served in front of.
"""
import json, os, re, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "data", "mockoon"))
LATEST = 33  # @mockoon/commons 9.9.0 HighestMigrationId


class Env:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def uid(self):
        self.n += 1
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "mockbench-test/%s/%d" % (self.name, self.n)))


def header(key, value):
    return {"key": key, "value": value}


def rule(target, modifier="", value="", operator="equals", invert=False):
    return {"target": target, "modifier": modifier, "value": value, "invert": invert, "operator": operator}


def response(e, body="", status=200, headers=None, rules=None, op="OR", default=False, bodyType="INLINE",
             filePath="", databucketID="", sendFileAsBody=False, latency=0, disableTemplating=False,
             fallbackTo404=False, crudKey="id", label=""):
    return {"uuid": e.uid(), "body": body, "latency": latency, "statusCode": status, "label": label,
            "headers": headers if headers is not None else [header("Content-Type", "text/plain")],
            "bodyType": bodyType, "filePath": filePath, "databucketID": databucketID,
            "sendFileAsBody": sendFileAsBody, "rules": rules or [], "rulesOperator": op,
            "disableTemplating": disableTemplating, "fallbackTo404": fallbackTo404,
            "default": default, "crudKey": crudKey, "callbacks": []}


def route(e, method, endpoint, responses, mode=None, type_="http", doc=""):
    if responses and not any(r["default"] for r in responses):
        responses[0]["default"] = True
    return {"uuid": e.uid(), "type": type_, "documentation": doc, "method": method, "endpoint": endpoint,
            "responses": responses, "responseMode": mode, "streamingMode": None, "streamingInterval": 0}


def bucket(e, id_, name, value):
    return {"uuid": e.uid(), "id": id_, "name": name, "documentation": "",
            "value": value if isinstance(value, str) else json.dumps(value, indent=2)}


def environment(e, routes, folders=(), root=None, prefix="", cors=False, headers=(), latency=0, data=()):
    """root: the rootChildren order as a list of route dicts / ("folder", folder); default: routes in order
    (routes that belong to a folder are left out of the root)."""
    in_folder = {c["uuid"] for f in folders for c in f["children"]}
    if root is None:
        root = [r for r in routes if r["uuid"] not in in_folder]
    children = [{"type": "folder", "uuid": x[1]["uuid"]} if isinstance(x, tuple) else {"type": "route", "uuid": x["uuid"]}
                for x in root]
    return {"uuid": e.uid(), "lastMigration": LATEST, "name": e.name, "endpointPrefix": prefix,
            "latency": latency, "port": 3000, "hostname": "", "folders": list(folders), "routes": routes,
            "rootChildren": children, "proxyMode": False, "proxyHost": "", "proxyRemovePrefix": False,
            "tlsOptions": {"enabled": False, "type": "CERT", "pfxPath": "", "certPath": "", "keyPath": "",
                           "caPath": "", "passphrase": ""},
            "cors": cors, "headers": list(headers), "proxyReqHeaders": [], "proxyResHeaders": [],
            "data": list(data), "callbacks": []}


def req(method, target, body="", headers=(), **extra):
    r = {"method": method, "target": target, "headers": [list(h) for h in headers], "body": body}
    r.update(extra)
    return r


JSON = ("Content-Type", "application/json")
FORM = ("Content-Type", "application/x-www-form-urlencoded")
TEXT = ("Content-Type", "text/plain")


# --------------------------------------------------------------------------------------------------
def env_rules():
    e = Env("rules")
    R = lambda body, rules, **kw: response(e, body, rules=rules, **kw)
    schemas = bucket(e, "sch1", "schemas", {"user": {"type": "object", "required": ["name"],
                                                     "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}})
    config = bucket(e, "cfg1", "config", {"feature": "enabled", "level": 3})
    routes = [
        route(e, "post", "body", [
            R("default-body", [], default=True),
            R("object-path", [rule("body", "user.name", "ada")]),
            R("jsonpath", [rule("body", "$.items[*].id", "7")]),
            R("empty-items", [rule("body", "items", operator="empty_array")]),
            R("tags-include", [rule("body", "tags", "b", operator="array_includes")]),
            R("form-field", [rule("body", "name", "bob")]),
            R("raw-regex", [rule("body", "", "^raw ", operator="regex")]),
            R("whole-body-equals", [rule("body", "", "exact-body")]),
        ]),
        route(e, "get", "query", [
            R("default-query", [], default=True),
            R("page-2", [rule("query", "page", "2")]),
            R("tag-b", [rule("query", "tags", "b", operator="array_includes")]),
            R("q-regex-i", [rule("query", "q", "^HELLO", operator="regex_i")]),
            R("q-regex-case", [rule("query", "q", "^Bye", operator="regex")]),
            R("empty-null", [rule("query", "empty", operator="null")]),
        ]),
        route(e, "get", "header", [
            R("default-header", [], default=True),
            R("fast", [rule("header", "X-Mode", "^fast", operator="regex")]),
            R("slow-i", [rule("header", "x-mode", "^SLOW", operator="regex_i")]),
            R("has-auth", [rule("header", "Authorization", operator="null", invert=True)]),
        ]),
        route(e, "get", "cookie", [
            R("no-session", [], default=True),
            R("session-abc", [rule("cookie", "session", "abc")]),
            R("theme-not-dark", [rule("cookie", "theme", "dark", invert=True)]),
        ]),
        route(e, "get", "params/:kind", [
            R("param-default {{urlParam 'kind'}}", [], default=True),
            R("param-vip", [rule("params", "kind", "vip")]),
        ]),
        route(e, "get", "path/*", [
            R("path-default", [], default=True),
            R("path-deep", [rule("path", "", "^/path/deep/", operator="regex")]),
        ]),
        route(e, "all", "method", [
            R("method-other", [], default=True),
            R("method-post", [rule("method", "", "post")]),
            R("method-not-get", [rule("method", "", "get", invert=True)]),
        ]),
        route(e, "get", "reqnum", [
            R("reqnum-first", [], default=True),
            R("reqnum-2", [rule("request_number", "", "2")]),
            R("reqnum-3plus", [rule("request_number", "", "^[3-9]$", operator="regex")]),
        ]),
        route(e, "get", "setvar", [R("{{setGlobalVar 'flag' 'on'}}set", [])]),
        route(e, "get", "globalvar", [
            R("flag-off", [], default=True),
            R("flag-on", [rule("global_var", "flag", "on")]),
        ]),
        route(e, "get", "bucket", [
            R("bucket-miss", [], default=True),
            R("bucket-enabled", [rule("data_bucket", "config.feature", "enabled"),
                                 rule("data_bucket", "cfg1.level", "3")], op="AND"),
        ]),
        route(e, "post", "validate", [
            R("invalid", [], default=True, status=400),
            R("valid", [rule("body", "", "schemas.user", operator="valid_json_schema")]),
        ]),
        route(e, "get", "templ", [
            R("templ-default", [], default=True),
            R("templ-yes", [rule("templating", "{{queryParam 'x'}}-{{queryParam 'y'}}", "yes-{{queryParam 'y'}}")]),
        ]),
        route(e, "get", "andor", [
            R("andor-default", [], default=True),
            R("and", [rule("query", "a", "1"), rule("query", "b", "2")], op="AND"),
            R("or", [rule("query", "c", "3"), rule("header", "X-C", "3")], op="OR"),
            R("inverted-and", [rule("query", "d", "4"), rule("query", "e", "5", invert=True)], op="AND"),
        ]),
    ]
    env = environment(e, routes, data=[schemas, config])
    reqs = [
        req("POST", "/body", '{"user":{"name":"ada"}}', [JSON]),
        req("POST", "/body", '{"user":{"name":"eve"}}', [JSON]),
        req("POST", "/body", '{"items":[{"id":3},{"id":7}]}', [JSON]),
        req("POST", "/body", '{"items":[]}', [JSON]),
        req("POST", "/body", '{"tags":["a","b"]}', [JSON]),
        req("POST", "/body", "name=bob&x=1", [FORM]),
        req("POST", "/body", "user%5Bname%5D=ada", [FORM]),
        req("POST", "/body", "user.name=ada", [FORM]),
        req("POST", "/body", "raw text here", [TEXT]),
        req("POST", "/body", "exact-body", [TEXT]),
        req("POST", "/body", '{"user":{"name":"ada"}}', [TEXT]),
        req("POST", "/body", '{"user":{"name":"ada"}}'),
        req("POST", "/body", "not json", [JSON]),
        req("GET", "/query"),
        req("GET", "/query?page=2"),
        req("GET", "/query?page=3"),
        req("GET", "/query?tags=a&tags=b"),
        req("GET", "/query?tags[]=b"),
        req("GET", "/query?tags=b"),
        req("GET", "/query?q=hello%20world"),
        req("GET", "/query?q=bye"),
        req("GET", "/query?q=Bye"),
        req("GET", "/query?empty="),
        req("GET", "/header"),
        req("GET", "/header", headers=[("X-Mode", "fast-lane")]),
        req("GET", "/header", headers=[("X-Mode", "slowly")]),
        req("GET", "/header", headers=[("Authorization", "Bearer t")]),
        req("GET", "/cookie", headers=[("Cookie", "theme=dark")]),
        req("GET", "/cookie", headers=[("Cookie", "theme=dark; session=abc")]),
        req("GET", "/cookie", headers=[("Cookie", "theme=light")]),
        req("GET", "/cookie"),
        req("GET", "/params/vip"),
        req("GET", "/params/basic"),
        req("GET", "/path/deep/x/y"),
        req("GET", "/path/shallow"),
        req("POST", "/method", ""),
        req("DELETE", "/method"),
        req("GET", "/method"),
        req("GET", "/reqnum"),
        req("GET", "/reqnum"),
        req("GET", "/reqnum"),
        req("GET", "/reqnum"),
        req("GET", "/globalvar"),
        req("GET", "/setvar"),
        req("GET", "/globalvar"),
        req("GET", "/bucket"),
        req("POST", "/validate", '{"name":"ada","age":3}', [JSON]),
        req("POST", "/validate", '{"age":"x"}', [JSON]),
        req("POST", "/validate", "name=ada", [FORM]),
        req("GET", "/templ?x=yes&y=z"),
        req("GET", "/templ?x=no&y=z"),
        req("GET", "/andor?a=1&b=2"),
        req("GET", "/andor?a=1"),
        req("GET", "/andor?c=3"),
        req("GET", "/andor", headers=[("X-C", "3")]),
        req("GET", "/andor?d=4"),
        req("GET", "/andor?d=4&e=5"),
    ]
    return env, reqs


def env_modes():
    e = Env("modes")
    R = lambda body, rules=None, **kw: response(e, body, rules=rules, **kw)
    routes = [
        route(e, "get", "random", [R("r1"), R("r2"), R("r3")], mode="RANDOM"),
        route(e, "get", "sequential", [R("s1"), R("s2", status=201), R("s3", status=202)], mode="SEQUENTIAL"),
        route(e, "get", "disabled", [R("ruled", [rule("query", "x", "1")]), R("def", default=True)], mode="DISABLE_RULES"),
        route(e, "get", "fallback", [R("fallback-first", [rule("query", "x", "1")]), R("never-default", default=True)],
              mode="FALLBACK"),
        route(e, "get", "fallback", [R("fallback-second")]),
        route(e, "get", "defaultflag", [R("a-ruled", [rule("query", "never", "1")]), R("b-default", default=True), R("c")]),
        route(e, "get", "nodefault", [R("first-no-flag", [rule("query", "never", "1")]), R("second-no-flag")]),
        route(e, "get", "faker", [R('{"id": {{faker \'number.int\' max=99999}}, "name": "{{faker \'person.firstName\'}}", '
                                    '"tags": [{{#repeat 2 comma=true}}"{{faker \'lorem.word\'}}"{{/repeat}}], "ok": true}',
                                    headers=[header("Content-Type", "application/json")])]),
        route(e, "get", "oneof", [R("{{oneOf (array 'alpha' 'beta' 'gamma')}}")]),
        route(e, "get", "uuid", [R("{{faker 'string.uuid'}}")]),
    ]
    # the first response has no default flag and the second is not flagged either: route() flags the first
    routes[6]["responses"][0]["default"] = False
    env = environment(e, routes)
    reqs = [req("GET", "/random", random=True, pattern="r[123]") for _ in range(3)]
    reqs += [req("GET", "/sequential") for _ in range(4)]
    reqs += [req("GET", "/disabled?x=1"), req("GET", "/disabled"),
             req("GET", "/fallback?x=1"), req("GET", "/fallback"),
             req("GET", "/defaultflag"), req("GET", "/nodefault"),
             req("GET", "/faker", random=True), req("GET", "/faker", random=True),
             req("GET", "/oneof", random=True, pattern="(alpha|beta|gamma)"),
             req("GET", "/uuid", random=True, pattern="[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")]
    return env, reqs


def env_routing():
    e = Env("routing")
    R = lambda body, **kw: response(e, body, **kw)
    folder_user = route(e, "get", "users/:id", [R("folder-user {{urlParam 'id'}}")])
    root_user = route(e, "get", "users/:id", [R("root-user {{urlParam 'id'}}")])
    root_me = route(e, "get", "users/me", [R("users-me")])
    inner_folder_route = route(e, "get", "nested/deep", [R("nested-in-subfolder")])
    sub = {"uuid": e.uid(), "name": "sub", "children": [{"type": "route", "uuid": inner_folder_route["uuid"]}]}
    folder = {"uuid": e.uid(), "name": "users folder",
              "children": [{"type": "route", "uuid": folder_user["uuid"]}, {"type": "folder", "uuid": sub["uuid"]}]}
    others = [
        route(e, "get", "items/:id?", [R("item [{{urlParam 'id'}}]")]),
        route(e, "get", "files/*", [R("wild {{urlParam 'wildcard0'}}")]),
        route(e, "get", "trailing/", [R("trailing-slash-route")]),
        route(e, "get", "noslash", [R("noslash-route")]),
        route(e, "get", "CamelCase", [R("camel-route")]),
        route(e, "all", "anything", [R("any {{method}}")]),
        route(e, "head", "headonly", [R("head-body", headers=[header("Content-Type", "text/plain"), header("X-Head", "1")])]),
        route(e, "options", "opts", [R("options-route")]),
        route(e, "get", "a/:x/b/:y", [R("x={{urlParam 'x'}} y={{urlParam 'y'}}")]),
        route(e, "get", "", [R("prefix-root")]),
        route(e, "put", "put-only", [R("put-only-route")]),
    ]
    orphan = route(e, "get", "orphan", [R("orphan route (in no folder, not in rootChildren)")])
    routes = [folder_user, inner_folder_route, root_user, orphan, root_me] + others
    env = environment(e, routes, folders=[folder, sub], root=[("folder", folder), root_user, root_me] + others,
                      prefix="api/v1", cors=False)
    reqs = [
        req("GET", "/api/v1/users/42"), req("GET", "/api/v1/users/me"), req("GET", "/api/v1/nested/deep"),
        req("GET", "/api/v1/orphan"),
        req("GET", "/users/42"),
        req("GET", "/api/v1/items"), req("GET", "/api/v1/items/"), req("GET", "/api/v1/items/5"),
        req("GET", "/api/v1/items/5?x=1"), req("GET", "/api/v1/items/a%20b"), req("GET", "/api/v1/items/5/6"),
        req("GET", "/api/v1/files/a/b.txt"), req("GET", "/api/v1/files/"), req("GET", "/api/v1/files"),
        req("GET", "/api/v1/trailing"), req("GET", "/api/v1/trailing/"),
        req("GET", "/api/v1/noslash/"), req("GET", "/api/v1/noslash//"),
        req("GET", "/api/v1/camelcase"), req("GET", "/api/v1/CAMELCASE"), req("GET", "/API/V1/CamelCase"),
        req("GET", "/api/v1/anything"), req("POST", "/api/v1/anything", "x", [TEXT]), req("DELETE", "/api/v1/anything"),
        req("PATCH", "/api/v1/anything"), req("PROPFIND", "/api/v1/anything"),
        req("HEAD", "/api/v1/anything"), req("HEAD", "/api/v1/items/1"), req("HEAD", "/api/v1/headonly"),
        req("GET", "/api/v1/headonly"),
        req("OPTIONS", "/api/v1/opts"), req("OPTIONS", "/api/v1/items/1"), req("OPTIONS", "/api/v1/anything"),
        req("GET", "/api/v1/a/1/b/2"),
        req("GET", "/api/v1"), req("GET", "/api/v1/"), req("GET", "/"),
        req("GET", "/api/v1/put-only"), req("PUT", "/api/v1/put-only", "", [TEXT]),
        req("GET", "/api/v1/nothing"), req("POST", "/api/v1/nothing", '{"a":1}', [JSON]),
        req("GET", "/api/v1/nothing?x=%3Cb%3E"), req("GET", "/api/v1/%3Cscript%3E"),
    ]
    return env, reqs


def env_headers():
    e = Env("headers")
    R = lambda body, headers, **kw: response(e, body, headers=headers, **kw)
    routes = [
        route(e, "get", "h1", [R('{"h":1}', [header("X-Shared", "route"), header("X-Route", "r"),
                                             header("Content-Type", "application/json")])]),
        route(e, "get", "envct", [R("inherits env headers only", [])]),
        route(e, "get", "templated", [R("templated", [header("Content-Type", "text/plain"),
                                                      header("X-Echo", "{{queryParam 'v'}}"),
                                                      header("X-Method", "{{method}}"),
                                                      header("X-Bad", "{{#if}}broken"),
                                                      header("X-Empty", ""),
                                                      header("", "no-key")])]),
        route(e, "get", "cookies", [R("cookies", [header("Set-Cookie", "a=1; Path=/"), header("Set-Cookie", "b=2; HttpOnly"),
                                                  header("Content-Type", "text/plain")])]),
        route(e, "get", "override-cors", [R("cors override", [header("Access-Control-Allow-Origin", "https://route.test")])]),
        route(e, "get", "ct-lower", [R("lower-case content-type", [header("content-type", "text/csv")])]),
        route(e, "get", "ct-twice", [R("two content types", [header("Content-Type", "text/html"),
                                                            header("Content-Type", "text/markdown")])]),
        route(e, "options", "own-options", [R("own options route", [header("Content-Type", "text/plain")])]),
    ]
    env = environment(e, routes, cors=True, headers=[header("X-Env", "env"), header("X-Shared", "env"),
                                                     header("Content-Type", "application/xml"),
                                                     header("Access-Control-Allow-Headers", "X-From-Env"),
                                                     header("X-Env-Templated", "{{urlParam 'none' 'dflt'}}-{{queryParam 'v' 'nov'}}")])
    origin = ("Origin", "https://client.test")
    reqs = [
        req("GET", "/h1"), req("GET", "/envct"), req("GET", "/templated?v=hello"),
        req("GET", "/cookies"), req("GET", "/override-cors", headers=[origin]),
        req("GET", "/ct-lower"), req("GET", "/ct-twice"),
        req("OPTIONS", "/h1", headers=[origin, ("Access-Control-Request-Method", "GET"),
                                       ("Access-Control-Request-Headers", "X-Custom")]),
        req("OPTIONS", "/nothing-here", headers=[origin, ("Access-Control-Request-Method", "POST")]),
        req("OPTIONS", "/own-options"),
        req("GET", "/nothing-here", headers=[origin]), req("POST", "/nothing-here", "x=1", [FORM]),
        req("HEAD", "/h1"),
    ]
    return env, reqs


def env_bare():
    e = Env("bare")
    R = lambda body, headers=(), **kw: response(e, body, headers=list(headers), **kw)
    routes = [
        route(e, "get", "text", [R("plain text, no content type")]),
        route(e, "get", "json", [R('{"a": 1}')]),
        route(e, "get", "empty", [R("")]),
        route(e, "get", "s204", [R("body of a 204", status=204)]),
        route(e, "get", "s304", [R("body of a 304", status=304)]),
        route(e, "get", "s99", [R("status 99", status=99)]),
        route(e, "get", "s100", [R("status 100", status=100)]),
        route(e, "get", "s418", [R("status 418", status=418)]),
        route(e, "get", "s600", [R("status 600", status=600)]),
        route(e, "get", "s999", [R("status 999", status=999)]),
        route(e, "get", "s1000", [R("status 1000", status=1000)]),
        route(e, "get", "s-string", [R("status as a string", status="201")]),
        route(e, "get", "s-neg", [R("status -1", status=-1)]),
        route(e, "get", "html", [R("<p>hi</p>", headers=[header("Content-Type", "text/html")])]),
        route(e, "get", "xml", [R("<a>{{queryParam 'x'}}</a>", headers=[header("Content-Type", "application/xml")])]),
        route(e, "get", "status-helper", [R("{{status 202}}changed by helper")]),
    ]
    env = environment(e, routes, cors=False)
    reqs = [req("GET", "/" + r["endpoint"]) for r in routes]
    reqs[-2]["target"] = "/xml?x=%3Ctag%3E"
    reqs += [req("GET", "/missing"), req("POST", "/missing", "{}", [JSON]), req("HEAD", "/text")]
    return env, reqs


def env_bodies():
    e = Env("bodies")
    R = lambda body="", **kw: response(e, body, **kw)
    CT = lambda v: [header("Content-Type", v)]
    users = bucket(e, "usr1", "users", "[{{#repeat 2 comma=true}}{\"id\": {{@index}}, \"name\": \"{{faker 'person.firstName'}}\"}{{/repeat}}]")
    stamp = bucket(e, "stp1", "stamp", '{"generated": "{{now \'yyyy-MM-dd HH:mm:ss\'}}", "n": {{add 1 2}} }')
    broken = bucket(e, "brk1", "broken", '{"n": {{add 1 2}}}')
    text = bucket(e, "txt1", "text", "just text {{add 2 3}}")
    routes = [
        route(e, "get", "file/json", [R(bodyType="FILE", filePath="files/data.json", headers=[])]),
        route(e, "get", "file/json-as-text", [R(bodyType="FILE", filePath="files/data.json", headers=CT("text/plain"))]),
        route(e, "get", "file/txt", [R(bodyType="FILE", filePath="files/greeting.txt", headers=[], sendFileAsBody=True)]),
        route(e, "get", "file/txt-attachment", [R(bodyType="FILE", filePath="files/greeting.txt", headers=[], sendFileAsBody=False)]),
        route(e, "get", "file/png", [R(bodyType="FILE", filePath="files/pixel.png", headers=[], sendFileAsBody=True)]),
        route(e, "get", "file/dat", [R(bodyType="FILE", filePath="files/raw.dat", headers=[], sendFileAsBody=True)]),
        route(e, "get", "file/no-templating", [R(bodyType="FILE", filePath="files/greeting.txt", headers=[],
                                                 sendFileAsBody=True, disableTemplating=True)]),
        route(e, "get", "file/dyn/:name", [R(bodyType="FILE", filePath="files/{{urlParam 'name'}}", headers=[], sendFileAsBody=True)]),
        route(e, "get", "file/missing", [R("ignored body", bodyType="FILE", filePath="files/nope.json", headers=[], sendFileAsBody=True)]),
        route(e, "get", "file/missing-404", [R("custom not found {{urlParam 'x' 'q'}}", bodyType="FILE", filePath="files/nope.json",
                                               headers=CT("text/plain"), sendFileAsBody=True, fallbackTo404=True)]),
        route(e, "get", "file/missing-404-empty", [R("", bodyType="FILE", filePath="files/nope.txt", headers=[],
                                                     sendFileAsBody=True, fallbackTo404=True)]),
        route(e, "get", "file/empty-path", [R("inline used when filePath is empty", bodyType="FILE", filePath="", headers=[])]),
        route(e, "get", "bucket/users", [R(bodyType="DATABUCKET", databucketID="usr1", headers=CT("application/json"))]),
        route(e, "get", "bucket/stamp", [R(bodyType="DATABUCKET", databucketID="stp1", headers=[])]),
        route(e, "get", "bucket/text", [R(bodyType="DATABUCKET", databucketID="txt1", headers=[])]),
        route(e, "get", "bucket/broken", [R(bodyType="DATABUCKET", databucketID="brk1", headers=[])]),
        route(e, "get", "bucket/unknown", [R("fallback inline", bodyType="DATABUCKET", databucketID="zzzz", headers=[])]),
        route(e, "get", "helper/data", [R("{{{data 'users'}}} | {{dataRaw 'stamp' 'n'}}", headers=[])]),
        route(e, "get", "no-templating", [R("{{queryParam 'x'}} stays", disableTemplating=True, headers=CT("text/plain"))]),
        route(e, "get", "templating", [R("{{queryParam 'x'}} rendered", headers=CT("text/plain"))]),
        route(e, "get", "template-error", [R("before {{#if}}x{{/if}} after", headers=CT("text/plain"))]),
        route(e, "get", "template-error2", [R("{{#each}}unclosed", headers=CT("application/json"))]),
        route(e, "get", "dates", [R("{{now}}|{{now 'yyyy-MM-dd\\'T\\'HH:mm:ssXXX'}}|{{dateFormat '2026-01-02' 'dd/MM/yyyy'}}", headers=CT("text/plain"))]),
        route(e, "post", "echo", [R("{{body}}|{{body 'a'}}|{{bodyRaw 'a'}}|{{header 'Content-Type'}}", headers=CT("text/plain"))]),
    ]
    env = environment(e, routes, data=[users, stamp, text, broken])
    reqs = [req("GET", "/" + r["endpoint"].replace(":name", "greeting.txt")) for r in routes]
    for r in reqs:
        if r["target"] == "/bucket/users":
            r["random"] = True
        if r["target"] == "/helper/data":
            r["random"] = True
            r["pattern"] = r"""\[\{"id":0,"name":"[A-Za-z' -]+"\},\{"id":1,"name":"[A-Za-z' -]+"\}\] \| 3"""
        if r["target"] in ("/file/missing", "/file/dyn/missing.txt"):
            # Mockoon names the absolute path of the missing file: the checkout's location shows
            r["random"] = True
            r["pattern"] = (r"Error while serving the file content: ENOENT: no such file or directory, open "
                            r"'/.*/tests/data/mockoon/envs/files/%s'" % ("nope\\.json" if r["target"] == "/file/missing" else "missing\\.txt"))
        if r["target"] == "/templating":
            r["target"] = "/templating?x=%3Cb%3E"
        if r["target"] == "/echo":
            r["method"] = "POST"
            r["body"] = '{"a":{"b":[1,2]}}'
            r["headers"] = [list(JSON)]
    reqs += [req("GET", "/file/json?x=abc"), req("GET", "/file/txt?name=Ada"),
             req("GET", "/file/png", headers=[("Range", "bytes=0-9")]),
             req("GET", "/file/dyn/missing.txt", random=True,
                 pattern=r"Error while serving the file content: ENOENT: no such file or directory, open "
                         r"'/.*/tests/data/mockoon/envs/files/missing\.txt'"),
             req("HEAD", "/file/png"),
             req("POST", "/echo", "a=1&a=2", [FORM])]
    return env, reqs


def env_latency():
    e = Env("latency")
    routes = [
        route(e, "get", "fast", [response(e, "fast")]),
        route(e, "get", "slow", [response(e, "slow", latency=30)]),
    ]
    env = environment(e, routes, latency=20)
    reqs = [req("GET", "/fast", minMs=20), req("GET", "/slow", minMs=50), req("GET", "/unmatched", minMs=20)]
    return env, reqs


def env_crud():
    e = Env("crud")
    users = bucket(e, "usrs", "users", [{"uid": "a1", "name": "Ada", "age": 36}, {"uid": "b2", "name": "Bob", "age": 25},
                                       {"uid": "c3", "name": "Cy", "age": 41}])
    notes = bucket(e, "nots", "notes", '[{"id": 1, "text": "made {{now \'yyyy\'}}"}]')
    obj = bucket(e, "objs", "settings", {"theme": "dark", "size": 2})
    CT = [header("Content-Type", "application/json")]
    routes = [
        route(e, "", "users", [response(e, "", bodyType="DATABUCKET", databucketID="usrs", crudKey="uid", headers=CT)], type_="crud"),
        route(e, "", "notes", [response(e, "", bodyType="DATABUCKET", databucketID="nots", headers=CT)], type_="crud"),
        route(e, "", "settings", [response(e, "", bodyType="DATABUCKET", databucketID="objs", headers=CT)], type_="crud"),
    ]
    env = environment(e, routes, data=[users, notes, obj])
    J = [JSON]
    reqs = [
        req("GET", "/users"), req("GET", "/users/a1"), req("GET", "/users/zz"),
        req("GET", "/users?page=2&limit=1"), req("GET", "/users?sort=name&order=desc"), req("GET", "/users?sort=age"),
        req("GET", "/users?search=b"),
        req("POST", "/users", '{"uid":"d4","name":"Dee","age":19}', J),
        req("POST", "/users", '{"uid":"d4","name":"Dup"}', J),
        req("PUT", "/users/a1", '{"name":"Ada L."}', J),
        req("PATCH", "/users/b2", '{"age":26}', J),
        req("PUT", "/users/zz", '{"name":"nobody"}', J),
        req("PATCH", "/users/zz", '{"name":"nobody"}', J),
        req("DELETE", "/users/c3"), req("DELETE", "/users/zz"),
        req("GET", "/users"),
        req("GET", "/notes"), req("POST", "/notes", '{"text":"second"}', J, random=True),
        req("GET", "/notes/1"),
        req("GET", "/settings"), req("PATCH", "/settings", '{"size":3}', J), req("PUT", "/settings", '{"only":"this"}', J),
        req("GET", "/settings"), req("GET", "/settings/theme"),
        req("POST", "/users", "not json", [TEXT]),
        req("DELETE", "/users"), req("GET", "/users"),
    ]
    return env, reqs


def env_migration29():
    """lastMigration 29: migrations 30-33 add the callbacks, drop route.enabled / folder.collapsed, add
    streamingMode; faker v7 method names were migrated by 29 already, so they stay as written."""
    e = Env("migration29")
    r1 = route(e, "get", "enabled", [response(e, "enabled route")])
    r2 = route(e, "get", "disabled", [response(e, "route with enabled false")])
    r3 = route(e, "get", "faker-old", [response(e, "{{faker 'datatype.number' min=5 max=5}}")])
    r4 = route(e, "get", "faker-new", [response(e, "{{faker 'number.int' min=7 max=7}}")])
    for r in (r1, r2, r3, r4):
        r["enabled"] = r is not r2
        del r["streamingMode"], r["streamingInterval"]
        for x in r["responses"]:
            del x["callbacks"]
    folder = {"uuid": e.uid(), "name": "f", "collapsed": True, "children": [{"type": "route", "uuid": r4["uuid"]}]}
    env = environment(e, [r1, r2, r3, r4], folders=[folder], root=[r1, r2, r3, ("folder", folder)], cors=True)
    env["lastMigration"] = 29
    del env["callbacks"]
    reqs = [req("GET", "/enabled"), req("GET", "/disabled"), req("GET", "/faker-old"), req("GET", "/faker-new"),
            req("OPTIONS", "/enabled", headers=[("Origin", "https://x.test")]), req("GET", "/none")]
    return env, reqs


def env_legacy10():
    """lastMigration 10 (Mockoon 1.x files): statusCode strings, rules with isRegex, no bodyType (a
    filePath makes it FILE), no default flags, no rootChildren, route.enabled, https, empty header rows."""
    e = Env("legacy10")
    def resp(body, status, rules=(), filePath="", headers=None):
        return {"uuid": e.uid(), "statusCode": status, "label": "", "latency": 0, "filePath": filePath,
                "sendFileAsBody": bool(filePath), "headers": headers if headers is not None else [{"key": "Content-Type", "value": "text/plain"}],
                "body": body, "rules": list(rules)}
    routes = [
        {"uuid": e.uid(), "documentation": "", "method": "get", "endpoint": "legacy", "enabled": True,
         "responses": [resp("first (index 0 becomes default)", "201"),
                       resp("second via isRegex", "202", [{"target": "query", "modifier": "x", "value": "^a", "isRegex": True}]),
                       resp("third via equals", "203", [{"target": "query", "modifier": "x", "value": "zz", "isRegex": False}])]},
        {"uuid": e.uid(), "documentation": "", "method": "get", "endpoint": "legacy-file", "enabled": True,
         "responses": [resp("", "200", filePath="files/greeting.txt", headers=[{"key": "", "value": ""}])]},
        {"uuid": e.uid(), "documentation": "", "method": "get", "endpoint": "legacy-disabled", "enabled": False,
         "responses": [resp("disabled in the file", "200")]},
        {"uuid": e.uid(), "documentation": "", "method": "post", "endpoint": "legacy-bad-status", "enabled": True,
         "responses": [resp("status was abc", "abc")]},
        {"uuid": e.uid(), "documentation": "", "method": "get", "endpoint": "legacy-templ", "enabled": True,
         "responses": [resp("{{queryParam 'q'}} {{faker 'random.number' min=3 max=3}}", "200")]},
    ]
    env = {"uuid": e.uid(), "lastMigration": 10, "name": "legacy10", "endpointPrefix": "old", "latency": 0,
           "port": 3000, "routes": routes, "proxyMode": False, "proxyHost": "", "https": False, "cors": False,
           "headers": [{"key": "", "value": ""}, {"key": "X-Legacy", "value": "yes"}],
           "proxyReqHeaders": [{"key": "", "value": ""}], "proxyResHeaders": [{"key": "", "value": ""}]}
    reqs = [req("GET", "/old/legacy"), req("GET", "/old/legacy?x=abc"), req("GET", "/old/legacy?x=zz"),
            req("GET", "/old/legacy-file?name=Old"), req("GET", "/old/legacy-disabled"),
            req("POST", "/old/legacy-bad-status", "", [TEXT]), req("GET", "/old/legacy-templ?q=v"),
            req("OPTIONS", "/old/legacy"), req("GET", "/old/none")]
    return env, reqs


def env_legacy1():
    """lastMigration 1 (Mockoon 0.4 beta files): route-level statusCode/contentType/customHeaders/file;
    migration 2 turns a false `cors` into true, migration 6 builds `responses` from the route."""
    e = Env("legacy1")
    routes = [
        {"method": "get", "endpoint": "answer", "statusCode": "200", "latency": 0, "contentType": "application/json",
         "customHeaders": [{"key": "X-Old", "value": "1"}], "body": "{\"old\": true}", "file": None},
        {"method": "get", "endpoint": "typed", "statusCode": "201", "latency": 0, "contentType": "text/plain",
         "customHeaders": [{"key": "Content-Type", "value": "text/csv"}], "body": "a,b", "file": None},
        {"method": "get", "endpoint": "oldfile", "statusCode": "200", "latency": 0, "contentType": "text/plain",
         "customHeaders": [], "body": "", "file": {"path": "files/greeting.txt", "sendAsBody": True}},
    ]
    env = {"uuid": e.uid(), "lastMigration": 1, "name": "legacy1", "endpointPrefix": "", "latency": 0, "port": 3000,
           "routes": routes, "cors": False}
    reqs = [req("GET", "/answer"), req("GET", "/typed"), req("GET", "/oldfile"),
            req("OPTIONS", "/answer", headers=[("Origin", "https://x.test")]), req("GET", "/none")]
    return env, reqs


# --------------------------------------------------------------------------------------------------
# Proxy mode. The environment's proxyHost starts with UPSTREAM["placeholder"]: the recorder (and the
# replay, tst_mockoonimport) starts the upstream described by the case's "upstream" on port 0 and
# serves a copy of the environment whose proxyHost has the placeholder replaced by its URL.
# Requests name in X-Echo-Headers the request headers the upstream's echo lists, so that each
# exchange shows one thing of what went up.
UPSTREAM = {
    "placeholder": "http://upstream.invalid",
    "headers": [["X-Upstream", "1"], ["X-Res-Override", "from-upstream"]],
    "answers": [
        {"path": "/v2/missing", "status": 404, "headers": [["Content-Type", "text/plain; charset=utf-8"]],
         "body": "the upstream has no /v2/missing\n"},
        {"path": "/v2/binary", "status": 200, "headers": [["Content-Type", "application/octet-stream"]],
         "bodyBase64": "iVBORw0KGgoA//6AgQIDYmluYXJ5"},
        {"path": "/v2/cookie", "status": 200,
         "headers": [["Content-Type", "text/plain; charset=utf-8"],
                     ["Set-Cookie", "sid=1; Domain=upstream.invalid; Path=/; Secure; HttpOnly"],
                     ["Set-Cookie", "theme=dark; Path=/"]],
         "body": "cookies set\n"},
    ],
    "echo": "any other path: 200, Content-Type text/plain; charset=utf-8, body: METHOD TARGET as received, "
            "then 'name: value' for each header X-Echo-Headers names ('*': all, sorted; '(absent)'; "
            "127.0.0.1:{port} for the upstream's own address), an empty line, the request body",
}
ECHO = "X-Echo-Headers"


def env_proxy():
    e = Env("proxy")
    routes = [
        route(e, "get", "local", [response(e, "local route, not proxied")]),
        route(e, "get", "items/special", [response(e, "local route on a path the upstream has too")]),
    ]
    env = environment(e, routes, prefix="api", cors=True, headers=[header("X-Env", "env")])
    env.update(proxyMode=True, proxyHost=UPSTREAM["placeholder"] + "/v2", proxyRemovePrefix=True,
               proxyReqHeaders=[header("X-Proxy-Req", "added-up"), header("X-Override", "from-proxy"),
                                header("X-Proxy-Templated", "{{method}}-{{queryParam 'v'}}")],
               proxyResHeaders=[header("X-Proxy-Res", "added-down"), header("X-Res-Override", "from-proxy"),
                                header("X-Proxy-Res-Templated", "{{method}}-{{queryParam 'v'}}")])
    return env


def proxy_requests():
    return [
        req("GET", "/api/local", compareHeaders=["x-env"]),
        req("GET", "/api/items/special"),
        req("POST", "/api/local", "not for the local GET route", [TEXT, (ECHO, "content-type")]),
        req("GET", "/api/items?color=red&n=2", headers=[(ECHO, "host,x-client"), ("X-Client", "c1")]),
        req("POST", "/api/items", '{"name":"ada"}', [JSON, (ECHO, "content-type,content-length")]),
        req("DELETE", "/api/items/7", headers=[(ECHO, "content-length")]),
        req("GET", "/outside/path?q=1"),
        req("GET", "/apiary/list"),
        req("GET", "/api"),
        req("GET", "/api/missing"),
        req("GET", "/api/binary"),
        req("GET", "/api/items", headers=[(ECHO, "x-override,x-proxy-req"), ("X-Override", "from-client")],
            compareHeaders=["x-proxy-res", "x-res-override", "x-upstream"]),
        req("GET", "/api/items?v=hello", headers=[(ECHO, "x-proxy-templated")], compareHeaders=["x-proxy-res-templated"]),
        req("GET", "/api/items", compareHeaders=["x-env"]),
        req("GET", "/api/cookie", compareHeaders=["set-cookie"]),
        req("GET", "/api/headers", headers=[(ECHO, "*")]),
        req("GET", "/api/forwarded", headers=[(ECHO, "x-forwarded-for,x-forwarded-host,x-forwarded-proto,forwarded,via")]),
        req("OPTIONS", "/api/items", headers=[("Origin", "https://client.test")]),
    ]


def proxy_cases():
    """[(case name, environment name, requests, upstream)]: the cases served in front of an upstream.
    (The upstream's port, which Mockoon's error text names, is written {port} in the recordings.)"""
    down = dict(UPSTREAM, down=True)
    return [
        ("proxy", "proxy", proxy_requests(), UPSTREAM),
        ("proxy-down", "proxy", [req("GET", "/api/items?x=1"), req("GET", "/api/local")], down),
    ]


BUILDERS = [env_rules, env_modes, env_routing, env_headers, env_bare, env_bodies, env_latency, env_crud,
            env_migration29, env_legacy10, env_legacy1]
EXTRA_ENVS = [env_proxy]  # environments whose cases (proxy_cases) are not built with them


def build():
    """{name: (environment, requests)} for the hand-written environments."""
    out = {}
    for b in BUILDERS:
        env, reqs = b()
        out[env["name"]] = (env, reqs)
    return out


# --------------------------------------------------------------------------------------------------
def _fill(endpoint):
    """A plausible concrete path for a Mockoon endpoint: :id-like params -> 1, others -> abc; * -> x."""
    def param(m):
        name = m.group(1)
        return "1" if re.search(r"id$|Id$|number|num|index|page|version", name, re.I) else "abc"
    path = re.sub(r"\{?/:([A-Za-z_$][A-Za-z0-9_$]*)\?\}?", lambda m: "/" + param(m), endpoint)
    path = re.sub(r":([A-Za-z_$][A-Za-z0-9_$]*)[?+*]?", param, path)
    path = path.replace("*", "x").replace(" ", "%20")
    return path


def _rule_request(rules, op):
    """Request parts satisfying simple rules (equals on query/header/body path), or None."""
    query, headers, body = [], [], {}
    usable = [r for r in rules if not r.get("invert")]
    if op == "AND" and len(usable) != len(rules):
        return None
    for r in usable if op == "AND" else usable[:1]:
        if r.get("operator") != "equals" or "{{" in (r.get("value") or "") + (r.get("modifier") or ""):
            return None
        t, m, v = r["target"], r.get("modifier") or "", r.get("value") or ""
        if t == "query" and m:
            query.append("%s=%s" % (m, v))
        elif t == "header" and m:
            headers.append([m, v])
        elif t == "body" and m and re.fullmatch(r"[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*", m):
            cur = body
            parts = m.split(".")
            for p in parts[:-1]:
                cur = cur.setdefault(p, {})
            cur[parts[-1]] = v
        else:
            return None
    if not (query or headers or body):
        return None
    return query, headers, body


UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def served_order(env):
    """The routes in the order Mockoon 9.9.0 tries them, after its repair (commons repairRefs):
    a uuid that is not a valid UUID is replaced by a fresh one (so references to it are lost); folder
    children and root children naming no existing route/folder are dropped (each route or folder is
    kept only at its first reference); folders never referenced are appended to the root, then routes
    never referenced, in file order. Routes are then read depth-first from the root."""
    fresh = iter(range(10**9))
    def key(u):
        return u if isinstance(u, str) and UUID_RE.match(u) else "invalid-%d" % next(fresh)
    routes = [(key(r.get("uuid")), r) for r in env.get("routes", [])]
    folders = [(key(f.get("uuid")), f) for f in env.get("folders", [])]
    route_left = {u for u, _ in routes}
    folder_left = {u for u, _ in folders}
    def keep(children):
        out = []
        for c in children:
            u = key(c.get("uuid"))
            pool = route_left if c.get("type") == "route" else folder_left
            if u in pool:
                pool.discard(u)
                out.append((c.get("type"), u))
        return out
    children_of = {u: keep(f.get("children", [])) for u, f in folders}
    root = keep(env.get("rootChildren", []))
    root += [("folder", u) for u, _ in folders if u in folder_left]
    root += [("route", u) for u, _ in routes if u in route_left]
    by_uuid = dict(routes)
    order = []
    def walk(children):
        for t, u in children:
            if t == "route":
                order.append(by_uuid[u])
            else:
                walk(children_of.get(u, []))
    walk(root)
    return order


# Hand-written patterns for sample answers that are random and not JSON: (case, target) -> pattern.
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
SAMPLE_PATTERNS = {
    ("generate-mock-data", "/inventory/abc"):
        r'\[\r\n(?:  \{\r\n    "id": "%s",\r\n  \},?\n)*\]' % UUID,
    ("generate-mock-data", "/posts"):
        r'\[\r\n  \{\r\n    "id": 0,\r\n    "title": .*\r\n    "archived": (?:true|false)\r\n  \}\n\]',
    ("generate-mock-data", "/products"):
        r'<\?xml version="1\.0" encoding="UTF-8"\?>\r\n<PRODUCTS>\r\n(?:  <PRODUCT>\r\n    <UUID>%s</UUID>\r\n'
        r'    <NAME>[^<]*</NAME>\r\n    <PRICE>[0-9.]+</PRICE>\r\n    <COLOR>[^<]*</COLOR>\r\n'
        r'    <INVENTORY>[0-9]+</INVENTORY>\r\n  </PRODUCT>,?\n){50}</PRODUCTS>' % UUID,
}


def sample_requests(env, case=""):
    """Requests for a real environment: one per route (method `all` -> GET, params filled in), one per
    response that simple rules make reachable, and one unmatched GET."""
    prefix = env.get("endpointPrefix") or ""
    reqs = []
    for r in served_order(env):
        if r.get("type") == "ws":
            continue
        path = "/" + "/".join(p for p in (prefix.strip("/"), _fill(r["endpoint"]).strip("/")) if p)
        method = "GET" if r["method"] in ("all", "") else r["method"].upper()
        body, headers = "", []
        if method in ("POST", "PUT", "PATCH"):
            body, headers = "{}", [list(JSON)]
        reqs.append(req(method, path, body, headers))
        if r.get("type") == "crud":
            reqs.append(req("GET", path + "/1"))
            continue
        if r.get("responseMode") in ("RANDOM", "SEQUENTIAL", "DISABLE_RULES"):
            continue
        for resp in r["responses"]:
            if resp.get("rules"):
                parts = _rule_request(resp["rules"], resp.get("rulesOperator", "OR"))
                if parts:
                    q, h, b = parts
                    target = path + ("?" + "&".join(q) if q else "")
                    rb, rh = body, headers + h
                    if b:
                        rb, rh = json.dumps(b), [list(JSON)] + h
                    reqs.append(req(method, target, rb, rh))
    reqs.append(req("GET", "/" + "/".join(p for p in (prefix.strip("/"), "mockbench-unmatched-path") if p)))
    for r in reqs:
        if (case, r["target"]) in SAMPLE_PATTERNS:
            r["random"] = True
            r["pattern"] = SAMPLE_PATTERNS[(case, r["target"])]
    return reqs


def main():
    os.makedirs(os.path.join(DATA, "envs"), exist_ok=True)
    envs = [env for env, _ in build().values()] + [b() for b in EXTRA_ENVS]
    for env in envs:
        with open(os.path.join(DATA, "envs", env["name"] + ".json"), "w") as f:
            json.dump(env, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote %d environments to %s" % (len(envs), os.path.join(DATA, "envs")))


if __name__ == "__main__":
    main()
