#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MockBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The inputs of the "mockoon" dialect's table: writes tests/data/templates/mockoon.json with
every row's template, request and state and no recorded answer yet (expect: null; expectRegex
and expectError rows keep what they check). record.py then fills the answers from Mockoon.
README.md beside this file says how to run them."""
import json, os, sys
M = "mockoon-cli 9.9.0"
NOW = "2026-12-01T12:16:34Z"  # Mockoon runs under faketime frozen here
rows = []
JSONH = [["Content-Type", "application/json"]]
BODY = json.dumps({"name": "Ada", "age": 36, "tags": ["x", "y"], "user": {"name": "Ada", "roles": ["admin"]},
                   "a.b": "dotted", "items": [{"id": 2, "name": "Bob"}, {"id": 1, "name": "Ada"}, {"id": 3, "name": "Cy"}]}, separators=(",", ":"))
def R(name, template, expect=None, route=None, target="/", method="GET", headers=None, body="", regex=None, error=None, seed=None, state=None, after=None, origin=M):
    r = {"name": name, "template": template}
    if route: r["route"] = route
    r["request"] = {"method": method, "target": target, "headers": headers or [], "body": body}
    r["now"] = NOW
    if state: r["state"] = state
    if seed is not None: r["seed"] = seed
    if regex is not None: r["expectRegex"] = regex
    elif error is not None: r["expectError"] = error
    else: r["expect"] = expect
    if after: r["stateAfter"] = after
    r["origin"] = origin
    rows.append(r)
def J(name, template, **kw):
    R(name, template, method="POST", target="/", headers=JSONH, body=BODY, **kw)

# ---------------- request helpers
U = dict(route="/users/{id}", target="/users/42?page=2")
R("urlParam reads a path parameter", "{{urlParam 'id'}}", **U)
R("urlParam of a parameter the route does not have is empty", "[{{urlParam 'nope'}}]", **U)
R("urlParam is percent-decoded, then HTML-escaped", "{{urlParam 'id'}}", route="/users/{id}", target="/users/a%3Cb%20c")
R("urlParam in triple braces is not escaped", "{{{urlParam 'id'}}}", route="/users/{id}", target="/users/a%3Cb")
R("urlParams is an object (renders as [object Object])", "{{urlParams}}", **U)
R("urlParams through lookup", "{{lookup (urlParams) 'id'}}", **U)
R("two path parameters", "{{urlParam 'a'}}-{{urlParam 'b'}}", route="/x/{a}/y/{b}", target="/x/1/y/2")
R("queryParam reads a query parameter", "{{queryParam 'page'}}", **U)
R("queryParam default when missing", "{{queryParam 'nope' 'def'}}", **U)
R("queryParam without default when missing is empty", "[{{queryParam 'nope'}}]", **U)
R("queryParam without a name is the whole query as JSON", "{{queryParam}}", target="/?a=1&b=2")
R("queryParam stringify", "{{queryParam 'page' '' true}}", **U)
R("queryParam decodes + and %20", "{{queryParam 'q'}}", target="/?q=a+b%20c")
R("queryParam repeated key is a JSON array", "{{queryParam 'a'}}", target="/?a=1&a=2")
R("queryParam brackets make objects, dotted path reads them", "{{queryParam 'user.name'}}|{{queryParam 'user.tags'}}|{{queryParam 'user.tags.1'}}",
  target="/?user[name]=Ada&user[tags][]=x&user[tags][]=y")
R("queryParam of an object is JSON", "{{queryParam 'user'}}", target="/?user[name]=Ada&user[age]=36")
R("queryParam indexed brackets make an array in index order", "{{queryParam 'a'}}", target="/?a[1]=x&a[0]=y")
R("queryParam deeper than five brackets keeps the rest as one key", "{{queryParam 'a'}}", target="/?a[b][c][d][e][f][g]=1")
R("queryParam JSONPath", "{{queryParam '$.user.name'}}", target="/?user[name]=Ada")
R("queryParam key without value is empty", "[{{queryParam 'flag'}}]", target="/?flag&x=1")
R("queryParam value is not HTML-escaped (SafeString)", "{{queryParam 'q'}}", target="/?q=%3Cb%3E%26")
R("queryParam a.b is a literal key (no dots in qs)", "{{queryParam 'a\\.b'}}", target="/?a.b=1")
R("queryParamRaw loops over an array", "{{#each (queryParamRaw 'tags')}}{{this}};{{/each}}", target="/?tags[]=a&tags[]=b")
R("queryParamRaw default", "{{queryParamRaw 'nope' 'def'}}", target="/?a=1")
R("queryParamRaw of a value", "{{queryParamRaw 'a'}}", target="/?a=%3Cx%3E")
R("queryParams loops over the query", "{{#each (queryParams)}}{{@key}}={{this}};{{/each}}", target="/?a=1&b=2")
J("body reads a JSON property", "{{body 'name'}}")
J("body without a path is the raw body", "{{body}}")
J("body default when missing", "{{body 'nope' 'def'}}")
J("body of an array is JSON", "{{body 'tags'}}")
J("body of an object is JSON", "{{body 'user'}}")
J("body dotted path with an index", "{{body 'tags.1'}}|{{body 'user.roles.0'}}|{{body 'items.1.name'}}")
J("body escaped dot reads a key with a dot", "{{body 'a\\.b'}}")
J("body JSONPath with a filter", "{{body '$.items[?(@.id == 2)].name'}}")
J("body JSONPath of many values is JSON", "{{body '$.items[*].id'}}")
J("body stringify", "{{body 'name' '' true}}")
J("body of a number", "{{body 'age'}}")
R("body of a +json media type is parsed", "{{body 'a'}}", method="POST", headers=[["Content-Type", "application/vnd.api+json"]], body='{"a":"v"}')
R("body with charset parameter is parsed", "{{body 'a'}}", method="POST", headers=[["Content-Type", "application/json; charset=utf-8"]], body='{"a":"v"}')
R("body Content-Type is matched case-insensitively", "{{body 'a'}}", method="POST", headers=[["Content-Type", "Application/JSON"]], body='{"a":"v"}')
R("body of a form", "{{body 'a'}}|{{body 'b.c'}}|{{body 'd'}}", method="POST", headers=[["Content-Type", "application/x-www-form-urlencoded"]], body="a=1&b[c]=2&d[]=x&d[]=y")
R("body of a form decodes + and %", "{{body 'q'}}", method="POST", headers=[["Content-Type", "application/x-www-form-urlencoded"]], body="q=a+b%26c")
R("body of JSON that does not parse gives the default", "{{body 'a' 'def'}}|{{body}}", method="POST", headers=JSONH, body="{bad")
R("body without Content-Type is not parsed", "{{body 'a' 'def'}}", method="POST", body='{"a":"v"}')
R("body of text/plain is not parsed", "{{body 'a' 'def'}}|{{body}}", method="POST", headers=[["Content-Type", "text/plain"]], body='{"a":"v"}')
R("body of XML (xml-js compact)", "{{body 'user.name._text'}}|{{body 'user._attributes.id'}}", method="POST", headers=[["Content-Type", "application/xml"]], body='<?xml version="1.0"?><user id="7"><name>Ada</name></user>')
R("body of XML repeated elements are an array", "{{body 'list.i'}}", method="POST", headers=[["Content-Type", "text/xml"]], body='<list><i>a</i><i>b</i></list>')
R("body of multipart form fields", "{{body 'a'}}|{{body 'b'}}", method="POST",
  headers=[["Content-Type", "multipart/form-data; boundary=XyZ"]],
  body='--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--XyZ\r\nContent-Disposition: form-data; name="b"\r\n\r\ntwo words\r\n--XyZ--\r\n')
R("body of a multipart file is its name, type and size", "{{body 'f'}}", method="POST",
  headers=[["Content-Type", "multipart/form-data; boundary=XyZ"]],
  body='--XyZ\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XyZ--\r\n')
J("bodyRaw loops over an array", "{{#each (bodyRaw 'tags')}}{{this}};{{/each}}")
J("bodyRaw of a value", "{{bodyRaw 'name'}}")
J("bodyRaw of an object renders [object Object]", "{{bodyRaw 'user'}}")
R("bodyRaw default without a parsed body", "{{bodyRaw 'a' 'def'}}", method="POST", body="x")
J("bodyRaw inside if", "{{#if (bodyRaw 'user')}}yes{{else}}no{{/if}}")
H = [["X-Token", "abc"], ["Content-Type", "text/plain"]]
R("header reads a header", "{{header 'X-Token'}}", headers=H)
R("header names are case-insensitive", "{{header 'x-token'}}|{{header 'CONTENT-TYPE'}}", headers=H)
R("header default when missing", "{{header 'X-Nope' 'def'}}", headers=H)
R("header without default when missing is empty", "[{{header 'X-Nope'}}]", headers=H)
R("header value is HTML-escaped", "{{header 'X-A'}}", headers=[["X-A", "<a&'\"=`>"]])
R("header value in triple braces is not escaped", "{{{header 'X-A'}}}", headers=[["X-A", "<a&'\"=`>"]])
R("header repeated is joined with a comma", "{{header 'X-R'}}", headers=[["X-R", "1"], ["X-R", "2"]])
R("header referrer reads Referer", "{{header 'Referrer'}}", headers=[["Referer", "http://a/"]])
R("headers is an object of lower-cased names", "{{lookup (headers) 'x-token'}}", headers=H)
R("cookie reads a cookie", "{{cookie 'session'}}", headers=[["Cookie", "a=1; session=abc%20d"]])
R("cookie default when missing", "{{cookie 'nope' 'def'}}", headers=[["Cookie", "a=1"]])
R("cookie without any Cookie header", "[{{cookie 'a'}}]")
R("cookie with quotes", "{{cookie 'q'}}", headers=[["Cookie", 'q="v w"']])
R("method", "{{method}}", method="POST")
R("method of a DELETE", "{{method}}", method="DELETE")
R("hostname drops the port", "{{hostname}}", headers=[["Host", "example.com:8080"]])
R("hostname without a port", "{{hostname}}", headers=[["Host", "example.com"]])
R("ip", "{{ip}}")
R("baseUrl is protocol, hostname and the listening port", "{{baseUrl}}", headers=[["Host", "example.com:8080"]], regex=r"http://example\.com:\d+")

# ---------------- variables and state
R("setVar then getVar", "{{setVar 'x' 5}}{{getVar 'x'}}")
R("setVar is also a data variable", "{{setVar 'x' 'v'}}{{@x}}")
R("setVar from a helper", "{{setVar 'n' (urlParam 'id')}}n={{getVar 'n'}}", **U)
R("getVar unset is empty", "[{{getVar 'nope'}}]")
R("setVar inside each sets the loop's frame only", "{{#each (array 1 2)}}{{setVar 'v' this}}{{getVar 'v'}}{{/each}}|{{getVar 'v'}}")
R("setVar renders nothing", "[{{setVar 'x' 1}}]")
G = {"globals": {"user": {"name": "Ada"}, "count": 3}}
R("getGlobalVar reads a global", "{{getGlobalVar 'count'}}", state=G)
R("getGlobalVar with a path", "{{getGlobalVar 'user' 'name'}}", state=G)
R("getGlobalVar of an object renders [object Object]", "{{getGlobalVar 'user'}}", state=G)
R("getGlobalVar default", "{{getGlobalVar 'nope' '' 'def'}}", state=G)
R("setGlobalVar then getGlobalVar", "{{setGlobalVar 'g' 'v'}}{{getGlobalVar 'g'}}", state=G, after={"globals": {"g": None}})
R("setGlobalVar of a number", "{{setGlobalVar 'count' (add (getGlobalVar 'count') 1)}}{{getGlobalVar 'count'}}", state=G, after={"globals": {"count": None}})
D = {"data": {"users": [{"id": 1, "name": "Ada", "on": True}, {"id": 2, "name": "Bob", "on": False}], "counter": 5}}
R("data is JSON of a data bucket", "{{data 'users'}}", state=D)
R("data with a path", "{{data 'users' '1.name'}}", state=D)
R("data with a JSONPath", "{{data 'users' '$[?(@.id == 2)].name'}}", state=D)
R("data of a missing bucket is empty", "[{{data 'nope'}}]", state=D)
R("data of a number bucket", "{{data 'counter'}}", state=D)
R("data finds a bucket by a part of its name, any case", "{{data 'USER' '0.name'}}", state=D)
R("setData finds a bucket by a part of its name", "{{setData 'inc' 'count'}}{{data 'counter'}}", state=D, after={"data": {"counter": None}})
R("dataRaw loops over a bucket", "{{#each (dataRaw 'users')}}{{name}},{{/each}}", state=D)
R("dataRaw with a path", "{{dataRaw 'users' '0.name'}}", state=D)
R("setData set at a path", "{{setData 'set' 'users' '0.name' 'Eve'}}{{data 'users' '0.name'}}", state=D, after={"data": {"users": None}})
R("setData push", "{{setData 'push' 'users' '' (object id=3)}}{{len (dataRaw 'users')}}", state=D, after={"data": {"users": None}})
R("setData del", "{{setData 'del' 'users' '0'}}{{data 'users' '0.name'}}", state=D, after={"data": {"users": None}})
R("setData inc and dec", "{{setData 'inc' 'counter'}}{{setData 'inc' 'counter' '' 10}}{{setData 'dec' 'counter' '' 2}}{{data 'counter'}}", state=D, after={"data": {"counter": None}})
R("setData invert", "{{setData 'invert' 'users' '1.on'}}{{data 'users' '1.on'}}", state=D, after={"data": {"users": None}})
R("setData merge", "{{setData 'merge' 'users' '0' (object name='Zed' x=1)}}{{data 'users' '0'}}", state=D, after={"data": {"users": None}})
R("setData with an unknown operator sets", "{{setData 'bogus' 'counter' '' 9}}{{data 'counter'}}", state=D, after={"data": {"counter": None}})
R("setData of a missing bucket does nothing", "[{{setData 'set' 'nope' 'a' 1}}]", state=D)

# ---------------- building values
R("array renders comma-joined", "{{array 'a' 'b' 3}}")
R("array in each", "{{#each (array 'a' 'b')}}{{@index}}:{{this}} {{/each}}")
R("object with hash arguments", "{{#with (object a='1' b=2)}}{{a}}-{{b}}{{/with}}")
R("stringify of an object is escaped in double braces", "{{stringify (object a='1')}}")
R("stringify of an object in triple braces is indented JSON", "{{{stringify (object a='1' b=(array 1 2))}}}")
R("stringify of a string is the string", "{{stringify 'x'}}")
R("objectMerge", "{{{stringify (objectMerge (object a=1 b=1) (object b=2))}}}")
R("switch picks the matching case", "{{#switch (urlParam 'id')}}{{#case '41'}}a{{/case}}{{#case '42'}}b{{/case}}{{#default}}c{{/default}}{{/switch}}", **U)
R("switch falls to default", "{{#switch 'z'}}{{#case 'a'}}a{{/case}}{{#default}}d{{/default}}{{/switch}}")
R("switch compares strictly (number vs string)", "{{#switch 1}}{{#case '1'}}s{{/case}}{{#case 1}}n{{/case}}{{/switch}}")
R("repeat with a count adds commas and newlines", "{{#repeat 3}}x{{/repeat}}")
R("repeat comma=false", "{{#repeat 3 comma=false}}{{@index}}{{/repeat}}")
R("repeat data variables", "{{#repeat 2 comma=false}}{{@index}}/{{@total}}/{{@first}}/{{@last}};{{/repeat}}")
R("repeat trims and keeps one comma", "{{#repeat 2}} {\"a\": 1}, {{/repeat}}")
R("repeat zero times", "[{{#repeat 0}}x{{/repeat}}]")
R("repeat with a range", "{{#repeat 2 4 comma=false}}x{{/repeat}}", regex="x{2,4}")
R("repeat without a count is an error", "{{#repeat}}x{{/repeat}}", error="The repeat helper requires a numeric param")
R("oneOf an array", "{{oneOf (array 'a' 'b' 'c')}}", regex="[abc]")
R("oneOf stringified", "{{oneOf (array 'a' 'b') true}}", regex='"[ab]"')
R("oneOf of plain arguments", "{{oneOf 'a' 'b'}}", regex="[ab]")
R("oneOf without arguments is empty", "[{{oneOf}}]")
R("someOf picks between min and max", "{{someOf (array 'a' 'b' 'c') 1 2}}", regex="[abc](,[abc])?")
R("someOf stringified is escaped", "{{someOf (array 'a' 'b') 2 2 true}}", regex=r'\[&quot;[ab]&quot;,&quot;[ab]&quot;\]')
R("someOf stringified in triple braces", "{{{someOf (array 'a' 'b') 2 2 true}}}", regex=r'\["[ab]","[ab]"\]')

# Math.random in Mockoon, the renderer's seeded generator here: exact under a seed (ours, not
# recordable from Mockoon); someOf is left to its shape, its draws depend on the engine's sort.
R("oneOf under a seed draws from the renderer's seeded generator",
  "{{oneOf (array 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h')}}{{oneOf (array 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h')}}{{oneOf 1 2 3 4 5 6 7 8 9}}",
  "hg1", seed=5, origin="seed")
R("repeat with a range under a seed", "{{#repeat 1 9 comma=false}}x{{/repeat}}|{{#repeat 1 9 comma=false}}y{{/repeat}}",
  "xxxxxxxx|yyyyyy", seed=3, origin="seed")
R("oneOf and faker under one seed keep separate sequences",
  "{{oneOf (array 'a' 'b' 'c' 'd')}} {{faker 'person.firstName'}} {{oneOf (array 'a' 'b' 'c' 'd')}}",
  "c Hudson a", seed=2, origin="seed")

# ---------------- random values (faker), shapes and seeded values
R("int shape", "{{int}}", regex=r"\d+")
R("int range shape", "{{int 1 10}}", regex=r"[1-9]|10")
R("float range shape", "{{float 1 2}}", regex=r"1(\.\d+)?|2")
R("boolean shape", "{{boolean}}", regex="true|false")
R("uuid shape", "{{uuid}}", regex="[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
R("objectId shape", "{{objectId}}", regex="[0-9a-f]{24}")
R("faker shape", "{{faker 'person.firstName'}}", regex=r"[A-Za-z' -]+")
for seed, t in [(1, "{{int}}"), (1, "{{int 1 100}}|{{int 5 6}}"), (2, "{{float}}"), (2, "{{float 1 2}}"), (3, "{{boolean}} {{boolean}} {{boolean}}"),
                (1, "{{uuid}}"), (4, "{{guid}}"), (1, "{{objectId}}"), (1, "{{hexColor}}"),
                (1, "{{faker 'person.firstName'}}"), (2, "{{faker 'person.fullName'}}"), (1, "{{faker 'number.int' max=99999}}"),
                (1, "{{faker 'number.int' '{min: 5, max: 10}'}}"), (1, "{{faker 'string.alpha' 5}}"), (1, "{{faker 'lorem.words' 3}}"),
                (1, "{{faker 'helpers.arrayElement' (array 'a' 'b' 'c')}}"), (1, "{{faker 'internet.email' firstName='Ada' lastName='Lovelace'}}"),
                (1, "{{faker 'date.past'}}"), (1, "{{faker 'date.between' from='2020-01-01' to='2020-12-31'}}"),
                (1, "{{dateFormat (faker 'date.past') 'yyyy-MM-dd'}}"), (1, "{{faker 'location.zipCode'}} {{faker 'location.city'}}"),
                (1, "{{faker 'string.uuid'}}"), (5, "{{faker 'number.float' min=1 max=10 fractionDigits=2}}"),
                (1, "{{firstName}} {{lastName}} {{email}}"), (1, "{{city}}|{{country}}|{{countryCode}}|{{street}}|{{postcode}}|{{zipcode}}"),
                (1, "{{company}}|{{color}}|{{domain}}|{{tld}}|{{phone}}"), (1, "{{ipv4}} {{ipv6}}"), (1, "{{lat}} {{long}}"),
                (1, "{{lorem}}"), (1, "{{lorem 3}}"), (1, "{{title}} {{title 'female'}}"),
                (1, "{{date '2020-01-01' '2020-12-31' 'yyyy-MM-dd'}}"), (1, "{{date '2020-01-01' '2020-12-31'}}"),
                (1, "{{time}}"), (1, "{{time '08:00' '10:00' 'HH:mm:ss'}}")]:
    R("seeded %s (seed %d)" % (t, seed), t, seed=seed)
R("faker with a bad name is an error", "{{faker 'x.y'}}", error='x.y is not a valid Faker method (valid: "location.zipCode", "date.past", etc)')
R("faker without a name is an error", "{{faker}}", error='Faker method name is missing (valid: "location.zipCode", "date.past", etc)')
R("faker with a non-string name is an error", "{{faker 1}}", error='Faker method name must be a string (valid: "location.zipCode", "date.past", etc)')
R("faker with a malformed name is an error", "{{faker 'person'}}", error='person is not a valid Faker method')
R("faker with an object argument that does not parse is an error", "{{faker 'number.int' '{min: }'}}", error="Error in parsing object argument {min: }")
R("faker whose call throws a FakerError renders empty", "[{{faker 'number.int' min=10 max=1}}]")
R("date with too few arguments is empty", "[{{date '2020-01-01'}}]")

# ---------------- dates and time (clock frozen at 2026-12-01T12:16:34Z)
R("now without format", "{{now}}")
R("now with a format", "{{now 'yyyy-MM-dd HH:mm:ss'}}")
R("now with week-year and day-of-year tokens", "{{now 'YYYY-DDD'}}")
R("now unix seconds", "{{now 't'}}")
R("dateFormat of an ISO string", "{{dateFormat '2021-01-05T10:20:30Z' 'dd/MM/yyyy HH:mm'}}")
R("dateFormat of an invalid date is an error", "{{dateFormat 'nope' 'yyyy'}}", error="Invalid time value")
R("dateFormat with one argument is empty", "[{{dateFormat '2021-01-05'}}]")
R("dateTimeShift with a date", "{{dateTimeShift date='2021-01-31T00:00:00.000Z' days=2 months=1 format='yyyy-MM-dd'}}")
R("dateTimeShift of now", "{{dateTimeShift hours=1 minutes=-30}}")
R("dateTimeShift years and seconds", "{{dateTimeShift date='2020-02-29T12:00:00Z' years=1 seconds=90 format=\"yyyy-MM-dd'T'HH:mm:ss\"}}")
R("dateTimeShift without arguments is now", "{{dateTimeShift}}")
R("isValidDate of a date", "{{isValidDate '2021-01-01'}}")
R("isValidDate of text", "{{isValidDate 'nope'}}")
R("isValidDate of a number", "{{isValidDate 0}}")

# ---------------- math
R("add", "{{add 1 2 3}}")
R("add skips non-numbers", "{{add 1 'a' '2'}}")
R("add without arguments is empty", "[{{add}}]")
R("add of a helper's value", "{{add (urlParam 'id') 1}}", **U)
R("subtract", "{{subtract 10 3 2}}")
R("multiply", "{{multiply 2 '3' 4}}")
R("divide", "{{divide 10 4}}")
R("divide by zero skips it", "{{divide 10 0}}")
R("modulo", "{{modulo 10 3}}")
R("modulo by zero is empty", "[{{modulo 1 0}}]")
R("ceil floor round", "{{ceil 1.2}} {{floor 1.8}} {{round 1.5}} {{round '2.4'}}")
R("toFixed", "{{toFixed 3.14159 2}} {{toFixed 'x' 2}} {{toFixed 2.5}}")
R("parseInt", "{{parseInt '42px'}} [{{parseInt 'x'}}]")
R("gt gte lt lte", "{{gt 3 2}} {{gte 2 2}} {{lt 3 2}} {{lte 'a' 2}}")
R("gt in if", "{{#if (gt (queryParam 'page') 1)}}more{{else}}first{{/if}}", **U)
R("eq is strict", "{{eq 1 1}} {{eq '1' 1}} {{eq 'a' 'a'}}")
R("eq of a SafeString and a string", "{{#if (eq (queryParam 'page') '2')}}yes{{/if}}", **U)

# ---------------- strings
R("lowercase uppercase", "{{lowercase 'AbC'}} {{uppercase 'AbC'}}")
R("lowercase of a SafeString", "{{lowercase (queryParam 'q')}}", target="/?q=ABC")
R("lowercase of a number is an error (Mockoon: 500)", "{{lowercase 5}}", error="text.toLowerCase is not a function")
R("split", "{{split 'a b c'}} {{#each (split 'a-b' '-')}}[{{this}}]{{/each}}")
R("split of a non-string is empty", "[{{split 5}}]")
R("join", "{{join (array 'a' 'b') '-'}} {{join (array 'a' 'b')}}")
R("join of a non-array is the value", "{{join 'ab' '-'}}")
R("concat", "{{concat 'a' 1 'b'}}")
R("concat of arrays", "{{concat (array 1) (array 2 3)}}")
R("indexOf", "{{indexOf 'abcabc' 'c'}} {{indexOf 'abcabc' 'c' 3}} {{indexOf 'abc' 'z'}}")
R("includes", "{{includes 'abc' 'b'}} {{includes 'abc' 'z'}}")
R("substr", "{{substr 'abcdef' 2 3}} {{substr 'abcdef' 2}}")
R("padStart padEnd", "[{{padStart '5' 3 '0'}}] [{{padEnd 'a' 3}}] [{{padStart 7 3}}]")
R("replace the first", "{{replace 'aXbX' 'X' '-'}}")
R("replaceAll", "{{replaceAll 'aXbX.' 'X' '-'}} {{replaceAll 'a.b.c' '.' ''}}")
R("replace with a non-string is empty", "[{{replace 'a' 1 'b'}}]")
R("len", "{{len 'abc'}} {{len (array 1 2)}} {{len 5}}")
R("base64", "{{base64 'hello'}} {{base64 'héllo'}}")
R("base64 block", "{{#base64}}id={{urlParam 'id'}}{{/base64}}", **U)
R("base64Decode", "{{base64Decode 'aGVsbG8='}} {{base64Decode 'aMOpbGxv'}}")
R("base64url and base64urlDecode", "{{base64url 'hi?>~~'}} {{base64urlDecode 'aGk_Pn5-'}}")
R("newline", "a{{newline}}b")
R("objectId of faker (shape)", "{{objectId}}", regex="[0-9a-f]{24}")

# ---------------- JSON and arrays
J("stringify of bodyRaw in triple braces", "{{{stringify (bodyRaw 'user')}}}")
R("jsonParse", "{{lookup (jsonParse '{\"a\":\"v\"}') 'a'}}")
R("jsonParse of bad JSON is empty", "[{{jsonParse '{bad'}}]")
J("filter by an object", "{{#each (filter (bodyRaw 'items') (object name='Ada'))}}{{id}}{{/each}}")
J("filter OR of conditions", "{{#each (filter (bodyRaw 'items') (object id=1) (object id=3))}}{{name}},{{/each}}")
R("filter of values", "{{filter (array 1 2 1) 1}}")
R("filter of a non-array is empty", "[{{filter 'x' 1}}]")
J("find", "{{#with (find (bodyRaw 'items') (object id=3))}}{{name}}{{/with}}")
R("sort numbers", "{{sort (array 3 1 2)}} {{sort (array 3 1 2) 'desc'}}")
R("sort strings", "{{sort (array 'b' 'a' 'C')}}")
J("sortBy", "{{#each (sortBy (bodyRaw 'items') 'id')}}{{id}}{{/each}} {{#each (sortBy (bodyRaw 'items') 'name' 'desc')}}{{name}},{{/each}}")
R("reverse", "{{reverse (array 1 2 3)}}")
R("slice", "{{slice (array 1 2 3 4) 1 3}} {{slice (array 1 2 3 4) 2}}")
J("jsonPath", "{{jsonPath (bodyRaw) '$.items[*].id'}} {{jsonPath (bodyRaw) '$.user.name'}}")
J("jsonPath default", "{{jsonPath (bodyRaw) '$.nope' 'def'}}")
J("objectPath", "{{objectPath (bodyRaw) 'items.0.name'}} {{objectPath (bodyRaw) 'nope' 'def'}}")
J("jmesPath", "{{jmesPath (bodyRaw) 'items[?id > `1`].name'}} {{jmesPath (bodyRaw) 'user.name'}}")
J("jmesPath with a function", "{{jmesPath (bodyRaw) 'length(items)'}} {{jmesPath (bodyRaw) 'max_by(items, &id).name'}}")
J("jmesPath default when nothing is found", "{{jmesPath (bodyRaw) 'nope' 'def'}}")
J("jmesPath of a bad expression gives the default", "[{{jmesPath (bodyRaw) 'items[' 'def'}}]")
R("jmesPath of a data bucket", "{{jmesPath (dataRaw 'users') '[?on].name | [0]'}}", state=D)
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
R("jwtPayload and jwtHeader", "{{jwtPayload (header 'Authorization') 'name'}} {{jwtHeader (header 'Authorization') 'alg'}}", headers=[["Authorization", "Bearer " + JWT]])
R("jwtPayload of a bad token is empty", "[{{jwtPayload 'x.y.z' 'a'}}]")

# ---------------- engine-sensitive values (numbers, dates, ordering, Unicode)
R("numbers print as JavaScript prints them", "{{divide 1 3}} {{multiply 0.1 3}} {{multiply 1e21 1}} {{toFixed 1.005 2}} {{add 0.1 0.2}}")
R("a large JSON number", "{{body 'big'}}", method="POST", headers=JSONH, body='{"big":12345678901234567890}')
R("sort strings in ICU order (case and accents after letters)", "{{sort (array 'b' 'B' 'a' 'A' '\u00e9' 'e' 'Z')}}")
R("dateFormat long tokens", "{{dateFormat '2026-12-01T12:16:34Z' 'EEEE do MMMM yyyy, h:mm a'}}")
R("now with timestamp and offset tokens", "{{now 'T'}} {{now 'O'}} {{now 'X'}}")
R("isValidDate of a day past the month's end", "{{isValidDate '2021-02-30'}}")
R("dateTimeShift of now's output", "{{dateTimeShift date=(now) days=1}}")
R("Unicode through query, body and base64", "{{queryParam 'q'}} {{body 'n'}} {{base64 (body 'n')}}", method="POST", target="/?q=%C3%A9t%C3%A9",
  headers=JSONH, body='{"n":"\u00e9\U0001F600"}')
R("queryParam of an empty value is empty, not the default", "[{{queryParam 'a' 'def'}}]", target="/?a=")
R("queryParam into a [] array by index", "{{queryParam 'a.0'}}", target="/?a[]=x&a[]=y")
R("body of a top-level JSON array", "{{body '0'}} {{body '$[1]'}}", method="POST", headers=JSONH, body="[1,2]")
R("body of JSON 0 gives the default", "{{body 'x' 'def'}}", method="POST", headers=JSONH, body="0")
R("body of a form with a repeated key is an array", "{{body 'a'}}", method="POST", headers=[["Content-Type", "application/x-www-form-urlencoded"]], body="a=1&a=2")
R("body of multipart repeated fields is an array", "{{body 'a'}}", method="POST",
  headers=[["Content-Type", "multipart/form-data; boundary=XyZ"]],
  body='--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n2\r\n--XyZ--\r\n')
R("cookie with a j: JSON value", "{{lookup (cookie 'c') 'a'}}", headers=[["Cookie", "c=j%3A%7B%22a%22%3A1%7D"]])
R("header Cookie is the raw header", "{{header 'Cookie'}}", headers=[["Cookie", "a=1; b=2"]])
J("bodyRaw in each with @index", "{{#each (bodyRaw 'items')}}{{@index}}{{name}} {{/each}}")
J("body past the end of an array gives the default", "{{body 'items.5.name' 'none'}}")

# ---------------- Handlebars built-ins and Mockoon's configuration
R("if else", "{{#if (queryParam 'a')}}y{{else}}n{{/if}}", target="/?a=1")
R("unless", "{{#unless (queryParam 'a')}}none{{/unless}}", target="/")
R("each over an object", "{{#each (object a=1 b=2)}}{{@key}}={{this}} {{/each}}")
R("with and lookup", "{{#with (object a=(object b='c'))}}{{a.b}}{{/with}} {{lookup (array 'x' 'y') 1}}")
R("a missing helper with arguments renders nothing", "[{{nope 1 2}}]")
R("an unknown name renders nothing", "[{{nope}}]")
R("an unknown block renders nothing", "[{{#nope}}x{{/nope}}]")
R("a comment renders nothing", "a{{!-- note --}}b")
R("escaped mustache", "\\{{urlParam 'id'}}", **U)
R("escaped mustache among others", "{{urlParam 'id'}} \\{{urlParam 'id'}} {{urlParam 'id'}}", **U)
R("a double backslash before a mustache is one backslash", "a\\\\{{urlParam 'id'}}", **U)
R("a raw block of a missing helper", "[{{{{nope}}}} {{urlParam 'id'}} {{{{/nope}}}}]", **U)
R("a parse error answers 500", "{{#if}}", error="Parse error on line 1")
R("an unclosed block answers 500", "{{#each (array 1)}}x", error="Parse error on line 1")
R("getEnvVar of an unset variable gives the default", "{{getEnvVar 'MOCKBENCH_NOPE' 'def'}}")
R("status renders nothing", "[{{status 201}}]")
R("first is not a Mockoon helper", "[{{first (array 1 2)}}]")

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "templates", "mockoon.json")
with open(out, "w") as f:
    json.dump(rows, f, indent=2, ensure_ascii=False)
    f.write("\n")
print("%d rows written to %s" % (len(rows), out))
