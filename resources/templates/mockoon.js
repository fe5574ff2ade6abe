// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The "mockoon" dialect's helpers and request model (README.md in this folder): every helper
// Mockoon 9.9.0 registers (@mockoon/commons-server's templating-helpers), rendering as Mockoon
// renders them. tests/data/templates/mockoon.json holds the rows recorded from the real CLI.
//
// How Mockoon renders, and so how this file does:
// - Handlebars' default compile options: HTML escaping is ON. Helpers that Mockoon makes
//   return a SafeString (body, queryParam, data, stringify-like output, base64) are not
//   escaped; plain strings (header, urlParam, cookie, lowercase, ...) are.
// - The root context is `{}`: a template sees nothing but helpers; setVar/getVar live in the
//   data frame (@-variables), so {{@name}} reads a setVar too.
// - A missing helper called with arguments renders '' (Mockoon's helperMissing).
// - Randomness: faker calls go to env.faker (seeded), Math.random calls (oneOf, someOf, a
//   repeat range) to env.random(); the clock is env.now().
// ES2016 at most, no Intl (QJSEngine 6.4).
(function () {
    'use strict';

    var SafeString = null; // hb.SafeString, set in setup()
    var env = null;
    var cur = null; // the request of the render under way, and what is parsed from it lazily

    var hasOwn = function (o, k) {
        return Object.prototype.hasOwnProperty.call(o, k);
    };

    function isSafe(v) {
        return SafeString !== null && v instanceof SafeString;
    }

    // Mockoon's fromSafeString: a SafeString's text, anything else as it is.
    function plain(v) {
        return isSafe(v) ? v.toString() : v;
    }

    function safe(v) {
        return new SafeString(v);
    }

    // Handlebars appends its options object to every helper call: the arguments before it.
    function params(args) {
        return Array.prototype.slice.call(args, 0, args.length - 1);
    }

    // filter and find: (array, condition...) as Mockoon takes them. '' without an array; with
    // an empty array or no condition, what `trivial` gives; else `search(array, conditions)`.
    function searched(args, search, trivial) {
        var p = params(args);
        if (p.length === 0 || !(p[0] instanceof Array)) {
            return '';
        }
        var arr = p[0];
        var conditions = p.slice(1);
        if (!arr.length || !conditions.length) {
            return trivial(arr);
        }
        return search(arr, conditions);
    }

    function orDefault(v, d) {
        return v === undefined || v === null ? d : v;
    }

    function now() {
        return new Date(env.now());
    }

    // Mockoon's RandomInt(a = 1, b = 0) over Math.random (here the seeded env.random()).
    function randomInt(a, b) {
        if (a === undefined) {
            a = 1;
        }
        if (b === undefined) {
            b = 0;
        }
        var lower = Math.ceil(Math.min(a, b));
        var upper = Math.floor(Math.max(a, b));
        return Math.floor(lower + env.random() * (upper - lower + 1));
    }

    function faker() {
        var f = env.faker;
        if (f && !f.__mbRefDateSet && typeof f.setDefaultRefDate === 'function') {
            // faker's date.past/future/recent/soon count from "now": the renderer's clock.
            f.setDefaultRefDate(function () {
                return new Date(env.now());
            });
            f.__mbRefDateSet = true;
        }
        return f;
    }

    var BUILTIN_ERRORS = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];

    // faker's own FakerError (invalid arguments, an empty dataset). The bundle does not export
    // the class and minifies its name: it is an Error subclass that is none of the built-ins.
    function isFakerError(e) {
        var module = typeof __mbFakerModule !== 'undefined' ? __mbFakerModule : null;
        if (module && typeof module.FakerError === 'function') {
            return e instanceof module.FakerError;
        }
        return e instanceof Error && BUILTIN_ERRORS.indexOf(e.constructor) === -1;
    }

    // Mockoon's safeFakerReturn: a FakerError gives '' instead of failing the render.
    function safeFaker(fn) {
        try {
            return fn();
        } catch (e) {
            if (isFakerError(e)) {
                return '';
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------------------------------
    // A string method on a value as Mockoon calls it (`text.toLowerCase()`), failing with
    // V8's words when the value is no string (QJSEngine words them otherwise).
    function callOn(text, method) {
        if (text === undefined || text === null) {
            throw new TypeError("Cannot read properties of " + text + " (reading '" + method + "')");
        }
        if (typeof text[method] !== 'function') {
            throw new TypeError('text.' + method + ' is not a function');
        }
        return text[method]();
    }

    // ---------------------------------------------------------------------------------------
    // Dates

    var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

    function pad(n, width) {
        var s = String(Math.abs(n));
        while (s.length < width) {
            s = '0' + s;
        }
        return (n < 0 ? '-' : '') + s;
    }

    // V8's Date.prototype.toString (what Mockoon prints for a Date), e.g.
    // "Tue Dec 01 2026 12:16:34 GMT+0000 (Coordinated Universal Time)". QJSEngine prints dates
    // otherwise. V8 names the zone through ICU; without Intl only UTC has its name here.
    function v8DateString(d) {
        if (isNaN(d.getTime())) {
            return 'Invalid Date';
        }
        var offset = -d.getTimezoneOffset();
        var sign = offset < 0 ? '-' : '+';
        var abs = Math.abs(offset);
        var gmt = 'GMT' + sign + pad(Math.floor(abs / 60), 2) + pad(abs % 60, 2);
        var year = d.getFullYear();
        return DAYS[d.getDay()] + ' ' + MONTHS[d.getMonth()] + ' ' + pad(d.getDate(), 2) + ' '
            + (year < 0 ? '-' + pad(-year, 6) : pad(year, 4)) + ' '
            + pad(d.getHours(), 2) + ':' + pad(d.getMinutes(), 2) + ':' + pad(d.getSeconds(), 2)
            + ' ' + gmt + ' (' + (offset === 0 ? 'Coordinated Universal Time' : gmt) + ')';
    }

    function toText(v) {
        if (v instanceof Date) {
            return v8DateString(v);
        }
        return v;
    }

    function printV8() {
        return v8DateString(this);
    }

    // A Date a helper hands on (faker's date.past...) stays a Date for the helpers it goes to,
    // and prints the V8 way wherever it is rendered or joined: its own toString.
    function v8Dates(v) {
        if (v instanceof Date) {
            Object.defineProperty(v, 'toString', { value: printV8, enumerable: false, configurable: true, writable: true });
        } else if (Array.isArray(v)) {
            v.forEach(v8Dates);
        }
        return v;
    }

    var FORMAT_OPTIONS = { useAdditionalWeekYearTokens: true, useAdditionalDayOfYearTokens: true };

    function formatDate(date, format) {
        return env.libs.dateFns.format(date, format, FORMAT_OPTIONS);
    }

    // ---------------------------------------------------------------------------------------
    // Paths into values (Mockoon's getValueFromPath): "a.b.0" (object-path, "\." escapes a
    // dot), or a JSONPath when it starts with "$" and its filters are of the safe kinds.

    function pathArray(str) {
        if (str.indexOf('\\.') !== -1) {
            return str.replace(/\\\./g, '%#%').split('.').map(function (s) {
                return s.replace(/%#%/g, '.');
            });
        }
        return str;
    }

    var FILTER_RE = new RegExp('^[(]*'
        + "(@?\\.?[_a-zA-Z0-9\\-\\[\\]\\.]*|@?\\['[_a-zA-Z0-9\\s]*'\\]|@[a-zA-Z0-9_\\s'\\-\\[\\]\\.]*.match\\(.*\\))"
        + '\\s*(==|!=|===|!==|<|<=|>|>=)?\\s*'
        + "(\"[^\"]*\"|'[^']*'|[0-9.]+|@?\\$?[\\.a-zA-Z0-9_\\[\\]\\s']*|true|false|undefined)?"
        + '[)]*$');

    // Mockoon evaluates only JSONPath filters made of property references, comparisons and
    // literals (no arbitrary script); anything else finds nothing.
    function isSafeJsonPath(path) {
        if (path.length > 1000) {
            return false;
        }
        var m = /\((.*)\)/.exec(path);
        if (!m || !m[1]) {
            return true;
        }
        var filters = m[1].split(/\s*&&\s*|\s*\|\|\s*/g);
        for (var i = 0; i < filters.length; ++i) {
            if (!FILTER_RE.test(filters[i].trim())) {
                return false;
            }
        }
        return true;
    }

    function jsonPath(data, path) {
        return isSafeJsonPath(path)
            ? env.libs.JSONPath({ json: data, path: path, wrap: false })
            : undefined;
    }

    function isContainer(data) {
        return Array.isArray(data) || typeof data === 'object';
    }

    function valueAt(data, path, defaultValue) {
        if (isContainer(data) && typeof path === 'string' && path !== '') {
            var found = path.charAt(0) === '$'
                ? jsonPath(data, path)
                : env.libs.objectPath.get(data, pathArray(path));
            return found !== undefined ? found : defaultValue;
        }
        return data;
    }

    function valueAtJsonPath(data, path, defaultValue) {
        if (isContainer(data) && typeof path === 'string' && path !== '') {
            var found = jsonPath(data, path);
            return found !== undefined ? found : defaultValue;
        }
        return data;
    }

    function valueAtObjectPath(data, path, defaultValue) {
        if (isContainer(data) && typeof path === 'string' && path !== '') {
            var found = env.libs.objectPath.get(data, pathArray(path));
            return found !== undefined ? found : defaultValue;
        }
        return data;
    }

    // ---------------------------------------------------------------------------------------
    // The request as Express and Mockoon see it

    // qs's decoder: '+' is a space, a bad escape stays as written.
    function qsDecode(s) {
        var text = s.replace(/\+/g, ' ');
        try {
            return decodeURIComponent(text);
        } catch (e) {
            return text;
        }
    }

    function arrayToObject(a) {
        var o = {};
        for (var i = 0; i < a.length; ++i) {
            if (a[i] !== undefined) {
                o[i] = a[i];
            }
        }
        return o;
    }

    // qs's merge of one parsed key into what is parsed so far.
    function qsMerge(target, source) {
        if (source === undefined || source === null) {
            return target;
        }
        if (typeof source !== 'object') {
            if (Array.isArray(target)) {
                target.push(source);
            } else if (target && typeof target === 'object') {
                target[source] = true;
            } else {
                return [target, source];
            }
            return target;
        }
        if (!target || typeof target !== 'object') {
            return [target].concat(source);
        }
        var into = target;
        if (Array.isArray(target) && !Array.isArray(source)) {
            into = arrayToObject(target);
        }
        if (Array.isArray(target) && Array.isArray(source)) {
            source.forEach(function (item, i) {
                if (hasOwn(target, i)) {
                    var t = target[i];
                    if (t && typeof t === 'object' && item && typeof item === 'object') {
                        target[i] = qsMerge(t, item);
                    } else {
                        target.push(item);
                    }
                } else {
                    target[i] = item;
                }
            });
            return target;
        }
        Object.keys(source).forEach(function (k) {
            into[k] = hasOwn(into, k) ? qsMerge(into[k], source[k]) : source[k];
        });
        return into;
    }

    // Arrays with holes (a[1]=x) close up, as qs's compact does.
    function qsCompact(v) {
        if (Array.isArray(v)) {
            var out = [];
            for (var i = 0; i < v.length; ++i) {
                if (v[i] !== undefined) {
                    out.push(qsCompact(v[i]));
                }
            }
            return out;
        }
        if (v && typeof v === 'object') {
            Object.keys(v).forEach(function (k) {
                v[k] = qsCompact(v[k]);
            });
        }
        return v;
    }

    // One "a[b][]=v" key as nested objects/arrays around its value (qs's parseKeys): the
    // text before the first bracket pair, then up to `depth` pairs, then the rest as one key.
    function qsNest(key, value, depth, arrayLimit) {
        var first = depth > 0 ? /(\[[^[\]]*])/.exec(key) : null;
        var parent = first ? key.slice(0, first.index) : key;
        var segments = [];
        if (parent) {
            segments.push(parent);
        }
        var child = /(\[[^[\]]*])/g;
        var m = null;
        var used = 0;
        while (depth > 0 && (m = child.exec(key)) !== null && used < depth) {
            used += 1;
            segments.push(m[1]);
        }
        if (m) {
            segments.push('[' + key.slice(m.index) + ']');
        }
        if (!key) {
            return undefined;
        }
        var leaf = value;
        for (var i = segments.length - 1; i >= 0; --i) {
            var root = segments[i];
            var obj;
            if (root === '[]') {
                obj = [].concat(leaf);
            } else {
                obj = {};
                var clean = root.charAt(0) === '[' && root.charAt(root.length - 1) === ']'
                    ? root.slice(1, -1) : root;
                var index = parseInt(clean, 10);
                if (!isNaN(index) && root !== clean && String(index) === clean
                    && index >= 0 && index <= arrayLimit) {
                    obj = [];
                    obj[index] = leaf;
                } else if (clean !== '__proto__') {
                    obj[clean] = leaf;
                }
            }
            leaf = obj;
        }
        return leaf;
    }

    // qs.parse(text, { depth, arrayLimit }): what Express gives as req.query ("extended"
    // parser: depth 5, arrayLimit 1000) and Mockoon as a form body (depth 10).
    function qsParse(text, depth, arrayLimit) {
        var result = {};
        if (typeof text !== 'string' || text === '') {
            return result;
        }
        var flat = {};
        var order = [];
        var parts = text.split('&', 1000);
        for (var i = 0; i < parts.length; ++i) {
            var part = parts[i];
            if (!part) {
                continue;
            }
            var bracketEq = part.indexOf(']=');
            var pos = bracketEq === -1 ? part.indexOf('=') : bracketEq + 1;
            var key;
            var val;
            if (pos === -1) {
                key = qsDecode(part);
                val = '';
            } else {
                key = qsDecode(part.slice(0, pos));
                val = qsDecode(part.slice(pos + 1));
            }
            if (hasOwn(flat, key)) {
                flat[key] = [].concat(flat[key], val);
            } else {
                flat[key] = val;
                order.push(key);
            }
        }
        for (var k = 0; k < order.length; ++k) {
            var nested = qsNest(order[k], flat[order[k]], depth, arrayLimit);
            if (nested !== undefined) {
                result = qsMerge(result, nested);
            }
        }
        return qsCompact(result);
    }

    // Node folds repeated headers into one value: these keep the first, Set-Cookie is a
    // list, Cookie joins with "; ", every other joins with ", ".
    var SINGLE_HEADERS = ['age', 'authorization', 'content-length', 'content-type', 'etag',
        'expires', 'from', 'host', 'if-modified-since', 'if-unmodified-since', 'last-modified',
        'location', 'max-forwards', 'proxy-authorization', 'referer', 'retry-after', 'server',
        'user-agent'];

    function headerObject(pairs) {
        var o = {};
        for (var i = 0; i < pairs.length; ++i) {
            var name = String(pairs[i][0]).toLowerCase();
            var value = String(pairs[i][1]);
            if (!hasOwn(o, name)) {
                o[name] = name === 'set-cookie' ? [value] : value;
            } else if (name === 'set-cookie') {
                o[name].push(value);
            } else if (SINGLE_HEADERS.indexOf(name) === -1) {
                o[name] += (name === 'cookie' ? '; ' : ', ') + value;
            }
        }
        return o;
    }

    // cookie-parser: the first of each name, quotes dropped, %-escapes decoded, "j:" JSON.
    function parseCookies(header) {
        var out = {};
        if (typeof header !== 'string' || header === '') {
            return out;
        }
        var pieces = header.split(';');
        for (var i = 0; i < pieces.length; ++i) {
            var eq = pieces[i].indexOf('=');
            if (eq === -1) {
                continue;
            }
            var name = pieces[i].slice(0, eq).trim();
            if (!name || hasOwn(out, name)) {
                continue;
            }
            var value = pieces[i].slice(eq + 1).trim();
            if (value.charAt(0) === '"' && value.charAt(value.length - 1) === '"' && value.length > 1) {
                value = value.slice(1, -1);
            }
            if (value.indexOf('%') !== -1) {
                try {
                    value = decodeURIComponent(value);
                } catch (e) {
                    // kept as written
                }
            }
            if (value.slice(0, 2) === 'j:') {
                try {
                    value = JSON.parse(value.slice(2));
                } catch (e) {
                    // kept as written
                }
            }
            out[name] = value;
        }
        return out;
    }

    function isJsonType(type) {
        return type.indexOf('application/json') !== -1 || /application\/.*\+json/i.test(type);
    }

    // The body as Mockoon parses it by the (lower-cased) Content-Type: JSON, a form (qs,
    // depth 10), multipart fields (files as {filename, mimetype, size}), XML (xml-js compact).
    // Anything else, or a body that does not parse, leaves it undefined.
    function parseBody(text, type, rawType) {
        if (!type) {
            return undefined;
        }
        try {
            if (isJsonType(type)) {
                return JSON.parse(text);
            }
            if (type.indexOf('application/x-www-form-urlencoded') !== -1) {
                return qsParse(text, 10, 20);
            }
            if (type.indexOf('multipart/form-data') !== -1) {
                return parseMultipart(text, rawType);
            }
            if (type.indexOf('application/xml') !== -1 || type.indexOf('application/soap+xml') !== -1
                || type.indexOf('text/xml') !== -1) {
                return parseXml(text);
            }
        } catch (e) {
            return undefined;
        }
        return undefined;
    }

    function parseMultipart(text, type) {
        var m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
        if (!m) {
            return undefined;
        }
        var boundary = '--' + (m[1] || m[2]).trim();
        var parts = text.split(boundary);
        var body;
        var flat = [];
        for (var i = 1; i < parts.length; ++i) {
            var part = parts[i];
            if (part.slice(0, 2) === '--') {
                break;
            }
            part = part.replace(/^\r?\n/, '');
            var split = part.search(/\r?\n\r?\n/);
            if (split === -1) {
                continue;
            }
            var head = part.slice(0, split);
            var content = part.slice(split).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
            var disposition = /content-disposition:[^\r\n]*/i.exec(head);
            if (!disposition) {
                continue;
            }
            var name = /\bname="([^"]*)"/i.exec(disposition[0]);
            if (!name) {
                continue;
            }
            var filename = /\bfilename="([^"]*)"/i.exec(disposition[0]);
            var value = content;
            if (filename) {
                var mime = /content-type:\s*([^\r\n]*)/i.exec(head);
                value = { filename: filename[1], mimetype: mime ? mime[1].trim() : 'text/plain',
                    size: utf8Length(content) };
            }
            flat.push([name[1], value]);
        }
        for (var j = 0; j < flat.length; ++j) {
            if (body === undefined) {
                body = {};
            }
            var key = flat[j][0];
            if (key.indexOf('[') === -1 && body[key] !== undefined && !Array.isArray(body[key])) {
                body[key] = [body[key]];
            }
            if (key.indexOf('[') === -1 && Array.isArray(body[key])) {
                body[key].push(flat[j][1]);
                continue;
            }
            var nested = qsNest(key, flat[j][1], 20, 10000);
            if (nested !== undefined) {
                body = qsMerge(body, nested);
            }
        }
        return body;
    }

    function utf8Length(s) {
        var n = 0;
        for (var i = 0; i < s.length; ++i) {
            var c = s.charCodeAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (c >= 0xd800 && c < 0xdc00) {
                n += 4;
                ++i;
            } else {
                n += 3;
            }
        }
        return n;
    }

    var XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

    function xmlText(s) {
        return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, function (all, e) {
            if (e.charAt(0) === '#') {
                var code = e.charAt(1) === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
                return String.fromCharCode(code);
            }
            return hasOwn(XML_ENTITIES, e) ? XML_ENTITIES[e] : all;
        });
    }

    function xmlAdd(node, key, value) {
        if (!hasOwn(node, key)) {
            node[key] = value;
        } else if (Array.isArray(node[key])) {
            node[key].push(value);
        } else {
            node[key] = [node[key], value];
        }
    }

    function xmlAttributes(text) {
        var attrs = {};
        var re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
        var m;
        var any = false;
        while ((m = re.exec(text)) !== null) {
            attrs[m[1]] = xmlText(m[2] !== undefined ? m[2] : m[3]);
            any = true;
        }
        return any ? attrs : null;
    }

    // xml-js's xml2js(text, { compact: true }): elements as keys, repeats as arrays, text as
    // _text, attributes as _attributes, the declaration as _declaration, CDATA as _cdata.
    function parseXml(text) {
        var root = {};
        var stack = [root];
        var re = /<\?xml([^?]*)\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;
        var m;
        while ((m = re.exec(text)) !== null) {
            var top = stack[stack.length - 1];
            if (m[1] !== undefined) {
                var decl = {};
                var a = xmlAttributes(m[1]);
                if (a) {
                    decl._attributes = a;
                }
                root._declaration = decl;
            } else if (m[2] !== undefined) {
                xmlAdd(top, '_cdata', m[2]);
            } else if (m[4] !== undefined) {
                if (m[3] === '/') {
                    if (stack.length > 1) {
                        stack.pop();
                    }
                    continue;
                }
                var el = {};
                var attrs = xmlAttributes(m[5]);
                if (attrs) {
                    el._attributes = attrs;
                }
                xmlAdd(top, m[4], el);
                if (m[6] !== '/' && !/\/\s*$/.test(m[5])) {
                    stack.push(el);
                }
            } else if (m[7] !== undefined) {
                if (m[7].trim() !== '' && stack.length > 1) {
                    xmlAdd(top, '_text', xmlText(m[7].trim()));
                }
            }
        }
        if (stack.length > 1) {
            throw new Error('unclosed XML element');
        }
        return root;
    }

    // Express's req.hostname: the Host header without its port ([v6] kept whole).
    function hostnameOf(host) {
        if (!host) {
            return undefined;
        }
        var offset = host.charAt(0) === '[' ? host.indexOf(']') + 1 : 0;
        var colon = host.indexOf(':', offset);
        return colon !== -1 ? host.slice(0, colon) : host;
    }

    function decodeParam(v) {
        try {
            return decodeURIComponent(v);
        } catch (e) {
            return v;
        }
    }

    function model() {
        if (cur.model) {
            return cur.model;
        }
        var r = cur.request;
        var headers = headerObject(r.headers || []);
        var type = typeof headers['content-type'] === 'string' ? headers['content-type'].toLowerCase() : '';
        var params = Object.create(null);
        var p = r.params || {};
        Object.keys(p).forEach(function (k) {
            params[k] = String(p[k]);
        });
        var m = {
            headers: headers,
            query: qsParse(r.queryString || '', 5, 1000),
            params: params,
            cookies: parseCookies(headers.cookie),
            stringBody: r.body || '',
            body: parseBody(r.body || '', type, headers['content-type']),
            hostname: hostnameOf(headers.host)
        };
        cur.model = m;
        return m;
    }

    function header(name) {
        var h = model().headers;
        var key = String(name).toLowerCase();
        if (key === 'referer' || key === 'referrer') {
            return h.referrer || h.referer;
        }
        return h[key];
    }

    // ---------------------------------------------------------------------------------------
    // base64 (Node's Buffer: decoding skips characters outside both alphabets, stops at '=')

    var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

    function utf8Bytes(s) {
        var out = [];
        for (var i = 0; i < s.length; ++i) {
            var c = s.charCodeAt(i);
            if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
                var d = s.charCodeAt(i + 1);
                if (d >= 0xdc00 && d < 0xe000) {
                    c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
                    ++i;
                } else {
                    c = 0xfffd;
                }
            } else if (c >= 0xd800 && c < 0xe000) {
                c = 0xfffd;
            }
            if (c < 0x80) {
                out.push(c);
            } else if (c < 0x800) {
                out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
            } else if (c < 0x10000) {
                out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
            } else {
                out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
            }
        }
        return out;
    }

    // UTF-8 bytes to text, each bad sequence as U+FFFD (Buffer#toString('utf-8')).
    function utf8Text(bytes) {
        var out = '';
        var i = 0;
        while (i < bytes.length) {
            var b = bytes[i];
            var need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
            if (need === 0) {
                out += String.fromCharCode(b);
                ++i;
                continue;
            }
            if (need < 0) {
                out += '\ufffd';
                ++i;
                continue;
            }
            var c = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
            var j = 1;
            for (; j <= need; ++j) {
                var n = bytes[i + j];
                var lo = 0x80;
                var hi = 0xbf;
                if (j === 1 && b === 0xe0) {
                    lo = 0xa0;
                } else if (j === 1 && b === 0xed) {
                    hi = 0x9f;
                } else if (j === 1 && b === 0xf0) {
                    lo = 0x90;
                } else if (j === 1 && b === 0xf4) {
                    hi = 0x8f;
                }
                if (n === undefined || n < lo || n > hi) {
                    break;
                }
                c = (c << 6) | (n & 63);
            }
            if (j <= need) {
                out += '\ufffd';
                i += j;
                continue;
            }
            if (c >= 0x10000) {
                c -= 0x10000;
                out += String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
            } else {
                out += String.fromCharCode(c);
            }
            i += need + 1;
        }
        return out;
    }

    function toBase64(text, url) {
        var bytes = utf8Bytes(text);
        var out = '';
        for (var i = 0; i < bytes.length; i += 3) {
            var n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
            out += B64.charAt(n >> 18) + B64.charAt((n >> 12) & 63)
                + (i + 1 < bytes.length ? B64.charAt((n >> 6) & 63) : '=')
                + (i + 2 < bytes.length ? B64.charAt(n & 63) : '=');
        }
        if (url) {
            out = out.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        }
        return out;
    }

    function fromBase64(text) {
        var bits = 0;
        var count = 0;
        var bytes = [];
        for (var i = 0; i < text.length; ++i) {
            var ch = text.charAt(i);
            if (ch === '=') {
                break;
            }
            var v = ch === '-' ? 62 : ch === '_' ? 63 : B64.indexOf(ch);
            if (v === -1) {
                continue;
            }
            bits = (bits << 6) | v;
            count += 6;
            if (count >= 8) {
                count -= 8;
                bytes.push((bits >> count) & 0xff);
            }
        }
        return utf8Text(bytes);
    }

    function base64Helper(encode) {
        return function () {
            var options = arguments[arguments.length - 1];
            var content = arguments.length === 1 ? options.fn(options) : arguments[0];
            return safe(encode(content.toString()));
        };
    }

    // ---------------------------------------------------------------------------------------
    // Arrays

    // filter / find: each condition is a value (===) or an object whose keys must all fit;
    // several conditions are an OR, an array of conditions an AND (and so on, alternating).
    function fits(payload, condition) {
        if (condition !== null && typeof condition === 'object' && !Array.isArray(condition)) {
            if (typeof payload === 'object') {
                return Object.keys(condition).every(function (k) {
                    return fits(payload === null ? undefined : payload[k], plain(condition[k]));
                });
            }
            return false;
        }
        return payload === condition;
    }

    function allOf(item, conditions) {
        return conditions.every(function (c) {
            return Array.isArray(c) ? anyOf(item, c) : fits(item, c);
        });
    }

    function anyOf(item, conditions) {
        return conditions.some(function (c) {
            return Array.isArray(c) ? allOf(item, c) : fits(item, c);
        });
    }

    // String order of Mockoon's localeCompare sorts (V8's ICU root collation): letters before
    // case, accents after. Without Intl this compares case-folded, accent-stripped text first.
    function foldKey(s) {
        var t = String(s);
        if (typeof t.normalize === 'function') {
            t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        }
        return t.toLowerCase();
    }

    function collate(a, b) {
        var fa = foldKey(a);
        var fb = foldKey(b);
        if (fa !== fb) {
            return fa < fb ? -1 : 1;
        }
        // the same letters: lower case before upper case, as ICU orders them
        var sa = String(a);
        var sb = String(b);
        if (sa === sb) {
            return 0;
        }
        for (var i = 0; i < Math.min(sa.length, sb.length); ++i) {
            var ca = sa.charAt(i);
            var cb = sb.charAt(i);
            if (ca !== cb) {
                var la = ca === ca.toLowerCase();
                var lb = cb === cb.toLowerCase();
                if (la !== lb) {
                    return la ? -1 : 1;
                }
                return ca < cb ? -1 : 1;
            }
        }
        return sa.length - sb.length;
    }

    // ---------------------------------------------------------------------------------------
    // Arithmetic: Mockoon reduces over every argument, skipping non-numbers (and the options
    // object); the first argument is the start even when it is not a number.

    function reduceNumbers(args, op) {
        if (args.length === 1) {
            return '';
        }
        var list = Array.prototype.slice.call(args);
        return list.reduce(function (acc, item, index) {
            if (!isNaN(Number(plain(item))) && index !== list.length - 1 && op.ok(item)) {
                return op.fn(Number(acc), Number(item));
            }
            return Number(acc);
        });
    }

    function compare(fn) {
        return function (a, b) {
            var x = Number(a);
            var y = Number(b);
            if (isNaN(x) || isNaN(y)) {
                return false;
            }
            return fn(x, y);
        };
    }

    function firstNumber(fn) {
        return function () {
            var p = params(arguments);
            if (p.length === 0) {
                return '';
            }
            return fn(Number(p[0]));
        };
    }

    function padHelper(start) {
        return function () {
            var p = params(arguments);
            if (p.length === 0) {
                return '';
            }
            var value = typeof p[0] !== 'string' ? String(p[0]) : p[0];
            var length = p.length >= 2 ? (typeof p[1] !== 'number' ? Number(p[1]) : p[1]) : 0;
            var fill = p.length === 3 ? (typeof p[2] !== 'string' ? String(p[2]) : p[2]) : ' ';
            return start ? value.padStart(length, fill) : value.padEnd(length, fill);
        };
    }

    function escapeRegExp(text) {
        return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    }

    function replaceHelper(all) {
        return function () {
            var p = params(arguments);
            if (p.length < 3) {
                return '';
            }
            var input = plain(p[0]);
            var search = plain(p[1]);
            var replacement = plain(p[2]);
            if (typeof input !== 'string' || typeof search !== 'string' || typeof replacement !== 'string') {
                return '';
            }
            if (search === '') {
                return input;
            }
            return all ? input.replace(new RegExp(escapeRegExp(search), 'g'), replacement)
                : input.replace(search, replacement);
        };
    }

    // String arguments of indexOf/includes/substr: an object (but a SafeString) or a missing
    // one is '' (or the default), anything else its text.
    function argText(v, missing) {
        if ((typeof v === 'object' || v === undefined) && !isSafe(v)) {
            return missing;
        }
        return v.toString();
    }

    function jwtHelper(part) {
        return function () {
            var p = params(arguments);
            if (p.length < 1) {
                return undefined;
            }
            var jwt = plain(p[0]);
            var key = plain(p[1]);
            if (typeof jwt !== 'string') {
                return undefined;
            }
            jwt = jwt.replace(/^Bearer /, '');
            try {
                var payload = JSON.parse(fromBase64(String(jwt.split('.')[part])));
                return key !== undefined ? payload[key] : payload;
            } catch (e) {
                return undefined;
            }
        };
    }

    // Faker shortcuts of older Mockoon versions, each one faker call.
    function fakerCall(module, method, safeCall) {
        return function () {
            var fn = faker()[module][method];
            return safeCall ? safeFaker(function () {
                return fn();
            }) : fn();
        };
    }

    // ---------------------------------------------------------------------------------------
    // Data buckets and global variables (env.state)

    // Mockoon finds a data bucket by its id or by a part of its name (case-insensitive), the
    // first in the environment's order. With the stores' names (env.state.dataNames(), when the
    // renderer gives them) the same; without, the store of exactly that name.
    function bucketName(name) {
        var wanted = String(plain(name));
        if (typeof env.state.dataNames !== 'function') {
            return wanted;
        }
        var names = env.state.dataNames() || [];
        var lower = wanted.toLowerCase();
        for (var i = 0; i < names.length; ++i) {
            var n = String(names[i]);
            if (n === wanted || n.toLowerCase().indexOf(lower) !== -1) {
                return n;
            }
        }
        return wanted;
    }

    function bucketValue(name) {
        return env.state.data(bucketName(name));
    }

    var helpers = {
        // ---- request
        body: function () {
            var p = params(arguments);
            var path = String(orDefault(plain(p[0]), ''));
            var defaultValue = orDefault(plain(p[1]), '');
            var stringify = orDefault(p[2], false);
            var m = model();
            if (path === '') {
                return safe(m.stringBody);
            }
            var value = m.body ? m.body : defaultValue;
            value = valueAt(value, path, defaultValue);
            if (Array.isArray(value) || typeof value === 'object' || stringify) {
                return safe(JSON.stringify(value));
            }
            return safe(value);
        },
        bodyRaw: function () {
            var p = params(arguments);
            var path = String(orDefault(plain(p[0]), ''));
            var defaultValue = orDefault(plain(p[1]), '');
            var m = model();
            if (!m.body) {
                return defaultValue;
            }
            return valueAt(m.body, path, defaultValue);
        },
        urlParam: function (name) {
            return model().params[name];
        },
        urlParams: function () {
            // Express's req.params has no prototype, so Mockoon cannot render it whole; its
            // error, in V8's words, rather than QJSEngine's "Type error".
            var params = model().params;
            var copy = Object.create(null);
            Object.keys(params).forEach(function (k) {
                copy[k] = params[k];
            });
            Object.defineProperty(copy, 'toString', {
                value: function () {
                    throw new TypeError('Cannot convert object to primitive value');
                },
                enumerable: false
            });
            return copy;
        },
        queryParam: function () {
            var p = params(arguments);
            var path = String(orDefault(plain(p[0]), ''));
            var defaultValue = orDefault(plain(p[1]), '');
            var stringify = orDefault(p[2], false);
            var value = valueAt(model().query, path, defaultValue);
            if (Array.isArray(value) || typeof value === 'object' || stringify) {
                return safe(JSON.stringify(value));
            }
            return safe(value);
        },
        queryParamRaw: function () {
            var p = params(arguments);
            var path = String(orDefault(plain(p[0]), ''));
            var defaultValue = orDefault(plain(p[1]), '');
            return valueAt(model().query, path, defaultValue);
        },
        queryParams: function () {
            return model().query;
        },
        header: function (name, defaultValue) {
            if (typeof defaultValue === 'object') {
                defaultValue = '';
            }
            if (typeof name === 'object') {
                return defaultValue;
            }
            return header(name) || defaultValue;
        },
        headers: function () {
            return model().headers;
        },
        cookie: function (key, defaultValue) {
            if (typeof defaultValue === 'object') {
                defaultValue = '';
            }
            return model().cookies[key] || defaultValue;
        },
        baseUrl: function () {
            var r = cur.request;
            return (r.protocol === 'https' ? 'https' : 'http') + '://' + model().hostname + ':' + r.port;
        },
        hostname: function () {
            return model().hostname;
        },
        ip: function () {
            return cur.request.ip;
        },
        method: function () {
            return cur.request.method;
        },

        // ---- response
        // Sets the response's status code (a number or its text); without one, nothing.
        status: function () {
            var p = params(arguments);
            if (p.length && p[0] !== undefined && p[0] !== null && typeof env.setStatus === 'function') {
                env.setStatus(Number(plain(p[0])));
            }
            return '';
        },

        // ---- system
        // Mockoon reads process.env (MOCKOON_ prefix); templates here see no environment
        // variables, so the default (or '').
        getEnvVar: function () {
            var p = params(arguments);
            if (p.length <= 0) {
                return undefined;
            }
            return orDefault(plain(p[1]), '');
        },

        // ---- data buckets, variables
        data: function () {
            var p = params(arguments);
            if (p.length < 1) {
                return undefined;
            }
            var bucket = bucketValue(p[0]);
            if (bucket === undefined) {
                return undefined;
            }
            var value = valueAt(bucket, plain(p[1]), '');
            if (Array.isArray(value) || typeof value === 'object') {
                return safe(JSON.stringify(value));
            }
            return safe(value);
        },
        dataRaw: function () {
            var p = params(arguments);
            if (p.length < 1) {
                return undefined;
            }
            var bucket = bucketValue(p[0]);
            if (bucket === undefined) {
                return undefined;
            }
            return valueAt(bucket, plain(p[1]), '');
        },
        setData: function () {
            var p = params(arguments);
            if (p.length < 2) {
                return undefined;
            }
            var operator = String(plain(p[0]));
            if (['push', 'del', 'inc', 'dec', 'invert', 'set', 'merge'].indexOf(operator) === -1) {
                operator = 'set';
            }
            var name = bucketName(p[1]);
            var value = env.state.data(name);
            if (value === undefined) {
                return undefined;
            }
            var op = env.libs.objectPath;
            var path = pathArray(String(orDefault(plain(p[2]), '')));
            var newValue = plain(p[3]);
            var isObject = function (v) {
                return typeof v === 'object' && !Array.isArray(v) && v !== null;
            };
            if (operator === 'set') {
                if (path) {
                    op.set(value, path, newValue);
                } else {
                    value = newValue;
                }
            } else if (operator === 'merge') {
                var current = path ? op.get(value, path) : value;
                var merged = newValue;
                if (isObject(current) && isObject(newValue)) {
                    merged = Object.assign({}, current, newValue);
                }
                if (path) {
                    op.set(value, path, merged);
                } else {
                    value = merged;
                }
            } else if (operator === 'push') {
                if (path && Array.isArray(op.get(value, path))) {
                    op.push(value, path, newValue);
                } else if (!path && Array.isArray(value)) {
                    value.push(newValue);
                }
            } else if (operator === 'del') {
                if (path) {
                    op.del(value, path);
                } else {
                    value = undefined;
                }
            } else if ((operator === 'inc' || operator === 'dec') && (!newValue || !isNaN(Number(newValue)))) {
                var step = (Number(newValue) ? Number(newValue) : 1) * (operator === 'inc' ? 1 : -1);
                if (path && !isNaN(Number(op.get(value, path)))) {
                    op.set(value, path, Number(op.get(value, path)) + step);
                } else if (!path && !isNaN(Number(value))) {
                    value = Number(value) + step;
                }
            } else if (operator === 'invert') {
                if (path && typeof op.get(value, path) === 'boolean') {
                    op.set(value, path, !op.get(value, path));
                } else if (!path && typeof value === 'boolean') {
                    value = !value;
                }
            }
            env.state.setData(name, value === undefined ? null : value);
            return undefined;
        },
        setGlobalVar: function () {
            var p = params(arguments);
            if (p.length < 2) {
                return undefined;
            }
            env.state.setGlobalVar(String(plain(p[0])), plain(p[1]));
            return undefined;
        },
        getGlobalVar: function () {
            var p = params(arguments);
            if (p.length < 1) {
                return undefined;
            }
            var value = env.state.globalVar(String(plain(p[0])));
            var defaultValue = orDefault(plain(p[2]), '');
            if (value === undefined) {
                return defaultValue;
            }
            return valueAt(value, plain(p[1]), defaultValue);
        },
        setVar: function () {
            if (arguments.length < 3) {
                return undefined;
            }
            var options = arguments[arguments.length - 1];
            if (!options.data) {
                options.data = {};
            }
            options.data[plain(arguments[0])] = plain(arguments[1]);
            return undefined;
        },
        getVar: function () {
            if (arguments.length < 2) {
                return undefined;
            }
            var options = arguments[arguments.length - 1];
            if (!options.data) {
                options.data = {};
            }
            return options.data[plain(arguments[0])];
        },

        // ---- faker
        faker: function () {
            var args = Array.prototype.slice.call(arguments);
            var options = args[args.length - 1];
            var line = options && options.loc && options.loc.start ? options.loc.start.line : undefined;
            var name = args.length === 1 ? '' : plain(args[0]);
            if (typeof name !== 'string') {
                throw new Error('Faker method name must be a string (valid: "location.zipCode", "date.past", etc) line ' + line);
            }
            var split = name.split('.');
            var f = faker();
            var module = split[0] ? f[split[0]] : undefined;
            if (!/^[a-z]+\.[a-z0-9]+$/i.exec(name) || !split[0] || !split[1] || !module
                || !module[split[1]]) {
                throw new Error((name ? name + ' is not a valid Faker method' : 'Faker method name is missing')
                    + ' (valid: "location.zipCode", "date.past", etc) line ' + line);
            }
            var fn = module[split[1]];
            var fakerArgs = [];
            args.slice(1, args.length - 1).forEach(function (arg) {
                if (typeof arg === 'string' && arg.charAt(0) === '{' && arg.charAt(arg.length - 1) === '}') {
                    // Mockoon's object arguments: backslashes dropped, keys quoted, then JSON
                    var text = arg.replace(/\\/g, '').replace(/(['"])?([a-zA-Z0-9_]+)(['"])?:/g, '"$2": ');
                    var object;
                    try {
                        object = JSON.parse(text);
                    } catch (e) {
                        object = null;
                    }
                    if (object === null) {
                        throw new Error('Error in parsing object argument ' + arg);
                    }
                    fakerArgs.push(object);
                } else {
                    fakerArgs.push(arg);
                }
            });
            if (options && options.hash && Object.keys(options.hash).length) {
                fakerArgs.push(options.hash);
            }
            return v8Dates(safeFaker(function () {
                return fn.apply(module, fakerArgs);
            }));
        },
        boolean: function () {
            return faker().datatype.boolean();
        },
        int: function () {
            var o = { precision: 1 };
            if (arguments.length >= 2 && typeof arguments[0] === 'number') {
                o.min = arguments[0];
            }
            if (arguments.length >= 3 && typeof arguments[1] === 'number') {
                o.max = arguments[1];
            }
            return faker().number.int(o);
        },
        float: function () {
            var o = { precision: Math.pow(10, -10) };
            if (arguments.length >= 2 && typeof arguments[0] === 'number') {
                o.min = arguments[0];
            }
            if (arguments.length >= 3 && typeof arguments[1] === 'number') {
                o.max = arguments[1];
            }
            return faker().number.float(o);
        },
        uuid: function () {
            return faker().string.uuid();
        },
        guid: function () {
            return faker().string.uuid();
        },
        objectId: function () {
            return faker().database.mongodbObjectId();
        },
        hexColor: function () {
            return faker().color.rgb({ format: 'hex', casing: 'lower' });
        },
        ipv4: fakerCall('internet', 'ipv4', false),
        ipv6: fakerCall('internet', 'ipv6', false),
        lat: fakerCall('location', 'latitude', false),
        long: fakerCall('location', 'longitude', false),
        city: fakerCall('location', 'city', true),
        color: fakerCall('color', 'human', true),
        company: fakerCall('company', 'name', true),
        country: fakerCall('location', 'country', true),
        countryCode: fakerCall('location', 'countryCode', true),
        domain: fakerCall('internet', 'domainName', true),
        email: fakerCall('internet', 'email', true),
        firstName: fakerCall('person', 'firstName', true),
        lastName: fakerCall('person', 'lastName', true),
        phone: fakerCall('phone', 'number', true),
        postcode: fakerCall('location', 'zipCode', true),
        zipcode: fakerCall('location', 'zipCode', true),
        street: fakerCall('location', 'streetAddress', true),
        tld: fakerCall('internet', 'domainSuffix', true),
        lorem: function () {
            var count;
            if (arguments.length >= 2 && typeof arguments[0] === 'number') {
                count = arguments[0];
            }
            return safeFaker(function () {
                return faker().lorem.sentence(count);
            });
        },
        title: function () {
            var sex;
            if (arguments.length >= 2 && typeof arguments[0] === 'string') {
                sex = arguments[0];
            }
            return safeFaker(function () {
                return faker().person.prefix(sex);
            });
        },

        // ---- random (Math.random in Mockoon)
        oneOf: function () {
            var p = params(arguments);
            if (p.length === 0) {
                return '';
            }
            var list;
            var stringify = false;
            if (Array.isArray(p[0])) {
                list = p[0] || [];
                if (p.length >= 2) {
                    stringify = p[1];
                }
            } else {
                list = p;
            }
            var result = list[randomInt(0, list.length - 1)];
            return stringify ? safe(JSON.stringify(result)) : result;
        },
        someOf: function (list, min, max, stringify) {
            // Mockoon sorts the list itself with a random comparator, then keeps a random count.
            var picked = list.sort(function () {
                return 0.5 - env.random();
            }).slice(0, randomInt(min, max));
            if (stringify === true) {
                return JSON.stringify(picked);
            }
            return picked;
        },
        repeat: function () {
            var args = Array.prototype.slice.call(arguments);
            var options = args[args.length - 1];
            var data = Object.assign({}, options.data);
            var count;
            if (arguments.length === 3) {
                count = randomInt(args[0], args[1]);
            } else if (arguments.length === 2) {
                count = args[0];
            } else {
                throw new Error('The repeat helper requires a numeric param');
            }
            var content = '';
            for (var i = 0; i < count; i++) {
                data.index = i;
                data.total = count;
                data.first = i === 0;
                data.last = i === count - 1;
                content = content + options.fn(this, { data: data });
                if (options.hash.comma !== false) {
                    content = content.replace(/\s+$/, '');
                    if (i < count - 1 && content.charAt(content.length - 1) !== ',') {
                        content += ',';
                    } else if (i === count - 1 && content.charAt(content.length - 1) === ',') {
                        content = content.slice(0, -1);
                    }
                    content += '\n';
                }
            }
            return content;
        },

        // ---- dates
        now: function (format) {
            return formatDate(now(), typeof format === 'string' ? format : "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
        },
        date: function () {
            var from = plain(arguments[0]);
            var to = plain(arguments[1]);
            if (arguments.length >= 3 && typeof from === 'string' && typeof to === 'string') {
                var random = faker().date.between({ from: from, to: to });
                if (arguments.length === 4 && typeof arguments[2] === 'string') {
                    return formatDate(random, arguments[2]);
                }
                return v8DateString(random);
            }
            return '';
        },
        time: function () {
            var format;
            var o = { from: '1970-01-01T00:00:00', to: '1970-01-01T23:59:00' };
            if (arguments.length >= 3 && typeof arguments[0] === 'string' && typeof arguments[1] === 'string') {
                o.from = '1970-01-01T' + arguments[0];
                o.to = '1970-01-01T' + arguments[1];
                if (arguments.length === 4 && typeof arguments[2] === 'string') {
                    format = arguments[2];
                }
            }
            return formatDate(faker().date.between(o), format || 'HH:mm');
        },
        dateFormat: function () {
            var date = plain(arguments[0]);
            date = typeof date === 'string' ? new Date(date) : date;
            var format = plain(arguments[1]);
            if (arguments.length < 2 || !(date instanceof Date) || typeof format !== 'string') {
                return '';
            }
            return formatDate(date, format);
        },
        dateTimeShift: function (options) {
            var date;
            var format;
            var hash = typeof options === 'object' && options !== null ? options.hash : null;
            if (hash) {
                date = plain(hash.date);
                format = plain(hash.format);
            }
            var shifted = date === undefined ? now() : typeof date === 'string' ? new Date(date)
                : (date instanceof Date ? new Date(date.getTime()) : date);
            if (hash) {
                var num = function (k) {
                    return parseInt(plain(hash[k]), 10);
                };
                var days = num('days');
                var months = num('months');
                var years = num('years');
                var hours = num('hours');
                var minutes = num('minutes');
                var seconds = num('seconds');
                if (!isNaN(days)) {
                    shifted.setDate(shifted.getDate() + days);
                }
                if (!isNaN(months)) {
                    shifted.setMonth(shifted.getMonth() + months);
                }
                if (!isNaN(years)) {
                    shifted.setFullYear(shifted.getFullYear() + years);
                }
                if (!isNaN(hours)) {
                    shifted.setHours(shifted.getHours() + hours);
                }
                if (!isNaN(minutes)) {
                    shifted.setMinutes(shifted.getMinutes() + minutes);
                }
                if (!isNaN(seconds)) {
                    shifted.setSeconds(shifted.getSeconds() + seconds);
                }
            }
            return formatDate(shifted, typeof format === 'string' ? format : "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
        },
        isValidDate: function () {
            var p = params(arguments);
            if (p.length === 0) {
                return false;
            }
            return env.libs.dateFns.isValid(env.libs.dateFns.toDate(plain(p[0])));
        },

        // ---- arrays and objects
        array: function () {
            return params(arguments);
        },
        object: function (options) {
            return options.hash;
        },
        objectMerge: function () {
            var p = params(arguments);
            if (p.length === 0) {
                return '';
            }
            var result = {};
            p.forEach(function (v) {
                if (typeof v === 'object' && !Array.isArray(v) && v !== null) {
                    result = Object.assign({}, result, v);
                }
            });
            return result;
        },
        filter: function () {
            return searched(arguments, function (arr, conditions) {
                return arr.filter(function (item) {
                    return anyOf(item, conditions);
                });
            }, function (arr) {
                return arr;
            });
        },
        find: function () {
            return searched(arguments, function (arr, conditions) {
                for (var i = 0; i < arr.length; ++i) {
                    if (anyOf(arr[i], conditions)) {
                        return arr[i];
                    }
                }
                return undefined;
            }, function () {
                return undefined;
            });
        },
        join: function (arr, sep) {
            if (!arr || !(arr instanceof Array)) {
                return arr;
            }
            return arr.join(typeof sep !== 'string' ? ', ' : sep);
        },
        len: function (v) {
            return typeof v !== 'string' && !Array.isArray(v) ? 0 : v.length;
        },
        reverse: function (arr) {
            if (!(arr instanceof Array)) {
                return '';
            }
            return arr.slice().reverse();
        },
        slice: function (arr, from, to) {
            if (!(arr instanceof Array)) {
                return '';
            }
            return typeof to === 'number' ? arr.slice(from, to) : arr.slice(from);
        },
        sort: function () {
            var p = params(arguments);
            if (p.length === 0) {
                return '';
            }
            var arr = p[0];
            if (!arr || !(arr instanceof Array)) {
                return '';
            }
            if (arr.length === 0 || typeof arr[0] === 'object') {
                return arr;
            }
            var order = p.length >= 2 ? plain(p[1]).toLowerCase() : 'asc';
            var fn = typeof arr[0] === 'string' ? collate : function (a, b) {
                return a - b;
            };
            var sorted = arr.slice().sort(fn);
            return order === 'desc' ? sorted.reverse() : sorted;
        },
        sortBy: function () {
            var p = params(arguments);
            if (p.length === 0) {
                return '';
            }
            var arr = p[0];
            if (!arr || !(arr instanceof Array)) {
                return '';
            }
            if (typeof arr[0] != 'object') {
                return arr;
            }
            var key = p.length >= 2 ? plain(p[1]) : '';
            if (!key || !arr[0][key]) {
                return arr;
            }
            var order = p.length >= 3 ? plain(p[2]).toLowerCase() : 'asc';
            var fn = typeof arr[0][key] === 'string' ? function (a, b) {
                return collate(a[key], b[key]);
            } : function (a, b) {
                return a[key] - b[key];
            };
            var sorted = arr.slice().sort(fn);
            return order === 'desc' ? sorted.reverse() : sorted;
        },
        jsonPath: function () {
            var p = params(arguments);
            if (p.length < 2) {
                return undefined;
            }
            return valueAtJsonPath(plain(p[0]), plain(p[1]), orDefault(p[2], ''));
        },
        objectPath: function () {
            var p = params(arguments);
            if (p.length < 2) {
                return undefined;
            }
            return valueAtObjectPath(plain(p[0]), plain(p[1]), orDefault(p[2], ''));
        },
        // JMESPath needs @jmespath-community/jmespath, used when the vendor bundle has it.
        jmesPath: function () {
            var p = params(arguments);
            if (p.length < 2) {
                return undefined;
            }
            var data = plain(p[0]);
            var path = plain(p[1]);
            var defaultValue = orDefault(p[2], '');
            if (isContainer(data) && typeof path === 'string' && path !== '') {
                var lib = env.libs.jmespath;
                if (!lib || typeof lib.search !== 'function') {
                    throw new Error('JMESPath is not available in this build');
                }
                var found;
                try {
                    found = lib.search(data, path);
                } catch (e) {
                    found = undefined;
                }
                return found !== undefined && found !== null ? found : defaultValue;
            }
            return data;
        },

        // ---- JSON
        stringify: function (data, options) {
            if (!options) {
                return undefined;
            }
            if (data && typeof data === 'object') {
                if (isSafe(data)) {
                    data = plain(data);
                }
                return JSON.stringify(data, function (k, v) {
                    return isSafe(v) ? plain(v) : v;
                }, 2);
            }
            return data;
        },
        jsonParse: function () {
            var p = params(arguments);
            if (p.length === 0) {
                return undefined;
            }
            var text = plain(p[0]);
            if (typeof text !== 'string') {
                return undefined;
            }
            try {
                return JSON.parse(text);
            } catch (e) {
                return undefined;
            }
        },
        jwtHeader: jwtHelper(0),
        jwtPayload: jwtHelper(1),

        // ---- math
        add: function () {
            return reduceNumbers(arguments, { ok: function () { return true; }, fn: function (a, b) { return a + b; } });
        },
        subtract: function () {
            return reduceNumbers(arguments, { ok: function () { return true; }, fn: function (a, b) { return a - b; } });
        },
        multiply: function () {
            return reduceNumbers(arguments, { ok: function () { return true; }, fn: function (a, b) { return a * b; } });
        },
        divide: function () {
            return reduceNumbers(arguments, {
                ok: function (item) { return Number(item) !== 0; },
                fn: function (a, b) { return a / b; }
            });
        },
        modulo: function () {
            var p = params(arguments);
            if (p.length <= 1 || Number(p[1]) === 0) {
                return '';
            }
            return Number(p[0]) % Number(p[1]);
        },
        ceil: firstNumber(Math.ceil),
        floor: firstNumber(Math.floor),
        round: firstNumber(Math.round),
        toFixed: function (number, digits) {
            if (isNaN(Number(number))) {
                number = 0;
            }
            if (isNaN(Number(digits))) {
                digits = 0;
            }
            return Number(number).toFixed(digits);
        },
        parseInt: function () {
            var p = params(arguments);
            if (p.length === 0) {
                return '';
            }
            var result = parseInt(plain(p[0]), 10);
            return isNaN(result) ? '' : result;
        },
        gt: compare(function (a, b) { return a > b; }),
        gte: compare(function (a, b) { return a >= b; }),
        lt: compare(function (a, b) { return a < b; }),
        lte: compare(function (a, b) { return a <= b; }),
        eq: function () {
            var p = params(arguments);
            if (p.length < 2) {
                return false;
            }
            return plain(p[0]) === plain(p[1]);
        },

        // ---- strings
        lowercase: function () {
            var p = params(arguments);
            if (p.length === 0) {
                return '';
            }
            return callOn(plain(p[0]), 'toLowerCase');
        },
        uppercase: function () {
            var p = params(arguments);
            if (p.length === 0) {
                return '';
            }
            return callOn(plain(p[0]), 'toUpperCase');
        },
        split: function () {
            var p = params(arguments);
            if (p.length === 0) {
                return '';
            }
            var data = plain(p[0]);
            var sep = p.length >= 2 ? p[1] : undefined;
            if (!sep || typeof sep !== 'string') {
                sep = ' ';
            }
            if (!data || typeof data !== 'string') {
                return '';
            }
            return data.split(sep);
        },
        concat: function () {
            var p = params(arguments);
            var isArray = Array.isArray(p[0]);
            return p.reduce(function (acc, v) {
                return isArray ? acc.concat(v) : '' + acc + toText(v);
            }, isArray ? [] : '');
        },
        indexOf: function (data, search, position) {
            data = typeof data === 'object' && !isSafe(data) ? '' : data.toString();
            search = argText(search, '');
            position = argText(position, undefined);
            if (position !== undefined) {
                return data.indexOf(search, Number(position));
            }
            return data.indexOf(search);
        },
        includes: function (data, search) {
            return argText(data, '').indexOf(argText(search, '')) !== -1;
        },
        substr: function (data, from, length) {
            data = typeof data === 'object' && !isSafe(data) ? '' : data.toString();
            var start = argText(from, undefined);
            var count = argText(length, undefined);
            start = start === undefined ? 0 : Number(start);
            return count !== undefined ? data.substr(start, Number(count)) : data.substr(start);
        },
        padStart: padHelper(true),
        padEnd: padHelper(false),
        replace: replaceHelper(false),
        replaceAll: replaceHelper(true),
        base64: base64Helper(function (t) { return toBase64(t, false); }),
        base64Decode: base64Helper(fromBase64),
        base64url: base64Helper(function (t) { return toBase64(t, true); }),
        base64urlDecode: base64Helper(fromBase64),
        newline: function () {
            return '\n';
        },

        // ---- switch / case / default
        'switch': function (value, options) {
            options.data.found = false;
            options.data.switchValue = plain(value);
            return options.fn(options);
        },
        'case': function () {
            var value = '';
            var options;
            if (arguments.length >= 2) {
                value = arguments[0];
                options = arguments[arguments.length - 1];
            }
            if (!options) {
                throw new TypeError("Cannot read properties of undefined (reading 'data')");
            }
            if (value === options.data.switchValue && !options.data.found) {
                options.data.found = true;
                return options.fn(options);
            }
            return undefined;
        },
        'default': function (options) {
            if (!options.data.found) {
                delete options.data.switchValue;
                return options.fn(options);
            }
            return '';
        },

        // A helper that does not exist, called with arguments: Mockoon renders nothing.
        helperMissing: function () {
            return '';
        }
    };

    __mbHbs.define('mockoon', {
        // Mockoon compiles with Handlebars' defaults: HTML escaping on.
        options: {},
        setup: function (hb, e) {
            env = e;
            SafeString = hb.SafeString;
            hb.registerHelper(helpers);
        },
        context: function (request, e) {
            env = e;
            cur = { request: request, model: null };
            return {};
        }
    });
})();
