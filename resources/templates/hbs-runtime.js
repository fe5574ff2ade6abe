// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Handlebars runtime of the "mockoon" and "wiremock" dialects (README.md in this folder).
// Loaded after handlebars.js and the vendor libraries, before the dialect's script, into an
// engine of the renderer's worker; plain ES2016 so it loads in node too (a dialect's tests can
// run there). It defines `__mbHbs`:
//   define(name, dialect)       called once by the dialect's script
//   start(name, native)         called by the renderer: builds env, sets the dialect up
//   render(id, source, request) renders template `id` (compiled from `source` on first use)
//   forget(ids)                 drops the compiled templates of `ids`
//   prepare(id, source)         compiles template `id` now; its syntax error as one line, or ''
(function (global) {
    'use strict';

    var Handlebars = global.Handlebars;
    var dialects = {};
    var current = null; // { name, dialect, hb, env }
    var compiled = {};

    // Handlebars' Exception takes `new Error()` as its prototype; QJSEngine then reports every
    // one of them as "TypeError: Type error". A plain Error prototype keeps the message.
    if (Handlebars && Handlebars.Exception) {
        Handlebars.Exception.prototype = Object.create(Error.prototype);
        Handlebars.Exception.prototype.constructor = Handlebars.Exception;
    }

    function messageOf(e) {
        if (e && typeof e === 'object' && e.message !== undefined) {
            return String(e.message);
        }
        return String(e);
    }

    // Where in the template a helper was called, from the options Handlebars hands it.
    function place(options) {
        var loc = options && typeof options === 'object' ? options.loc : null;
        if (!loc || !loc.start) {
            return '';
        }
        return ' at line ' + loc.start.line + ', column ' + (loc.start.column + 1);
    }

    // A helper's error names the helper and where it was called. Errors the limits bootstrap
    // raises (output too large) and errors already named pass through as they are.
    function wrapHelper(name, fn) {
        var wrapped = function () {
            try {
                return fn.apply(this, arguments);
            } catch (e) {
                if (e && typeof e === 'object' && (e.__mbNamed || e.__mbOutput)) {
                    throw e;
                }
                if (messageOf(e) === 'Interrupted') {
                    throw e; // the watchdog's: reported by the renderer
                }
                var options = arguments.length ? arguments[arguments.length - 1] : null;
                // helperMissing stands in for a helper the template names: name that one.
                var shown = /^(helperMissing|blockHelperMissing)$/.test(name) && options
                    && typeof options === 'object' && options.name ? options.name : name;
                var error = new Error(messageOf(e) + ' in {{' + shown + '}}' + place(options));
                error.__mbNamed = true;
                throw error;
            }
        };
        return wrapped;
    }

    function makeEnvironment() {
        var hb = Handlebars.create();
        var register = hb.registerHelper;
        hb.registerHelper = function (name, fn, inverse) {
            if (name && typeof name === 'object') {
                var names = Object.keys(name);
                for (var i = 0; i < names.length; ++i) {
                    hb.registerHelper(names[i], name[names[i]]);
                }
                return undefined;
            }
            if (typeof fn !== 'function') {
                return register.call(hb, name, fn, inverse);
            }
            return register.call(hb, name, wrapHelper(String(name), fn), inverse);
        };
        // The built-ins (if, each, with, lookup, helperMissing...) name themselves too.
        var builtIns = Object.keys(hb.helpers);
        for (var i = 0; i < builtIns.length; ++i) {
            hb.registerHelper(builtIns[i], hb.helpers[builtIns[i]]);
        }
        return hb;
    }

    // JSON text from the native side: '' stands for "nothing there".
    function parsed(text) {
        return text === '' || text === undefined || text === null ? undefined : JSON.parse(text);
    }

    function makeEnv(native) {
        var faker = null;
        var env = {
            now: function () {
                return Number(native.nowMs());
            },
            random: function () {
                return Number(native.random());
            },
            hostName: function () {
                return String(native.hostName());
            },
            // Sets the status of the response under way (Mockoon's {{status}}), 100..999.
            setStatus: function (code) {
                native.setStatus(Number(code));
            },
            libs: global.__mbLibs || {},
            zoneOffset: function (zone, ms) {
                return Number(native.zoneOffset(String(zone), Number(ms)));
            },
            state: {
                data: function (name) {
                    return parsed(native.stateData(String(name)));
                },
                dataNames: function () {
                    return parsed(native.stateDataNames()) || [];
                },
                setData: function (name, value) {
                    native.setStateData(String(name), JSON.stringify(value === undefined ? null : value));
                },
                globalVar: function (name) {
                    return parsed(native.globalVar(String(name)));
                },
                setGlobalVar: function (name, value) {
                    native.setGlobalVar(String(name), JSON.stringify(value === undefined ? null : value));
                }
            }
        };
        Object.defineProperty(env, 'faker', {
            enumerable: true,
            get: function () {
                if (!faker) {
                    faker = native.faker();
                }
                return faker;
            }
        });
        return env;
    }

    // The text Handlebars parses: the dialect's own preprocessing of the source
    // (`preprocess(text)`, e.g. WireMock's {{parts.0}} for Handlebars' {{parts.[0]}}).
    function prepared(dialect, source) {
        var text = String(source);
        return dialect && typeof dialect.preprocess === 'function' ? dialect.preprocess(text) : text;
    }

    // Handlebars compiles lazily, on a template's first call; this does it at once, through
    // the dialect's own parser and code generator (precompile takes the same path as compile).
    function compileNow(source) {
        var options = {};
        var own = current.dialect.options || {};
        Object.keys(own).forEach(function (k) {
            options[k] = own[k];
        });
        var spec = current.hb.precompile(prepared(current.dialect, source), options);
        return setUpOnce(current.hb.template(new Function('return ' + spec)()));
    }

    // Every call of a Handlebars 4.7 template runs its _setup, which copies the environment's
    // helpers and wraps each one anew: with a dialect's hundred-odd helpers that is most of a
    // render in QJSEngine's interpreter. What it sets up depends only on the environment and on
    // the call's helpers, partials and decorators options, which renders never pass: the first
    // setup stands for the rest. (A call as a partial still sets up as Handlebars does.)
    function setUpOnce(template) {
        var setup = template._setup;
        var ready = false;
        template._setup = function (options) {
            if (ready && !options.partial) {
                return;
            }
            setup.call(this, options);
            ready = !options.partial;
        };
        return template;
    }

    function oneLine(text) {
        return String(text).replace(/\s*\n\s*/g, ' ').replace(/\s+$/, '');
    }

    // "Parse error on line 2:\n...\n---^\nExpecting 'ID', got 'EOF'" as one line with the column.
    function describeParseError(e) {
        var message = messageOf(e);
        var lines = message.split('\n');
        if (lines.length >= 4 && /^Parse error on line \d+:$/.test(lines[0])) {
            var caret = lines[2].indexOf('^');
            var head = lines[0].replace(/:$/, '');
            var column = e && e.hash && e.hash.loc ? e.hash.loc.first_column + 1 : caret + 1;
            return head + ', column ' + column + ': ' + oneLine(lines.slice(3).join(' '))
                + ' (near "' + lines[1].replace(/^\.\.\./, '').trim() + '")';
        }
        return oneLine(message);
    }

    var api = {
        define: function (name, dialect) {
            dialects[name] = dialect;
        },
        start: function (name, native) {
            var dialect = dialects[name];
            if (!dialect) {
                throw new Error('no template dialect "' + name + '"');
            }
            var hb = makeEnvironment();
            var env = makeEnv(native);
            current = { name: name, dialect: dialect, hb: hb, env: env };
            if (typeof dialect.setup === 'function') {
                dialect.setup(hb, env);
            }
            return env;
        },
        // Compiles template `id` now (parse and code generation), so its renders only run it;
        // its syntax error as one line, or ''.
        prepare: function (id, source) {
            try {
                compiled[id] = compileNow(source);
                return '';
            } catch (e) {
                if (messageOf(e) === 'Interrupted') {
                    throw e;
                }
                return describeParseError(e);
            }
        },
        render: function (id, source, request) {
            var entry = compiled[id];
            if (!entry) {
                // Prepared when it was compiled; here after a fresh engine only.
                try {
                    entry = compileNow(source);
                } catch (e) {
                    if (messageOf(e) === 'Interrupted') {
                        throw e;
                    }
                    throw new Error(describeParseError(e));
                }
                compiled[id] = entry;
            }
            var context = typeof current.dialect.context === 'function'
                ? current.dialect.context(request, current.env)
                : {};
            var result;
            try {
                result = entry(context, { data: { request: request, env: current.env } });
            } catch (e) {
                if (e && typeof e === 'object' && (e.__mbNamed || e.__mbOutput)) {
                    throw e;
                }
                if (messageOf(e) === 'Interrupted') {
                    throw e;
                }
                var error = new Error(oneLine(messageOf(e)));
                error.__mbNamed = true;
                throw error;
            }
            return result === undefined || result === null ? '' : String(result);
        },
        forget: function (ids) {
            for (var i = 0; i < ids.length; ++i) {
                delete compiled[ids[i]];
            }
        }
    };

    Object.defineProperty(global, '__mbHbs', {
        value: api, writable: false, enumerable: false, configurable: false
    });
})(typeof globalThis !== 'undefined' ? globalThis : this);
