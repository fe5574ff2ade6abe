// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The "wiremock" dialect's helpers and request model (README.md in this folder).
//
// WireMock 3.13.2 renders with Handlebars.java 4.3.1: its StringHelpers (but now),
// NumberHelper, ConditionalHelpers, assign, WireMock's own helpers and systemValue. Values
// there are Java objects and print the Java way: a List as "[a, b]", a Map as "{a=1}", a
// Double as "2.0", a query or header value (ListOrSingle) as its first value. The values
// below carry a toString that prints them so. Handlebars.java also finds a name in the outer
// contexts (compat) and in the variables helpers set (assign, val assign=, parseJson 'x'...),
// which live on the render's root context. The standalone WireMock escapes nothing.
//
// How Handlebars.js is bent to it (setup): the parser's decimal literals become Doubles
// (markDoubles), every obj.name goes through memberOf (any-case headers, Java methods), the
// compiled template joins its pieces as text (TextCompiler), and preprocess rewrites what
// Handlebars.js cannot read ({{parts.0}}) or what WireMock leaves uncompiled (literalEnds).
// tests/data/templates/wiremock.json holds the rows recorded from WireMock
// (tests/interop/wiremock-helpers/).
(function () {
    'use strict';

    // ---- Java-like values -------------------------------------------------------------------

    function hidden(obj, name, value) {
        Object.defineProperty(obj, name, { value: value, enumerable: false, configurable: true,
            writable: true });
        return obj;
    }

    // Double.toString: plain between 10^-3 and 10^7, computerized scientific notation outside.
    function javaDouble(d) {
        if (d !== d) return 'NaN';
        if (d === Infinity) return 'Infinity';
        if (d === -Infinity) return '-Infinity';
        if (d === 0) return (1 / d < 0) ? '-0.0' : '0.0';
        var a = Math.abs(d);
        if (a >= 1e-3 && a < 1e7) {
            var s = String(d);
            if (s.indexOf('e') >= 0) s = d.toFixed(20).replace(/0+$/, '');
            return s.indexOf('.') < 0 ? s + '.0' : s;
        }
        var e = d.toExponential(); // 1.2345e+7
        var m = e.split('e');
        var mant = m[0].indexOf('.') < 0 ? m[0] + '.0' : m[0];
        return mant + 'E' + Number(m[1]);
    }

    /// A Java Double: a number that prints as Java does.
    function JDouble(v) { this.v = v; }
    JDouble.prototype.valueOf = function () { return this.v; };
    JDouble.prototype.toString = function () { return javaDouble(this.v); };
    JDouble.prototype.toJSON = function () { return this.v; };

    /// A BigDecimal read from JSON text (WireMock's Jackson keeps 2.50 as 2.50).
    function JDecimal(text) { this.text = text; this.v = Number(text); }
    JDecimal.prototype.valueOf = function () { return this.v; };
    JDecimal.prototype.toString = function () { return this.text; };

    // Handlebars joins output with +, which asks valueOf before toString: these values print as
    // text and compare as numbers.
    function printsAsText(proto) {
        if (typeof Symbol !== 'undefined' && Symbol.toPrimitive) {
            proto[Symbol.toPrimitive] = function (hint) { return hint === 'number' ? this.valueOf() : this.toString(); };
        }
    }
    printsAsText(JDouble.prototype);
    printsAsText(JDecimal.prototype);

    function isNum(v) { return typeof v === 'number' || v instanceof JDouble || v instanceof JDecimal; }

    /// What Java's String.valueOf prints for a value.
    function jstr(v) {
        if (v === null || v === undefined) return 'null';
        if (typeof v === 'string') return v;
        if (typeof v === 'number') return Number.isInteger(v) ? String(v) : javaDouble(v);
        if (typeof v === 'boolean') return v ? 'true' : 'false';
        if (Array.isArray(v) && v.toString === Array.prototype.toString)
            return '[' + v.map(jstr).join(', ') + ']';
        if (Object.getPrototypeOf(v) === Object.prototype && v.toString === Object.prototype.toString)
            return '{' + Object.keys(v).map(function (k) { return k + '=' + jstr(v[k]); }).join(', ') + '}';
        return String(v);
    }
    /// What a template prints: null as nothing.
    function out(v) { return (v === null || v === undefined) ? '' : jstr(v); }

    /// A java.util.List: prints "[a, b]".
    function jlist(arr) {
        return hidden(arr, 'toString', function () { return '[' + this.map(jstr).join(', ') + ']'; });
    }
    function addListAccessors(arr) {
        hidden(arr, 'size', arr.length);
        hidden(arr, 'empty', arr.length === 0);
        return arr;
    }
    /// WireMock's ListOrSingle: prints its first value; .first, .last, .[-n] (Java's get(-n)
    /// is get(size - 1 - n)).
    function listOrSingle(values) {
        var arr = values.slice();
        hidden(arr, 'toString', function () { return this.length ? jstr(this[0]) : ''; });
        if (arr.length) {
            hidden(arr, 'first', arr[0]);
            hidden(arr, 'last', arr[arr.length - 1]);
        }
        for (var i = 1; i <= arr.length; i++) {
            var j = arr.length - 1 - i;
            if (j >= 0) hidden(arr, String(-i), arr[j]);
        }
        hidden(arr, 'isSingle', arr.length === 1);
        hidden(arr, '__mbListOrSingle', true); // Jackson writes a single one as its value
        return addListAccessors(arr);
    }
    /// A java.util.Map in the order given: prints "{a=1, b=2}".
    function jmap(obj) {
        // Handlebars.java falls back to the Map's methods: {{request.query.size}} is its size.
        if (!Object.prototype.hasOwnProperty.call(obj, 'size'))
            Object.defineProperty(obj, 'size', { enumerable: false, configurable: true,
                get: function () { return Object.keys(this).length; } });
        if (!Object.prototype.hasOwnProperty.call(obj, 'empty'))
            Object.defineProperty(obj, 'empty', { enumerable: false, configurable: true,
                get: function () { return Object.keys(this).length === 0; } });
        return hidden(obj, 'toString', function () {
            var self = this;
            return '{' + Object.keys(self).map(function (k) { return k + '=' + jstr(self[k]); }).join(', ') + '}';
        });
    }

    // Java's HashMap iterates by bucket (hash spread over its power-of-two table), then in
    // insertion order; WireMock's query map is one.
    function javaHash(s) {
        var h = 0;
        for (var i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
        return h;
    }
    function hashMapOrder(keys) {
        var cap = 16;
        while (keys.length > cap * 0.75) cap *= 2;
        var idx = keys.map(function (k, i) {
            var h = javaHash(k);
            return { k: k, i: i, b: ((h ^ (h >>> 16)) & (cap - 1)) };
        });
        idx.sort(function (a, b) { return a.b - b.b || a.i - b.i; });
        return idx.map(function (x) { return x.k; });
    }
    function hashMapFrom(pairs) { // pairs: [[key, value]], first key wins its place
        var keys = [], vals = {};
        pairs.forEach(function (p) {
            if (!Object.prototype.hasOwnProperty.call(vals, p[0])) { keys.push(p[0]); vals[p[0]] = []; }
            vals[p[0]].push(p[1]);
        });
        var m = {};
        hashMapOrder(keys).forEach(function (k) { m[k] = listOrSingle(vals[k]); });
        return jmap(m);
    }

    // A case-insensitive map (WireMock's headers are a TreeMap with CASE_INSENSITIVE_ORDER):
    // marked, and found by memberOf whatever the case.
    function caseInsensitive(obj) {
        jmap(obj);
        hidden(obj, '__mbAnyCase', true);
        return obj;
    }

    /// A template's obj.name: an own member (as Handlebars' lookupProperty), in a
    /// case-insensitive map any case.
    function memberOf(parent, name) {
        if (parent === null || parent === undefined) return undefined;
        var value = parent[name];
        if (value === null || value === undefined) {
            if (parent.__mbAnyCase === true && typeof name === 'string') {
                var lower = name.toLowerCase(), keys = Object.keys(parent);
                for (var k = 0; k < keys.length; k++) if (keys[k].toLowerCase() === lower) return parent[keys[k]];
            }
            // Handlebars.java also calls a value's Java methods: String.isEmpty(), List.size()...
            if (typeof parent === 'string' && name === 'empty') return parent.length === 0;
            if (Array.isArray(parent) && name === 'size') return parent.length;
            if (Array.isArray(parent) && name === 'empty') return parent.length === 0;
            return value;
        }
        if (Object.prototype.hasOwnProperty.call(parent, name)) return value;
        return undefined;
    }

    // ---- JSON the two ways WireMock reads and writes it ----------------------------------------

    // Jackson (parseJson, formatJson, toJson...): decimals kept as written (BigDecimal), key order
    // kept. json-smart (jsonPath): decimals as Double.
    function parseJsonText(text, decimal) {
        var i = 0;
        function fail(what) {
            throw new Error((what || 'Unexpected character') + ' at offset ' + i + ' of JSON');
        }
        function ws() { while (i < text.length && ' \t\r\n'.indexOf(text[i]) >= 0) i++; }
        function value() {
            ws();
            var c = text[i];
            if (c === '{') {
                i++; var o = {}; ws();
                if (text[i] === '}') { i++; return jmap(o); }
                for (;;) {
                    ws(); if (text[i] !== '"') fail();
                    var k = str(); ws(); if (text[i] !== ':') fail(); i++;
                    o[k] = value(); ws();
                    if (text[i] === ',') { i++; continue; }
                    if (text[i] === '}') { i++; return jmap(o); }
                    fail();
                }
            }
            if (c === '[') {
                i++; var a = []; ws();
                if (text[i] === ']') { i++; return jlist(a); }
                for (;;) {
                    a.push(value()); ws();
                    if (text[i] === ',') { i++; continue; }
                    if (text[i] === ']') { i++; return jlist(a); }
                    fail();
                }
            }
            if (c === '"') return str();
            var m = /^-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(text.slice(i, i + 400));
            if (m) {
                i += m[0].length;
                if (m[1] || m[2]) return decimal ? new JDecimal(m[0]) : new JDouble(Number(m[0]));
                var n = Number(m[0]);
                return Number.isSafeInteger(n) ? n : new JDecimal(m[0]);
            }
            if (text.substr(i, 4) === 'true') { i += 4; return true; }
            if (text.substr(i, 5) === 'false') { i += 5; return false; }
            if (text.substr(i, 4) === 'null') { i += 4; return null; }
            fail();
        }
        function str() {
            var s = ''; i++;
            for (;;) {
                if (i >= text.length) fail('Unterminated string');
                var c = text[i++];
                if (c === '"') return s;
                if (c === '\\') {
                    var e = text[i++];
                    if (e === 'u') { s += String.fromCharCode(parseInt(text.substr(i, 4), 16)); i += 4; }
                    else if (e === 'n') s += '\n'; else if (e === 't') s += '\t';
                    else if (e === 'r') s += '\r'; else if (e === 'b') s += '\b';
                    else if (e === 'f') s += '\f'; else s += e;
                } else s += c;
            }
        }
        var v = value(); ws();
        if (i < text.length) fail();
        return v;
    }

    function jacksonString(s) {
        return '"' + s.replace(/[\u0000-\u001f"\\]/g, function (c) {
            var m = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f' };
            return m[c] || ('\\u' + ('000' + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4));
        }) + '"';
    }
    function smartString(s) {
        return '"' + s.replace(/[\u0000-\u001f"\\\/\u007f-\u009f\u2000-\u20ff]/g, function (c) {
            var m = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '/': '\\/' };
            return m[c] || ('\\u' + ('000' + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4));
        }) + '"';
    }
    function scalarJson(v, quote) {
        if (v === null || v === undefined) return 'null';
        if (typeof v === 'string') return quote(v);
        if (typeof v === 'boolean') return String(v);
        if (isNum(v)) return jstr(v);
        if (v instanceof RenderableDate) return quote(v.toString());
        return undefined;
    }
    function isList(v) { return Array.isArray(v); }
    function isMap(v) { return v !== null && typeof v === 'object' && !Array.isArray(v) && !isNum(v) && !(v instanceof RenderableDate); }

    /// Jackson's output: compact, or its DefaultPrettyPrinter ("k" : v, arrays on one line);
    /// skipNulls is WireMock's NON_NULL inclusion for objects it writes (toJson).
    function jacksonWrite(v, pretty, skipNulls, level) {
        level = level || 0;
        var s = scalarJson(v, jacksonString);
        if (s !== undefined) return s;
        var nl = function (n) { return pretty ? '\n' + new Array(n + 1).join('  ') : ''; };
        if (isList(v)) {
            if (v.__mbListOrSingle && v.length === 1) return jacksonWrite(v[0], pretty, skipNulls, level);
            if (!v.length) return pretty ? '[ ]' : '[]';
            // Jackson's array indenter is inline: it adds no nesting level.
            var items = v.map(function (x) { return jacksonWrite(x, pretty, skipNulls, level); });
            return pretty ? '[ ' + items.join(', ') + ' ]' : '[' + items.join(',') + ']';
        }
        var keys = Object.keys(v).filter(function (k) { return !(skipNulls && (v[k] === null || v[k] === undefined)); });
        if (!keys.length) return pretty ? '{ }' : '{}';
        var parts = keys.map(function (k) {
            return nl(level + 1) + jacksonString(k) + (pretty ? ' : ' : ':') + jacksonWrite(v[k], pretty, skipNulls, level + 1);
        });
        return '{' + parts.join(',') + nl(level) + '}';
    }
    function smartWrite(v) {
        var s = scalarJson(v, smartString);
        if (s !== undefined) return s;
        if (isList(v)) return '[' + v.map(smartWrite).join(',') + ']';
        return '{' + Object.keys(v).map(function (k) { return smartString(k) + ':' + smartWrite(v[k]); }).join(',') + '}';
    }
    function jsonData(v) { // what jsonPath answers: a Map prints as Json.write, a List as json-smart
        if (isList(v) && v.__mbJavaSet) return v; // keys(): a java.util.Set
        if (isList(v)) return hidden(addListAccessors(v), 'toString', function () { return smartWrite(this); });
        if (isMap(v)) return hidden(v, 'toString', function () { return jacksonWrite(this, true, true); });
        return v;
    }

    // ---- JSONPath the way Jayway reads it ------------------------------------------------------

    function PathError(msg) { this.message = msg; }
    function NotFound() {}

    function jsonPathCompile(path) {
        var p = String(path).trim();
        if (!p) throw new PathError('empty');
        var i = 0;
        var tokens = [];
        if (p[0] === '$' || p[0] === '@') i = 1;
        else p = '$.' + p, i = 1;
        function readName() {
            var m = /^[^.\[\]()\s]+/.exec(p.slice(i));
            if (!m) throw new PathError('name expected');
            i += m[0].length;
            return m[0];
        }
        function readBracket() {
            var depth = 0, q = null, j = i;
            for (; j < p.length; j++) {
                var c = p[j];
                if (q) { if (c === q) q = null; continue; }
                if (c === "'" || c === '"') q = c;
                else if (c === '[' || c === '(') depth++;
                else if (c === ']' || c === ')') { depth--; if (depth === 0 && c === ']') break; }
            }
            if (j >= p.length) throw new PathError('unclosed [');
            var inner = p.slice(i + 1, j).trim();
            i = j + 1;
            if (inner === '*') return { t: 'wild' };
            if (inner[0] === '?') {
                var f = inner.slice(1).trim();
                if (f[0] !== '(' || f[f.length - 1] !== ')') throw new PathError('bad filter');
                return { t: 'filter', f: compileFilter(f.slice(1, -1)) };
            }
            if (inner[0] === "'" || inner[0] === '"') {
                var names = [];
                var re = /\s*(['"])((?:\\.|(?!\1).)*)\1\s*(,|$)/g, mm, last = 0;
                while ((mm = re.exec(inner)) && mm[0].length) { names.push(mm[2]); last = re.lastIndex; }
                if (last !== inner.length || !names.length) throw new PathError('bad name');
                return names.length === 1 ? { t: 'prop', n: names[0] } : { t: 'props', n: names };
            }
            if (/^-?\d*:-?\d*$/.test(inner)) {
                var sl = inner.split(':');
                return { t: 'slice', a: sl[0] === '' ? null : Number(sl[0]), b: sl[1] === '' ? null : Number(sl[1]) };
            }
            if (/^\s*-?\d+\s*(,\s*-?\d+\s*)*$/.test(inner)) {
                var ns = inner.split(',').map(Number);
                return ns.length === 1 ? { t: 'index', n: ns[0] } : { t: 'indexes', n: ns };
            }
            throw new PathError('bad bracket');
        }
        while (i < p.length) {
            var c = p[i];
            if (c === '.' && p[i + 1] === '.') {
                i += 2;
                var next;
                if (p[i] === '[') next = readBracket();
                else if (p[i] === '*') { i++; next = { t: 'wild' }; }
                else next = { t: 'prop', n: readName() };
                tokens.push({ t: 'scan', next: next });
            } else if (c === '.') {
                i++;
                if (p[i] === '*') { i++; tokens.push({ t: 'wild' }); continue; }
                if (p[i] === '[') { tokens.push(readBracket()); continue; }
                var name = readName();
                if (p.substr(i, 2) === '()') { i += 2; tokens.push({ t: 'fn', n: name }); }
                else tokens.push({ t: 'prop', n: name });
            } else if (c === '[') tokens.push(readBracket());
            else throw new PathError('unexpected ' + c);
        }
        var definite = tokens.every(function (t) { return t.t === 'prop' || t.t === 'props' || t.t === 'index' || t.t === 'fn'; });
        return { tokens: tokens, definite: definite };
    }

    function compileFilter(src) {
        // @.a.b op literal, joined by && and ||; a bare @.a tests existence.
        var ors = splitTop(src, '||').map(function (o) {
            return splitTop(o, '&&').map(function (term) {
                term = term.trim();
                var neg = false;
                if (term[0] === '!') { neg = true; term = term.slice(1).trim(); }
                while (term[0] === '(' && term[term.length - 1] === ')') term = term.slice(1, -1).trim();
                var m = /^(.*?)\s+(in|nin|size|empty|subsetof|anyof|noneof)\s+(.*)$/.exec(term) ||
                    /^(.*?)\s*(==|!=|<=|>=|<|>|=~)\s*(.*)$/.exec(term);
                if (!m) return { exists: operand(term), neg: neg };
                return { l: operand(m[1]), op: m[2], r: operand(m[3]), neg: neg };
            });
        });
        return ors;
    }
    function splitTop(s, sep) {
        var parts = [], depth = 0, q = null, last = 0;
        for (var i = 0; i < s.length; i++) {
            var c = s[i];
            if (q) { if (c === q) q = null; continue; }
            if (c === "'" || c === '"') q = c;
            else if (c === '(' || c === '[') depth++;
            else if (c === ')' || c === ']') depth--;
            else if (depth === 0 && s.substr(i, sep.length) === sep) { parts.push(s.slice(last, i)); last = i + sep.length; i += sep.length - 1; }
        }
        parts.push(s.slice(last));
        return parts;
    }
    function operand(s) {
        s = s.trim();
        if (s[0] === '@' || s[0] === '$') {
            var compiled = jsonPathCompile(s);
            return { path: compiled, root: s[0] === '$' };
        }
        var m;
        if ((m = /^'((?:\\.|[^'])*)'$/.exec(s)) || (m = /^"((?:\\.|[^"])*)"$/.exec(s))) return { v: m[1] };
        if ((m = /^\/(.*)\/([a-z]*)$/.exec(s))) return { re: new RegExp(m[1], m[2].replace(/[^im]/g, '')) };
        if (s === 'true' || s === 'false') return { v: s === 'true' };
        if (s === 'null') return { v: null };
        if (/^-?\d+(\.\d+)?$/.test(s)) return { v: Number(s) };
        if (s[0] === '[') {
            try { return { v: parseJsonText(s.replace(/'/g, '"'), false) }; } catch (e) { throw new PathError('bad list'); }
        }
        throw new PathError('bad operand ' + s);
    }
    function operandValue(o, node, root) {
        if (o.path) {
            var r;
            try { r = evalTokens(o.path.tokens, o.root ? root : node, root, false); } catch (e) {
                if (e instanceof NotFound) return { missing: true };
                throw e;
            }
            if (!r.length) return { missing: true };
            return { v: o.path.definite ? r[0] : r };
        }
        return { v: o.v, re: o.re };
    }
    function prim(v) { return isNum(v) ? Number(v) : v; }
    function filterMatches(f, node, root) {
        return f.some(function (ands) {
            return ands.every(function (t) {
                var res;
                if (t.exists) {
                    var x = operandValue(t.exists, node, root);
                    res = !x.missing;
                } else {
                    var l = operandValue(t.l, node, root), r = operandValue(t.r, node, root);
                    var a = prim(l.v), b = prim(r.v);
                    switch (t.op) {
                    case '==': res = !l.missing && (a === b || (typeof a === 'number' && String(a) === String(b)) || (typeof b === 'number' && String(a) === String(b))); break;
                    case '!=': res = l.missing || !(a === b || String(a) === String(b)); break;
                    case '<': res = !l.missing && a < b; break;
                    case '<=': res = !l.missing && a <= b; break;
                    case '>': res = !l.missing && a > b; break;
                    case '>=': res = !l.missing && a >= b; break;
                    case '=~': res = !l.missing && typeof a === 'string' && r.re.test(a); break;
                    case 'in': res = !l.missing && isList(r.v) && r.v.some(function (x) { return prim(x) === a; }); break;
                    case 'nin': res = !l.missing && isList(r.v) && !r.v.some(function (x) { return prim(x) === a; }); break;
                    case 'size': res = !l.missing && a !== null && a !== undefined && a.length === b; break;
                    case 'empty': res = !l.missing && a !== null && a !== undefined && ((a.length === 0) === b); break;
                    case 'subsetof': res = !l.missing && isList(a) && isList(r.v) && a.every(function (x) { return r.v.some(function (y) { return prim(y) === prim(x); }); }); break;
                    case 'anyof': res = !l.missing && isList(a) && isList(r.v) && a.some(function (x) { return r.v.some(function (y) { return prim(y) === prim(x); }); }); break;
                    case 'noneof': res = !l.missing && isList(a) && isList(r.v) && !a.some(function (x) { return r.v.some(function (y) { return prim(y) === prim(x); }); }); break;
                    default: res = false;
                    }
                }
                return t.neg ? !res : res;
            });
        });
    }

    // The values a path finds; leafToNull: a definite path's missing last property is null.
    function evalTokens(tokens, node, root, leafToNull) {
        var current = [node];
        var indefinite = false;
        tokens.forEach(function (tok, n) {
            var last = n === tokens.length - 1;
            var next = [];
            if (tok.t === 'fn' && indefinite) {
                // Jayway applies a function after .., * or a filter to nothing it can use.
                if (tok.n === 'length' || tok.n === 'size') { current = [0]; indefinite = false; return; }
                throw new NotFound();
            }
            current.forEach(function (v) {
                // Past .., * or a filter, a node the rest does not fit is left out.
                try { step(tok, v, next, last && leafToNull, root, last); } catch (e) {
                    if (!(indefinite && e instanceof NotFound)) throw e;
                }
            });
            if (tok.t === 'scan' || tok.t === 'wild' || tok.t === 'filter' || tok.t === 'slice' || tok.t === 'indexes') indefinite = true;
            current = next;
        });
        return current;
    }
    function step(tok, v, outList, leafNull, root, last) {
        switch (tok.t) {
        case 'prop':
            if (isMap(v)) {
                if (Object.prototype.hasOwnProperty.call(v, tok.n)) outList.push(v[tok.n]);
                else if (leafNull) outList.push(null);
                else throw new NotFound();
            } else throw new NotFound();
            break;
        case 'props': // ['a','b']: a map of those members
            if (isMap(v)) {
                var picked = {};
                tok.n.forEach(function (k) {
                    if (Object.prototype.hasOwnProperty.call(v, k)) picked[k] = v[k];
                    else if (leafNull) picked[k] = null;
                });
                outList.push(jmap(picked));
            } else throw new NotFound();
            break;
        case 'index':
            if (!isList(v)) throw new NotFound();
            var ix = tok.n < 0 ? v.length + tok.n : tok.n;
            if (ix < 0 || ix >= v.length) throw new NotFound();
            outList.push(v[ix]);
            break;
        case 'indexes':
            if (isList(v)) tok.n.forEach(function (k) { var j = k < 0 ? v.length + k : k; if (j >= 0 && j < v.length) outList.push(v[j]); });
            break;
        case 'slice':
            if (isList(v)) {
                var a = tok.a === null ? 0 : (tok.a < 0 ? Math.max(0, v.length + tok.a) : tok.a);
                var b = tok.b === null ? v.length : (tok.b < 0 ? v.length + tok.b : Math.min(tok.b, v.length));
                for (var k = a; k < b; k++) outList.push(v[k]);
            }
            break;
        case 'wild':
            if (isList(v)) v.forEach(function (x) { outList.push(x); });
            else if (isMap(v)) Object.keys(v).forEach(function (k) { outList.push(v[k]); });
            break;
        case 'filter':
            if (isList(v)) v.forEach(function (x) { if (filterMatches(tok.f, x, root)) outList.push(x); });
            else if (isMap(v) && filterMatches(tok.f, v, root)) outList.push(v);
            break;
        case 'scan':
            (function walk(x) {
                if (tok.next.t === 'prop') {
                    // With DEFAULT_PATH_LEAF_TO_NULL a scanned leaf is null in every map without it.
                    if (isMap(x) && Object.prototype.hasOwnProperty.call(x, tok.next.n)) outList.push(x[tok.next.n]);
                    else if (isMap(x) && last) outList.push(null);
                } else {
                    try { step(tok.next, x, outList, false, root); } catch (e) { if (!(e instanceof NotFound)) throw e; }
                }
                if (isList(x)) x.forEach(walk);
                else if (isMap(x)) Object.keys(x).forEach(function (k) { walk(x[k]); });
            })(v);
            break;
        case 'fn':
            outList.push(pathFunction(tok.n, v));
            break;
        }
    }
    function pathFunction(name, v) {
        var nums = isList(v) ? v.map(prim).filter(function (x) { return typeof x === 'number'; }) : [];
        switch (name) {
        case 'length': case 'size':
            if (isList(v)) return v.length;
            if (isMap(v)) return Object.keys(v).length;
            throw new NotFound();
        case 'min': return new JDouble(Math.min.apply(null, nums));
        case 'max': return new JDouble(Math.max.apply(null, nums));
        case 'sum': return new JDouble(nums.reduce(function (a, b) { return a + b; }, 0));
        case 'avg': return new JDouble(nums.reduce(function (a, b) { return a + b; }, 0) / nums.length);
        case 'first': if (isList(v) && v.length) return v[0]; throw new NotFound();
        case 'last': if (isList(v) && v.length) return v[v.length - 1]; throw new NotFound();
        case 'keys': if (isMap(v)) return hidden(jlist(Object.keys(v)), '__mbJavaSet', true); throw new NotFound();
        }
        throw new PathError('unknown function ' + name);
    }
    function jsonPathRead(doc, path) { // throws NotFound
        var c = jsonPathCompile(path);
        var r = evalTokens(c.tokens, doc, doc, true);
        var lastToken = c.tokens[c.tokens.length - 1];
        if (c.definite || (lastToken && lastToken.t === 'fn')) { // a function gives one value
            if (!r.length) throw new NotFound();
            return r[0];
        }
        return jlist(r);
    }

    // ---- dates ---------------------------------------------------------------------------------

    var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
        'September', 'October', 'November', 'December'];
    var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    var theEnv = null;

    // A zone: { id, offset(ms) -> minutes east } (null means UTC / the system zone).
    function zoneOf(id) {
        if (id === null || id === undefined) return null;
        if (typeof id === 'object') return id;
        var s = String(id);
        var m = /^(?:UTC|GMT|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(s);
        if (s === 'Z' || s === 'UTC' || s === 'GMT' || s === 'UT') return { id: s, fixed: 0 };
        if (m) {
            var mins = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] || 0));
            return { id: s, fixed: mins };
        }
        var probe = theEnv && theEnv.zoneOffset ? theEnv.zoneOffset(s, 0) : NaN;
        if (probe !== probe) return { id: s, unknown: true, fixed: 0 };
        return { id: s };
    }
    function zoneMinutes(zone, ms) {
        if (!zone) return 0;
        if (zone.fixed !== undefined) return zone.fixed;
        var m = theEnv.zoneOffset(zone.id, ms);
        return m === m ? m : 0;
    }
    function fields(ms, zone) {
        var off = zoneMinutes(zone, ms);
        var d = new Date(ms + off * 60000);
        return { y: d.getUTCFullYear(), M: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(),
            m: d.getUTCMinutes(), s: d.getUTCSeconds(), S: d.getUTCMilliseconds(), wd: d.getUTCDay(),
            off: off, zone: zone,
            doy: Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1 };
    }
    function pad(n, w) { var s = String(Math.abs(n)); while (s.length < w) s = '0' + s; return (n < 0 ? '-' : '') + s; }
    function offsetText(off, colon, zForZero) {
        if (off === 0 && zForZero) return 'Z';
        var sign = off < 0 ? '-' : '+';
        var a = Math.abs(off);
        return sign + pad(Math.floor(a / 60), 2) + (colon ? ':' : '') + pad(a % 60, 2);
    }
    // Java's zone names (en-US) of common zones: standard offset in minutes, then the short
    // and long names in standard time and in summer time. Other zones print as GMT+hh:mm.
    var ZONE_NAMES = {
        'UTC': [0, 'UTC', 'Coordinated Universal Time'], 'Z': [0, 'UTC', 'Coordinated Universal Time'],
        'Etc/UTC': [0, 'UTC', 'Coordinated Universal Time'], 'GMT': [0, 'GMT', 'Greenwich Mean Time'],
        'Europe/London': [0, 'GMT', 'Greenwich Mean Time', 'BST', 'British Summer Time'],
        'Europe/Dublin': [0, 'GMT', 'Greenwich Mean Time', 'IST', 'Irish Standard Time'],
        'Europe/Lisbon': [0, 'WET', 'Western European Standard Time', 'WEST', 'Western European Summer Time'],
        'Europe/Paris': [60, 'CET', 'Central European Standard Time', 'CEST', 'Central European Summer Time'],
        'Europe/Berlin': [60, 'CET', 'Central European Standard Time', 'CEST', 'Central European Summer Time'],
        'Europe/Madrid': [60, 'CET', 'Central European Standard Time', 'CEST', 'Central European Summer Time'],
        'Europe/Rome': [60, 'CET', 'Central European Standard Time', 'CEST', 'Central European Summer Time'],
        'Europe/Amsterdam': [60, 'CET', 'Central European Standard Time', 'CEST', 'Central European Summer Time'],
        'Europe/Brussels': [60, 'CET', 'Central European Standard Time', 'CEST', 'Central European Summer Time'],
        'Europe/Vienna': [60, 'CET', 'Central European Standard Time', 'CEST', 'Central European Summer Time'],
        'Europe/Zurich': [60, 'CET', 'Central European Standard Time', 'CEST', 'Central European Summer Time'],
        'Europe/Stockholm': [60, 'CET', 'Central European Standard Time', 'CEST', 'Central European Summer Time'],
        'Europe/Warsaw': [60, 'CET', 'Central European Standard Time', 'CEST', 'Central European Summer Time'],
        'Europe/Athens': [120, 'EET', 'Eastern European Standard Time', 'EEST', 'Eastern European Summer Time'],
        'Europe/Helsinki': [120, 'EET', 'Eastern European Standard Time', 'EEST', 'Eastern European Summer Time'],
        'Europe/Kiev': [120, 'EET', 'Eastern European Standard Time', 'EEST', 'Eastern European Summer Time'],
        'Europe/Moscow': [180, 'MSK', 'Moscow Standard Time'],
        'America/New_York': [-300, 'EST', 'Eastern Standard Time', 'EDT', 'Eastern Daylight Time'],
        'America/Toronto': [-300, 'EST', 'Eastern Standard Time', 'EDT', 'Eastern Daylight Time'],
        'America/Chicago': [-360, 'CST', 'Central Standard Time', 'CDT', 'Central Daylight Time'],
        'America/Denver': [-420, 'MST', 'Mountain Standard Time', 'MDT', 'Mountain Daylight Time'],
        'America/Phoenix': [-420, 'MST', 'Mountain Standard Time'],
        'America/Los_Angeles': [-480, 'PST', 'Pacific Standard Time', 'PDT', 'Pacific Daylight Time'],
        'America/Anchorage': [-540, 'AKST', 'Alaska Standard Time', 'AKDT', 'Alaska Daylight Time'],
        'Pacific/Honolulu': [-600, 'HST', 'Hawaii-Aleutian Standard Time'],
        'America/Sao_Paulo': [-180, 'BRT', 'Brasilia Standard Time'],
        'Asia/Kolkata': [330, 'IST', 'India Standard Time'], 'Asia/Calcutta': [330, 'IST', 'India Standard Time'],
        'Asia/Tokyo': [540, 'JST', 'Japan Standard Time'], 'Asia/Shanghai': [480, 'CST', 'China Standard Time'],
        'Asia/Hong_Kong': [480, 'HKT', 'Hong Kong Standard Time'], 'Asia/Singapore': [480, 'SGT', 'Singapore Standard Time'],
        'Asia/Dubai': [240, 'GST', 'Gulf Standard Time'], 'Asia/Seoul': [540, 'KST', 'Korean Standard Time'],
        'Australia/Sydney': [600, 'AEST', 'Australian Eastern Standard Time', 'AEDT', 'Australian Eastern Daylight Time'],
        'Australia/Melbourne': [600, 'AEST', 'Australian Eastern Standard Time', 'AEDT', 'Australian Eastern Daylight Time'],
        'Australia/Brisbane': [600, 'AEST', 'Australian Eastern Standard Time'],
        'Australia/Perth': [480, 'AWST', 'Australian Western Standard Time'],
        'Pacific/Auckland': [720, 'NZST', 'New Zealand Standard Time', 'NZDT', 'New Zealand Daylight Time'],
    };
    function zoneName(f, long) {
        var id = f.zone ? f.zone.id : 'UTC';
        var names = ZONE_NAMES[id];
        if (names) {
            var summer = names.length > 3 && f.off !== names[0];
            return summer ? names[long ? 4 : 3] : names[long ? 2 : 1];
        }
        return f.off === 0 ? (long ? 'Greenwich Mean Time' : 'GMT') : 'GMT' + offsetText(f.off, true, false);
    }

    /// Formats ms with a Java pattern; dtf: DateTimeFormatter's letters (else SimpleDateFormat's).
    function javaFormat(ms, pattern, zone, dtf) {
        var f = fields(ms, zone);
        var outText = '';
        var i = 0;
        while (i < pattern.length) {
            var c = pattern[i];
            if (c === "'") {
                var j = pattern.indexOf("'", i + 1);
                if (j === i + 1) { outText += "'"; i += 2; continue; }
                if (j < 0) throw new Error('Unterminated quote in date format ' + pattern);
                outText += pattern.slice(i + 1, j).replace(/''/g, "'");
                i = j + 1;
                continue;
            }
            if (!/[A-Za-z]/.test(c)) { outText += c; i++; continue; }
            var n = 1;
            while (pattern[i + n] === c) n++;
            i += n;
            switch (c) {
            case 'y': case 'u': case 'Y': {
                if (c === 'u' && !dtf) { outText += String(f.wd === 0 ? 7 : f.wd); break; }
                var year = f.y;
                // The week year (en-US weeks, Sunday first, the week of 1 January is week 1).
                if (c === 'Y' && new Date(Date.UTC(f.y, f.M - 1, f.d + 6 - f.wd)).getUTCFullYear() > f.y) year = f.y + 1;
                outText += n === 2 ? pad(year % 100, 2) : pad(year, n); break;
            }
            case 'M': case 'L':
                outText += n >= 4 ? MONTHS[f.M - 1] : n === 3 ? MONTHS[f.M - 1].slice(0, 3) : pad(f.M, n); break;
            case 'd': outText += pad(f.d, n); break;
            case 'D': outText += pad(f.doy, n); break;
            case 'E': outText += n >= 4 ? DAYS[f.wd] : DAYS[f.wd].slice(0, 3); break;
            case 'e': outText += pad(f.wd + 1, n); break;
            case 'a': outText += f.H < 12 ? 'AM' : 'PM'; break;
            case 'H': outText += pad(f.H, n); break;
            case 'k': outText += pad(f.H === 0 ? 24 : f.H, n); break;
            case 'K': outText += pad(f.H % 12, n); break;
            case 'h': outText += pad(f.H % 12 === 0 ? 12 : f.H % 12, n); break;
            case 'm': outText += pad(f.m, n); break;
            case 's': outText += pad(f.s, n); break;
            case 'S':
                if (dtf) outText += (pad(f.S, 3) + '000000').slice(0, n);
                else outText += pad(f.S, n);
                break;
            case 'n': outText += String(f.S * 1000000); break;
            case 'A': outText += String(((f.H * 60 + f.m) * 60 + f.s) * 1000 + f.S); break;
            case 'z': outText += zoneName(f, n >= 4); break;
            case 'Z':
                if (n === 4) outText += f.off === 0 ? 'GMT' : 'GMT' + offsetText(f.off, true, false);
                else if (n === 5) outText += offsetText(f.off, true, true);
                else outText += offsetText(f.off, false, false);
                break;
            case 'X':
                if (f.off === 0) { outText += 'Z'; break; }
                if (n === 1) outText += offsetText(f.off, false, false).slice(0, 3);
                else outText += offsetText(f.off, n >= 3, false);
                break;
            case 'x':
                if (n === 1) outText += offsetText(f.off, false, false).slice(0, f.off % 60 ? 5 : 3);
                else outText += offsetText(f.off, n >= 3, false);
                break;
            case 'V':
                if (!dtf) throw new Error('Illegal pattern character \'V\'');
                outText += f.zone ? f.zone.id : 'UTC';
                break;
            case 'G': outText += f.y > 0 ? 'AD' : 'BC'; break;
            case 'w': {
                var jan1 = new Date(Date.UTC(f.y, 0, 1)).getUTCDay();
                var week = Math.floor((f.doy - 1 + jan1) / 7) + 1;
                if (new Date(Date.UTC(f.y, f.M - 1, f.d + 6 - f.wd)).getUTCFullYear() > f.y) week = 1;
                outText += pad(week, n);
                break;
            }
            case 'F': outText += pad(Math.floor((f.d - 1) / 7) + 1, n); break;
            case 'W': { // week of the month, weeks from Sunday (en-US)
                var first = new Date(Date.UTC(f.y, f.M - 1, 1)).getUTCDay();
                outText += pad(Math.floor((f.d - 1 + first) / 7) + 1, n);
                break;
            }
            case 'Q': case 'q': outText += n >= 3 ? 'Q' + Math.ceil(f.M / 3) : pad(Math.ceil(f.M / 3), n); break;
            default:
                throw new Error('Illegal pattern character \'' + c + '\'');
            }
        }
        return outText;
    }

    // ISO8601Utils.format(date, false, tz): no milliseconds, Z for UTC.
    function iso(ms, zone) {
        var f = fields(ms, zone);
        return pad(f.y, 4) + '-' + pad(f.M, 2) + '-' + pad(f.d, 2) + 'T' + pad(f.H, 2) + ':' + pad(f.m, 2) + ':' +
            pad(f.s, 2) + offsetText(f.off, true, true);
    }

    /// WireMock's RenderableDate: a date with its format and zone.
    function RenderableDate(ms, format, zone) { this.ms = ms; this.format = format; this.zone = zone; }
    RenderableDate.prototype.toString = function () {
        if (this.format !== null && this.format !== undefined) {
            if (this.format === 'epoch') return String(this.ms);
            if (this.format === 'unix') return String(Math.trunc(this.ms / 1000));
            return javaFormat(this.ms, this.format, this.zone, false);
        }
        return iso(this.ms, this.zone);
    };
    RenderableDate.prototype.valueOf = function () { return this.ms; };
    printsAsText(RenderableDate.prototype);

    var UNITS = { SECONDS: 1, MINUTES: 1, HOURS: 1, DAYS: 1, MONTHS: 1, YEARS: 1 };
    function shift(ms, offset) {
        if (String(offset).toLowerCase() === 'now') return ms;
        var parts = String(offset).split(' ');
        if (parts.length < 2 || parts.length > 3)
            throw new Error('Offset can be of the short form <amount> <unit> e.g. 8 seconds or long form now +/-<amount> <unit> e.g. now +5 years');
        var amountText = parts.length === 2 ? parts[0] : parts[1];
        var unit = (parts.length === 2 ? parts[1] : parts[2]).toUpperCase();
        if (!/^[-+]?\d+$/.test(amountText)) throw new Error('For input string: "' + amountText + '"');
        if (!UNITS[unit]) throw new Error('No enum constant com.github.tomakehurst.wiremock.common.DateTimeUnit.' + unit);
        var amount = Number(amountText);
        var d = new Date(ms);
        switch (unit) {
        case 'SECONDS': return ms + amount * 1000;
        case 'MINUTES': return ms + amount * 60000;
        case 'HOURS': return ms + amount * 3600000;
        case 'DAYS': return ms + amount * 86400000;
        case 'MONTHS': case 'YEARS': {
            var months = unit === 'YEARS' ? amount * 12 : amount;
            var y = d.getUTCFullYear(), mo = d.getUTCMonth() + months;
            var ty = y + Math.floor(mo / 12), tm = ((mo % 12) + 12) % 12;
            var last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
            var day = Math.min(d.getUTCDate(), last);
            return Date.UTC(ty, tm, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
        }
        }
        return ms;
    }

    function zoneIdOrThrow(id) {
        var z = zoneOf(id);
        if (z && z.unknown) throw new Error('Unknown time-zone ID: ' + id);
        return z;
    }

    // Parses with a DateTimeFormatter pattern; returns { ms, zone } or null when it does not fit.
    function parseWithPattern(text, pattern) {
        var re = '', groups = [], i = 0;
        while (i < pattern.length) {
            var c = pattern[i];
            if (c === "'") {
                var j = pattern.indexOf("'", i + 1);
                if (j < 0) j = pattern.length;
                re += escapeRe(j === i + 1 ? "'" : pattern.slice(i + 1, j));
                i = j + 1; continue;
            }
            if (!/[A-Za-z]/.test(c)) { re += escapeRe(c); i++; continue; }
            var n = 1;
            while (pattern[i + n] === c) n++;
            i += n;
            var g;
            switch (c) {
            case 'y': case 'u': g = n === 2 ? '(\\d{2})' : '([-+]?\\d{' + Math.max(n, 4) + ',9})'; if (n < 4 && n !== 2) g = '([-+]?\\d{1,9})'; break;
            case 'M': case 'L': g = n >= 4 ? '(' + MONTHS.join('|') + ')' : n === 3 ? '(' + MONTHS.map(function (x) { return x.slice(0, 3); }).join('|') + ')' : (n === 2 ? '(\\d{2})' : '(\\d{1,2})'); break;
            case 'd': case 'H': case 'm': case 's': case 'h': case 'k': case 'K': g = n === 2 ? '(\\d{2})' : '(\\d{1,2})'; break;
            case 'D': g = '(\\d{1,3})'; break;
            case 'S': g = '(\\d{' + n + '})'; break;
            case 'E': g = '(' + (n >= 4 ? DAYS.join('|') : DAYS.map(function (x) { return x.slice(0, 3); }).join('|')) + ')'; break;
            case 'a': g = '(AM|PM)'; break;
            case 'X': case 'x': case 'Z': g = '(Z|[+-]\\d{2}(?::?\\d{2})?)'; break;
            case 'z': g = '([A-Za-z][A-Za-z0-9/_+-]*)'; break;
            case 'V': g = '([A-Za-z][A-Za-z0-9/_+-]*)'; break;
            default: throw new Error('Unknown pattern letter: ' + c);
            }
            re += g;
            groups.push({ c: c, n: n });
        }
        var m = new RegExp('^' + re + '$', 'i').exec(text);
        if (!m) return null;
        var v = { y: null, M: 1, d: 1, H: 0, m: 0, s: 0, S: 0, pm: null, zone: null, hasTime: false, hasDate: false };
        groups.forEach(function (g, k) {
            var t = m[k + 1];
            switch (g.c) {
            case 'y': case 'u': v.y = g.n === 2 ? 2000 + Number(t) : Number(t); v.hasYear = true; break;
            case 'M': case 'L': v.M = g.n >= 3 ? monthIndex(t) + 1 : Number(t); v.hasMonth = true; break;
            case 'd': v.d = Number(t); v.hasDate = true; break;
            case 'H': case 'k': v.H = Number(t) % 24; v.hasTime = true; break;
            case 'h': case 'K': v.H = Number(t) % 12; v.hasTime = true; break;
            case 'm': v.m = Number(t); break;
            case 's': v.s = Number(t); break;
            case 'S': v.S = Math.round(Number('0.' + t) * 1000); break;
            case 'a': v.pm = t.toUpperCase() === 'PM'; break;
            case 'X': case 'x': case 'Z':
                v.zone = t.toUpperCase() === 'Z' ? { id: 'Z', fixed: 0 } : zoneOf(t.length === 5 && t.indexOf(':') < 0 ? t.slice(0, 3) + ':' + t.slice(3) : t);
                break;
            case 'z': case 'V': v.zone = zoneIdOrThrow(t); break;
            }
        });
        if (v.pm !== null && v.pm) v.H += 12;
        if (v.y === null) throw new Error('Text \'' + text + '\' could not be parsed: Unable to obtain a date from it');
        var local = Date.UTC(v.y, v.M - 1, v.d, v.H, v.m, v.s, v.S);
        if (v.zone) local -= zoneMinutes(v.zone, local) * 60000;
        return { ms: local, zone: v.zone };
    }
    function monthIndex(t) {
        var l = t.toLowerCase();
        for (var k = 0; k < 12; k++) if (MONTHS[k].toLowerCase() === l || MONTHS[k].slice(0, 3).toLowerCase() === l) return k;
        return 0;
    }
    function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

    // The parsers parseDate tries without a format: ISO zoned, RFC 1123, RFC 1036, asctime.
    function parseDefault(text) {
        var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}(?::\d{2})?)(?:\[([^\]]+)\])?$/.exec(text);
        if (m) {
            var local = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0), m[7] ? Math.floor(Number('0.' + m[7]) * 1000) : 0);
            var zone = m[9] ? zoneIdOrThrow(m[9]) : (m[8] === 'Z' ? { id: 'Z', fixed: 0 } : zoneOf(m[8]));
            return new RenderableDate(local - zoneMinutes(m[9] ? zone : zoneOf(m[8] === 'Z' ? 'Z' : m[8]), local) * 60000, null, zone);
        }
        m = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? (GMT|[+-]\d{4})$/.exec(text);
        if (m) {
            var z = m[8] === 'GMT' ? { id: 'Z', fixed: 0 } : zoneOf(m[8].slice(0, 3) + ':' + m[8].slice(3));
            var t = Date.UTC(+m[4], monthIndex(m[3]), +m[2], +m[5], +m[6], +(m[7] || 0));
            return new RenderableDate(t - zoneMinutes(z, t) * 60000, null, z);
        }
        m = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{2}):(\d{2}):(\d{2}) (GMT|UTC)$/.exec(text);
        if (m) return new RenderableDate(Date.UTC(2000 + Number(m[4]), monthIndex(m[3]), +m[2], +m[5], +m[6], +m[7]), null, { id: m[8], fixed: 0 });
        m = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( \d|\d{2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/.exec(text);
        if (m) return new RenderableDate(Date.UTC(+m[7], monthIndex(m[2]), +m[3].trim(), +m[4], +m[5], +m[6]), null, { id: 'GMT', fixed: 0 });
        return null;
    }

    // ---- arithmetic the BigDecimal way ---------------------------------------------------------

    // A decimal as { u: unscaled integer, s: scale }; JS numbers are exact to 2^53, enough here.
    function toDecimal(v) {
        if (typeof v === 'number' && Number.isInteger(v)) return { u: v, s: 0 };
        var text;
        if (typeof v === 'number' || v instanceof JDouble) text = javaDouble(Number(v));
        else text = out(v);
        var m = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text.trim());
        if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return { u: 0, s: 0 };
        var frac = m[3] || '';
        var s = frac.length - Number(m[4] || 0);
        var u = Number((m[1] === '-' ? '-' : '') + (m[2] || '0') + frac);
        return { u: u, s: s };
    }
    function scaleTo(d, s) { return d.u * Math.pow(10, s - d.s); }
    function roundHalfUp(x) { return x < 0 ? -Math.round(-x) : Math.round(x); }
    function decimalResult(d) {
        if (d.s <= 0) {
            var n = d.u * Math.pow(10, -d.s);
            return n === 0 ? 0 : n;
        }
        return new JDouble(d.u / Math.pow(10, d.s));
    }

    // ---- a small XML reader for xPath, soapXPath and formatXml ------------------------------

    function parseXml(text) {
        var i = 0;
        var doc = { type: 'doc', children: [] };
        var stack = [doc];
        text = String(text);
        function top() { return stack[stack.length - 1]; }
        function decode(s) {
            return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, function (all, e) {
                if (e[0] === '#') return String.fromCharCode(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
                return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e];
            });
        }
        while (i < text.length) {
            if (text[i] === '<') {
                if (text.substr(i, 4) === '<!--') {
                    var e1 = text.indexOf('-->', i); if (e1 < 0) throw new Error('xml');
                    if (stack.length > 1) top().children.push({ type: 'comment', text: text.slice(i + 4, e1), parent: top() });
                    i = e1 + 3; continue;
                }
                if (text.substr(i, 9) === '<![CDATA[') {
                    var e2 = text.indexOf(']]>', i); if (e2 < 0) throw new Error('xml');
                    top().children.push({ type: 'text', text: text.slice(i + 9, e2), cdata: true }); i = e2 + 3; continue;
                }
                if (text[i + 1] === '?' || text[i + 1] === '!') { var e3 = text.indexOf('>', i); if (e3 < 0) throw new Error('xml'); i = e3 + 1; continue; }
                if (text[i + 1] === '/') {
                    var e4 = text.indexOf('>', i);
                    var name = text.slice(i + 2, e4).trim();
                    var el = stack.pop();
                    if (!el || el.type !== 'el' || el.name !== name) throw new Error('xml');
                    i = e4 + 1; continue;
                }
                var m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(text.slice(i));
                if (!m) throw new Error('xml');
                var node = { type: 'el', name: m[1], attrs: [], children: [], parent: top() };
                var ar = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g, am;
                while ((am = ar.exec(m[2]))) node.attrs.push({ name: am[1], value: decode(am[3] !== undefined ? am[3] : am[4]) });
                top().children.push(node);
                if (!m[3]) stack.push(node);
                i += m[0].length;
            } else {
                var j = text.indexOf('<', i);
                if (j < 0) j = text.length;
                var t = text.slice(i, j);
                if (stack.length === 1) { if (t.trim()) throw new Error('xml'); }
                else top().children.push({ type: 'text', text: decode(t), parent: top() });
                i = j;
            }
        }
        if (stack.length !== 1 || !doc.children.some(function (c) { return c.type === 'el'; })) throw new Error('xml');
        return doc;
    }
    function localName(n) { var k = n.indexOf(':'); return k < 0 ? n : n.slice(k + 1); }
    function xmlEscape(s, attr) {
        s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        return attr ? s.replace(/"/g, '&quot;') : s;
    }
    function xmlSerialize(n, indent, level) {
        if (n.type === 'comment') return '<!--' + n.text + '-->';
        if (n.type === 'text') return n.cdata ? '<![CDATA[' + n.text + ']]>' : xmlEscape(n.text);
        var open = '<' + n.name + n.attrs.map(function (a) { return ' ' + a.name + '="' + xmlEscape(a.value, true) + '"'; }).join('');
        if (!n.children.length) return open + '/>';
        if (!indent) return open + '>' + n.children.map(function (c) { return xmlSerialize(c, false, 0); }).join('') + '</' + n.name + '>';
        var onlyText = n.children.every(function (c) { return c.type === 'text'; });
        if (onlyText) return open + '>' + n.children.map(function (c) { return xmlSerialize(c, false, 0); }).join('') + '</' + n.name + '>';
        var pad2 = new Array(level + 2).join('  ');
        return open + '>' + n.children.map(function (c) { return '\n' + pad2 + xmlSerialize(c, true, level + 1); }).join('') +
            '\n' + new Array(level + 1).join('  ') + '</' + n.name + '>';
    }
    function textContent(n) {
        if (n.type === 'comment') return '';
        if (n.type === 'text') return n.text;
        return n.children.map(textContent).join('');
    }
    function stripBlank(n) {
        if (n.children) {
            n.children = n.children.filter(function (c) { return !(c.type === 'text' && !c.cdata && !c.text.trim()); });
            n.children.forEach(stripBlank);
        }
        return n;
    }
    // WireMock's XmlNode prints an element as its XML, an attribute or text as its value.
    function XmlNode(n) { this.node = n; }
    XmlNode.prototype.toString = function () {
        var n = this.node;
        if (n.type === 'attr') return n.value;
        if (n.type === 'text') return n.cdata ? '[#cdata-section: ' + n.text + ']' : n.text;
        if (n.type === 'value') return jstr(n.value);
        return xmlSerialize(n, true, 0) + '\n';
    };

    // XPath: location paths with / and //, names (namespace prefixes ignored, *), @attr,
    // text(), node(), [n], [last()], [@a='v'], [name='v'], and count(), name(), local-name().
    function xpathEval(doc, expr) {
        expr = expr.trim();
        var fm = /^(count|name|local-name|string|normalize-space)\((.*)\)$/.exec(expr);
        if (fm) {
            var inner = fm[2] ? xpathEval(doc, fm[2]) : [];
            var v;
            if (fm[1] === 'count') v = inner.length;
            else if (fm[1] === 'string') v = inner.length ? textContent(inner[0]) : '';
            else if (fm[1] === 'normalize-space') v = inner.length ? textContent(inner[0]).replace(/\s+/g, ' ').trim() : '';
            else v = inner.length ? (fm[1] === 'name' ? inner[0].name : localName(inner[0].name)) : '';
            return [{ type: 'value', value: v }];
        }
        if (!/^\//.test(expr)) throw new Error('xpath');
        var steps = [], i = 0;
        while (i < expr.length) {
            var deep = false;
            if (expr.substr(i, 2) === '//') { deep = true; i += 2; } else if (expr[i] === '/') i++;
            else throw new Error('xpath');
            var m = /^(@?[\w.:*-]+(?:\(\))?)((?:\[[^\]]*\])*)/.exec(expr.slice(i));
            if (!m) throw new Error('xpath');
            i += m[0].length;
            var preds = [], pr = /\[([^\]]*)\]/g, pm;
            while ((pm = pr.exec(m[2]))) preds.push(pm[1].trim());
            steps.push({ deep: deep, test: m[1], preds: preds });
        }
        var current = [doc];
        steps.forEach(function (st, stepIndex) {
            var next = [];
            current.forEach(function (n) {
                var cands = [];
                var pool = [];
                if (st.deep) (function all(x) { pool.push(x); (x.children || []).forEach(all); })(n);
                else pool = [n];
                pool.forEach(function (p) {
                    if (st.test[0] === '@') {
                        var an = st.test.slice(1);
                        (p.attrs || []).forEach(function (a) { if (an === '*' || localName(a.name) === localName(an)) cands.push({ type: 'attr', name: a.name, value: a.value }); });
                    } else if (st.test === 'text()') {
                        (p.children || []).forEach(function (c) { if (c.type === 'text') cands.push(c); });
                    } else {
                        // WireMock parses without namespaces and Xalan then matches a step by
                        // the name's local part, but a leading // by the whole name; a prefixed
                        // name matches nothing.
                        (p.children || []).forEach(function (c) {
                            if (c.type !== 'el') return;
                            if (st.test === '*' || st.test === 'node()') cands.push(c);
                            else if (st.test.indexOf(':') < 0 && (st.deep && stepIndex === 0 ? c.name : localName(c.name)) === st.test) cands.push(c);
                        });
                    }
                });
                st.preds.forEach(function (pd) {
                    if (/^\d+$/.test(pd)) { cands = cands[Number(pd) - 1] ? [cands[Number(pd) - 1]] : []; return; }
                    if (pd === 'last()') { cands = cands.length ? [cands[cands.length - 1]] : []; return; }
                    var fnm = /^(local-name|name)\(\)\s*(=|!=)\s*(?:'([^']*)'|"([^"]*)")$/.exec(pd);
                    if (fnm) {
                        var wantName = fnm[3] !== undefined ? fnm[3] : fnm[4];
                        cands = cands.filter(function (c) {
                            var nm = c.name === undefined ? '' : (fnm[1] === 'name' ? c.name : localName(c.name));
                            return fnm[2] === '=' ? nm === wantName : nm !== wantName;
                        });
                        return;
                    }
                    var am = /^(@?[\w.:-]+)\s*(=|!=)\s*(?:'([^']*)'|"([^"]*)"|(\d+))$/.exec(pd);
                    if (am) {
                        var want = am[3] !== undefined ? am[3] : am[4] !== undefined ? am[4] : am[5];
                        cands = cands.filter(function (c) {
                            var val;
                            if (am[1][0] === '@') {
                                var at = (c.attrs || []).filter(function (a) { return localName(a.name) === localName(am[1].slice(1)); })[0];
                                val = at ? at.value : undefined;
                            } else {
                                var ch = (c.children || []).filter(function (x) { return x.type === 'el' && localName(x.name) === localName(am[1]); })[0];
                                val = ch ? textContent(ch) : undefined;
                            }
                            return am[2] === '=' ? val === want : val !== undefined && val !== want;
                        });
                        return;
                    }
                    var ex = /^(@?[\w.:-]+)$/.exec(pd);
                    if (ex) {
                        cands = cands.filter(function (c) {
                            if (ex[1][0] === '@') return (c.attrs || []).some(function (a) { return localName(a.name) === localName(ex[1].slice(1)); });
                            return (c.children || []).some(function (x) { return x.type === 'el' && localName(x.name) === localName(ex[1]); });
                        });
                        return;
                    }
                    throw new Error('xpath');
                });
                cands.forEach(function (c) { if (next.indexOf(c) < 0) next.push(c); });
            });
            current = next;
        });
        return current;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    // A java.util.regex pattern as a JS RegExp: leading inline flags (?i) (?m), \A and \z.
    function javaRegex(source, flags) {
        var src = String(source), f = flags || '';
        var m = /^\(\?([imsux]+)\)/.exec(src);
        if (m) {
            src = src.slice(m[0].length);
            if (m[1].indexOf('i') >= 0) f += 'i';
            if (m[1].indexOf('m') >= 0) f += 'm';
            if (m[1].indexOf('s') >= 0) src = src.replace(/(^|[^\\])\./g, '$1[\\s\\S]');
        }
        src = src.replace(/\\A/g, '^').replace(/\\[zZ]/g, '$');
        return new RegExp(src, f);
    }

    function errorText(message) { return '[ERROR: ' + message + ']'; }
    function isSection(options) { return typeof options.fn === 'function'; }
    // Handlebars.Utils.isEmpty of Handlebars.java.
    function isEmpty(v) {
        if (v === null || v === undefined || v === false) return true;
        if (typeof v === 'string') return v.length === 0;
        if (Array.isArray(v)) return v.length === 0;
        if (isNum(v)) return Number(v) === 0;
        return false;
    }
    function jEquals(a, b) {
        if (a === b) return true;
        if (a === null || a === undefined || b === null || b === undefined) return (a == null) && (b == null);
        if (isNum(a) && isNum(b)) return Number(a) === Number(b);
        if (typeof a === 'string' || typeof b === 'string') return typeof a === typeof b && a === b;
        if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every(function (x, k) { return jEquals(x, b[k]); });
        if (a instanceof RenderableDate && b instanceof RenderableDate) return a.ms === b.ms;
        if (a instanceof RequestMethod && b instanceof RequestMethod) return a.name === b.name;
        return false;
    }
    function comparable(v) {
        return typeof v === 'string' || typeof v === 'boolean' || isNum(v) || v instanceof RenderableDate;
    }
    function jCompare(a, b) {
        if (a === null || a === undefined) throw new Error('Not a comparable: null');
        if (!comparable(a)) throw new Error('Not a comparable: ' + out(a));
        if (b === null || b === undefined) throw new Error('Not a comparable: null');
        if (!comparable(b)) throw new Error('Not a comparable: ' + out(b));
        if (isNum(a) && isNum(b)) return Number(a) < Number(b) ? -1 : Number(a) > Number(b) ? 1 : 0;
        if (typeof a === 'string' && typeof b === 'string') {
            var n = Math.min(a.length, b.length);
            for (var k = 0; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return a.charCodeAt(k) - b.charCodeAt(k);
            return a.length - b.length;
        }
        if (typeof a === 'boolean' && typeof b === 'boolean') return (a ? 1 : 0) - (b ? 1 : 0);
        if (a instanceof RenderableDate && b instanceof RenderableDate) return a.ms - b.ms;
        throw new Error('class ' + javaClass(b) + ' cannot be cast to class ' + javaClass(a));
    }
    function javaClass(v) {
        if (typeof v === 'string') return 'java.lang.String';
        if (typeof v === 'number') return Number.isInteger(v) ? 'java.lang.Integer' : 'java.lang.Double';
        if (v instanceof JDouble) return 'java.lang.Double';
        if (typeof v === 'boolean') return 'java.lang.Boolean';
        if (Array.isArray(v)) return 'java.util.ArrayList';
        return 'java.util.LinkedHashMap';
    }
    function intArg(v, what) {
        if (v === null || v === undefined) return null;
        if (typeof v === 'number') return Math.trunc(v);
        if (isNum(v)) return Math.trunc(Number(v));
        var s = out(v);
        if (!/^[-+]?\d+$/.test(s)) throw new Error('For input string: "' + s + '"' + (what ? ' (' + what + ')' : ''));
        return Number(s);
    }
    function hashArg(options, name, def) {
        var h = options.hash || {};
        return Object.prototype.hasOwnProperty.call(h, name) && h[name] !== undefined ? h[name] : def;
    }
    // Handlebars.java keeps them in the context's data, apart from the model: hidden members of
    // the root, which the compat lookup finds from any depth.
    function setVariable(options, name, value) {
        hidden(options.data.root, out(name), value);
    }

    function conditional(result, options) {
        if (isSection(options)) return result ? options.fn(this) : options.inverse(this);
        return result ? hashArg(options, 'yes', true) : hashArg(options, 'no', false);
    }

    // StringHelpers' common start: a falsy value gives the first parameter (as text) or nothing.
    function stringHelper(fn) {
        return function () {
            var options = arguments[arguments.length - 1];
            var args = Array.prototype.slice.call(arguments, 0, -1);
            var value = args.length ? args[0] : this;
            var params = args.slice(1);
            if (isEmpty(value)) return params.length && params[0] !== null && params[0] !== undefined ? out(params[0]) : null;
            return fn.call(this, value, params, options);
        };
    }

    // java.util.Formatter for String.format: %s %S %d %f %e %E %x %X %o %b %B %c %% %n with
    // argument indexes, flags (- 0 + space , ( #), width and precision.
    function javaFormatString(format, args) {
        var next = 0;
        function conversionError(conv, arg) { return new Error('IllegalFormatConversionException: ' + conv + ' != ' + javaClass(arg)); }
        function isInt(a) { return typeof a === 'number' && Number.isInteger(a); }
        function isFloat(a) { return a instanceof JDouble || a instanceof JDecimal || (typeof a === 'number' && !Number.isInteger(a)); }
        function signed(text, negative, flags) {
            if (negative) return flags.indexOf('(') >= 0 ? '(' + text + ')' : '-' + text;
            if (flags.indexOf('+') >= 0) return '+' + text;
            if (flags.indexOf(' ') >= 0) return ' ' + text;
            return text;
        }
        return format.replace(/%(\d+\$)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g, function (all, index, flags, width, prec, conv) {
            if (conv === '%') return width ? padString('%', Number(width), ' ', flags.indexOf('-') < 0) : '%';
            if (conv === 'n') return '\n';
            var arg = index ? args[Number(index.slice(0, -1)) - 1] : args[next++];
            if (arg === undefined) throw new Error("MissingFormatArgumentException: Format specifier '" + all + "'");
            var text, lower = conv.toLowerCase(), numeric = false;
            switch (lower) {
            case 's':
                text = arg === null ? 'null' : jstr(arg);
                if (prec !== undefined) text = text.slice(0, Number(prec));
                break;
            case 'b':
                text = String(!(arg === null || arg === false));
                if (prec !== undefined) text = text.slice(0, Number(prec));
                break;
            case 'c':
                if (!isInt(arg)) throw conversionError(conv, arg);
                text = String.fromCodePoint(arg);
                break;
            case 'd':
                if (!isInt(arg)) throw conversionError(conv, arg);
                text = String(Math.abs(arg));
                if (flags.indexOf(',') >= 0) text = groupThousands(text);
                text = signed(text, arg < 0, flags);
                numeric = true;
                break;
            case 'x': case 'o':
                if (!isInt(arg)) throw conversionError(conv, arg);
                text = (arg >>> 0).toString(lower === 'x' ? 16 : 8);
                if (flags.indexOf('#') >= 0) text = (lower === 'x' ? '0x' : '0') + text;
                numeric = true;
                break;
            case 'f': case 'e': {
                if (!isFloat(arg)) throw conversionError(conv, arg);
                var n = Number(arg), digits = prec === undefined ? 6 : Number(prec);
                if (lower === 'f') {
                    text = Math.abs(n).toFixed(digits);
                    if (flags.indexOf(',') >= 0) text = text.replace(/^\d+/, function (d) { return groupThousands(d); });
                } else {
                    var e = Math.abs(n).toExponential(digits).split('e');
                    var exp = Number(e[1]);
                    text = e[0] + 'e' + (exp < 0 ? '-' : '+') + pad(Math.abs(exp), 2);
                }
                text = signed(text, n < 0, flags);
                numeric = true;
                break;
            }
            default:
                throw new Error("UnknownFormatConversionException: Conversion = '" + conv + "'");
            }
            if (conv !== lower) text = text.toUpperCase();
            if (width && text.length < Number(width)) {
                if (flags.indexOf('-') >= 0) text = padString(text, Number(width), ' ', false);
                else if (numeric && flags.indexOf('0') >= 0) {
                    var sign = /^[-+ (]/.test(text) ? text[0] : '';
                    text = sign + padString(text.slice(sign.length), Number(width) - sign.length, '0', true);
                } else text = padString(text, Number(width), ' ', true);
            }
            return text;
        });
    }

    function capitalizeWords(s, fully) {
        if (fully) s = s.toLowerCase();
        return s.replace(/(^|\s)(\S)/g, function (all, sp, ch) { return sp + ch.toUpperCase(); });
    }
    function wrap(str, width) {
        // commons-lang WordUtils.wrap(str, width): breaks at spaces, long words left whole.
        if (width < 1) width = 1;
        var lines = [], offset = 0, len = str.length;
        while (offset < len) {
            var spaceToWrapAt = -1;
            var rest = str.slice(offset);
            if (str[offset] === ' ') { offset++; continue; }
            if (len - offset <= width) break;
            var win = str.slice(offset, offset + width + 1);
            spaceToWrapAt = win.lastIndexOf(' ');
            if (spaceToWrapAt > 0) {
                lines.push(str.slice(offset, offset + spaceToWrapAt));
                offset = offset + spaceToWrapAt + 1;
            } else {
                var nextSpace = rest.indexOf(' ', width);
                if (nextSpace >= 0) {
                    lines.push(str.slice(offset, offset + nextSpace));
                    offset = offset + nextSpace + 1;
                } else { lines.push(str.slice(offset)); offset = len; }
            }
        }
        if (offset < len) lines.push(str.slice(offset));
        return lines.join('\n');
    }
    // 1234567 -> 1,234,567 (no regex: QJSEngine 6.4 doubles the commas of \B(?=(\d{3})+(?!\d))).
    function groupThousands(digits) {
        var outText = '';
        for (var k = 0; k < digits.length; k++) {
            if (k && (digits.length - k) % 3 === 0) outText += ',';
            outText += digits[k];
        }
        return outText;
    }
    function padString(s, size, padText, left) {
        var n = size - s.length;
        if (n <= 0) return s;
        var p = '';
        while (p.length < n) p += padText;
        p = p.slice(0, n);
        return left ? p + s : s + p;
    }

    function randomFrom(env, chars, length) {
        var s = '';
        for (var k = 0; k < length; k++) s += chars.charAt(Math.floor(env.random() * chars.length));
        return s;
    }
    function uuid(env) {
        var hex = '0123456789abcdef', s = '';
        for (var k = 0; k < 36; k++) {
            if (k === 8 || k === 13 || k === 18 || k === 23) s += '-';
            else if (k === 14) s += '4';
            else if (k === 19) s += hex.charAt(8 + Math.floor(env.random() * 4));
            else s += hex.charAt(Math.floor(env.random() * 16));
        }
        return s;
    }
    var ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    function asciiRange(a, b) { var s = ''; for (var c = a; c <= b; c++) s += String.fromCharCode(c); return s; }

    // java.net.URLEncoder / URLDecoder (form encoding: space is +, * - . _ kept).
    function urlEncode(s) {
        return encodeURIComponent(s).replace(/[!'()~]/g, function (c) {
            return '%' + c.charCodeAt(0).toString(16).toUpperCase();
        }).replace(/%20/g, '+');
    }
    function urlDecode(s) {
        s = s.replace(/\+/g, ' ');
        return s.replace(/(%[0-9a-fA-F]{2})+/g, function (seq) {
            try { return decodeURIComponent(seq); } catch (e) { return seq; }
        }).replace(/%(?![0-9a-fA-F]{2})/, function () {
            throw new Error('URLDecoder: Incomplete trailing escape (%) pattern');
        });
    }

    function utf8Bytes(s) {
        var b = [], e = encodeURIComponent(s);
        for (var k = 0; k < e.length; k++) {
            if (e[k] === '%') { b.push(parseInt(e.substr(k + 1, 2), 16)); k += 2; }
            else b.push(e.charCodeAt(k));
        }
        return b;
    }
    // UTF-8 bytes to text, a bad sequence as U+FFFD (Java's new String(bytes)).
    function utf8Text(bytes) {
        var s = '';
        for (var k = 0; k < bytes.length;) {
            var b = bytes[k];
            if (b < 0x80) { s += String.fromCharCode(b); k++; continue; }
            var n = (b & 0xe0) === 0xc0 ? 1 : (b & 0xf0) === 0xe0 ? 2 : (b & 0xf8) === 0xf0 ? 3 : -1;
            var cp = n > 0 ? b & (0x3f >> n) : 0, ok = n > 0;
            for (var j = 1; ok && j <= n; j++) {
                var c = bytes[k + j];
                if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
                else cp = (cp << 6) | (c & 0x3f);
            }
            if (!ok) { s += '\ufffd'; k++; continue; }
            s += String.fromCodePoint(cp);
            k += n + 1;
        }
        return s;
    }
    var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    function base64Encode(bytes, padding) {
        var s = '';
        for (var k = 0; k < bytes.length; k += 3) {
            var n = (bytes[k] << 16) | ((bytes[k + 1] || 0) << 8) | (bytes[k + 2] || 0);
            s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
            s += k + 1 < bytes.length ? B64[(n >> 6) & 63] : (padding ? '=' : '');
            s += k + 2 < bytes.length ? B64[n & 63] : (padding ? '=' : '');
        }
        return s;
    }
    function base64Decode(s) {
        var bytes = [], buf = 0, bits = 0;
        for (var k = 0; k < s.length; k++) {
            var c = s[k];
            if (c === '=') break;
            var v = B64.indexOf(c === '-' ? '+' : c === '_' ? '/' : c);
            if (v < 0) {
                if (/\s/.test(c)) continue;
                throw new Error('Illegal base64 character ' + c.charCodeAt(0).toString(16));
            }
            buf = (buf << 6) | v; bits += 6;
            if (bits >= 8) { bits -= 8; bytes.push((buf >> bits) & 255); }
        }
        return utf8Text(bytes);
    }

    function formParse(text, decode) {
        var pairs = [];
        String(text).split('&').forEach(function (field) {
            var parts = field.split('=');
            // Java's split drops trailing empty strings.
            while (parts.length && parts[parts.length - 1] === '') parts.pop();
            if (parts.length > 1) {
                var v = parts[1].trim();
                pairs.push([parts[0], decode ? urlDecode(v) : v]);
            }
        });
        var keys = [], vals = {};
        pairs.forEach(function (p) {
            if (!Object.prototype.hasOwnProperty.call(vals, p[0])) { keys.push(p[0]); vals[p[0]] = []; }
            vals[p[0]].push(p[1]);
        });
        var m = {};
        keys.forEach(function (k) { m[k] = listOrSingle(vals[k]); });
        return jmap(m);
    }

    function jsonReadForHelper(text) { return parseJsonText(String(text), true); }

    // Handlebars.java reads {{parts.0}} (Handlebars.js wants parts.[0]) and keeps a literal's
    // type: 10.0 is a Double there, so {{math 10.0 '/' 4}} is 2.5. The source is rewritten for
    // the first, and the parsed template's decimal literals become (__mbDouble 'text').
    function javaPaths(src) {
        return src.replace(/\{\{[\s\S]*?\}\}/g, function (tag) {
            return tag.split(/("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/).map(function (part, k) {
                if (k % 2) return part;
                return part.replace(/([A-Za-z_\]][\w\-]*|\])((?:\.\d+)+)(?![\w])/g, function (all, head, idx) {
                    return head + idx.replace(/\.(\d+)/g, '.[$1]');
                });
            }).join('');
        });
    }
    // WireMock compiles only what lies from the first {{ to the last }} (its
    // HandlebarsOptimizedTemplate); the text around is printed as it is. So a ~ cannot strip
    // it and a {{ after the last }} is text. (A \{{ before the first tag is a backslash and a
    // tag there; here it stays an escaped {{, as in the other dialects.) Only such templates are
    // rewritten: the outer text becomes a literal (an error's line in them may then read 1).
    function literalEnds(src) {
        var first = src.indexOf('{{'), last = src.lastIndexOf('}}');
        if (first < 0 || last < first) return src;
        var start = src.slice(0, first), middle = src.slice(first, last + 2), end = src.slice(last + 2);
        var tilde = /\{\{~|~\}\}/.test(middle);
        var endTag = end.indexOf('{{') >= 0;
        if (!tilde && !endTag) return src;
        function literal(text) { return text ? '{{__mbLit "' + encodeURIComponent(text) + '"}}' : ''; }
        return literal(start) + middle + literal(end);
    }

    function markDoubles(node, lines) {
        function literal(n) {
            if (!n || n.type !== 'NumberLiteral' || !n.loc || n.loc.start.line !== n.loc.end.line) return n;
            var text = lines[n.loc.start.line - 1].slice(n.loc.start.column, n.loc.end.column);
            if (!/[.eE]/.test(text)) return n;
            return { type: 'SubExpression', loc: n.loc, hash: undefined,
                path: { type: 'PathExpression', data: false, depth: 0, parts: ['__mbDouble'], original: '__mbDouble', loc: n.loc },
                params: [{ type: 'StringLiteral', value: text, original: text, loc: n.loc }] };
        }
        function visit(n) {
            if (!n || typeof n !== 'object') return;
            if (Array.isArray(n.body)) n.body.forEach(visit);
            if (Array.isArray(n.params)) n.params = n.params.map(function (p) { visit(p); return literal(p); });
            if (n.hash && Array.isArray(n.hash.pairs)) n.hash.pairs.forEach(function (pair) { visit(pair.value); pair.value = literal(pair.value); });
            if (n.path && n.path.type === 'SubExpression') visit(n.path);
            visit(n.program);
            visit(n.inverse);
        }
        visit(node);
        return node;
    }

    function setup(hb, env) {
        theEnv = env;
        function reg(name, fn) { hb.registerHelper(name, fn); }
        var baseParse = hb.parse;
        hb.parse = function (input, options) {
            if (typeof input !== 'string') return baseParse.call(this, input, options);
            var src = javaPaths(input);
            return markDoubles(baseParse.call(this, src, options), src.split('\n'));
        };
        reg('__mbDouble', function (text) { return new JDouble(Number(text)); });
        reg('__mbLit', function (text) { return decodeURIComponent(text); });
        // Handlebars.js joins a template's pieces with +, so {{gt 2 1}}{{gte 2 2}} would add two
        // booleans up to 2; each piece is made text first (Java prints each value).
        var Base = hb.JavaScriptCompiler;
        function TextCompiler() { Base.apply(this, arguments); }
        TextCompiler.prototype = Object.create(Base.prototype);
        TextCompiler.prototype.constructor = TextCompiler;
        TextCompiler.prototype.compiler = TextCompiler;
        TextCompiler.prototype.appendToBuffer = function (source, location, explicit) {
            var parts = Array.isArray(source) ? source : [source];
            return Base.prototype.appendToBuffer.call(this, ['""+('].concat(parts, [')']), location, explicit);
        };
        // Every obj.name goes through memberOf (headers in any case).
        TextCompiler.prototype.nameLookup = function (parent, name, type) {
            // (Handlebars hands a helper's last argument over as its options: hence the null.)
            if (type === 'context') return ['container.helpers.__mbMember(', parent, ',', JSON.stringify(name), ',null)'];
            return Base.prototype.nameLookup.apply(this, arguments);
        };
        hb.JavaScriptCompiler = TextCompiler;
        hb.helpers.__mbMember = memberOf; // not through registerHelper: no error wrapper per lookup
        // Handlebars.js's own built-ins print JS values; WireMock's if/unless/each/with/lookup
        // are the same apart from what counts as empty (0 and empty lists are).
        var jsIf = hb.helpers['if'], jsUnless = hb.helpers.unless;
        reg('if', function (cond, options) {
            if (isSection(options)) return isEmpty(cond) ? options.inverse(this) : options.fn(this);
            return jsIf.call(this, cond, options);
        });
        reg('unless', function (cond, options) {
            if (isSection(options)) return isEmpty(cond) ? options.fn(this) : options.inverse(this);
            return jsUnless.call(this, cond, options);
        });
        reg('log', function () { return ''; });
        // Handlebars.java's each: @first, @last, @even, @odd print 'first', 'last', 'even', 'odd'
        // or nothing; over a map they are not set and read as the entry's value.
        reg('each', function (context, options) {
            if (arguments.length < 2) throw new Error('Must pass iterator to #each');
            var ret = '', count = 0;
            if (typeof context === 'function') context = context.call(this);
            var data = null;
            if (options.data) {
                data = {};
                Object.keys(options.data).forEach(function (k) { data[k] = options.data[k]; });
                data._parent = options.data;
            }
            function run(item, key, index, first, last, even, odd) {
                if (data) {
                    data.key = key; data.index = index; data.first = first; data.last = last;
                    data.even = even; data.odd = odd;
                }
                ret += options.fn(item, { data: data, blockParams: [item, key] });
                count++;
            }
            function runList(list) {
                for (var i = 0; i < list.length; i++) {
                    run(list[i], i, i, i === 0 ? 'first' : '', i === list.length - 1 ? 'last' : '',
                        i % 2 === 0 ? 'even' : '', i % 2 === 1 ? 'odd' : '');
                }
            }
            if (context && typeof context === 'object') {
                if (Array.isArray(context)) runList(context);
                else if (typeof Symbol !== 'undefined' && Symbol.iterator && typeof context[Symbol.iterator] === 'function') {
                    var items = [], it = context[Symbol.iterator](), step;
                    while (!(step = it.next()).done) items.push(step.value);
                    runList(items);
                } else {
                    Object.keys(context).forEach(function (k, i) {
                        run(context[k], k, i, context[k], context[k], undefined, undefined);
                    });
                }
            }
            return count === 0 ? options.inverse(this) : ret;
        });
        // Handlebars.java's lookup answers the object itself when it has no such member.
        reg('lookup', function (obj, field, options) {
            options = arguments[arguments.length - 1];
            if (arguments.length < 2) return this;
            if (obj === null || obj === undefined) return null;
            if (arguments.length < 3) return obj;
            var v = memberOf(obj, typeof field === 'number' ? field : out(field));
            return v === null || v === undefined ? obj : v;
        });
        // Handlebars.java's i18n reads the resource bundle "messages", which WireMock has none of.
        ['i18n', 'i18nJs'].forEach(function (name) {
            reg(name, function () { throw new Error("MissingResourceException: Can't find bundle for base name messages, locale en_US"); });
        });
        // Handlebars.java's template loader: WireMock has no template files to read.
        ['embedded', 'precompile'].forEach(function (name) {
            reg(name, function (path) {
                throw new Error('FileNotFoundException: /' + (arguments.length > 1 ? out(path) : '') + '.hbs');
            });
        });
        reg('block', function (name, options) {
            options = arguments[arguments.length - 1];
            return isSection(options) ? options.fn(this) : '';
        });
        reg('partial', function () { return ''; });

        // ConditionalHelpers
        reg('eq', function (a, b, options) { options = arguments[arguments.length - 1]; if (arguments.length < 3) b = null; return conditional.call(this, jEquals(a, b), options); });
        reg('neq', function (a, b, options) { options = arguments[arguments.length - 1]; if (arguments.length < 3) b = null; return conditional.call(this, !jEquals(a, b), options); });
        ['gt', 'gte', 'lt', 'lte'].forEach(function (name) {
            reg(name, function (a, b, options) {
                options = arguments[arguments.length - 1];
                if (arguments.length < 3) b = null;
                var c = jCompare(a, b);
                var r = name === 'gt' ? c > 0 : name === 'gte' ? c >= 0 : name === 'lt' ? c < 0 : c <= 0;
                return conditional.call(this, r, options);
            });
        });
        reg('and', function () {
            var options = arguments[arguments.length - 1];
            var vals = Array.prototype.slice.call(arguments, 0, -1);
            if (!vals.length) vals = [this];
            return conditional.call(this, vals.every(function (v) { return !isEmpty(v); }), options);
        });
        reg('or', function () {
            var options = arguments[arguments.length - 1];
            var vals = Array.prototype.slice.call(arguments, 0, -1);
            if (!vals.length) vals = [this];
            return conditional.call(this, vals.some(function (v) { return !isEmpty(v); }), options);
        });
        reg('not', function (v, options) {
            if (arguments.length < 2) { options = v; v = this; }
            return conditional.call(this, isEmpty(v), options);
        });

        // NumberHelper
        reg('isEven', function (v, p, options) { if (!isNum(v)) return null; return Math.trunc(Number(v)) % 2 === 0 ? (arguments.length > 2 ? p : 'even') : null; });
        reg('isOdd', function (v, p, options) { if (!isNum(v)) return null; return Math.trunc(Number(v)) % 2 !== 0 ? (arguments.length > 2 ? p : 'odd') : null; });
        reg('stripes', function (v) {
            if (!isNum(v)) return null;
            var n = arguments.length - 1;
            var even = n > 1 ? arguments[1] : 'even', odd = n > 2 ? arguments[2] : 'odd';
            return Math.trunc(Number(v)) % 2 === 0 ? even : odd;
        });

        // StringHelpers (all but now, which WireMock replaces)
        reg('capitalizeFirst', stringHelper(function (v) { var s = out(v); return s.charAt(0).toUpperCase() + s.slice(1); }));
        reg('center', stringHelper(function (v, p, options) {
            var size = hashArg(options, 'size', null);
            if (size === null) throw new Error("found 'null', expected 'size'");
            var padText = out(hashArg(options, 'pad', ' ')), s = out(v);
            var n = size - s.length;
            if (n <= 0) return s;
            var left = Math.floor(n / 2);
            return padString(padString(s, s.length + left, padText, true), size, padText, false);
        }));
        reg('cut', function () {
            var options = arguments[arguments.length - 1];
            var v = arguments.length > 1 ? arguments[0] : this;
            if (isEmpty(v)) return '';
            var strip = arguments.length > 2 ? out(arguments[1]) : ' ';
            return out(v).split(strip).join('');
        });
        reg('defaultIfEmpty', function (v, d, options) {
            options = arguments[arguments.length - 1];
            if (arguments.length < 2) v = this;
            if (isEmpty(v)) return arguments.length > 2 ? d : '';
            return out(v);
        });
        reg('join', function () {
            var options = arguments[arguments.length - 1];
            var args = Array.prototype.slice.call(arguments, 0, -1);
            if (!args.length) throw new Error("found 'null', expected 'separator' at param[-1]");
            var ctx = args[0];
            if (isEmpty(ctx)) return '';
            var params = args.slice(1);
            var sep = params[params.length - 1];
            if (sep === undefined || sep === null) throw new Error("found 'null', expected 'separator' at param[" + (params.length - 1) + ']');
            if (typeof sep !== 'string') throw new Error("found '" + out(sep) + "', expected 'separator' at param[" + (params.length - 1) + ']');
            var prefix = out(hashArg(options, 'prefix', '')), suffix = out(hashArg(options, 'suffix', ''));
            var items = Array.isArray(ctx) ? ctx : [ctx].concat(params.slice(0, -1));
            return prefix + items.map(out).join(sep) + suffix;
        });
        reg('ljust', stringHelper(function (v, p, options) {
            var size = hashArg(options, 'size', null);
            if (size === null) throw new Error("found 'null', expected 'size'");
            return padString(out(v), size, out(hashArg(options, 'pad', ' ')), false);
        }));
        reg('rjust', stringHelper(function (v, p, options) {
            var size = hashArg(options, 'size', null);
            if (size === null) throw new Error("found 'null', expected 'size'");
            return padString(out(v), size, out(hashArg(options, 'pad', ' ')), true);
        }));
        reg('substring', stringHelper(function (v, p) {
            if (!p.length) throw new Error('Required start offset: The validated array index is out of range: 0');
            var s = out(v);
            var start = intArg(p[0]), end = p.length > 1 ? intArg(p[1]) : s.length;
            if (start < 0 || end > s.length || start > end)
                throw new Error('begin ' + start + ', end ' + end + ', length ' + s.length);
            return s.substring(start, end);
        }));
        reg('lower', stringHelper(function (v) { return out(v).toLowerCase(); }));
        reg('upper', stringHelper(function (v) { return out(v).toUpperCase(); }));
        reg('slugify', stringHelper(function (v) {
            var s = out(v).trim(), r = '';
            for (var k = 0; k < s.length; k++) {
                var ch = s[k];
                if (ch.toLowerCase() !== ch.toUpperCase()) r += ch.toLowerCase();
                if (/\s/.test(ch)) r += '-';
            }
            return r;
        }));
        reg('stringFormat', stringHelper(function (v, p) {
            return javaFormatString(out(v), p);
        }));
        reg('stripTags', stringHelper(function (v) { return out(v).replace(/<[^>]*>/g, ''); }));
        reg('capitalize', stringHelper(function (v, p, options) { return capitalizeWords(out(v), hashArg(options, 'fully', false) === true); }));
        reg('abbreviate', stringHelper(function (v, p) {
            var w = p.length ? p[0] : null;
            if (w === null || w === undefined) throw new Error("found 'null', expected 'width'");
            w = intArg(w);
            if (w < 4) throw new Error('Minimum abbreviation width is 4');
            var s = out(v);
            return s.length <= w ? s : s.slice(0, w - 3) + '...';
        }));
        reg('wordWrap', stringHelper(function (v, p) {
            var w = p.length ? p[0] : null;
            if (w === null || w === undefined) throw new Error("found 'null', expected 'length'");
            return wrap(out(v), intArg(w));
        }));
        reg('replace', stringHelper(function (v, p) {
            if (p[0] === null || p[0] === undefined || p[1] === null || p[1] === undefined) throw new Error('replace needs a target and a replacement');
            return out(v).split(out(p[0])).join(out(p[1]));
        }));
        reg('yesno', function (v, options) {
            options = arguments[arguments.length - 1];
            if (arguments.length < 2) v = this;
            if (v === null || v === undefined) return hashArg(options, 'maybe', 'maybe');
            if (typeof v !== 'boolean') throw new Error("found '" + out(v) + "', expected 'boolean'");
            return v ? hashArg(options, 'yes', 'yes') : hashArg(options, 'no', 'no');
        });
        reg('dateFormat', stringHelper(function (v, p, options) {
            if (!(v instanceof RenderableDate))
                throw new Error("found instance of " + javaClass(v).replace(/^.*\./, '') + " with value '" + out(v) + "', but expected instance of TemporalAccessor");
            var pattern = p.length ? out(p[0]) : out(hashArg(options, 'format', 'medium'));
            var tz = hashArg(options, 'tz', null);
            var zone = tz === null ? null : zoneOf(tz);
            if (zone && zone.unknown) zone = { id: 'GMT', fixed: 0 };
            var time = hashArg(options, 'time', null);
            var styles = { full: 1, long: 1, medium: 1, short: 1 };
            if (!styles[pattern]) return javaFormat(v.ms, pattern, zone, true);
            var datePart = { full: 'EEEE, MMMM d, y', long: 'MMMM d, y', medium: 'MMM d, y', short: 'M/d/yy' }[pattern];
            if (time && styles[time]) {
                var timePart = { full: 'h:mm:ss a zzzz', long: 'h:mm:ss a z', medium: 'h:mm:ss a', short: 'h:mm a' }[time];
                var sep = (pattern === 'full' || pattern === 'long') ? "' at '" : ', ';
                return javaFormat(v.ms, datePart + sep + timePart, zone, true);
            }
            return javaFormat(v.ms, datePart, zone, true);
        }));
        // NumberFormat's symbols of some locales (Java 17, CLDR): grouping, decimal point,
        // currency before and after, currency digits, percent suffix.
        var NUMBER_LOCALES = {
            en_US: [',', '.', '$', '', 2, '%'], en_GB: [',', '.', '\u00a3', '', 2, '%'], en_IN: [',', '.', '\u20b9', '', 2, '%'],
            de_DE: ['.', ',', '', '\u00a0\u20ac', 2, '\u00a0%'], fr_FR: ['\u202f', ',', '', '\u00a0\u20ac', 2, '\u00a0%'],
            es_ES: ['.', ',', '', '\u00a0\u20ac', 2, '\u00a0%'], it_IT: ['.', ',', '', '\u00a0\u20ac', 2, '%'],
            nl_NL: ['.', ',', '\u20ac\u00a0', '', 2, '%'], pt_BR: ['.', ',', 'R$\u00a0', '', 2, '%'],
            ja_JP: [',', '.', '\uffe5', '', 0, '%'], de_CH: ['\u2019', '.', 'CHF\u00a0', '', 2, '%'],
            sv_SE: ['\u00a0', ',', '', '\u00a0kr', 2, '\u00a0%'], pl_PL: ['\u00a0', ',', '', '\u00a0z\u0142', 2, '%'],
        };
        function localized(text, symbols) {
            return text.replace(/[,.]/g, function (c) { return c === ',' ? symbols[0] : symbols[1]; });
        }
        reg('numberFormat', function (v) {
            var options = arguments[arguments.length - 1];
            var params = Array.prototype.slice.call(arguments, 1, -1);
            if (!isNum(v)) return params.length && params[0] !== null && params[0] !== undefined ? out(params[0]) : null;
            var n = Number(v);
            var style = params.length ? out(params[0]).toUpperCase().trim() : 'DEFAULT';
            var symbols = NUMBER_LOCALES[params.length > 1 ? out(params[1]) : 'en_US'] || NUMBER_LOCALES.en_US;
            var minF = 0, maxF = 3, grouping = true, percent = false, prefix = '', suffix = '', minI = 1, maxI = 1e9;
            if (style === 'INTEGER') maxF = 0;
            else if (style === 'CURRENCY') { minF = symbols[4]; maxF = symbols[4]; prefix = symbols[2]; suffix = symbols[3]; }
            else if (style === 'PERCENT') { percent = true; maxF = 0; suffix = symbols[5]; }
            else if (style !== 'DEFAULT') return localized(decimalPattern(n, out(params[0])), symbols);
            var h = function (k, d) { var x = hashArg(options, k, null); return x === null ? d : x; };
            grouping = h('groupingUsed', grouping);
            maxF = h('maximumFractionDigits', maxF);
            minF = h('minimumFractionDigits', Math.min(minF, maxF));
            if (minF > maxF) maxF = minF;
            minI = h('minimumIntegerDigits', minI);
            maxI = h('maximumIntegerDigits', maxI);
            var mode = out(h('roundingMode', 'HALF_EVEN')).toUpperCase().trim();
            if (percent) n *= 100;
            return prefix + localized(formatFixed(n, minF, maxF, grouping, minI, mode), symbols) + suffix;
        });

        // NumberFormat's digits: rounded at maxF (HALF_EVEN by default), trailing zeros down to minF.
        function formatFixed(n, minF, maxF, grouping, minI, mode) {
            var neg = n < 0 || (n === 0 && 1 / n < 0);
            var a = Math.abs(n);
            var scaled = a * Math.pow(10, maxF);
            var fl = Math.floor(scaled), diff = scaled - fl;
            var exact = Number(a.toFixed(Math.min(20, maxF + 6))) * Math.pow(10, maxF);
            diff = exact - Math.floor(exact + 1e-9);
            fl = Math.floor(exact + 1e-9);
            var r;
            var half = Math.abs(diff - 0.5) < 1e-9;
            switch (mode) {
            case 'UP': r = diff > 1e-9 ? fl + 1 : fl; break;
            case 'DOWN': case 'FLOOR': r = fl; break;
            case 'CEILING': r = diff > 1e-9 ? fl + 1 : fl; break;
            case 'HALF_UP': r = diff >= 0.5 - 1e-9 ? fl + 1 : fl; break;
            case 'HALF_DOWN': r = diff > 0.5 + 1e-9 ? fl + 1 : fl; break;
            default: r = half ? (fl % 2 === 0 ? fl : fl + 1) : (diff > 0.5 ? fl + 1 : fl);
            }
            var digits = String(r);
            while (digits.length <= maxF) digits = '0' + digits;
            var ip = digits.slice(0, digits.length - maxF), fp = digits.slice(digits.length - maxF);
            while (fp.length > minF && fp[fp.length - 1] === '0') fp = fp.slice(0, -1);
            while (ip.length < minI) ip = '0' + ip;
            if (grouping) ip = groupThousands(ip);
            var text = ip + (fp.length ? '.' + fp : '');
            return (neg && /[1-9]/.test(text) ? '-' : '') + text;
        }
        function decimalPattern(n, pattern) {
            var m = /^([^#0,.]*)([#0,]*)(?:\.([#0]*))?(%?)(.*)$/.exec(pattern);
            if (!m) throw new Error('Malformed pattern "' + pattern + '"');
            var intPart = m[2], frac = m[3] || '';
            var minF = (frac.match(/0/g) || []).length, maxF = frac.length;
            var minI = (intPart.match(/0/g) || []).length;
            var grouping = intPart.indexOf(',') >= 0;
            if (m[4]) n *= 100;
            return m[1] + formatFixed(n, minF, maxF, grouping, minI, 'HALF_EVEN') + m[4] + m[5];
        }

        reg('assign', function (name, options) {
            options = arguments[arguments.length - 1];
            var text = isSection(options) ? options.fn(this) : '';
            setVariable(options, name, String(text).trim());
            return null;
        });

        // WireMockHelpers
        reg('jsonPath', function (input, path, options) {
            options = arguments[arguments.length - 1];
            if (arguments.length < 2) input = this;
            if (input === null || input === undefined || input === '') return '';
            if (arguments.length < 3 || path === null || path === undefined) return errorText('The JSONPath cannot be empty');
            var doc;
            if (typeof input === 'string' || (Array.isArray(input) && typeof input.first === 'string')) {
                var text = String(out(input));
                try { doc = parseJsonText(text, false); } catch (e) {
                    // json-smart's permissive mode reads text that is no object or array as a string.
                    if (/^\s*[\[{]/.test(text)) return errorText(text + ' is not valid JSON');
                    doc = text.trim();
                }
            } else doc = input;
            var value;
            try {
                jsonPathCompile(path);
            } catch (e) {
                if (e instanceof PathError) return errorText(path + ' is not a valid JSONPath expression');
                throw e;
            }
            try { value = jsonPathRead(doc, path); } catch (e) {
                if (!(e instanceof NotFound) && !(e instanceof PathError)) throw e;
                value = hashArg(options, 'default', null);
            }
            if (value === null || value === undefined) {
                var d = hashArg(options, 'default', null);
                value = d === null ? '' : d;
            }
            return jsonData(value);
        });
        reg('parseJson', function () {
            var options = arguments[arguments.length - 1];
            var args = Array.prototype.slice.call(arguments, 0, -1);
            var hasContext = args.length > 0;
            var ctx = args[0];
            if (hasContext && (ctx === null || ctx === undefined)) return jmap({});
            var json, variable = null;
            if (isSection(options)) {
                json = options.fn(this);
                variable = hasContext ? out(ctx) : null;
            } else {
                if (!hasContext) return errorText('Missing required JSON string parameter');
                json = out(ctx);
                variable = args.length > 1 ? out(args[1]) : null;
            }
            var text = String(json).trim();
            var result;
            if (text.replace(/\s/g, '') === '{}' || !text.replace(/\s/g, '')) result = jmap({});
            else {
                try { result = parseJsonText(text, true); } catch (e) {
                    throw new Error('parseJson: ' + e.message);
                }
                if (text[0] === '[' && text[text.length - 1] === ']') {
                    if (!isList(result)) throw new Error('parseJson: not a JSON array');
                } else if (!isMap(result)) throw new Error('parseJson: not a JSON object');
            }
            if (variable !== null) { setVariable(options, variable, result); return null; }
            return result;
        });
        function formatting(name, kind, fn) {
            return function () {
                var options = arguments[arguments.length - 1];
                var body;
                if (isSection(options)) body = String(options.fn(this)).trim();
                else if (arguments.length > 1 && typeof arguments[0] === 'string') body = arguments[0].trim();
                else if (arguments.length > 1 && Array.isArray(arguments[0]) && arguments[0].first !== undefined) body = '';
                else body = '';
                if (!body) return errorText(name + ' should take a block of ' + kind + ' to format or a single parameter of type String');
                var format = hashArg(options, 'format', null);
                if (format === null) format = 'pretty';
                else if (typeof format !== 'string')
                    return errorText(name + ': format [' + out(format) + '] of type [' + javaClass(format) + ' should be a Format or a String and one of [pretty, compact]]');
                if (format !== 'pretty' && format !== 'compact')
                    return errorText(name + ': format [' + format + '] should be one of [pretty, compact]');
                return fn(body, format === 'pretty');
            };
        }
        reg('formatJson', formatting('formatJson', 'JSON', function (body, pretty) {
            var v;
            // Jackson's parse error escapes WireMock's handler: it answers 500.
            try { v = parseJsonText(body, true); } catch (e) { throw new Error('JsonParseException: ' + e.message); }
            return jacksonWrite(v, pretty, false);
        }));
        reg('formatXml', formatting('formatXml', 'XML', function (body, pretty) {
            var doc;
            try { doc = stripBlank(parseXml(body)); } catch (e) { return errorText('Input is not valid XML'); }
            return doc.children.filter(function (c) { return c.type === 'el'; }).map(function (c) { return xmlSerialize(c, pretty, 0); }).join('') + (pretty ? '\n' : '');
        }));
        reg('toJson', function (v, options) {
            if (arguments.length < 2) v = this;
            if (v === null || v === undefined) return '';
            return jacksonWrite(v, true, true);
        });
        reg('jsonMerge', function (base, other, options) {
            options = arguments[arguments.length - 1];
            if (typeof base !== 'string') return errorText('Base JSON parameter must be a string');
            var b, o;
            try { b = jsonReadForHelper(base); } catch (e) { return errorText("Base JSON is not valid JSON ('" + base + "')"); }
            if (!isMap(b)) return errorText("Base JSON is not a JSON object ('" + base + "')");
            var toMerge = isSection(options) ? String(options.fn(this)) : (arguments.length > 2 ? other : null);
            if (typeof toMerge !== 'string') return errorText('JSON to merge must be a string');
            try { o = jsonReadForHelper(toMerge); } catch (e) { return errorText("JSON to merge is not valid JSON ('" + toMerge + "')"); }
            if (!isMap(o)) return errorText("JSON to merge is not a JSON object ('" + toMerge + "')");
            var removeNulls = hashArg(options, 'removeNulls', false) === true;
            (function merge(x, y) {
                Object.keys(y).forEach(function (k) {
                    if (isMap(y[k]) && isMap(x[k])) merge(x[k], y[k]);
                    else if (removeNulls && y[k] === null) delete x[k];
                    else x[k] = y[k];
                });
            })(b, o);
            return jacksonWrite(b, false, false);
        });
        reg('jsonRemove', function (input, path, options) {
            options = arguments[arguments.length - 1];
            if (typeof input !== 'string') return errorText('Input JSON must be a string');
            if (input === 'null') return input;
            if (arguments.length !== 3) return errorText('A single JSONPath expression parameter must be supplied');
            if (typeof path !== 'string') return errorText('JSONPath parameter must be a string');
            var doc;
            try { doc = jsonReadForHelper(input); } catch (e) { return errorText("Input JSON string is not valid JSON ('" + input + "')"); }
            var c;
            try { if (!path) throw new PathError('empty'); c = jsonPathCompile(path); } catch (e) {
                if (e instanceof PathError) return errorText("JSONPath parameter is not a valid JSONPath expression ('" + path + "')");
                throw e;
            }
            if (!c.tokens.length) return errorText("Delete operation cannot be applied to JSONPath expression ('" + path + "')");
            var parents;
            try { parents = c.tokens.length > 1 ? evalTokens(c.tokens.slice(0, -1), doc, doc, false) : [doc]; } catch (e) {
                if (e instanceof NotFound) return input;
                throw e;
            }
            var lastTok = c.tokens[c.tokens.length - 1];
            parents.forEach(function (p) {
                if (lastTok.t === 'prop' && isMap(p)) delete p[lastTok.n];
                else if (lastTok.t === 'index' && isList(p)) { var ix = lastTok.n < 0 ? p.length + lastTok.n : lastTok.n; if (ix >= 0 && ix < p.length) p.splice(ix, 1); }
                else if (lastTok.t === 'filter' && isList(p)) {
                    for (var k = p.length - 1; k >= 0; k--) if (filterMatches(lastTok.f, p[k], doc)) p.splice(k, 1);
                } else if (lastTok.t === 'wild') { if (isList(p)) p.splice(0, p.length); else if (isMap(p)) Object.keys(p).forEach(function (k) { delete p[k]; }); }
            });
            return jacksonWrite(doc, false, true);
        });
        reg('jsonArrayAdd', function (input, item, options) {
            options = arguments[arguments.length - 1];
            if (typeof input !== 'string') return errorText('Base JSON must be a string');
            var root;
            try { root = jsonReadForHelper(input); } catch (e) { return errorText("Base JSON is not valid JSON ('" + input + "')"); }
            var jp = hashArg(options, 'jsonPath', null);
            if (jp !== null && typeof jp !== 'string') return errorText('jsonPath option must be a string');
            var list;
            if (jp === null) list = root;
            else {
                try { if (!jp) throw new PathError('empty'); list = jsonPathRead(root, jp); } catch (e) {
                    if (e instanceof NotFound) list = null;
                    else if (e instanceof PathError) return errorText("jsonPath option is not valid JSONPath expression ('" + jp + "')");
                    else throw e;
                }
            }
            if (!isList(list)) {
                var detail = jp === null ? "'" + input + "'" : "root: '" + input + "', jsonPath: '" + jp + "'";
                return errorText('Target JSON is not a JSON array (' + detail + ')');
            }
            var toAdd = isSection(options) ? String(options.fn(this)) : (arguments.length > 2 ? item : null);
            if (typeof toAdd !== 'string') return errorText('Item-to-add JSON must be a string');
            var v;
            try { v = jsonReadForHelper(toAdd); } catch (e) { return errorText("Item-to-add JSON is not valid JSON ('" + toAdd + "')"); }
            var flatten = hashArg(options, 'flatten', null);
            if (flatten !== null && typeof flatten !== 'boolean') return errorText('flatten option must be a boolean');
            if (flatten && isList(v)) v.forEach(function (x) { list.push(x); });
            else list.push(v);
            var maxItems = hashArg(options, 'maxItems', null);
            if (maxItems !== null) {
                if (typeof maxItems !== 'number' || !Number.isInteger(maxItems)) return errorText('maxItems option must be an integer');
                if (maxItems < 0) return errorText('maxItems option integer must be positive');
                if (list.length > maxItems) list.splice(0, list.length - maxItems);
            }
            return jacksonWrite(root, false, true);
        });

        reg('randomValue', function (options) {
            options = arguments[arguments.length - 1];
            var length = hashArg(options, 'length', 36);
            var upper = hashArg(options, 'uppercase', false);
            var type = hashArg(options, 'type', 'ALPHANUMERIC');
            var raw;
            switch (type) {
            case 'ALPHANUMERIC': raw = randomFrom(env, ALNUM, length); break;
            case 'ALPHABETIC': raw = randomFrom(env, ALNUM.slice(0, 52), length); break;
            case 'NUMERIC': raw = randomFrom(env, '0123456789', length); break;
            case 'ALPHANUMERIC_AND_SYMBOLS': raw = randomFrom(env, asciiRange(33, 126), length); break;
            case 'UUID': raw = uuid(env); break;
            case 'HEXADECIMAL': raw = randomFrom(env, 'ABCDEF0123456789', length); break;
            default: raw = randomFrom(env, asciiRange(32, 126), length);
            }
            return upper === true ? raw.toUpperCase() : raw.toLowerCase();
        });
        reg('randomInt', function (options) {
            options = arguments[arguments.length - 1];
            var lo = intArg(hashArg(options, 'lower', -2147483648)), hi = intArg(hashArg(options, 'upper', 2147483647));
            if (lo >= hi) throw new Error('bound must be greater than origin');
            return lo + Math.floor(env.random() * (hi - lo));
        });
        reg('randomDecimal', function (options) {
            options = arguments[arguments.length - 1];
            var lo = Number(out(hashArg(options, 'lower', 4.9e-324))), hi = Number(out(hashArg(options, 'upper', 1.7976931348623157e308)));
            if (lo !== lo || hi !== hi) throw new Error('For input string: "' + out(hashArg(options, lo !== lo ? 'lower' : 'upper')) + '"');
            if (!(lo < hi)) throw new Error('bound must be greater than origin');
            var r = lo + env.random() * (hi - lo);
            if (r >= hi) r = hi - Math.abs(hi) * Number.EPSILON;
            return new JDouble(r);
        });
        reg('pickRandom', function () {
            var options = arguments[arguments.length - 1];
            var args = Array.prototype.slice.call(arguments, 0, -1);
            if (!args.length) return this; // the context, alone in its list
            if (args[0] === null || args[0] === undefined)
                return errorText('Must specify either a single list argument or a set of single value arguments.');
            var list = Array.isArray(args[0]) ? args[0].slice() : args;
            var count = hashArg(options, 'count', null);
            if (count !== null && count > 0) {
                var n = Math.min(list.length, count);
                for (var k = 0; k < n; k++) {
                    var j = k + Math.floor(env.random() * (list.length - k));
                    var t = list[k]; list[k] = list[j]; list[j] = t;
                }
                return jlist(list.slice(0, n));
            }
            return list[Math.floor(env.random() * list.length)];
        });
        reg('range', function (a, b, options) {
            options = arguments[arguments.length - 1];
            var lo = arguments.length > 1 ? intArg(a) : null, hi = arguments.length > 2 ? intArg(b) : null;
            if (lo === null || hi === null) return errorText('The range helper requires both lower and upper bounds as integer parameters');
            // Stream.limit(hi - lo + 1) refuses a negative size.
            if (hi - lo + 1 < 0) throw new Error('IllegalArgumentException: ' + (hi - lo + 1));
            var r = [];
            for (var k = lo; k <= hi; k++) r.push(k);
            return jlist(r);
        });
        reg('array', function () {
            var args = Array.prototype.slice.call(arguments, 0, -1);
            if (!args.length || args[0] === null || args[0] === undefined) return jlist([]);
            return jlist(args);
        });
        function position(options) {
            var spec = hashArg(options, 'position', 'end');
            var s = out(spec);
            if (s.toLowerCase() === 'start') return 0;
            if (s.toLowerCase() === 'end') return null;
            if (typeof spec === 'number') return spec;
            if (!/^[-+]?\d+$/.test(s)) return NaN;
            return Number(s);
        }
        reg('arrayAdd', function (list, value, options) {
            options = arguments[arguments.length - 1];
            if (list === null || list === undefined) return jlist([]);
            if (!Array.isArray(list)) throw new Error('class ' + javaClass(list) + ' cannot be cast to class java.util.List');
            var copy = list.slice();
            if (arguments.length < 3) return errorText('Missing required parameter: additional value to add to list');
            var pos = position(options);
            if (pos !== pos) return errorText("position must be 'start', 'end' or an integer");
            if (pos !== null) {
                if (pos < 0 || pos > copy.length) return errorText('position must be greater than or equal to 0 and less than or equal to the size of the list');
                copy.splice(pos, 0, value);
            } else copy.push(value);
            return jlist(copy);
        });
        reg('arrayRemove', function (list, options) {
            options = arguments[arguments.length - 1];
            if (!Array.isArray(list)) throw new Error(list === null || list === undefined ? 'arrayRemove needs a list' : 'class ' + javaClass(list) + ' cannot be cast to class java.util.List');
            var pos = position(options);
            if (pos !== pos) return errorText("position must be 'start', 'end' or an integer");
            var at = pos === null ? list.length - 1 : pos;
            var copy = list.slice();
            if (pos !== null && (pos < 0 || pos > copy.length)) return errorText('position must be greater than or equal to 0 and less than or equal to the size of the list');
            if (at < 0 || at >= copy.length) throw new Error('Index ' + at + ' out of bounds for length ' + copy.length);
            copy.splice(at, 1);
            return jlist(copy);
        });
        reg('matches', function (v, re, options) {
            options = arguments[arguments.length - 1];
            if (arguments.length < 3) return errorText('You must specify the string to be matched and the regular expression');
            var rx = javaRegex(out(re));
            var ok = new RegExp('^(?:' + rx.source + ')$', rx.flags).test(out(v));
            if (isSection(options)) return ok ? options.fn(this) : '';
            return ok;
        });
        reg('contains', function (v, what, options) {
            options = arguments[arguments.length - 1];
            if (arguments.length < 3) return errorText('You must specify the string or array to be matched and the regular expression');
            if (v === null || v === undefined || what === null || what === undefined) return false;
            var ok = Array.isArray(v) ? v.some(function (x) { return jEquals(x, what); }) : out(v).indexOf(out(what)) >= 0;
            if (isSection(options)) return ok ? options.fn(this) : '';
            return ok;
        });
        reg('math', function () {
            var options = arguments[arguments.length - 1];
            var args = Array.prototype.slice.call(arguments, 0, -1);
            if (args.length !== 3) return errorText("All maths functions require two operands and an operator as parameters e.g. 3 '+' 2");
            var l = toDecimal(args[0]), op = out(args[1]), r = toDecimal(args[2]);
            var s, u;
            switch (op) {
            case '+': case '-':
                s = Math.max(l.s, r.s);
                u = op === '+' ? scaleTo(l, s) + scaleTo(r, s) : scaleTo(l, s) - scaleTo(r, s);
                return decimalResult({ u: u, s: s });
            case '*': case 'x':
                return decimalResult({ u: l.u * r.u, s: l.s + r.s });
            case '/':
                if (r.u === 0) throw new Error('Division by zero');
                // BigDecimal.divide(divisor, HALF_UP) keeps the dividend's scale.
                return decimalResult({ u: roundHalfUp(l.u * Math.pow(10, r.s) / r.u), s: l.s });
            case '%':
                if (r.u === 0) throw new Error('Division by zero');
                s = Math.max(l.s, r.s);
                return decimalResult({ u: scaleTo(l, s) % scaleTo(r, s), s: s });
            }
            return errorText(op + ' is not a valid mathematical operator');
        });
        reg('val', function (v, options) {
            options = arguments[arguments.length - 1];
            if (arguments.length < 2) v = this;
            var d = hashArg(options, 'or', hashArg(options, 'default', null));
            var value = (v !== null && v !== undefined) ? v : d;
            var assign = hashArg(options, 'assign', null);
            if (assign !== null) { setVariable(options, assign, value); return null; }
            return value;
        });
        reg('arrayJoin', function () {
            var options = arguments[arguments.length - 1];
            var args = Array.prototype.slice.call(arguments, 0, -1);
            if (typeof args[0] !== 'string') return errorText('Separator parameter must be a String');
            var sep = args[0];
            var first = args.length > 1 ? args[1] : null;
            if (first === null || first === undefined) return errorText('The parameter must be list');
            var items = Array.isArray(first) ? first : args.slice(1);
            if (!items.length) return '';
            var prefix = out(hashArg(options, 'prefix', '')), suffix = out(hashArg(options, 'suffix', ''));
            var body = isSection(options) ? items.map(function (x) { return options.fn(x); }).join(sep) : items.map(jstr).join(sep);
            return prefix + body + suffix;
        });
        function dateHelper(ctx, options) {
            var format = hashArg(options, 'format', null), offset = hashArg(options, 'offset', null), tz = hashArg(options, 'timezone', null);
            var ms, zone;
            if (ctx instanceof RenderableDate) { ms = ctx.ms; zone = ctx.zone; }
            else { ms = env.now(); zone = tz === null ? null : zoneIdOrThrow(out(tz)); }
            if (offset !== null) ms = shift(ms, out(offset));
            return new RenderableDate(ms, format === null ? null : out(format), zone);
        }
        reg('now', function (options) { return dateHelper(null, arguments[arguments.length - 1]); });
        reg('date', function (d, options) {
            options = arguments[arguments.length - 1];
            return dateHelper(arguments.length > 1 && d instanceof RenderableDate ? d : null, options);
        });
        reg('parseDate', function (text, options) {
            options = arguments[arguments.length - 1];
            if (arguments.length < 2) return null; // the context's text, which no parser reads
            if (text === null || text === undefined) throw new Error('NullPointerException: parseDate of null');
            text = out(text);
            var format = hashArg(options, 'format', null);
            if (format === null) return parseDefault(text);
            format = out(format);
            if (format.toLowerCase() === 'unix' || format.toLowerCase() === 'epoch') {
                if (!/^[-+]?\d+$/.test(text)) throw new Error('For input string: "' + text + '"');
                return new RenderableDate(Number(text) * (format.toLowerCase() === 'unix' ? 1000 : 1), null, null);
            }
            var r = parseWithPattern(text, format);
            if (!r) throw new Error("Text '" + text + "' could not be parsed with the format " + format);
            return new RenderableDate(r.ms, null, r.zone);
        });
        reg('truncateDate', function (d, what, options) {
            options = arguments[arguments.length - 1];
            if (arguments.length < 3) return errorText('Truncation type must be specified as the first parameter to truncateDate');
            if (!(d instanceof RenderableDate)) return errorText('A date object must be passed to the truncateDate helper');
            var key = out(what).toUpperCase().replace(/ /g, '_');
            var zone = d.zone;
            var f = fields(d.ms, zone);
            var y = f.y, mo = f.M - 1, day = f.d, hh = f.H, mi = f.m;
            var local;
            switch (key) {
            case 'FIRST_SECOND_OF_MINUTE': local = Date.UTC(y, mo, day, hh, mi); break;
            case 'FIRST_MINUTE_OF_HOUR': local = Date.UTC(y, mo, day, hh); break;
            case 'FIRST_HOUR_OF_DAY': local = Date.UTC(y, mo, day); break;
            case 'FIRST_DAY_OF_MONTH': local = Date.UTC(y, mo, 1); break;
            case 'FIRST_DAY_OF_NEXT_MONTH': local = Date.UTC(y, mo + 1, 1); break;
            case 'LAST_DAY_OF_MONTH': local = Date.UTC(y, mo + 1, 0); break;
            case 'FIRST_DAY_OF_YEAR': local = Date.UTC(y, 0, 1); break;
            case 'FIRST_DAY_OF_NEXT_YEAR': local = Date.UTC(y + 1, 0, 1); break;
            case 'LAST_DAY_OF_YEAR': local = Date.UTC(y, 11, 31); break;
            default: throw new Error('No enum constant com.github.tomakehurst.wiremock.common.DateTimeTruncation.' + key);
            }
            return new RenderableDate(local - zoneMinutes(zone, local) * 60000, null, zone);
        });
        reg('trim', function (v, options) {
            options = arguments[arguments.length - 1];
            var s = isSection(options) ? String(options.fn(this)) : out(arguments.length > 1 ? v : this);
            return s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
        });
        reg('base64', function (v, options) {
            options = arguments[arguments.length - 1];
            var s = isSection(options) ? String(options.fn(this)) : out(arguments.length > 1 ? v : this);
            if (hashArg(options, 'decode', false) === true) return base64Decode(s);
            var p = hashArg(options, 'padding', null);
            return base64Encode(utf8Bytes(s), p === null || p === true);
        });
        reg('urlEncode', function (v, options) {
            options = arguments[arguments.length - 1];
            var s = out(arguments.length > 1 ? v : this);
            if (hashArg(options, 'decode', false) === true) return urlDecode(s);
            return urlEncode(s);
        });
        reg('formData', function (v, name, options) {
            options = arguments[arguments.length - 1];
            if (arguments.length < 2) v = this;
            var form = formParse(out(v), hashArg(options, 'urlDecode', false) === true);
            if (arguments.length > 2) { setVariable(options, name, form); return null; }
            return form;
        });
        reg('regexExtract', function (v, re, name, options) {
            options = arguments[arguments.length - 1];
            var n = arguments.length - 1;
            if (n < 2) throw new Error('NullPointerException: regexExtract needs a text and a regular expression');
            var regex;
            try { regex = javaRegex(out(re), 'g'); } catch (e) { return errorText('Invalid regex string ' + out(re)); }
            var text = out(v), m, groups = [];
            while ((m = regex.exec(text))) {
                if (n === 2) return m[0];
                for (var k = 1; k < m.length; k++) groups.push(m[k] === undefined ? null : m[k]);
                if (m[0] === '') regex.lastIndex++;
            }
            if (!groups.length) {
                var d = hashArg(options, 'default', null);
                return d !== null ? d : errorText('Nothing matched ' + out(re));
            }
            setVariable(options, name, listOrSingle(groups));
            return null;
        });
        reg('size', function (v, options) {
            if (arguments.length < 2) v = this;
            if (v === null || v === undefined) throw new Error('size needs a value');
            if (typeof v === 'string') return v.length;
            if (Array.isArray(v)) return v.length;
            if (isMap(v) && !(v instanceof XmlNode)) return typeof v.size === 'number' ? v.size : Object.keys(v).length;
            return null;
        });
        function xpathHelper(prefix) {
            return function (xml, expr, options) {
                options = arguments[arguments.length - 1];
                if (arguments.length < 2) xml = this; // Handlebars.java hands the context over
                if (xml === null || xml === undefined) return '';
                if (arguments.length < 3 || expr === null || expr === undefined) return errorText('The XPath expression cannot be empty');
                var doc;
                try { doc = parseXml(out(xml)); } catch (e) { return errorText(out(xml) + ' is not valid XML'); }
                var nodes;
                try { nodes = xpathEval(doc, prefix + out(expr)); } catch (e) { return errorText(out(expr) + ' is not a valid XPath expression'); }
                if (!nodes.length) return '';
                return listOrSingle(nodes.map(function (x) { return new XmlNode(x); }));
            };
        }
        reg('xPath', xpathHelper(''));
        reg('soapXPath', xpathHelper('/Envelope/Body/'));
        // WireMock: InetAddress.getLocalHost().getHostName(); env.hostName() once the renderer
        // gives one (QSysInfo::machineHostName()), localhost until then.
        reg('hostname', function () { return typeof env.hostName === 'function' ? String(env.hostName()) : 'localhost'; });
        reg('systemValue', function (options) {
            options = arguments[arguments.length - 1];
            var key = out(hashArg(options, 'key', ''));
            if (!key) return errorText('The key cannot be empty');
            // WireMock permits keys matching wiremock.* (any case) unless configured otherwise;
            // MockBench has no environment or system properties to give a template.
            if (!/^wiremock.*$/i.test(key)) return errorText('Access to ' + key + ' is denied');
            return hashArg(options, 'default', null);
        });
    }

    // ---- the request model ------------------------------------------------------------------

    /// WireMock's RequestMethod: prints its name, yet equals no string ({{eq request.method 'GET'}}
    /// is false there).
    function RequestMethod(name) { this.name = name; this.value = name; }
    RequestMethod.prototype.toString = function () { return this.name; };

    function orderedMapFrom(pairs) {
        var keys = [], vals = {};
        pairs.forEach(function (p) {
            if (!Object.prototype.hasOwnProperty.call(vals, p[0])) { keys.push(p[0]); vals[p[0]] = []; }
            vals[p[0]].push(p[1]);
        });
        var m = {};
        keys.forEach(function (k) { m[k] = listOrSingle(vals[k]); });
        return jmap(m);
    }

    // A multipart body's parts as WireMock models them: name, headers (lower-case names, any
    // case to read), body, bodyAsBase64, binary; by name in a HashMap.
    function multipartParts(contentType, body) {
        var m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
        if (!m) return jmap({});
        var boundary = '--' + (m[1] || m[2]);
        var chunks = body.split(boundary);
        var pairs = [], index = 0;
        chunks.slice(1).forEach(function (chunk) {
            if (/^--/.test(chunk)) return;
            chunk = chunk.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
            var split = chunk.search(/\r?\n\r?\n/);
            var headText = split < 0 ? chunk : chunk.slice(0, split);
            var partBody = split < 0 ? '' : chunk.slice(split).replace(/^\r?\n\r?\n/, '');
            var heads = {};
            headText.split(/\r?\n/).forEach(function (line) {
                var i = line.indexOf(':');
                if (i > 0) {
                    var k = line.slice(0, i).trim().toLowerCase();
                    heads[k] = (heads[k] || []).concat([line.slice(i + 1).trim()]);
                }
            });
            var keys = Object.keys(heads).sort();
            var hm = {};
            keys.forEach(function (k) { hm[k] = listOrSingle(heads[k]); });
            var disposition = heads['content-disposition'] ? heads['content-disposition'][0] : '';
            var nm = /name="([^"]*)"/.exec(disposition) || /name=([^;\s]+)/.exec(disposition);
            var name = nm ? nm[1] : 'part-' + index++;
            var type = heads['content-type'] ? heads['content-type'][0].toLowerCase() : '';
            var part = { name: name, headers: caseInsensitive(hm), body: partBody,
                bodyAsBase64: base64Encode(utf8Bytes(partBody), true),
                binary: !/^text\/|json|xml|html|javascript|x-www-form-urlencoded|csv|yaml/.test(type) };
            part.isBinary = part.binary;
            hidden(part, 'toString', function () { return "[name='" + this.name + "', headers=" + String(this.headers) + ', body=' + this.body + ']'; });
            pairs.push([name, part]);
        });
        var keysInOrder = hashMapOrder(pairs.map(function (p) { return p[0]; }));
        var parts = {};
        keysInOrder.forEach(function (k) { parts[k] = pairs.filter(function (p) { return p[0] === k; })[0][1]; });
        return jmap(parts);
    }

    function decodeComponent(s) {
        try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch (e) { return s; }
    }

    function context(request, env) {
        var pathText = request.path || '/';
        var segments = pathText.split('/').filter(function (x) { return x !== ''; });
        var params = request.params || {};
        var path;
        if (Object.keys(params).length) {
            // WireMock's TemplatedUrlPath: a map of segment indexes and parameters that
            // iterates (each) over the segments only.
            path = {};
            segments.forEach(function (s, k) { path[String(k)] = s; });
            Object.keys(params).forEach(function (k) {
                if (Object.prototype.hasOwnProperty.call(path, k)) path[k] = String(params[k]);
                else hidden(path, k, String(params[k]));
            });
            hidden(path, 'size', segments.length + Object.keys(params).filter(function (k) { return !/^\d+$/.test(k); }).length);
            // Its iterator walks the path split at '/', the empty first segment too.
            if (typeof Symbol !== 'undefined' && Symbol.iterator) {
                hidden(path, Symbol.iterator, function () {
                    var all = pathText.split('/'), k = 0;
                    while (all.length > 1 && all[all.length - 1] === '') all.pop();
                    return { next: function () { return k < all.length ? { value: all[k++], done: false } : { value: undefined, done: true }; } };
                });
            }
            hidden(path, 'toString', function () { return pathText; });
        } else {
            path = addListAccessors(segments.slice());
            hidden(path, 'toString', function () { return pathText; });
        }
        var qs = request.queryString || '';
        var qpairs = [];
        if (qs) qs.split('&').forEach(function (part) {
            if (!part) return;
            var i = part.indexOf('=');
            var k = i < 0 ? part : part.slice(0, i), v = i < 0 ? '' : part.slice(i + 1);
            qpairs.push([decodeComponent(k), decodeComponent(v)]);
        });
        var headerPairs = (request.headers || []).slice();
        var hkeys = [], hvals = {};
        headerPairs.forEach(function (h) {
            var lower = h[0].toLowerCase();
            if (!Object.prototype.hasOwnProperty.call(hvals, lower)) { hkeys.push(h[0]); hvals[lower] = []; }
            hvals[lower].push(h[1]);
        });
        hkeys.sort(function (a, b) { var x = a.toLowerCase(), y = b.toLowerCase(); return x < y ? -1 : x > y ? 1 : 0; });
        var headers = {};
        hkeys.forEach(function (k) { headers[k] = listOrSingle(hvals[k.toLowerCase()]); });
        var cookiePairs = [];
        var rawContentType = '';
        headerPairs.forEach(function (h) { if (h[0].toLowerCase() === 'content-type' && !rawContentType) rawContentType = h[1]; });
        var contentType = rawContentType.toLowerCase();
        // WireMock's Body.ofBinaryOrText: text only for a textual Content-Type.
        var textual = /^text\/|json|xml|html|javascript|x-www-form-urlencoded|csv|yaml/.test(contentType);
        headerPairs.forEach(function (h) {
            if (h[0].toLowerCase() !== 'cookie') return;
            h[1].split(';').forEach(function (c) {
                var i = c.indexOf('=');
                if (i <= 0) return;
                var value = c.slice(i + 1).trim();
                if (value.length >= 2 && value[0] === '"' && value[value.length - 1] === '"') value = value.slice(1, -1);
                cookiePairs.push([c.slice(0, i).trim(), value]);
            });
        });
        var hostHeader = '';
        headerPairs.forEach(function (h) { if (h[0].toLowerCase() === 'host' && !hostHeader) hostHeader = h[1]; });
        var scheme = request.protocol || 'http';
        var host, port;
        var hm = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(hostHeader);
        if (hostHeader && hm) {
            host = hm[1];
            port = hm[2] !== undefined ? Number(hm[2]) : (scheme === 'https' ? 443 : 80);
        } else {
            host = request.hostname || 'localhost';
            port = request.port;
        }
        var standard = (scheme === 'http' && port === 80) || (scheme === 'https' && port === 443);
        var body = request.body || '';
        var model = {
            url: request.target || pathText,
            path: path,
            pathSegments: path,
            query: hashMapFrom(qpairs),
            method: new RequestMethod(request.method),
            scheme: scheme,
            host: host,
            port: port,
            baseUrl: scheme + '://' + host + (standard ? '' : ':' + port),
            headers: caseInsensitive(headers),
            cookies: orderedMapFrom(cookiePairs),
            body: body,

            binary: !textual,
            isBinary: !textual,
            multipart: /^multipart\//.test(contentType),
            isMultipart: /^multipart\//.test(contentType),

            clientIp: request.ip,
        };
        hidden(model, 'requestLine', model);
        // Java's Object.toString of WireMock's RequestTemplateModel (the hash is ours).
        hidden(model, 'toString', function () {
            return 'com.github.tomakehurst.wiremock.extension.responsetemplating.RequestTemplateModel@' +
                (javaHash(model.url + model.method) >>> 0).toString(16);
        });
        // Made when a template reads them: the id takes the generator's numbers, the others
        // cost a pass over the body.
        function lazy(name, make) {
            var made = false, value;
            Object.defineProperty(model, name, { enumerable: true, configurable: true,
                get: function () { if (!made) { value = make(); made = true; } return value; } });
        }
        lazy('id', function () { return uuid(env); });
        lazy('bodyAsBase64', function () { return base64Encode(utf8Bytes(body), true); });
        lazy('parts', function () {
            return /^multipart\//.test(contentType) ? multipartParts(rawContentType, body) : jmap({});
        });
        return jmap({ request: model, parameters: jmap({}) });
    }

    __mbHbs.define('wiremock', {
        // Handlebars.java looks a name up through the outer contexts too; the standalone
        // WireMock does not HTML-escape {{ }}.
        options: { noEscape: true, compat: true },
        setup: setup,
        context: context,
        // {{parts.0}} as Handlebars.java reads it ({{parts.[0]}}); for the runtime to apply
        // before it parses (setup's hb.parse applies it to what hb.compile parses).
        preprocess: function (text) { return literalEnds(javaPaths(text)); },
    });
})();
