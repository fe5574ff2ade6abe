// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The inputs of the "wiremock" dialect's table (tests/data/templates/wiremock.json). Writes the
// table, keeping each row's recorded answer while its name, template, route and request stay
// the same; record.mjs then fills in what WireMock answers. Run by hand (README.md).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const file = new URL('../../data/templates/wiremock.json', import.meta.url).pathname;
const WM = 'wiremock 3.13.2';
const rows = [];
const NOW = '2026-12-01T12:16:34Z';

// A row recorded from WireMock: its expect is what WireMock answered.
function wm(name, template, more) {
    rows.push(Object.assign({ name, template }, more || {}, { origin: (more && more.origin) || WM }));
}
function req(target, extra) { return Object.assign({ method: 'GET', target, headers: [['Host', 'localhost:8080']], body: '' }, extra || {}); }
function post(target, body, headers) {
    return { method: 'POST', target, headers: [['Host', 'localhost:8080']].concat(headers || []), body };
}
// A time or random row: WireMock's shape as a regex (checked against WireMock by record.mjs).
function shape(name, template, regex, more) { wm(name, template, Object.assign({ expectRegex: regex }, more || {})); }
// Exact under our clock; recordWith: the same date given to WireMock through parseDate.
function clock(name, template, recordWith, more) {
    rows.push(Object.assign({ name, template, now: NOW, zone: 'UTC' }, more || {}, { recordWith, origin: 'fixed clock' }));
}
function seeded(name, template, expect, more) {
    rows.push(Object.assign({ name, template, seed: 1 }, more || {}, { expect, origin: 'seed' }));
}
// An error: ours answers 500 naming it; the name says what WireMock does.
function error(name, template, expectError, more) {
    rows.push(Object.assign({ name, template, expectError }, more || {}, { origin: WM }));
}

const JSON_BODY = '{"name":"Ada","age":36,"tags":["a","b"],"address":{"city":"London","zip":"N1"},"price":12.50,"items":[{"id":1,"qty":2},{"id":2,"qty":5}]}';

// ---- request model
const rq = req('/users/42/orders?page=2&tag=x&tag=y&q=a%20b+c&empty=', { headers: [['Host', 'example.com:8080'], ['Content-Type', 'application/json'], ['X-Trace', 'one'], ['x-trace', 'two'], ['Cookie', 'session=abc; theme=dark; session=def']] });
wm('request.url is the target as sent', '{{request.url}}', { request: rq });
wm('request.path without a template is the path', '{{request.path}}', { request: rq });
wm('request.path.[n] is a segment', '{{request.path.[0]}}|{{request.path.[2]}}', { request: rq });
wm('request.pathSegments.[n]', '{{request.pathSegments.[1]}}', { request: rq });
wm('request.pathSegments prints the path', '{{request.pathSegments}}', { request: rq });
wm('each over path segments', '{{#each request.pathSegments}}[{{this}}]{{/each}}', { request: rq });
wm('request.path.NAME from urlPathTemplate', '{{request.path.id}}/{{request.path.what}}', { route: '/users/{id}/{what}', request: rq });
wm('templated path still indexes segments', '{{request.path.[1]}}|{{request.path}}', { route: '/users/{id}/{what}', request: rq });
wm('percent-decoded path and segments', '{{request.path}}|{{request.pathSegments.[0]}}|{{request.pathSegments.[1]}}', { request: req('/a%20b/c%2Fd') });
wm('trailing slash kept in request.path', '{{request.path}}|{{size request.pathSegments}}', { request: req('/a/b/') });
wm('request.query.NAME is the first value', '{{request.query.tag}}', { request: rq });
wm('request.query.NAME.[n] for repeats', '{{request.query.tag.[0]}},{{request.query.tag.[1]}}', { request: rq });
wm('request.query.NAME.[-1] is Java ListOrSingle.get(size-2)', '{{request.query.tag.[-1]}}', { request: req('/?t=1&t=2&t=3') });
wm('request.query first and last', '{{request.query.tag.first}}|{{request.query.tag.last}}', { request: rq });
wm('request.query values decoded, + is a space', '{{request.query.q}}', { request: rq });
wm('request.query empty value and flag', '[{{request.query.empty}}][{{request.query.flag}}]', { request: req('/?empty=&flag') });
wm('request.query value with =', '{{request.query.x}}', { request: req('/?x=1=2') });
wm('request.query missing is empty', '[{{request.query.nope}}]', { request: rq });
wm('request.query whole prints as a Java HashMap', '{{request.query}}', { request: req('/?a=1&flag&x=1=2&p.q=3&apple=1&banana=2&cherry=3') });
wm('each over the query', '{{#each request.query}}{{@key}}={{this}};{{/each}}', { request: req('/?zeta=1&alpha=2&mid=3') });
wm('size of a repeated query parameter', '{{size request.query.tag}}', { request: rq });
wm('each over a repeated query parameter', '{{#each request.query.tag}}{{@index}}:{{this}} {{/each}}', { request: rq });
wm('request.headers.NAME any case', '{{request.headers.content-type}}|{{request.headers.CONTENT-TYPE}}|{{request.headers.[Content-Type]}}', { request: rq });
wm('request.headers repeated under two cases are one header', '{{request.headers.x-trace}}|{{request.headers.X-Trace.[1]}}|{{size request.headers.x-trace}}', { request: rq });
wm('request.headers.NAME in mixed case', '{{request.headers.x-TRACE}}|{{request.headers.cOnTeNt-TyPe}}', { request: rq });
wm('Java methods of values: length, empty, size', '{{request.body.length}}|{{request.body.empty}}|{{request.query.a.empty}}|{{request.query.empty}}|{{size (array 1 2)}}', { request: post('/?a=1', 'abc') });
wm('request.headers whole, sorted without case', '{{request.headers}}', { request: req('/', { headers: [['Host', 'h'], ['b-two', '2'], ['A-One', '1'], ['c', '3']] }) });
wm('request.cookies.NAME', '{{request.cookies.theme}}|{{request.cookies.session}}|{{request.cookies.session.[1]}}', { request: rq });
wm('request.cookies whole', '{{request.cookies}}', { request: req('/', { headers: [['Host', 'h'], ['Cookie', 'b=2; a=1']] }) });
wm('request.body', '{{request.body}}', { request: post('/', 'héllo <b>&</b>') });
wm('request.bodyAsBase64', '{{request.bodyAsBase64}}', { request: post('/', 'héllo') });
const multipart = post('/', '--XX\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX\r\nContent-Disposition: form-data; name="g"\r\n\r\nworld\r\n--XX--\r\n', [['Content-Type', 'multipart/form-data; boundary=XX']]);
wm('request.parts of a multipart body', '{{request.isMultipart}}|{{request.parts.f.name}}|{{request.parts.f.body}}|{{request.parts.f.headers.content-type}}|{{request.parts.g.body}}|{{request.parts.f.binary}}|{{request.parts.f.headers}}|{{size request.parts}}|{{request.parts.g.bodyAsBase64}}', { request: multipart });
wm('request.parts each and a part printed', '{{#each request.parts}}{{@key}}:{{this.body}};{{/each}}|{{request.parts.f}}', { request: multipart });
// One odd request: encoded path segments and query keys, repeated and empty values, quoted
// cookies, two Cookie headers, a header under two cases, an upper-case Host with a port.
const oddRequest = { method: 'PUT', target: '/a/%C3%A9t%C3%A9/b%2Bc/?k%20ey=v%2Bw&x=&x=2&y&=z&%E2%82%AC=euro', headers: [['Host', 'Example.COM:8443'], ['Accept', 'a/b, c/d'], ['Cookie', 'a=1; b="quoted"; c=x=y'], ['Cookie', 'd=4'], ['X-Empty', ''], ['x-multi', 'one'], ['X-MULTI', 'two'], ['Content-Length', '5']], body: 'plain' };
["{{request.path}}|{{request.pathSegments.[1]}}|{{request.pathSegments.[2]}}",
 "{{request.url}}",
 "{{request.query}}",
 "{{request.query.[k ey]}}|{{request.query.x}}|{{request.query.x.[1]}}|[{{request.query.y}}]|{{request.query.[\u20ac]}}",
 "{{request.headers.accept}}|{{size request.headers.accept}}",
 "{{request.cookies}}|{{request.cookies.b}}|{{request.cookies.c}}|{{request.cookies.d}}",
 "[{{request.headers.x-empty}}]|{{request.headers.x-multi}}|{{request.headers.x-multi.[1]}}",
 "{{request.host}}|{{request.port}}|{{request.baseUrl}}",
 "{{request.headers}}",
 "{{request.method}}|{{request.isBinary}}",
].forEach((t) => wm('odd request: ' + t, t, { request: oddRequest }));
wm('request.method', '{{request.method}}', { request: post('/x', 'b') });
wm('request.host, port, scheme, baseUrl', '{{request.host}}|{{request.port}}|{{request.scheme}}|{{request.baseUrl}}', { request: rq });
wm('request.port without one in Host is 80, baseUrl drops it', '{{request.port}}|{{request.baseUrl}}', { request: req('/', { headers: [['Host', 'example.com']] }) });
wm('request.clientIp', '{{request.clientIp}}', { request: rq });
shape('request.id is a UUID', '{{request.id}}', '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}');
wm('request.isBinary and isMultipart', '{{request.isBinary}}|{{request.isMultipart}}', { request: post('/', 'x') });
wm('missing property renders nothing', '[{{request.nothing}}][{{nothing.at.all}}]');
wm('no HTML escaping in {{ }}', '{{request.query.v}}|{{{request.query.v}}}', { request: req('/?v=%3Cb%3E%26%22%27%60%3D') });
wm('root names resolve inside each (outer contexts)', '{{#each (array 1 2)}}{{request.method}}{{this}} {{/each}}');
wm('with and lookup', '{{#with request}}{{method}}{{/with}}|{{lookup request.query "page"}}', { request: rq });
wm('log prints nothing, block its default, partial defines', 'a{{log "hello"}}b|{{#block "x"}}default{{/block}}|{{#partial "p"}}P{{/partial}}c');
shape('request prints as a Java object', '{{request}}', 'com\\.github\\.tomakehurst\\.wiremock\\.extension\\.responsetemplating\\.RequestTemplateModel@[0-9a-f]+');
shape('the root context prints as a map', '{{this}}', '\\{request=com\\.github\\.tomakehurst\\.wiremock\\.extension\\.responsetemplating\\.RequestTemplateModel@[0-9a-f]+, parameters=\\{\\}\\}');
shape('variables stay out of the printed root context', '{{#assign "v"}}x{{/assign}}{{v}}|{{this}}|{{#each (array 1)}}{{v}}{{/each}}', 'x\\|\\{request=com\\.github\\.tomakehurst\\.wiremock\\.extension\\.responsetemplating\\.RequestTemplateModel@[0-9a-f]+, parameters=\\{\\}\\}\\|x');
wm('parameters is an empty map', '[{{parameters}}]');

// ---- conditionals
wm('eq true and false', '{{eq 1 1}}|{{eq "a" "b"}}|{{eq 2 2.0}}|{{eq "1" 1}}');
wm('eq block with else', '{{#eq request.method "POST"}}post{{else}}other{{/eq}}', { request: post('/', '') });
wm('eq yes no', '{{eq 1 2 yes="Y" no="N"}}');
wm('neq', '{{neq 1 2}}|{{#neq "a" "a"}}x{{else}}same{{/neq}}');
wm('gt gte lt lte on numbers', '{{gt 2 1}}{{gte 2 2}}{{lt 1 2}}{{lte 3 2}}');
wm('gt on strings compares as text', '{{gt "b" "a"}}|{{lt "10" "9"}}');
wm('gt block', '{{#gt 5 3}}bigger{{else}}smaller{{/gt}}');
wm('and or not', '{{and true 1 "x"}}|{{and true ""}}|{{or false "" 0}}|{{or false "y"}}|{{not ""}}|{{not "x"}}');
wm('and block', '{{#and true true}}both{{/and}}|{{#or false false}}x{{else}}neither{{/or}}');
wm('if with a query value', '{{#if request.query.page}}page {{request.query.page}}{{else}}no page{{/if}}', { request: rq });
wm('if on zero and empty list', '{{#if 0}}t{{else}}f{{/if}}|{{#if (array)}}t{{else}}f{{/if}}');
wm('unless', '{{#unless request.query.missing}}absent{{/unless}}', { request: rq });
wm('each with @index @first @last', '{{#each (array "a" "b" "c")}}{{@index}}{{this}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}} {{/each}}');
wm('each over a parsed map with @key', '{{#each (parseJson \'{"x":1,"y":2}\')}}{{@key}}={{this}};{{/each}}');
wm('else if chain', '{{#eq 2 1}}one{{else eq 2 2}}two{{else}}many{{/eq}}');

// Handlebars' own constructs as Handlebars.java renders them (truthiness, else, @root, comments, raw blocks, literal segments).
const hbsReq = req('/p/q?a=1&a%20b=2&z=', { headers: [['Host', 'localhost:8080'], ['X-A', '1']] });
["{{#if 0}}t{{else}}f{{/if}}|{{#if 'false'}}t{{else}}f{{/if}}|{{#if (parseJson '{}')}}t{{else}}f{{/if}}|{{#if 0.0}}t{{else}}f{{/if}}",
 "{{#each (array)}}x{{else}}empty{{/each}}",
 "{{#with request.nothing}}x{{else}}none{{/with}}",
 "{{lookup (array 'a' 'b') 1}}|{{lookup request.query 'a'}}",
 "{{@root.request.path}}",
 "{{#each request.headers}}{{@key}}={{this}};{{/each}}",
 "{{#unless true}}x{{else}}y{{/unless}}",
 "a{{!-- comment --}}b{{! short }}c",
 "{{{{raw}}}}{{not parsed}}{{{{/raw}}}}",
 "{{request.query.[a b]}}",
 "[{{request.query.z}}]|{{#if request.query.z}}t{{else}}f{{/if}}",
 "{{#each (range 1 3)}}{{#if @first}}F{{/if}}{{this}}{{#unless @last}},{{/unless}}{{/each}}",
 "{{#each (array 'x' 'y')}}{{@index}}{{../request.method}}{{/each}}",
 "{{eq (size request.pathSegments) 2}}",
 "{{#eq request.query.a.[0] '1'}}yes{{else}}no{{/eq}}",
 "{{or request.query.missing 'fallback'}}",
 "{{#and (eq 1 1) (gt 2 1)}}both{{/and}}",
 "{{not (eq 1 2)}}",
 "{{#neq 1 1}}a{{else}}b{{/neq}}",
 "{{gte 'b' 'b'}}|{{lte 1 1.5}}",
 "{{eq true true}}|{{eq null null}}|{{eq request.nothing null}}",
 "{{#each request.query}}{{@key}}{{/each}}",
 "{{#with (parseJson '{\"k\":{\"v\":1}}')}}{{k.v}}{{/with}}",
].forEach((t) => wm('handlebars: ' + t, t, { request: hbsReq }));

// WireMock compiles only from the first {{ to the last }}: ~ cannot strip the text around, a
// {{ after the last }} is text. (There a \{{ before the first tag is a backslash and a tag:
// `a \{{request.method}} b` gives `a \GET b`; here it stays an escaped {{.)
["a  {{~request.method}}  b",
 "a  {{request.method~}}  b",
 "a  {{~request.method~}}  b",
 "a \\n {{~request.method}} \\n b",
 "[ {{~#if true~}} x {{~/if~}} ]",
 "[ {{#if true~}} x {{~/if}} ]",
 "[ {{~#if true}} x {{/if~}} ]",
 "[ {{~#each (array 1 2)~}} {{this}} {{~/each~}} ]",
 "{{#if true}}\\n  line\\n{{/if}}\\nend",
 "{{#each (array 1 2)}}\\n  - {{this}}\\n{{/each}}\\ndone",
 "{{request.method}} \\{{request.method}} b",
 "x {{request.method}} \\{{y}} z",
 "{{request.method}} then {{ x",
 "{{request.method}} a }} b",
 "{{#if true}}a \\{{b}} c \\{{x}}{{/if}}",
].forEach((t) => wm('outer text: ' + t, t));

// each the Handlebars.java way: @first/@last/@even/@odd as text, unset over a map.
["{{#each (array 'x' 'y')}}{{@key}}:{{@index}};{{/each}}",
 "{{#each request.query}}{{@index}}{{@key}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}};{{/each}}",
 "{{#each (parseJson '{}')}}x{{else}}none{{/each}}",
 "{{#each (parseJson '{\"a\":{\"b\":1}}')}}{{@key}}{{b}}{{/each}}",
 "{{#each (array 1 2) as |v i|}}{{i}}{{v}}{{/each}}",
 "{{#each (parseJson '{\"k\":1}') as |v k|}}{{k}}={{v}}{{/each}}",
 "{{#each (array (array 1 2) (array 3))}}{{size this}}{{/each}}",
 "{{#each (range 1 3)}}{{@../index}}{{/each}}",
 "{{#with (array 1 2)}}{{size this}}{{/with}}",
 "{{#each (array 'a')}}{{@root.request.method}}{{/each}}",
 "{{#each (array 'x' 'y')}}[{{@first}}|{{@last}}|{{@index}}|{{@even}}|{{@odd}}]{{/each}}",
 "{{#each request.query}}[{{@first}}|{{@last}}|{{@index}}|{{@key}}]{{/each}}",
].forEach((t) => wm('each: ' + t, t, { request: req('/?b=2&a=1') }));

// ---- strings (Handlebars.java StringHelpers)
wm('capitalize', '{{capitalize "hello wORLD"}}|{{capitalize "hello wORLD" fully=true}}');
wm('capitalizeFirst', '{{capitalizeFirst "hello world"}}');
wm('center', '[{{center "ab" size=7}}]|[{{center "ab" size=7 pad="*"}}]');
wm('cut', '{{cut "a b c"}}|{{cut "a-b-c" "-"}}');
wm('defaultIfEmpty', '{{defaultIfEmpty request.query.x "none"}}|{{defaultIfEmpty "v" "none"}}', { request: req('/') });
wm('join with separator', '{{join "a" "b" "c" ", "}}|{{join (array 1 2 3) "-"}}|{{join (array 1 2) "," prefix="[" suffix="]"}}');
wm('ljust rjust', '[{{ljust "ab" size=5}}][{{rjust "ab" size=5 pad="0"}}]');
wm('lower upper', '{{lower "HeLLo"}}|{{upper "HeLLo"}}');
wm('lower of a missing value is empty', '[{{lower request.query.missing}}]');
wm('replace', '{{replace "a-b-c" "-" "+"}}');
wm('slugify', '{{slugify "  Hello World, 2026 Édition "}}');
wm('stripTags', '{{stripTags "<p>Hi <b>there</b></p>"}}');
wm('substring', '{{substring "abcdef" 2}}|{{substring "abcdef" 1 3}}');
wm('abbreviate', '{{abbreviate "Truncate this long text" 12}}|{{abbreviate "short" 10}}');
wm('wordWrap', '{{wordWrap "The quick brown fox jumps over" 10}}');
wm('yesno', '{{yesno true}}|{{yesno false}}|{{yesno true yes="on"}}|{{yesno false no="off"}}');
wm('stringFormat', '{{stringFormat "%s is %d years" "Ada" 36}}|{{stringFormat "%05.2f" 3.14159}}');
wm('trim', '[{{trim "  padded  "}}]|[{{#trim}}  block  {{/trim}}]');
wm('size of a string, list and map', '{{size "hello"}}|{{size (array 1 2 3)}}|{{size (parseJson \'{"a":1,"b":2}\')}}');
wm('contains on text and list', '{{contains "abcde" "cd"}}|{{contains (array "a" "b") "b"}}|{{contains "abc" "z"}}');
wm('contains block', '{{#contains request.body "Ada"}}has Ada{{/contains}}', { request: post('/', JSON_BODY) });
wm('matches a whole regex', '{{matches "abc123" "[a-z]+[0-9]+"}}|{{matches "abc123" "[a-z]+"}}');
wm('matches block', '{{#matches request.path "/users/\\d+"}}user{{else}}other{{/matches}}', { request: req('/users/42') });
wm('regexExtract first match', '{{regexExtract "order ABC-123 and DEF-456" "[A-Z]+-[0-9]+"}}');
wm('regexExtract groups into a variable', '{{regexExtract "2026-12-01" "(\\d+)-(\\d+)-(\\d+)" "parts"}}{{parts.0}}/{{parts.1}}/{{parts.2}}');
wm('regexExtract groups read as parts.[n]', '{{regexExtract "ab-12" "([a-z]+)-([0-9]+)" "m"}}{{m.[1]}}{{m.[0]}}|{{m}}');
wm('regexExtract no match with default', '{{regexExtract "abc" "[0-9]+" default="none"}}');
wm('regexExtract no match answers an error text', '{{regexExtract "abc" "[0-9]+"}}');
wm('isEven isOdd stripes', '{{isEven 4}}|{{isOdd 3}}|{{stripes 2 "e" "o"}}|{{stripes 3}}|[{{isEven 3}}]');
wm('numberFormat', '{{numberFormat 1234567.891}}|{{numberFormat 0.256 "percent"}}|{{numberFormat 1234.5 "currency"}}|{{numberFormat 1234.5 "integer"}}|{{numberFormat 3.14159 "0.00"}}|{{numberFormat 42 "#,##0.0"}}');
wm('numberFormat options', '{{numberFormat 3.14159 maximumFractionDigits=2}}|{{numberFormat 3 minimumFractionDigits=2}}|{{numberFormat 1234567 groupingUsed=false}}');

// Edge cases of the text helpers, each as WireMock renders it.
["{{capitalize 'o\\'neil mc-donald  x'}}", "{{capitalizeFirst ''}}|{{capitalizeFirst 'élan'}}", "{{center 'abc' size=8 pad='xy'}}",
 "{{abbreviate 'abcdefghij' 4}}", "{{wordWrap 'a verylongwordhere b' 5}}", "{{wordWrap 'line one\nline two' 6}}", "{{slugify 'Ça va? Très_bien-2'}}",
 "{{stripTags '<a href=\"x\">l</a> <br/>t'}}", "{{substring 'héllo' 1}}", "{{ljust 'abc' size=2}}", "{{rjust 12 size=5}}", "{{upper 12.5}}", "{{lower true}}",
 "{{replace 'aaa' 'a' 'bb'}}", "{{cut 'a,b,,c' ','}}", "{{join 'x' ', '}}", "{{join (array) ', '}}",
 "{{defaultIfEmpty '' 'd'}}|{{defaultIfEmpty (array) 'd'}}|{{defaultIfEmpty 0 'd'}}", "{{yesno null}}",
 "{{stringFormat '%.3f|%10s|%-5s|%x|%,d' 3.14159 'hi' 'ab' 255 1234567}}", "{{trim (array 1 2)}}", "{{size ''}}", "{{matches 'ABC' '(?i)abc'}}",
 "{{base64 'AQID' decode=true}}|{{base64 '' }}", "{{urlEncode 'ü ~*.-_!'}}", "{{urlEncode '%E4%B8%AD' decode=true}}", "{{isEven 2.5}}|{{isOdd '3'}}|{{stripes 4 'a'}}",
].forEach((t) => wm('text edge: ' + t, t));

// stringFormat is Java's String.format.
["{{stringFormat '%s-%s' 'a' 'b'}}",
 "{{stringFormat '%05d' 42}}",
 "{{stringFormat '%.2f' 2.345}}",
 "{{stringFormat '%.0f' 2.5}}",
 "{{stringFormat '%8.3f|' 3.14159}}",
 "{{stringFormat '%-8s|' 'ab'}}",
 "{{stringFormat '%S' 'ab'}}",
 "{{stringFormat '%2$s %1$s' 'a' 'b'}}",
 "{{stringFormat '%e' 12345.678}}",
 "{{stringFormat '%o %X %x' 8 255 -1}}",
 "{{stringFormat '%+d %+d' 5 -5}}",
 "{{stringFormat '%,.2f' 1234567.891}}",
 "{{stringFormat '%s' (array 1 2)}}",
 "{{stringFormat '%d%%' 50}}",
 "{{stringFormat '%s' 1.5}}",
 "{{stringFormat '%10.4s|' 'abcdefgh'}}",
].forEach((t) => wm('stringFormat: ' + t, t));

// ---- encodings
wm('base64 encode', '{{base64 "hello wörld"}}|{{base64 "a" padding=false}}');
wm('base64 decode', '{{base64 "aGVsbG8=" decode=true}}');
wm('base64 block', '{{#base64}}block text{{/base64}}');
wm('urlEncode', '{{urlEncode "a b&c=d/é*~"}}');
wm('urlEncode decode', '{{urlEncode "a+b%26c%3Dd" decode=true}}');
wm('formData', '{{formData request.body "form"}}{{form.name}}|{{form.tag}}|{{form.tag.[1]}}', { request: post('/', 'name=Ada+L&tag=a&tag=b', [['Content-Type', 'application/x-www-form-urlencoded']]) });
wm('formData urlDecode', '{{formData request.body "form" urlDecode=true}}{{form.name}}|{{form.city}}', { request: post('/', 'name=Ada+L&city=S%C3%A3o%20Paulo') });
wm('formData whole', '{{formData request.body}}', { request: post('/', 'a=1&b=2&a=3') });

// ---- JSON
const jb = { request: post('/', JSON_BODY, [['Content-Type', 'application/json']]) };
wm('jsonPath a string', '{{jsonPath request.body "$.name"}}', jb);
wm('jsonPath a number and a decimal', '{{jsonPath request.body "$.age"}}|{{jsonPath request.body "$.price"}}', jb);
wm('jsonPath an object prints as JSON', '{{jsonPath request.body "$.address"}}', jb);
wm('jsonPath a list prints as compact JSON', '{{jsonPath request.body "$.tags"}}', jb);
wm('jsonPath array index and field', '{{jsonPath request.body "$.items[1].qty"}}|{{jsonPath request.body "$.tags[0]"}}', jb);
wm('jsonPath wildcard', '{{jsonPath request.body "$.items[*].id"}}', jb);
wm('jsonPath filter', '{{jsonPath request.body "$.items[?(@.qty > 3)].id"}}', jb);
wm('jsonPath deep scan', '{{jsonPath request.body "$..city"}}', jb);
wm('jsonPath length()', '{{jsonPath request.body "$.items.length()"}}', jb);
wm('jsonPath missing leaf is empty', '[{{jsonPath request.body "$.nope"}}]', jb);
wm('jsonPath missing path is empty', '[{{jsonPath request.body "$.a.b.c"}}]', jb);
wm('jsonPath default', '{{jsonPath request.body "$.nope" default="fallback"}}', jb);
wm('jsonPath on an empty body is empty', '[{{jsonPath request.body "$.a"}}]', { request: post('/', '') });
wm('jsonPath on invalid JSON answers an error text', '{{jsonPath request.body "$.a"}}', { request: post('/', 'not json') });
wm('jsonPath each over a list', '{{#each (jsonPath request.body "$.items")}}{{this.id}}x{{this.qty}} {{/each}}', jb);
wm('jsonPath slash escaped in a list', '{{jsonPath request.body "$.u"}}', { request: post('/', '{"u":["a/b","é"]}') });
wm('jsonPath on a parsed object', '{{jsonPath (parseJson request.body) "$.address.zip"}}', jb);
wm('jsonPath into assign and math', '{{math (jsonPath request.body "$.age") "+" 1}}', jb);
// Jayway's JSONPath through WireMock: filters, slices, scans, functions, what each prints.
const store = { request: post('/', '{"store":{"book":[{"t":"A","p":8.95,"c":"ref","tags":["x"]},{"t":"B","p":12.99,"c":"fic"},{"t":"Cab","p":22,"c":"fic","isbn":"1-2"}],"bike":{"color":"red","p":19.95}},"n":null,"e":[]}', [['Content-Type', 'application/json']]) };
[["$.store.book[?(@.c == 'fic' && @.p > 20)].t", 'filter with &&'], ["$.store.book[?(@.c in ['ref'])].t", 'filter in'],
 ['$.store.book[?(@.isbn)].t', 'filter on existence'], ['$.store.book[?(!@.isbn)].t', 'filter on absence'],
 ['$.store.book[-1:].t', 'slice from the end'], ['$.store.book[0:2].t', 'slice'], ["$['store']['bike']['color']", 'bracket names'],
 ["$.store.bike['color','p']", 'several names give a map'], ['$..p', 'deep scan of a leaf'], ['$.store.book.length()', 'length()'],
 ['$.store.*', 'wildcard over a map'], ['$.e', 'an empty list'], ['$.store.book[1]', 'an object from a list'],
 ["$.store.book[?(@.c != 'fic')]", 'filter !='], ['$..book[2].isbn', 'deep scan then index'], ['$.store.book[*].tags', 'wildcard then a missing member'],
 ['$.store.book[?(@.tags size 1)].t', 'filter size'], ["$.store.book[?(@.t nin ['A'])].t", 'filter nin'], ['$..book[?(@.p < 10)].t', 'deep scan then filter'],
 ['$.store.book[*].p.sum()', 'a function after a wildcard'], ['$..t.length()', 'length() after a deep scan'], ['$.store.book[?(@.t =~ /c.*/i)].t', 'filter =~'],
].forEach(([path, what]) => wm('jsonPath ' + what + ': ' + path, '{{jsonPath request.body "' + path + '"}}', store));
const nums = { request: post('/', '{"a":[{"b":{"c":1}},{"b":{"c":2}},{"x":1}],"m":{"k1":{"v":1},"k2":{"v":2}},"s":"str","num":[3,1,2]}', [['Content-Type', 'application/json']]) };
[['$.a[*].b.c', 'wildcard then members'], ['$.m.*.v', 'map wildcard then a member'], ['$..v', 'deep scan'], ['$.num.min()', 'min()'], ['$.num.max()', 'max()'],
 ['$.num.avg()', 'avg()'], ['$.num.sum()', 'sum()'], ['$.s.length()', 'length() of text'], ['$.m.keys()', 'keys()'], ['$.a[?(@.b.c == 2)]', 'filter on a nested member'],
 ['$.a[0,2]', 'several indexes'], ['$.num[-1]', 'a negative index'], ['$.num[:2]', 'slice to'], ['a[0].b', 'a path without $'], ['$.a[?(@.b)].b.c', 'filter then members'],
 ['$.num.first()', 'first()'], ['$.a.length()', 'length() of a list'], ['$', 'the root'],
].forEach(([path, what]) => wm('jsonPath ' + what + ': ' + path, '{{jsonPath request.body "' + path + '"}}', nums));
wm('each over a jsonPath map', '{{#each (jsonPath request.body "$.m")}}{{@key}}={{this.v}};{{/each}}', nums);

wm('parseJson prints a Java map', '{{parseJson request.body}}', jb);
wm('parseJson into a variable', '{{parseJson request.body "doc"}}{{doc.name}} lives in {{doc.address.city}}, {{doc.tags.[1]}}', jb);
wm('parseJson block', '{{#parseJson "obj"}}{"k":"v","n":[1,2]}{{/parseJson}}{{obj.k}}|{{obj.n}}');
wm('parseJson a list', '{{#each (parseJson \'[1,"two",3.0]\')}}{{this}};{{/each}}');
wm('parseJson empty object', '[{{parseJson "{}"}}]');
wm('toJson of a parsed body', '{{toJson (parseJson request.body)}}', jb);
wm('toJson of a list', '{{toJson (array 1 "a" true)}}');
wm('toJson drops nulls', '{{toJson (parseJson \'{"a":null,"b":{"c":null,"d":1},"e":[]}\')}}');
wm('formatJson pretty', '{{formatJson request.body}}', jb);
wm('formatJson compact', '{{formatJson \'{ "a" : [ 1 , 2 ] , "b" : { } }\' format="compact"}}');
wm('formatJson block', '{{#formatJson}}{"a":{"b":[{"c":1},{"d":[]}]},"e":null}{{/formatJson}}');
wm('formatJson bad format answers an error text', '{{formatJson "{}" format="tiny"}}');
wm('jsonMerge', '{{jsonMerge \'{"a":1,"b":{"c":2}}\' \'{"b":{"d":3},"e":4}\'}}');
wm('jsonMerge removeNulls', '{{jsonMerge \'{"a":1,"b":2}\' \'{"b":null}\' removeNulls=true}}');
wm('jsonRemove', '{{jsonRemove \'{"a":1,"b":{"c":2,"d":3}}\' "$.b.c"}}');
wm('jsonRemove a missing path keeps the JSON', '{{jsonRemove \'{"a":1}\' "$.x.y"}}');
wm('jsonArrayAdd', '{{jsonArrayAdd \'[1,2]\' \'3\'}}|{{jsonArrayAdd \'{"l":[{"x":1}]}\' \'{"x":2}\' jsonPath="$.l"}}');
wm('jsonArrayAdd flatten and maxItems', '{{jsonArrayAdd \'[1,2]\' \'[3,4]\' flatten=true maxItems=3}}');
wm('jsonArrayAdd on an object answers an error text', '{{jsonArrayAdd \'{"a":1}\' \'2\'}}');

// toJson of WireMock's own values: a single query or header value as its value, dates as text.
const toJsonReq = req('/p/q?a=1&a=2&b=x', { headers: [['Host', 'localhost:8080'], ['X-A', '1']] });
["{{toJson request.query}}",
 "{{toJson request.headers}}",
 "{{toJson (parseDate '2026-03-04T05:06:07Z')}}",
 "{{toJson (array (parseDate '2026-03-04T05:06:07Z') 1.5)}}",
 "{{toJson request.pathSegments}}",
 "{{toJson (jsonPath '{\"a\":[1,{\"b\":2}]}' '$.a')}}",
 "{{toJson (formData 'x=1&x=2&y=3')}}",
 "{{parseJson '{\"q\":1}' 'v'}}{{toJson v}}",
 "{{toJson (regexExtract 'a1b2' '([a-z])([0-9])' 'g')}}{{toJson g}}",
].forEach((t) => wm('toJson: ' + t, t, { request: toJsonReq }));

// ---- arrays, values, maths
wm('array prints as a Java list', '{{array 1 "two" true}}|{{array}}');
wm('arrayAdd', '{{arrayAdd (array 1 2) 3}}|{{arrayAdd (array 1 2) 0 position="start"}}|{{arrayAdd (array 1 2) 9 position=1}}');
wm('arrayAdd bad position answers an error text', '{{arrayAdd (array 1 2) 9 position=5}}');
wm('arrayRemove', '{{arrayRemove (array 1 2 3)}}|{{arrayRemove (array 1 2 3) position="start"}}|{{arrayRemove (array 1 2 3) position=1}}');
wm('arrayJoin', '{{arrayJoin "," (array "a" "b" "c")}}|{{arrayJoin " - " "x" "y"}}|{{arrayJoin "," (array 1 2) prefix="(" suffix=")"}}');
wm('arrayJoin block', '{{#arrayJoin ";" (parseJson \'[{"n":"a"},{"n":"b"}]\')}}<{{n}}>{{/arrayJoin}}');
wm('range', '{{range 1 5}}|{{#each (range 3 5)}}{{this}},{{/each}}');
wm('range without bounds answers an error text', '{{range 1}}');
wm('val with a default', '{{val request.query.none default="dflt"}}|{{val request.query.page or="x"}}|{{val "v"}}', { request: req('/?page=3') });
wm('val assign', '{{val "stored" assign="myVar"}}{{myVar}}');
wm('assign block', '{{#assign "greeting"}}  Hello {{request.query.name}}  {{/assign}}[{{greeting}}]|{{upper greeting}}', { request: req('/?name=ada') });
wm('math plus minus times', '{{math 1 "+" 2}}|{{math 10 "-" 2.5}}|{{math 3 "*" 4}}|{{math 3 "x" 1.5}}');
wm('math division keeps the dividend scale', '{{math 10 "/" 4}}|{{math 10.0 "/" 4}}|{{math 1 "/" 3}}|{{math 7.50 "/" 2}}');
wm('math remainder', '{{math 10 "%" 3}}|{{math 7.5 "%" 2}}');
wm('math on strings', '{{math "12" "+" "0.5"}}|{{math request.query.a "*" 2}}|{{math "abc" "+" 1}}', { request: req('/?a=21') });
wm('math bad operator answers an error text', '{{math 1 "^" 2}}');
wm('math missing operand answers an error text', '{{math 1 "+"}}');
wm('math decimal results print as a Java double', '{{math 0.1 "+" 0.2}}|{{math 1.5 "*" 2}}|{{math 100000 "*" 100000.0}}');

// Edge cases of the number, list and JSON helpers, each as WireMock renders it.
["{{math 2147483647 '+' 1}}", "{{math '1e3' '+' 1}}", "{{math 1.23456789 '*' 1000}}", "{{math -7 '%' 3}}", "{{math 7 '/' -2}}", "{{math 1 '/' 8.0}}",
 "{{math 0.000001 '*' 1}}", "{{math 12345678 '*' 1.0}}", "{{math '' '+' 1}}", "{{math 2 '-' 2.0}}", "{{range '2' '4'}}", "{{array 'a' (array 1 2)}}",
 "{{arrayAdd (array) 1}}", "{{arrayRemove (array 1) position='end'}}", "{{val null default=3}}|{{val false default=3}}|{{val '' or='x'}}",
 "{{pickRandom (array 'only')}}", "{{size (parseJson '[1,2,3]')}}", "{{toJson 'text'}}|{{toJson 12}}|{{toJson true}}",
 "{{toJson (parseJson '{\"a\":1.50,\"b\":[]}')}}", "{{formatJson '[1,{\"a\":[]},{}]'}}", "{{formatJson '\"s\"'}}",
 "{{jsonMerge '{\"a\":{\"b\":1}}' '{\"a\":2}'}}", "{{jsonRemove '[1,2,3]' '$[1]'}}", "{{jsonRemove '{\"a\":[{\"x\":1},{\"x\":2}]}' '$.a[?(@.x==1)]'}}",
 "{{jsonArrayAdd '{\"a\":[]}' '{\"k\":null}' jsonPath='$.a'}}",
].forEach((t) => wm('value edge: ' + t, t));

["{{numberFormat 1234.5 '#,##0.00' 'de_DE'}}",
 "{{numberFormat 2.345 maximumFractionDigits=2 roundingMode='HALF_UP'}}|{{numberFormat 2.345 maximumFractionDigits=2 roundingMode='down'}}",
 "{{numberFormat 0.5 'integer'}}|{{numberFormat 1.5 'integer'}}|{{numberFormat -2.5 'integer'}}",
 "{{numberFormat 1234 minimumIntegerDigits=6 groupingUsed=false}}",
 "{{date (parseDate '2026-03-31T00:00:00Z') offset='-1 months'}}|{{date (parseDate '2026-03-31T00:00:00Z') offset='now +1 days'}}",
 "{{numberFormat 'x' 'y'}}|{{numberFormat (math 10 '/' 4.0)}}",
].forEach((t) => wm('numberFormat and offsets: ' + t, t));

// ---- dates
shape('now is ISO 8601 in UTC', '{{now}}', '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z');
shape('now with a format', '{{now format="yyyy-MM-dd"}}', '\\d{4}-\\d{2}-\\d{2}');
shape('now epoch and unix', '{{now format="epoch"}}|{{now format="unix"}}', '\\d{13}\\|\\d{10}');
shape('now with a timezone', '{{now timezone="Australia/Sydney"}}', '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+1[01]:00');
shape('now with an offset', '{{now offset="3 days" format="yyyy"}}', '\\d{4}');
clock('now under the fixed clock', '{{now}}', '{{parseDate "2026-12-01T12:16:34Z"}}');
clock('now format', '{{now format="yyyy-MM-dd HH:mm:ss.SSS EEE MMM d"}}', '{{date (parseDate "2026-12-01T12:16:34Z") format="yyyy-MM-dd HH:mm:ss.SSS EEE MMM d"}}');
clock('now format epoch and unix', '{{now format="epoch"}}|{{now format="unix"}}', '{{date (parseDate "2026-12-01T12:16:34Z") format="epoch"}}|{{date (parseDate "2026-12-01T12:16:34Z") format="unix"}}');
clock('now offset days', '{{now offset="3 days"}}', '{{date (parseDate "2026-12-01T12:16:34Z") offset="3 days"}}');
clock('now offset negative hours, long form', '{{now offset="now -5 hours"}}', '{{date (parseDate "2026-12-01T12:16:34Z") offset="now -5 hours"}}');
clock('now offset months past a month end', '{{now offset="3 months"}}', '{{date (parseDate "2026-12-01T12:16:34Z") offset="3 months"}}');
clock('now offset years and seconds', '{{now offset="-2 years"}}|{{now offset="90 seconds"}}|{{now offset="45 minutes"}}', '{{date (parseDate "2026-12-01T12:16:34Z") offset="-2 years"}}|{{date (parseDate "2026-12-01T12:16:34Z") offset="90 seconds"}}|{{date (parseDate "2026-12-01T12:16:34Z") offset="45 minutes"}}');
clock('now timezone', '{{now timezone="America/New_York"}}', '{{parseDate "2026-12-01T07:16:34-05:00[America/New_York]"}}');
clock('now timezone with a format', '{{now timezone="Europe/Paris" format="HH:mm Z"}}', '{{date (parseDate "2026-12-01T13:16:34+01:00[Europe/Paris]") format="HH:mm Z"}}');
clock('now format with quoted text and 12-hour clock', '{{now format="\'day\' D, hh:mm a"}}', '{{date (parseDate "2026-12-01T12:16:34Z") format="\'day\' D, hh:mm a"}}');
wm('date of a parsed date with a format', '{{date (parseDate "2026-03-04T05:06:07Z") format="dd/MM/yyyy HH:mm"}}');
wm('date with offset', '{{date (parseDate "2026-01-31T00:00:00Z") offset="1 months"}}');
wm('date keeps the parsed zone', '{{date (parseDate "2026-06-01T10:00:00+02:00")}}');
wm('parseDate ISO', '{{parseDate "2026-03-04T05:06:07Z"}}');
wm('parseDate RFC 1123', '{{parseDate "Wed, 04 Mar 2026 05:06:07 GMT"}}');
wm('parseDate with a format', '{{parseDate "04/03/2026" format="dd/MM/yyyy"}}|{{parseDate "2026-03-04 05:06" format="yyyy-MM-dd HH:mm"}}');
wm('parseDate epoch and unix', '{{parseDate "1700000000000" format="epoch"}}|{{parseDate "1700000000" format="unix"}}');
wm('parseDate of text it cannot read is empty', '[{{parseDate "not a date"}}]');
wm('truncateDate', '{{truncateDate (parseDate "2026-03-14T15:09:26Z") "first day of month"}}|{{truncateDate (parseDate "2026-03-14T15:09:26Z") "first hour of day"}}');
wm('truncateDate more', '{{truncateDate (parseDate "2026-03-14T15:09:26Z") "last day of month"}}|{{truncateDate (parseDate "2026-03-14T15:09:26Z") "first day of next year"}}|{{truncateDate (parseDate "2026-03-14T15:09:26Z") "first minute of hour"}}');
clock('truncateDate of now', '{{truncateDate (now) "first day of next month"}}', '{{truncateDate (parseDate "2026-12-01T12:16:34Z") "first day of next month"}}');
wm('truncateDate of a non-date answers an error text', '{{truncateDate "2026" "first day of month"}}');
wm('dateFormat styles', '{{dateFormat (parseDate "2026-03-04T05:06:07Z") "full"}}|{{dateFormat (parseDate "2026-03-04T05:06:07Z") "long"}}|{{dateFormat (parseDate "2026-03-04T05:06:07Z")}}|{{dateFormat (parseDate "2026-03-04T05:06:07Z") "short"}}');
wm('dateFormat pattern and tz', '{{dateFormat (parseDate "2026-03-04T05:06:07Z") "yyyy-MM-dd HH:mm" tz="Asia/Tokyo"}}');

wm('zone names and offsets in date formats', '{{date (parseDate "2026-12-01T07:16:34-05:00[America/New_York]") format="z zzzz Z X XXX XX"}}|{{date (parseDate "2026-07-01T07:16:34+01:00[Europe/London]") format="z zzzz"}}|{{date (parseDate "2026-12-01T07:16:34+05:30") format="z zzzz Z X XXX"}}');
clock('zone names of now', '{{now timezone="UTC" format="z zzzz"}}|{{now format="z zzzz Z X"}}|{{now timezone="Asia/Kolkata" format="z zzzz"}}|{{now timezone="Europe/Paris" format="z zzzz"}}', '{{date (parseDate "2026-12-01T12:16:34Z") format="z zzzz"}}|{{date (parseDate "2026-12-01T12:16:34Z") format="z zzzz Z X"}}|{{date (parseDate "2026-12-01T17:46:34+05:30[Asia/Kolkata]") format="z zzzz"}}|{{date (parseDate "2026-12-01T13:16:34+01:00[Europe/Paris]") format="z zzzz"}}');
wm('dateFormat with a time style', '{{dateFormat (parseDate "2026-03-04T15:06:07Z") "medium" time="short"}}|{{dateFormat (parseDate "2026-03-04T15:06:07Z") "full" time="full"}}|{{dateFormat (parseDate "2026-03-04T15:06:07Z") "long" time="long"}}|{{dateFormat (parseDate "2026-03-04T15:06:07Z") "short" time="medium"}}|{{dateFormat (parseDate "2026-03-04T15:06:07Z") "EEE, d MMM yyyy HH:mm:ss z"}}');
wm('numberFormat rounds half even', '{{numberFormat 2.5 "integer"}}|{{numberFormat 3.5 "integer"}}|{{numberFormat 1.005 maximumFractionDigits=2}}|{{numberFormat -1234.567}}|{{numberFormat 0.5 "percent"}}|{{numberFormat 5 "000"}}');
wm('eq of a query value and text is false (ListOrSingle is no String)', '{{eq request.query.page "2"}}|{{eq (jsonPath request.body "$.a") 36}}', { request: post('/?page=2', '{"a":36}') });
wm('contains on a header value compares whole values', '{{contains request.headers.Accept "json"}}|{{contains request.headers.Accept "application/json"}}|{{size request.headers.Accept}}', { request: req('/', { headers: [['Host', 'h'], ['Accept', 'application/json']] }) });
wm('request.query.size is the map size', '{{request.query.size}}|{{request.query.tag.size}}', { request: rq });
wm('each over a templated path walks the segments', '{{#each request.path}}[{{this}}]{{/each}}', { route: '/users/{id}/{what}', request: rq });
shape('randomInt without bounds', '{{randomInt}}', '-?\\d+');
shape('randomDecimal with decimal bounds', '{{randomDecimal lower=1.5 upper=2.5}}', '[12]\\.\\d+');

// Edge cases of the date helpers (parsers, patterns, offsets, truncations), as WireMock renders them.
["{{parseDate '2026-03-04T05:06:07.123+01:00'}}",
 "{{parseDate '2026-03-04T05:06:07+01:00[Europe/Paris]'}}",
 "{{parseDate 'Wed, 4 Mar 2026 05:06:07 +0100'}}",
 "{{parseDate 'Wednesday, 04-Mar-26 05:06:07 GMT'}}",
 "{{parseDate 'Wed Mar  4 05:06:07 2026'}}",
 "{{parseDate '2026-03-04'}}",
 "{{parseDate '2026-03-04' format='yyyy-MM-dd'}}",
 "{{parseDate '2026-03' format='yyyy-MM'}}",
 "{{parseDate '2026' format='yyyy'}}",
 "{{parseDate '03/04/2026 5:06 PM' format='MM/dd/yyyy h:mm a'}}",
 "{{parseDate '2026-03-04T05:06:07+0100' format=\"yyyy-MM-dd'T'HH:mm:ssZ\"}}",
 "{{parseDate '04 Mar 2026' format='dd MMM yyyy'}}",
 "{{date (parseDate '2026-03-04T05:06:07Z') format='EEEE dd MMMM yyyy hh a'}}",
 "{{date (parseDate '2026-03-04T05:06:07Z') format='yy-M-d H:m:s S'}}",
 "{{date (parseDate '2026-03-04T05:06:07Z') format='w W F D u k K'}}",
 "{{date (parseDate '2026-03-04T05:06:07Z') format='G yyyy'}}",
 "{{date (parseDate '2026-01-31T10:00:00Z') offset='1 months' format='yyyy-MM-dd'}}",
 "{{date (parseDate '2024-02-29T10:00:00Z') offset='1 years'}}",
 "{{truncateDate (parseDate '2026-03-14T15:09:26+05:30') 'first hour of day'}}",
 "{{truncateDate (parseDate '2026-12-31T23:00:00Z') 'first day of next month'}}",
 "{{truncateDate (parseDate '2026-03-14T15:09:26Z') 'last day of year'}}",
 "{{truncateDate (parseDate '2026-03-14T15:09:26Z') 'first day of year'}}",
 "{{truncateDate (parseDate '2026-03-14T15:09:26Z') 'first second of minute'}}",
 "{{dateFormat (parseDate '2026-03-04T15:06:07Z') \"yyyy-MM-dd'T'HH:mm:ss.SSSXXX\"}}",
 "{{dateFormat (parseDate '2026-03-04T15:06:07Z') 'long' tz='America/New_York'}}",
].forEach((t) => wm('date edge: ' + t, t));

wm('week year and week at the turn of the year', "{{date (parseDate '2026-12-28T00:00:00Z') format='YYYY ww yyyy'}}|{{date (parseDate '2026-12-26T00:00:00Z') format='YYYY ww'}}|{{date (parseDate '2027-01-01T00:00:00Z') format='YYYY ww'}}|{{date (parseDate '2026-01-03T00:00:00Z') format='YYYY ww'}}|{{date (parseDate '2026-01-04T00:00:00Z') format='YYYY ww'}}|{{dateFormat (parseDate '2026-12-28T00:00:00Z') 'YYYY ww'}}");

// ---- random (shapes from WireMock; exact values under our seed)
shape('randomValue default', '{{randomValue}}', '[a-z0-9]{36}');
shape('randomValue ALPHANUMERIC', '{{randomValue length=12 type="ALPHANUMERIC"}}', '[a-z0-9]{12}');
shape('randomValue ALPHANUMERIC uppercase', '{{randomValue length=12 type="ALPHANUMERIC" uppercase=true}}', '[A-Z0-9]{12}');
shape('randomValue ALPHABETIC', '{{randomValue length=8 type="ALPHABETIC"}}', '[a-z]{8}');
shape('randomValue NUMERIC', '{{randomValue length=6 type="NUMERIC"}}', '[0-9]{6}');
shape('randomValue ALPHANUMERIC_AND_SYMBOLS', '{{randomValue length=20 type="ALPHANUMERIC_AND_SYMBOLS"}}', '[!-@\\[-~]{20}');
shape('randomValue UUID', '{{randomValue type="UUID"}}', '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}');
shape('randomValue HEXADECIMAL', '{{randomValue length=10 type="HEXADECIMAL" uppercase=true}}', '[0-9A-F]{10}');
shape('randomInt', '{{randomInt lower=5 upper=9}}', '[5-8]');
shape('randomInt negative', '{{randomInt lower=-3 upper=0}}', '-[1-3]');
shape('randomDecimal', '{{randomDecimal lower=1 upper=2}}', '1\\.\\d+(E-\\d+)?');
shape('pickRandom', '{{pickRandom "a" "b" "c"}}', '[abc]');
shape('pickRandom a list with count', '{{pickRandom (array 1 2 3 4) count=2}}', '\\[[1-4], [1-4]\\]');
seeded('randomValue under seed 1', '{{randomValue length=12}}', 'iree0ljifkrk');
seeded('randomValue UUID under seed 1', '{{randomValue type="UUID"}}', '8b11d228-8942-4f56-8cec-443986d87208');
seeded('randomInt under seed 1', '{{randomInt lower=0 upper=1000}}', '557');
seeded('randomDecimal under seed 1', '{{randomDecimal lower=0 upper=10}}', '5.57944348128205');
seeded('pickRandom under seed 1', '{{pickRandom "red" "green" "blue"}}', 'green');
seeded('request.id under seed 1', '{{request.id}}', '8b11d228-8942-4f56-8cec-443986d87208');

// ---- XML
const xml = '<order id="7"><customer>Ada</customer><items><item sku="a1">Pen</item><item sku="b2">Ink</item></items></order>';
const soap = '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><m:GetPrice xmlns:m="urn:x"><m:Item>Apples</m:Item></m:GetPrice></soap:Body></soap:Envelope>';
wm('xPath text of an element', '{{xPath request.body "/order/customer/text()"}}|{{xPath request.body "/order/customer"}}', { request: post('/', xml) });
wm('xPath attribute', '{{xPath request.body "/order/@id"}}|{{xPath request.body "//item[2]/@sku"}}', { request: post('/', xml) });
wm('xPath element with children prints as XML', '{{xPath request.body "/order/items"}}', { request: post('/', xml) });
wm('xPath each over nodes', '{{#each (xPath request.body "//item")}}{{this}};{{/each}}', { request: post('/', xml) });
wm('xPath count', '{{xPath request.body "count(//item)"}}', { request: post('/', xml) });
wm('xPath no match is empty', '[{{xPath request.body "/order/nothing"}}]', { request: post('/', xml) });
wm('xPath of invalid XML answers an error text', '{{xPath request.body "/a"}}', { request: post('/', '<a><b></a>') });
wm('xPath names match local names, prefixed names nothing', '[{{xPath request.body "/soap:Envelope/soap:Body/m:GetPrice/m:Item/text()"}}]|{{xPath request.body "//*[local-name()=\'Item\']/text()"}}|{{xPath request.body "name(/*)"}}', { request: post('/', soap) });
wm('xPath several nodes print the first, size counts them', '{{xPath request.body "/a/b"}}|{{xPath request.body "/a/b/@x"}}|{{xPath request.body "/a/c"}}|{{size (xPath request.body "/a/b")}}|{{xPath request.body "/a/b[2]/text()"}}|{{xPath request.body "string(/a/b)"}}', { request: post('/', '<a><b x="1">one</b><b x="2">two &amp; more</b><c><d/></c></a>') });
wm('each with block parameters and ../', '{{#each (jsonPath request.body "$.a") as |item idx|}}{{idx}}={{item.n}};{{/each}}|{{#each (jsonPath request.body "$.a")}}{{../request.method}}{{@index}}{{/each}}', { request: post('/', '{"a":[{"n":1},{"n":2}]}') });
// Edge cases of the XML helpers: prefixes without namespaces, CDATA, several nodes.
["{{xPath request.body '/root/item/@id'}}",
 "{{xPath request.body '//item'}}",
 "{{xPath request.body '/root/e'}}",
 "{{xPath request.body '/root/t/text()'}}",
 "{{xPath request.body '/root/t'}}",
 "{{xPath request.body '/root/item[@id=\"2\"]/text()'}}",
 "{{xPath request.body 'count(/root/*)'}}",
 "{{formatXml request.body}}",
 "{{formatXml request.body format='compact'}}",
 "{{xPath request.body '/root'}}",
 "{{#each (xPath request.body '/root/*')}}[{{this}}]{{/each}}",
 "{{xPath request.body '/root/*[last()]/text()'}}",
 "{{soapXPath request.body '/x'}}",
 "{{xPath request.body '//@id'}}",
].forEach((t) => wm('xml edge: ' + t, t, { request: post('/', "<root xmlns:a=\"urn:a\"><a:item id=\"1\">one</a:item><item id=\"2\"><![CDATA[<two>]]></item><e/><t>a &lt; b</t></root>") }));
["{{xPath request.body 'count(//item)'}}",
 "{{size (xPath request.body '//item')}}",
 "{{xPath request.body '/root/item/@id'}}|{{size (xPath request.body '/root/item/@id')}}",
 "{{xPath request.body '/root/x'}}",
 "{{xPath request.body '/root/y'}}",
 "{{xPath request.body '//*[local-name()=\"item\"]/@id'}}",
].forEach((t) => wm('xml edge: ' + t, t, { request: post('/', "<root xmlns:a=\"urn:a\"><a:item id=\"1\">one</a:item><item id=\"2\"><![CDATA[<two>]]></item><b:x xmlns:b=\"urn:b\">bx</b:x><c:y>cy</c:y></root>") }));
['<r xmlns:a="u"><a:i>1</a:i></r>', '<r><a:i xmlns:a="u">1</a:i></r>', '<a:r xmlns:a="u"><a:i>1</a:i></a:r>'].forEach((x, k) =>
    wm('xml edge: a leading // matches whole names, other steps local names ' + k, "{{xPath request.body '//i'}}|{{xPath request.body '/*//i'}}|{{xPath request.body '/*/i'}}|{{xPath request.body '//*/i'}}", { request: post('/', x) }));
["{{formatXml '<?xml version=\"1.0\"?><a x=\"1\" y=\"&amp;\"><b>t<c/>u</b><!-- c --><d></d></a>'}}",
 "{{formatXml '<a><b>x</b></a>' format='compact'}}",
 "{{formatXml '<a>  <b>x</b>  </a>'}}",
 "{{formatXml 'not xml'}}",
 "{{formatXml '<a><![CDATA[x<y]]></a>'}}",
 "{{#formatXml}}<r><s>1</s></r>{{/formatXml}}",
].forEach((t) => wm('formatXml: ' + t, t));
wm('soapXPath', '{{soapXPath request.body "/GetPrice/Item/text()"}}', { request: post('/', soap) });
wm('formatXml', '{{formatXml request.body}}', { request: post('/', xml) });
wm('formatXml compact', '{{formatXml "<a>  <b>x</b>\n  <c/> </a>" format="compact"}}');

// ---- system
wm('systemValue of a key not permitted answers an error text', '{{systemValue type="ENVIRONMENT" key="PATH"}}');
wm('systemValue of a permitted unset key gives the default', '{{systemValue type="PROPERTY" key="wiremock.unset.x" default="d"}}');
wm('systemValue without a key answers an error text', '{{systemValue}}');

// Helpers called with nothing, as WireMock answers them (Handlebars.java hands them the context).
["{{numberFormat}}", "{{isEven}}", "{{isOdd}}", "{{stripes}}", "{{eq}}", "{{neq}}", "{{and}}", "{{or}}", "{{not}}", "{{xPath}}", "{{soapXPath}}", "{{jsonPath}}", "{{parseDate}}", "{{truncateDate}}", "{{size}}", "{{range}}", "{{array}}", "{{parseJson}}", "{{matches}}", "{{contains}}", "{{math}}", "{{arrayJoin}}", "{{formatJson}}", "{{formatXml}}", "{{jsonMerge}}", "{{jsonRemove}}", "{{jsonArrayAdd}}", "{{systemValue}}"].forEach((t) => wm('no arguments: ' + t, t));

// ---- errors
error('unknown helper (WireMock answers 500: could not find helper)', '{{nosuchhelper "x"}}', 'nosuchhelper');
error('unclosed block (WireMock answers 500 with the parse error)', '{{#if true}}x', 'Parse error');
error('division by zero (WireMock answers 500: Division by zero)', '{{math 1 "/" 0}}', 'Division by zero');
error('bad offset unit (WireMock answers 500: No enum constant ... DateTimeUnit.WEEKS)', '{{now offset="2 weeks"}}', 'WEEKS');
error('randomInt lower not below upper (WireMock answers 500: bound must be greater than origin)', '{{randomInt lower=5 upper=5}}', 'bound must be greater than origin');
error('unknown timezone (WireMock answers 500: Unknown time-zone ID)', '{{now timezone="Mars/Olympus"}}', 'Mars/Olympus');
error('substring past the end (WireMock answers 500: StringIndexOutOfBounds)', '{{substring "abc" 1 9}}', 'end 9');
error('yesno of a non-boolean (WireMock answers 500: expected boolean)', '{{yesno "x"}}', 'expected \'boolean\'');
error('bad truncation (WireMock answers 500: No enum constant ... DateTimeTruncation)', '{{truncateDate (parseDate "2026-03-14T15:09:26Z") "first week"}}', 'DateTimeTruncation');
error('formatJson of invalid JSON (WireMock answers 500: JsonParseException)', '{{formatJson "{nope"}}', 'JsonParseException');
error('gt of a query value (WireMock answers 500: Not a comparable: 2)', '{{gt request.query.page 1}}', 'Not a comparable: 2', { request: req('/?page=2') });
error('gt of text and a number (WireMock answers 500: ClassCastException)', '{{gt "b" 1}}', 'cannot be cast');
error('i18n (WireMock answers 500: MissingResourceException, no bundle messages)', '{{i18n "hello"}}', 'messages');
error('embedded (WireMock answers 500: FileNotFoundException /x.hbs)', '{{embedded "x"}}', '/x.hbs');
error('SimpleDateFormat has no V (WireMock answers 500: Illegal pattern character V)', '{{now format="VV"}}', "Illegal pattern character 'V'");
error('precompile (WireMock answers 500: FileNotFoundException /x.hbs)', '{{precompile "x"}}', '/x.hbs');
error('i18nJs (WireMock answers 500: Invalid locale format)', '{{i18nJs "x"}}', 'i18nJs');
error('a partial (WireMock answers 500: the partial /p.hbs could not be found)', '{{> p}}', 'p');
error('range downwards (WireMock answers 500: IllegalArgumentException -1)', '{{range 3 1}}', '-1');
error('stringFormat %c of text (WireMock answers 500: IllegalFormatConversionException)', "{{stringFormat '%b %c' true 'x'}}", 'c != java.lang.String');
error('join without arguments (WireMock answers 500: found null, expected separator)', '{{join}}', 'separator');
error('regexExtract without arguments (WireMock answers 500: NullPointerException)', '{{regexExtract}}', 'regexExtract');
error('parseJson of invalid JSON (WireMock answers 500: JSON parse error)', '{{parseJson "{bad"}}', 'parseJson');

// ---- every help catalogue example, under the help panel's example request
const help = JSON.parse(readFileSync(new URL('../../../resources/templates/wiremock-help.json', import.meta.url), 'utf8'));
const helpRequest = { method: 'GET', target: '/users/42?page=2', headers: [['Host', 'localhost:3000']], body: '{"name":"Ada"}' };
for (const e of help) {
    const more = { route: '/users/{id}', request: helpRequest, seed: 1, now: NOW };
    if (/random|pickRandom|request\.id/.test(e.example)) rows.push(Object.assign({ name: 'help: ' + e.name, template: e.example }, more, { expect: e.output, origin: 'seed' }));
    else if (/hostname/.test(e.example)) shape('help: ' + e.name + ' (WireMock: the machine\'s host name)', e.example, '[A-Za-z0-9.-]+', more);
    else if (/now/.test(e.example)) rows.push(Object.assign({ name: 'help: ' + e.name, template: e.example }, more, { expect: e.output, origin: 'fixed clock' }));
    else wm('help: ' + e.name, e.example, more);
}

// The templates of WireMock's own tests (ResponseTemplateTransformerTest and the helpers'
// tests, 3.13.2) that need no clock, randomness or host, under one request.
const wmTestsRequest = { method: 'POST', target: '/things/1?q=a&q=b&name=val', headers: [['Host', 'localhost:8080'], ['X-Header', 'hv'], ['Content-Type', 'application/json']],
    body: '{"things":[{"id":1,"name":"One"},{"id":2,"name":"Two"}],"name":"Bob","a":{"b":"c"},"items":["1","2","3"]}' };
["Multi 1: {{request.query.multi_param.[0]}}, Multi 2: {{request.query.multi_param.[1]}}, Single 1: {{request.query.single-param}}",
 "{{request.query.multi_param.[0]}}",
 "Request ID: {{request.headers.X-Request-Id}}, Awkward named header: {{request.headers.[123$%$^&__why_o_why]}}",
 "Case key header: {{request.headers.case-key-123}}, With brackets: {{request.headers.[case-key-123]}}",
 "session: {{request.cookies.session}}, Awkward named cookie: {{request.cookies.[)((**#$@#]}}",
 "{{request.cookies.multi}}, {{request.cookies.multi.[0]}}, {{request.cookies.multi.[1]}}",
 "Path: {{request.path}}",
 "First: {{request.path.[0]}}, Last: {{request.path.[2]}}",
 "{{request.path.[0]}}",
 "URL: {{{request.url}}}",
 "IP: {{{request.clientIp}}}",
 "/greet-{{request.query.name}}.txt",
 "Body: {{{request.body}}}",
 "{{request.headers.X-Correlation-Id}}",
 "{{request.headers.X-Correlation-Id-1}}",
 "{{request.headers.X-Correlation-Id-2}}",
 "{{{ capitalize request.body }}}",
 "{{#eq request.headers.X-Thing.[0] '1'}}ONE{{else}}MANY{{/eq}}",
 "{{{eq 5 5 yes='y' no='n'}}}",
 "{{request.headers.X-WM-Uri}}",
 "{{request.url}}",
 "{{jsonPath request.body '$.b'}}",
 "{{jsonPath request.body '$.b' default='foo'}}",
 "{\"test\": \"{{parameters.variable}}\"}",
 "scheme: {{{request.requestLine.scheme}}}",
 "host: {{{request.requestLine.host}}}",
 "port: {{{request.requestLine.port}}}",
 "path: {{{request.path}}}",
 "path: {{{request.url}}}",
 "baseUrl: {{{request.baseUrl}}}",
 "path segments: {{{request.pathSegments}}}",
 "path segments 0: {{{request.pathSegments.[0]}}}",
 "{{trim '   stuff  '}}",
 "{{#base64}}hello{{/base64}}",
 "{{{base64 'hello'}}}",
 "{{{base64 'hello' padding=false}}}",
 "{{{base64 'aGVsbG8=' decode=true}}}",
 "{{{base64 'aGVsbG8' decode=true}}}",
 "{{{urlEncode 'one two'}}}",
 "{{{urlEncode 'one+two' decode=true}}}",
 "{{{formData request.body 'form'}}}{{{form.item2}}}",
 "{{{formData request.body 'form'}}}{{form.item.1}}",
 "{{{formData request.body 'form' urlDecode=true}}}{{{form.item2}}}",
 "{{regexExtract request.body '[A-Z]+'}}",
 "{{regexExtract request.body '([a-z]+)-([A-Z]+)-([0-9]+)' 'parts'}}{{parts.0}},{{parts.1}},{{parts.2}}",
 "{{regexExtract 'abc' '[0-9]+'}}",
 "{{regexExtract 'abc' '[0-9]+' default='my default value'}}",
 "{{size 'abcde'}}",
 "{{size request.query}}",
 "{{request.query.things.first}}",
 "{{request.query.things.last}}",
 "{{request.query.things.[-2]}}",
 "{{request.query.things.[-1]}}",
 "{{val (parseJson '{\"level\":1}') assign='one'}}\n",
 "{{val (parseJson '{\"level\":2}') assign='two'}}\n",
 "{{val (parseJson '{\"level\":3}') assign='three'}}\n",
 "{{lookup request.query 'things[2]'}}",
 "Order ID: {{lookup request.query 'filter[order_id]'}}",
 "Start \n\n {{request.query.one}} middle {{{request.query.two}}} end\n",
 "1: {{lookup request.query 'ids[].0'}}, 2: {{lookup request.query 'ids[].1'}}, 3: {{lookup request.query 'ids[].2'}}",
 "{{range 3 8}}",
 "{{range '3' '8'}}",
 "{{range -2 2}}",
 "{{range 555}}",
 "{{array 1 'two' true}}",
 "{{array}}",
 "{{arrayAdd (array 1 'three') 2 position=1}}",
 "{{arrayAdd (array 1 'three') 2 position='start'}}",
 "{{arrayAdd (array 1 'three') 2 position='end'}}",
 "{{arrayAdd (array 1 'three') 2}}",
 "{{arrayAdd (array 1 'three') 2 position=-2}}",
 "{{arrayAdd (array 1 'three') 2 position=3}}",
 "{{arrayAdd (array 1 'three') position=1}}",
 "{{arrayRemove (array 1 2 'three') position=1}}",
 "{{arrayRemove (array 1 2 'three') position='start'}}",
 "{{arrayRemove (array 1 2 'three') position='end'}}",
 "{{arrayRemove (array 1 2 'three') }}",
 "{{arrayRemove (array 1 'three') position=-2}}",
 "{{arrayRemove (array 1 'three') position=3}}",
 "{{parsedObj.name}}",
 "{{parseJson json 'parsedObj'}}\n",
 "{{parsedObj.name}}\n",
 "{{lookup (parseJson json) 'name'}}",
 "{{parseJson}}",
 "{{#if (matches '123' '[0-9]+')}}YES{{/if}}",
 "{{#if (matches 'abc' '[0-9]+')}}YES{{/if}}",
 "{{#matches '123' '[0-9]+'}}YES{{/matches}}",
 "{{#matches 'abc' '[0-9]+'}}YES{{/matches}}",
 "{{#matches '123'}}YES{{/matches}}",
 "{{#if (contains 'abcde' 'abc')}}YES{{/if}}",
 "{{#if (contains 'abcde' '123')}}YES{{/if}}",
 "{{#if (contains 'abcde' request.query.nonexist)}}YES{{/if}}",
 "{{#contains 'abcde' 'abc'}}YES{{/contains}}",
 "{{#contains 'abcde' '123'}}YES{{/contains}}",
 "{{#contains (array 'a' 'b' 'c') 'a'}}YES{{/contains}}",
 "{{#contains (array 'a' 'b' 'c') 'z'}}YES{{/contains}}",
 "{{math 1 '+' 2}}",
 "{{math 4 '-' 2}}",
 "{{math 2 '*' 3}}",
 "{{math 8 '/' 2}}",
 "{{math 10 '%' 3}}",
 "{{{numberFormat 123.456 'currency' 'en_GB'}}}",
 "{{val request.query.nonexist or='123'}}",
 "{{val request.query.nonexist default='123'}}",
 "{{val 'exists'}}",
 "{{val null}}",
 "{{val 'exists' or='123'}}",
 "{{val 'exists' default='123'}}",
 "{{val (array 1 2 3) default='123'}}",
 "{{val 'value for myVar' assign='myVar'}}{{myVar}}",
 "{{val null or='other value for myVar' assign='myVar'}}{{myVar}}",
 "{{val null default='other value for myVar' assign='myVar'}}{{myVar}}",
 "{{val 12 assign='myVar'}}{{myVar}}",
 "{{val (array 1 2 3) assign='myVar'}}{{myVar}}",
 "{{val (array 1 2 3) assign='myVar'}}{{arrayJoin '*' myVar}}",
 "{{val 10 assign='myVar'}}{{#lt myVar 20}}Less Than{{else}}More Than{{/lt}}",
 "\"name{{item.id}}\": \"{{item.name}}\"\n",
 "{{arrayJoin ',' (array 'One\n' 'Two' 'Three')}}",
 "{{arrayJoin ',' 'One\n' 'Two' 'Three'}}",
 "{{arrayJoin ',' 1 2 3}}",
 "{{arrayJoin ',' (array )}}",
 "{{arrayJoin (array 'One' 'Two' 'Three')}}",
 "{{arrayJoin ','}}",
 "{{arrayJoin ',' \"blablabla\"}}",
 "{{arrayJoin ',' (array 'One\n' 'Two' 'Three') prefix=\"p..\" suffix=\"..s\"}}",
 "{{arrayJoin ',' 1 2 3  prefix='p..'}}",
 "{{arrayJoin ',' 1 2 3 suffix='..s'}}",
 "{{arrayJoin ',' 1 2 3  prefix='p..' suffix='..s'}}",
 "{{arrayJoin '*' (array 1 2 3)}}",
 "{{arrayJoin ' ' (array 'WireMock' 'Rocks')}}",
 "{{arrayJoin '' (array 'W' 'i' 'r' 'e' 'M' 'o' 'c' 'k' ' ' 'R' 'o' 'c' 'k' 's')}}",
 "{{arrayJoin \" - * - \" (array 'One' 'Two' 'Three')}}",
 "{{jsonMerge baseJson jsonToMerge removeNulls=true}}",
 "{{jsonMerge baseJson jsonToMerge}}",
 "{{ jsonMerge '{\"id\":456,\"name\":\"bob\"}' '{\"roles\":[\"admin\",\"user\"],\"dob\":\"2024-06-18\"}' }}",
 "{{#formatXml}}\n<foo><bar\n    >wh</bar></foo\n    >\n{{/formatXml}}",
 "{{~formatXml someXml format='pretty'~}}",
 "{{formatXml}}",
 "{{#formatXml}}<foo>Not well formed!</bar>{{/formatXml}}",
 "{\"test\": \"{{jsonPath request.body '$.a.test'}}\"}",
 "{\"test\": \"{{jsonPath request.body '$![bbb'}}\"}",
 "{{#each (jsonPath request.body '$.items') as |item|}}{{item.name}} {{/each}}",
 "{{#each (jsonPath request.body '$.items') as |value key|}}{{key}}: {{value}} {{/each}}",
 "{{#if (jsonPath request.body '$.items.one')}}One{{/if}}\n",
 "{{#if (jsonPath request.body '$.items.two')}}Two{{/if}}",
 "{{jsonPath mapData '$.things'}}",
 "<test>{{xPath request.body '/a/test/text()'}}</test>",
 "<test>{{xPath request.body '/b/test'}}</test>",
 "{{{xPath request.body '/stuff'}}}",
 "{{xPath request.body 'local-name(/*/*[1])'}}",
 "{{xPath request.body 'count(/wrap/*)'}}",
].forEach((t, k) => wm('WireMock test template ' + k + ': ' + t.slice(0, 60), t, { request: wmTestsRequest }));
for (const l of ['en_US', 'en_GB', 'de_DE', 'fr_FR', 'es_ES', 'it_IT', 'nl_NL', 'pt_BR', 'ja_JP', 'de_CH', 'en_IN', 'sv_SE', 'pl_PL'])
    wm('numberFormat in ' + l, `{{numberFormat 1234567.891 'currency' '${l}'}}/{{numberFormat 1234567.891 'default' '${l}'}}/{{numberFormat 0.256 'percent' '${l}'}}/{{numberFormat 1234567.891 'integer' '${l}'}}`);

// Keep answers already recorded for rows that have not changed.
const old = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
const key = (r) => JSON.stringify([r.name, r.template, r.route, r.request, r.recordWith]);
const before = new Map(old.map((r) => [key(r), r]));
for (const r of rows) {
    const o = before.get(key(r));
    if (o && o.expect !== undefined && r.expect === undefined && r.expectRegex === undefined && r.expectError === undefined) r.expect = o.expect;
}
const names = new Set();
for (const r of rows) { if (names.has(r.name)) throw new Error('two rows named ' + r.name); names.add(r.name); }
writeFileSync(file, '[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(rows.length + ' rows');
