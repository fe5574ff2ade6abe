// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the vendor bundles call that QJSEngine 6.4 lacks (it implements ES2016 and a little
// more), prepended to faker.js and libs.js by cmake/VendorBundles.cmake. esbuild lowers syntax
// only; these are the library functions. Each is defined only when missing, never replacing an
// engine's own, as a non-enumerable property like the built-ins, so `for (k in [])` and
// Object.keys see nothing new. ES2016 only: this file is not bundled.
//   globalThis                    the bundles' entries set their global through it
//   Object.fromEntries            faker (module level: the transliteration tables)
//   Object.hasOwn                 jsonpath-plus (every evaluation)
//   String.prototype.replaceAll   faker (string, internet, finance...), date-fns (format, parse)
//   String.prototype.trimStart/trimEnd   faker (finance.iban formatted)
//   Array.prototype.flat/flatMap, Array/String.prototype.at   common in libraries' updates
//   TextEncoder (encode), btoa    faker's base64 without node's Buffer (image.dataUri,
//                                 internet.jwt)
//   console                       a QJSEngine without its console extension has none, and faker
//                                 (a deprecated call such as internet.userName) and date-fns (a
//                                 YYYY or DD format token) warn through console.warn: with no
//                                 console that is a ReferenceError. Here the warnings go nowhere;
//                                 an engine that installs QJSEngine::ConsoleExtension before the
//                                 bundles gets them in its log.
(function (global) {
    'use strict';

    function define(object, name, value) {
        if (typeof object[name] === 'undefined') {
            Object.defineProperty(object, name,
                { value: value, writable: true, configurable: true, enumerable: false });
        }
    }

    define(global, 'globalThis', global);

    define(Object, 'fromEntries', function fromEntries(entries) {
        if (entries === null || entries === undefined) {
            throw new TypeError('Object.fromEntries: ' + entries + ' is not iterable');
        }
        var result = {};
        for (var entry of entries) {
            if (Object(entry) !== entry) {
                throw new TypeError('Object.fromEntries: entry ' + String(entry)
                    + ' is not an object');
            }
            result[entry[0]] = entry[1];
        }
        return result;
    });

    define(Object, 'hasOwn', function hasOwn(object, key) {
        if (object === null || object === undefined) {
            throw new TypeError('Object.hasOwn: ' + object + ' is not an object');
        }
        return Object.prototype.hasOwnProperty.call(object, key);
    });

    function escapeRegExp(text) {
        return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    define(String.prototype, 'replaceAll', function replaceAll(pattern, replacement) {
        if (pattern instanceof RegExp) {
            if (pattern.flags.indexOf('g') < 0) {
                throw new TypeError('replaceAll must be called with a global RegExp');
            }
            return String(this).replace(pattern, replacement);
        }
        // A string pattern is literal; replacement patterns ($&, $1...) apply as in replace().
        return String(this).replace(new RegExp(escapeRegExp(String(pattern)), 'g'), replacement);
    });

    define(String.prototype, 'trimStart', function trimStart() {
        return String(this).replace(/^[\s\uFEFF\xA0]+/, '');
    });
    define(String.prototype, 'trimEnd', function trimEnd() {
        return String(this).replace(/[\s\uFEFF\xA0]+$/, '');
    });

    function toInteger(value) {
        var number = Number(value);
        return isNaN(number) ? 0 : Math.trunc(number);
    }
    function at(index) {
        var self = Object(this);
        var length = self.length >>> 0;
        var i = toInteger(index);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            return undefined;
        }
        return typeof self === 'string' ? self.charAt(i) : self[i];
    }
    define(Array.prototype, 'at', at);
    define(String.prototype, 'at', function (index) {
        return at.call(String(this), index);
    });

    function flatten(target, source, depth) {
        for (var i = 0; i < source.length; ++i) {
            if (!(i in source)) {
                continue;
            }
            var item = source[i];
            if (depth > 0 && Array.isArray(item)) {
                flatten(target, item, depth - 1);
            } else {
                target.push(item);
            }
        }
        return target;
    }
    define(Array.prototype, 'flat', function flat(depth) {
        return flatten([], Object(this), depth === undefined ? 1 : toInteger(depth));
    });
    define(Array.prototype, 'flatMap', function flatMap(callback, thisArg) {
        return flatten([], Array.prototype.map.call(Object(this), callback, thisArg), 1);
    });

    if (typeof global.TextEncoder === 'undefined') {
        var TextEncoder = function TextEncoder() {};
        // UTF-8 bytes of the string, lone surrogates as U+FFFD (as the WHATWG encoder does).
        TextEncoder.prototype.encode = function encode(input) {
            var text = input === undefined ? '' : String(input);
            var bytes = [];
            for (var i = 0; i < text.length; ++i) {
                var c = text.charCodeAt(i);
                if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
                    var low = text.charCodeAt(i + 1);
                    if (low >= 0xdc00 && low <= 0xdfff) {
                        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                        ++i;
                    }
                }
                if (c >= 0xd800 && c <= 0xdfff) {
                    c = 0xfffd;
                }
                if (c < 0x80) {
                    bytes.push(c);
                } else if (c < 0x800) {
                    bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
                } else if (c < 0x10000) {
                    bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
                } else {
                    bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f),
                        0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
                }
            }
            return new Uint8Array(bytes);
        };
        Object.defineProperty(TextEncoder.prototype, 'encoding', { value: 'utf-8' });
        define(global, 'TextEncoder', TextEncoder);
    }

    if (typeof global.console === 'undefined') {
        var ignore = function () {};
        define(global, 'console', {
            log: ignore, info: ignore, warn: ignore, error: ignore, debug: ignore, trace: ignore,
        });
    }

    define(global, 'btoa', function btoa(data) {
        var text = String(data);
        var alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
        var out = '';
        for (var i = 0; i < text.length; i += 3) {
            var a = text.charCodeAt(i), b = text.charCodeAt(i + 1), c = text.charCodeAt(i + 2);
            if (a > 0xff || b > 0xff || c > 0xff) {
                throw new RangeError('btoa: character outside Latin-1 at offset ' + i);
            }
            var bits = (a << 16) | ((b || 0) << 8) | (c || 0);
            out += alphabet.charAt(bits >> 18) + alphabet.charAt((bits >> 12) & 63)
                + (i + 1 < text.length ? alphabet.charAt((bits >> 6) & 63) : '=')
                + (i + 2 < text.length ? alphabet.charAt(bits & 63) : '=');
        }
        return out;
    });
})(this);
