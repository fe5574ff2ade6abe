// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsTemplateRenderer.h"

#include "engine/TemplateState.h"
#include "http/HttpRequest.h"

#include <QDateTime>
#include <QFile>
#include <QJSEngine>
#include <QJSValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <future>
#include <limits>
#include <mutex>
#include <new>
#include <thread>
#include <unordered_map>
#include <vector>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTemplate, "mockbench.template", QtInfoMsg)

namespace MockBench {

class TemplateWatchdog;

namespace {

/// Settings the renderer, its worker and the worker's watchdog share.
struct Limits
{
    std::atomic<int> timeoutMs { 100 };
    std::atomic<qsizetype> maxOutput { TemplateRenderer::DefaultMaxOutputSize };
    std::atomic<qsizetype> memoryLimit { JsTemplateRenderer::DefaultMemoryLimit };
    /// The templates' clock in milliseconds since the epoch; NoFixedTime: the real one.
    static constexpr qint64 NoFixedTime = std::numeric_limits<qint64>::min();
    std::atomic<qint64> fixedTime { NoFixedTime };

    std::shared_ptr<TemplateState> state() const
    {
        std::lock_guard lock(stateMutex);
        return m_state;
    }
    void setState(std::shared_ptr<TemplateState> state)
    {
        std::lock_guard lock(stateMutex);
        m_state = std::move(state);
    }

private:
    mutable std::mutex stateMutex;
    std::shared_ptr<TemplateState> m_state;
};

/// A JSON value as text, scalars too (QJsonDocument takes only objects and arrays).
QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

/// The JSON value of @p text, scalars too; nothing when it is not JSON.
std::optional<QJsonValue> jsonValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        return std::nullopt;
    }
    return doc.array().at(0);
}

/// The text of the resource @p path ("" when it is missing: a build without it).
QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

/// What templates call on the native side: uuid(), randomInt(a, b), now() in JavaScript; the
/// clock, the seeded generator, time zones, state and Faker for every dialect. One object lives
/// on the worker thread for the renderer's life, so a seeded sequence goes on across a rebuilt
/// engine.
class TemplateHelpers : public QObject
{
    Q_OBJECT
public:
    explicit TemplateHelpers(const Limits &limits)
        : m_limits(limits)
    {
    }

    Q_INVOKABLE QString uuid()
    {
        // Built from the seeded generator, so a seeded server hands out the same ids.
        QByteArray bytes(16, Qt::Uninitialized);
        m_random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }
    Q_INVOKABLE double randomInt(double low, double high)
    {
        if (high < low) {
            std::swap(low, high);
        }
        // Beyond 2^53 doubles skip integers, and the range size must fit in 64 bits.
        constexpr double maxSafe = 9007199254740991.0;
        low = std::clamp(low, -maxSafe, maxSafe);
        high = std::clamp(high, -maxSafe, maxSafe);
        const qint64 lo = qint64(std::ceil(low));
        const qint64 hi = qint64(std::floor(high));
        if (hi <= lo) {
            return double(lo);
        }
        return double(lo + qint64(m_random.bounded(quint64(hi - lo + 1))));
    }
    Q_INVOKABLE QString now() const
    {
        return QDateTime::fromMSecsSinceEpoch(qint64(nowMs()), Qt::UTC).toString(Qt::ISODateWithMs);
    }
    Q_INVOKABLE double nowMs() const
    {
        const qint64 fixed = m_limits.fixedTime;
        return double(fixed != Limits::NoFixedTime ? fixed : QDateTime::currentMSecsSinceEpoch());
    }
    Q_INVOKABLE double random() { return m_random.generateDouble(); }
    Q_INVOKABLE QString hostName() const { return QSysInfo::machineHostName(); }
    /// The status the render under way sets for its response (100..999).
    Q_INVOKABLE void setStatus(double code)
    {
        if (std::isfinite(code) && code >= 100 && code <= 999 && code == std::floor(code)) {
            m_status = int(code);
        }
    }
    std::optional<int> takeStatus() { return std::exchange(m_status, std::nullopt); }
    /// Minutes east of UTC of the IANA zone @p zone at @p ms, NaN when the zone is unknown.
    Q_INVOKABLE double zoneOffset(const QString &zone, double ms) const
    {
        const QTimeZone tz(zone.toUtf8());
        if (!tz.isValid() || !std::isfinite(ms)) {
            return std::numeric_limits<double>::quiet_NaN();
        }
        return tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(qint64(ms), QTimeZone::utc()))
            / 60.0;
    }
    /// The data store @p name as JSON text, "" when there is none.
    Q_INVOKABLE QString stateData(const QString &name) const
    {
        if (refused()) {
            return {};
        }
        const std::shared_ptr<TemplateState> state = m_limits.state();
        const std::optional<QJsonValue> value = state ? state->data(name) : std::nullopt;
        return value ? jsonText(*value) : QString();
    }
    /// The data stores' names, in the route set's order, as a JSON array.
    Q_INVOKABLE QString stateDataNames() const
    {
        if (refused()) {
            return {};
        }
        const std::shared_ptr<TemplateState> state = m_limits.state();
        return jsonText(QJsonArray::fromStringList(state ? state->dataNames() : QStringList()));
    }
    Q_INVOKABLE void setStateData(const QString &name, const QString &json)
    {
        if (refused()) {
            return;
        }
        if (const std::shared_ptr<TemplateState> state = m_limits.state()) {
            if (const std::optional<QJsonValue> value = jsonValue(json)) {
                state->setData(name, *value);
            }
        }
    }
    Q_INVOKABLE QString globalVar(const QString &name) const
    {
        if (refused()) {
            return {};
        }
        const std::shared_ptr<TemplateState> state = m_limits.state();
        const std::optional<QJsonValue> value = state ? state->globalVar(name) : std::nullopt;
        return value ? jsonText(*value) : QString();
    }
    Q_INVOKABLE void setGlobalVar(const QString &name, const QString &json)
    {
        if (refused()) {
            return;
        }
        if (const std::shared_ptr<TemplateState> state = m_limits.state()) {
            if (const std::optional<QJsonValue> value = jsonValue(json)) {
                state->setGlobalVar(name, *value);
            }
        }
    }
    /// The engine's Faker instance, loaded on first use (the bundle takes a while to load: the
    /// watchdog's clock is held meanwhile) and seeded from the set's seed.
    Q_INVOKABLE QJSValue faker();

    /// The seed of the set, or a random one; applied to the generator and to Faker.
    void seed(quint32 seed)
    {
        m_random.seed(seed);
        m_seed = seed;
        if (!m_faker.isUndefined()) {
            // Faker's own seed function, taken when it loaded, and watched: a template may
            // have changed what it calls.
            watched([&] { m_fakerSeed.callWithInstance(m_faker, { double(seed) }); });
        }
    }
    /// While set, templates cannot reach state or Faker (the caller's engine evaluates a
    /// template's text to find its syntax error; whatever that runs must change nothing).
    void setChecking(bool checking) { m_checking = checking; }
    /// The engine templates run in now; its Faker instance goes with it.
    void attach(QJSEngine *engine, TemplateWatchdog *watchdog)
    {
        m_engine = engine;
        m_watchdog = watchdog;
        m_faker = m_fakerSeed = QJSValue();
    }
    void detach(QJSEngine *engine)
    {
        if (m_engine == engine) {
            attach(nullptr, nullptr);
        }
    }

    QRandomGenerator m_random { QRandomGenerator::securelySeeded() };

private:
    /// Runs @p f under the engine's watchdog, when it has one.
    void watched(const std::function<void()> &f);
    /// True, having thrown a JavaScript error, while checking (setChecking()).
    bool refused() const
    {
        if (m_checking && m_engine) {
            m_engine->throwError(u"a template's syntax check reaches no state"_s);
        }
        return m_checking;
    }

    const Limits &m_limits;
    std::optional<quint32> m_seed;
    QJSEngine *m_engine = nullptr;
    TemplateWatchdog *m_watchdog = nullptr;
    QJSValue m_faker;
    QJSValue m_fakerSeed;
    bool m_checking = false;
    std::optional<int> m_status;
};

namespace {

/// Installed in every engine before any template runs: wraps the built-ins that can make a huge
/// string, array or buffer in one native call (which no interrupt can stop) so that they throw a
/// RangeError naming the limit instead, and defines what the expression wrappers call. The
/// wrappers are neither writable nor configurable, so one template cannot undo them for the
/// next. They bound templates written in good faith over hostile request data; a template
/// written to get around them still meets the watchdog. Returns { setLimits, parseJson }.
const char bootstrapSource[] = R"js((function (global) {
    'use strict';
    var limits = { output: 0, chars: 0, elements: 0, bytes: 0 };
    var define = Object.defineProperty;
    var apply = Reflect.apply;
    var construct = Reflect.construct;
    var isArray = Array.isArray;
    var keys = Object.keys;
    var jsonParse = JSON.parse; // as it was before any template could replace it

    function fixed(object, name, value) {
        define(object, name, { value: value, writable: false, enumerable: false, configurable: false });
    }
    function named(name, length, f) {
        define(f, 'name', { value: name });
        define(f, 'length', { value: length });
        return f;
    }
    function over(what, amount, unit, limit) {
        return new RangeError(what + ' would make ' + amount + ' ' + unit
            + ', more than the template limit of ' + limit);
    }
    function beyond(what, unit, limit) {
        return new RangeError(what + ' would make more than ' + limit + ' ' + unit
            + ', the template limit');
    }
    function checkChars(what, n) {
        if (n > limits.chars) throw over(what, n, 'characters', limits.chars);
    }
    function checkElements(what, n) {
        if (n > limits.elements) throw over(what, n, 'elements', limits.elements);
    }
    function checkBytes(what, n) {
        if (n > limits.bytes) throw over(what, n, 'bytes', limits.bytes);
    }
    function integer(v) {
        var n = Number(v);
        return n !== n ? 0 : Math.trunc(n);
    }
    function text(v) {
        if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
        return String(v);
    }
    function thisText(self, what) {
        if (self === null || self === undefined)
            throw new TypeError(what + ' called on null or undefined');
        return text(self);
    }

    // Strings. Each wrapper converts its arguments once and hands the converted values on, so
    // a toString or valueOf with side effects runs as often as without the wrapper.
    var S = String.prototype;
    var repeat = S.repeat;
    fixed(S, 'repeat', named('repeat', 1, function (count) {
        var s = thisText(this, 'String.prototype.repeat');
        var n = integer(count);
        if (n > 0 && n !== Infinity) checkChars('String.prototype.repeat', s.length * n);
        return apply(repeat, s, [n]);
    }));
    function pad(name) {
        var original = S[name];
        var what = 'String.prototype.' + name;
        fixed(S, name, named(name, 1, function (maxLength, fillString) {
            var s = thisText(this, what);
            var n = integer(maxLength);
            if (n <= s.length) return s;
            var fill = fillString === undefined ? ' ' : text(fillString);
            if (fill !== '') checkChars(what, n);
            return apply(original, s, [n, fill]);
        }));
    }
    pad('padStart');
    pad('padEnd');
    var concat = S.concat;
    fixed(S, 'concat', named('concat', 1, function () {
        var s = thisText(this, 'String.prototype.concat');
        var parts = [];
        var n = s.length;
        for (var i = 0; i < arguments.length; ++i) {
            parts[i] = text(arguments[i]);
            n += parts[i].length;
        }
        checkChars('String.prototype.concat', n);
        return apply(concat, s, parts);
    }));

    // replace with a replacement string inserts it, with its $& $` $' expanded, at every match
    // in one native call. When the result could pass the limit, this loop makes the same
    // replacement (as QJSEngine does it), counting as it goes. Not a replacer function handed
    // to the native replace: QJSEngine 6.4 leaks the match list when one throws.
    var replace = S.replace;
    var exec = RegExp.prototype.exec;
    function substitute(r, matched, position, s, captures) {
        var out = '';
        var from = 0;
        var count = captures.length + 1;
        for (;;) {
            var at = r.indexOf('$', from);
            if (at < 0 || at + 1 >= r.length) return out + r.slice(from);
            out += r.slice(from, at);
            var c = r.charAt(at + 1);
            var piece = null;
            var skip = 1;
            if (c === '$') {
                piece = '$';
            } else if (c === '&') {
                piece = matched;
            } else if (c === '`') {
                piece = s.slice(0, position);
            } else if (c === "'") {
                piece = s.slice(position + matched.length);
            } else if (c >= '0' && c <= '9') {
                var capture = c.charCodeAt(0) - 48;
                var d = r.charAt(at + 2);
                if (d >= '0' && d <= '9' && capture * 10 + d.charCodeAt(0) - 48 < count) {
                    capture = capture * 10 + d.charCodeAt(0) - 48;
                    skip = 2;
                }
                if (capture > 0 && capture < count)
                    piece = captures[capture - 1] === undefined ? '' : captures[capture - 1];
            }
            if (piece === null) {
                out += '$';
                from = at + 1;
            } else {
                out += piece;
                from = at + 1 + skip;
            }
            checkChars('String.prototype.replace', out.length);
        }
    }
    fixed(S, 'replace', named('replace', 2, function (pattern, replacement) {
        var s = thisText(this, 'String.prototype.replace');
        if (typeof replacement === 'function') return apply(replace, s, [pattern, replacement]);
        var r = text(replacement);
        var dollars = 0;
        for (var at = r.indexOf('$'); at >= 0; at = r.indexOf('$', at + 1)) ++dollars;
        // At most s.length + 1 matches, each inserting r with each $ expanded to at most s.
        if (s.length + (s.length + 1) * (r.length + dollars * s.length) <= limits.chars)
            return apply(replace, s, [pattern, r]);
        var out = '';
        var last = 0;
        function add(piece) {
            out += piece;
            checkChars('String.prototype.replace', out.length);
        }
        if (pattern instanceof RegExp) {
            var global = pattern.global;
            var offset = 0;
            while (offset <= s.length) {
                if (global) pattern.lastIndex = offset;
                var m = apply(exec, pattern, [s]);
                if (m === null) break;
                var end = m.index + m[0].length;
                add(s.slice(last, m.index));
                var captures = [];
                for (var i = 1; i < m.length; ++i) captures[i - 1] = m[i];
                add(substitute(r, m[0], m.index, s, captures));
                last = end;
                if (!global) break;
                offset = Math.max(offset + 1, end);
            }
            if (global) pattern.lastIndex = 0;
        } else {
            var search = text(pattern);
            var found = s.indexOf(search);
            if (found >= 0) {
                add(s.slice(0, found));
                add(substitute(r, search, found, s, []));
                last = found + search.length;
            }
        }
        add(s.slice(last));
        return out;
    }));
    var split = S.split;
    fixed(S, 'split', named('split', 2, function (separator, limit) {
        var most = limits.elements + 1;
        var asked = limit === undefined ? most : limit >>> 0;
        var parts = apply(split, this, [separator, Math.min(asked, most)]);
        if (parts.length > limits.elements && asked > limits.elements)
            throw beyond('String.prototype.split', 'elements', limits.elements);
        return parts;
    }));
    // A global match collects every match in one native call; this loop is interruptible.
    var match = S.match;
    function advance(s, index, unicode) {
        if (!unicode || index + 1 >= s.length) return index + 1;
        var c = s.charCodeAt(index);
        var d = s.charCodeAt(index + 1);
        return c >= 0xD800 && c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF ? index + 2 : index + 1;
    }
    fixed(S, 'match', named('match', 1, function (regexp) {
        if (!(regexp instanceof RegExp) || !regexp.global) return apply(match, this, [regexp]);
        var s = thisText(this, 'String.prototype.match');
        var found = [];
        var m;
        regexp.lastIndex = 0;
        while ((m = apply(exec, regexp, [s])) !== null) {
            found[found.length] = m[0];
            checkElements('String.prototype.match', found.length);
            if (m[0] === '') regexp.lastIndex = advance(s, regexp.lastIndex, regexp.unicode);
        }
        return found.length === 0 ? null : found;
    }));
    var normalize = S.normalize;
    fixed(S, 'normalize', named('normalize', 0, function (form) {
        var s = thisText(this, 'String.prototype.normalize');
        // NFKC and NFKD make up to 18 characters of one (U+FDFA).
        checkChars('String.prototype.normalize', s.length * 18);
        return apply(normalize, s, form === undefined ? [] : [form]);
    }));
    // Percent-encoding makes up to 9 characters of one: long texts are encoded piece by piece,
    // never cutting a surrogate pair, with the total counted.
    function encoder(name, factor) {
        var original = global[name];
        if (typeof original !== 'function') return;
        fixed(global, name, named(name, 1, function (value) {
            var s = text(value);
            if (s.length * factor <= limits.chars) return original(s);
            var out = '';
            // Small pieces: the last one passes the limit by little.
            var step = Math.max(1024, Math.floor(limits.chars / factor / 16));
            for (var at = 0; at < s.length;) {
                var end = Math.min(s.length, at + step);
                var c = s.charCodeAt(end - 1);
                if (end < s.length && c >= 0xD800 && c <= 0xDBFF) --end;
                out += original(s.slice(at, end));
                checkChars(name, out.length);
                at = end;
            }
            return out;
        }));
    }
    encoder('encodeURIComponent', 9);
    encoder('encodeURI', 9);
    encoder('escape', 6);

    // JSON.stringify expands a value shared by reference once per reference (40 nested
    // [a, a] make 2^40 leaves) and indents every line by its depth, in one native call. The
    // wrapper first measures what the text will at least hold, walking the value as stringify
    // will (an object with toJSON counts as a leaf; a cycle is left for stringify to report).
    // With a replacer function stringify calls back for every value, so it is interruptible
    // and needs no walk.
    var stringify = JSON.stringify;
    function gapOf(space) {
        if (space instanceof Number) space = Number(space);
        else if (space instanceof String) space = String(space);
        if (typeof space === 'number') return Math.min(10, Math.max(0, integer(space)));
        if (typeof space === 'string') return Math.min(10, space.length);
        return 0;
    }
    function propertyList(replacer) {
        var out = [];
        for (var i = 0; i < replacer.length; ++i) {
            var item = replacer[i];
            if (typeof item === 'string') out[out.length] = item;
            else if (typeof item === 'number' || item instanceof Number || item instanceof String) out[out.length] = String(item);
        }
        return out;
    }
    fixed(JSON, 'stringify', named('stringify', 3, function (value, replacer, space) {
        if (typeof replacer === 'function') return stringify(value, replacer, space);
        var list = isArray(replacer) ? propertyList(replacer) : undefined;
        var gap = gapOf(space);
        var size = 0;
        var ancestors = [];
        var cyclic = false;
        function check() {
            if (size <= limits.chars) return;
            // A cycle is stringify's to report, as without the bound.
            for (var i = 0; i < ancestors.length; ++i) {
                for (var j = i + 1; j < ancestors.length; ++j) {
                    if (ancestors[i] === ancestors[j]) cyclic = true;
                }
            }
            if (!cyclic) throw beyond('JSON.stringify', 'characters', limits.chars);
        }
        function measure(v, depth) {
            if (cyclic) {
                return;
            } else if (v === null || typeof v !== 'object') {
                size += typeof v === 'string' ? v.length + 2 : 1;
            } else if (typeof v.toJSON === 'function') {
                size += 1;
            } else if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                size += String(v).length;
            } else {
                // A cycle makes the walk ever deeper: look for one only once it is deep.
                for (var a = depth < 32 ? ancestors.length : 0; a < ancestors.length; ++a) {
                    if (ancestors[a] === v) cyclic = true;
                }
                if (cyclic) return;
                ancestors[ancestors.length] = v;
                var line = gap === 0 ? 0 : 1 + gap * (depth + 1);
                size += 2;
                if (isArray(v)) {
                    var n = integer(v.length);
                    size += n * (1 + line);
                    check();
                    for (var i = 0; i < n; ++i) measure(v[i], depth + 1);
                } else {
                    var names = list !== undefined ? list : keys(v);
                    for (var j = 0; j < names.length; ++j) {
                        var x = v[names[j]];
                        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
                        size += names[j].length + 4 + line;
                        measure(x, depth + 1);
                    }
                }
                ancestors.length = ancestors.length - 1;
            }
            check();
        }
        measure(value, 0);
        return stringify(value, replacer, space);
    }));

    // Arrays and buffers. The constructors check the size asked for; made the prototypes'
    // constructor too, they also check the arrays that map, filter, slice... make.
    var NativeArray = Array;
    function wrapConstructor(name, check, needsNew) {
        var Native = global[name];
        if (typeof Native !== 'function') return;
        var wrapper = named(name, Native.length, function () {
            if (needsNew && new.target === undefined)
                throw new TypeError(name + ' must be called with new');
            check(arguments);
            return construct(Native, arguments, new.target === undefined ? wrapper : new.target);
        });
        wrapper.prototype = Native.prototype;
        Object.setPrototypeOf(wrapper, Native);
        define(Native.prototype, 'constructor', { value: wrapper, writable: true, enumerable: false, configurable: true });
        fixed(global, name, wrapper);
    }
    wrapConstructor('Array', function (args) {
        if (args.length === 1 && typeof args[0] === 'number') checkElements('Array', args[0]);
    }, false);
    var buffers = [ArrayBuffer];
    if (typeof SharedArrayBuffer === 'function') buffers[1] = SharedArrayBuffer;
    function viewLength(a0) {
        if (a0 === null || (typeof a0 !== 'object' && typeof a0 !== 'function')) return integer(a0);
        for (var i = 0; i < buffers.length; ++i) {
            if (a0 instanceof buffers[i]) return 0; // a view on memory that exists already
        }
        var n = a0.length;
        return typeof n === 'number' ? integer(n) : 0;
    }
    ['ArrayBuffer', 'SharedArrayBuffer'].forEach(function (name) {
        wrapConstructor(name, function (args) { checkBytes(name, integer(args[0])); }, true);
    });
    var TypedArray = Object.getPrototypeOf(Int8Array.prototype);
    ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
     'Uint32Array', 'Float32Array', 'Float64Array'].forEach(function (name) {
        var size = global[name].BYTES_PER_ELEMENT;
        wrapConstructor(name, function (args) {
            var n = viewLength(args[0]);
            checkElements(name, n);
            checkBytes(name, n * size);
        }, true);
    });
    var typedJoin = TypedArray.join;
    fixed(TypedArray, 'join', named('join', 1, function (separator) {
        var n = integer(this.length);
        var sep = separator === undefined ? ',' : text(separator);
        // The elements are bounded already, by the constructors; the separator is not.
        if (n > 0) checkChars('TypedArray.prototype.join', (n - 1) * sep.length + n);
        return apply(typedJoin, this, [sep]);
    }));

    // Methods that walk an array's length natively, most without an interrupt check: on a
    // sparse array of length 4e9, fill or forEach would run for minutes.
    var A = NativeArray.prototype;
    function lengthOf(self) {
        return self === null || self === undefined ? 0 : integer(Object(self).length);
    }
    ['concat', 'copyWithin', 'every', 'fill', 'filter', 'find', 'findIndex', 'flat', 'flatMap',
     'forEach', 'includes', 'indexOf', 'join', 'lastIndexOf', 'map', 'reduce', 'reduceRight',
     'reverse', 'slice', 'some', 'sort', 'splice', 'toLocaleString', 'unshift'].forEach(function (name) {
        var original = A[name];
        if (typeof original !== 'function') return;
        var what = 'Array.prototype.' + name;
        fixed(A, name, named(name, original.length, function () {
            var n = lengthOf(this);
            if (n > limits.elements)
                throw new RangeError(what + ' on ' + n + ' elements: more than the template limit of ' + limits.elements);
            if (name === 'join') {
                var sep = arguments[0] === undefined ? ',' : text(arguments[0]);
                if (n > 0) checkChars(what, (n - 1) * sep.length);
                return apply(original, this, [sep]);
            }
            if (name === 'concat') {
                for (var i = 0; i < arguments.length; ++i) n += isArray(arguments[i]) ? lengthOf(arguments[i]) : 1;
                checkElements(what, n);
            }
            return apply(original, this, arguments);
        }));
    });

    // What the expression wrappers call.
    function outputError(n) {
        var e = new RangeError('template output is at least ' + n + ' bytes, more than the limit of ' + limits.output);
        define(e, '__mbOutput', { value: true });
        return e;
    }
    fixed(global, '__mbRender', function (v) {
        var s = v === undefined ? '' : String(v !== null && typeof v === 'object' ? JSON.stringify(v) : v);
        // A UTF-16 code unit is at least one byte of UTF-8, so this holds before converting.
        if (s.length > limits.output) throw outputError(s.length);
        return s;
    });
    fixed(global, '__mbError', function (e) {
        if (e instanceof Error) return e;
        var message;
        try {
            message = String(e);
        } catch (ignored) {
            message = typeof e;
        }
        return new Error('uncaught exception: ' + message);
    });
    return {
        setLimits: function (output, chars, elements, bytes) {
            limits.output = output;
            limits.chars = chars;
            limits.elements = elements;
            limits.bytes = bytes;
        },
        parseJson: function (t) {
            try {
                return apply(jsonParse, JSON, [t]);
            } catch (e) {
                return null;
            }
        }
    };
})(this)
)js";

const QStringList functionParameters = { u"params"_s, u"query"_s, u"headers"_s, u"body"_s,
    u"json"_s, u"method"_s, u"path"_s };

/// The body of the function an expression becomes. The expression sits on its own lines so a
/// trailing // comment cannot eat the wrapper; a thrown value that is no Error (throw 'x') is
/// reported as an error, not rendered as text.
QString functionBody(const QString &expression)
{
    return u"try { return __mbRender((\n"_s + expression
        + u"\n)); } catch (e) { throw __mbError(e); }"_s;
}

/// Installs the bootstrap in @p engine; returns its control object.
QJSValue installBootstrap(QJSEngine &engine)
{
    QJSValue control = engine.evaluate(QString::fromLatin1(bootstrapSource));
    if (control.isError()) {
        qCCritical(lcTemplate) << "template bootstrap failed:" << control.toString();
    }
    return control;
}

void applyLimits(const QJSValue &control, qsizetype maxOutput)
{
    const double output = double(maxOutput);
    // An array costs at least 8 bytes an element, and a native loop over it about a
    // microsecond a thousand: a 64th of the output limit keeps both small.
    const double elements = double(std::max<qsizetype>(1024, maxOutput / 64));
    control.property(u"setLimits"_s).call({ output, output, elements, output });
}

/// Resident memory of this process in bytes, -1 when unknown.
class ResidentMemory
{
public:
    ResidentMemory()
    {
#ifdef Q_OS_LINUX
        m_fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
        m_pageSize = ::sysconf(_SC_PAGESIZE);
#endif
    }
    ~ResidentMemory()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0) {
            ::close(m_fd);
        }
#endif
    }
    ResidentMemory(const ResidentMemory &) = delete;
    ResidentMemory &operator=(const ResidentMemory &) = delete;

    qint64 bytes() const
    {
#ifdef Q_OS_LINUX
        // "size resident shared text lib data dt", in pages.
        char buffer[128];
        const ssize_t n = m_fd < 0 ? -1 : ::pread(m_fd, buffer, sizeof buffer - 1, 0);
        if (n <= 0) {
            return -1;
        }
        buffer[n] = '\0';
        const char *space = std::strchr(buffer, ' ');
        return space ? qint64(std::strtoll(space + 1, nullptr, 10)) * m_pageSize : -1;
#else
        return -1;
#endif
    }

private:
    int m_fd = -1;
    long m_pageSize = 4096;
};

} // namespace

/// Interrupts a render that runs too long or grows the process too much, or every render once
/// stopped. The render thread marks start and end under a mutex (uncontended: two cheap locks
/// per render); this thread polls every 2 ms while a render runs and interrupts only the render
/// it saw start, never the next one. Memory is sampled from the first poll of a render on, so
/// the many renders that end within 2 ms cost no sample.
class TemplateWatchdog
{
public:
    enum class Reason { None, Timeout, Memory, Stopped };

    TemplateWatchdog(QJSEngine *engine, const Limits &limits)
        : m_engine(engine)
        , m_limits(limits)
        , m_thread([this] { run(); })
    {
    }
    ~TemplateWatchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    TemplateWatchdog(const TemplateWatchdog &) = delete;
    TemplateWatchdog &operator=(const TemplateWatchdog &) = delete;

    /// @p budget: how long this watch may run; 0: the render timeout.
    void begin(std::chrono::milliseconds budget = std::chrono::milliseconds(0))
    {
        std::lock_guard lock(m_mutex);
        m_busy = true;
        ++m_generation;
        m_started = Clock::now();
        m_budget = budget;
        m_holdDepth = 0;
        m_heldGrowth = 0;
        m_reason = Reason::None;
        if (m_stopped) {
            interrupt(Reason::Stopped);
        }
        if (m_idle) {
            m_idle = false;
            m_wake.notify_one();
        }
    }
    /// Why the render that ends was interrupted, if it was.
    Reason end()
    {
        std::lock_guard lock(m_mutex);
        m_busy = false;
        const Reason reason = m_reason;
        if (!m_stopped && m_engine->isInterrupted()) {
            m_engine->setInterrupted(false);
        }
        return reason;
    }
    /// What the renderer itself loads for a template (Faker) is not the template's: between
    /// hold() and release() the render's clock stands still and the memory it takes does not
    /// count. The load is still watched, against a budget of its own (code the template
    /// changed may run in it), and stop() still interrupts it. Holds nest.
    void hold()
    {
        const qint64 resident = m_resident.bytes();
        std::lock_guard lock(m_mutex);
        if (m_holdDepth++ == 0) {
            m_heldAt = Clock::now();
            m_heldResident = resident;
        }
    }
    void release()
    {
        const qint64 resident = m_resident.bytes();
        std::lock_guard lock(m_mutex);
        if (m_holdDepth == 0 || --m_holdDepth > 0) {
            return;
        }
        m_started += Clock::now() - m_heldAt;
        if (resident >= 0 && m_heldResident >= 0 && resident > m_heldResident) {
            m_heldGrowth += resident - m_heldResident;
        }
        if (m_stopped) {
            interrupt(Reason::Stopped);
        }
    }
    /// From any thread: interrupts the render under way, whatever the worker is doing (a
    /// render, a syntax check, a load), and every later one.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        interrupt(Reason::Stopped);
    }

private:
    using Clock = std::chrono::steady_clock;

    /// How long loading what a template needs may take: far longer than a render.
    std::chrono::milliseconds holdBudget() const
    {
        return std::max(std::chrono::milliseconds(2000),
            std::chrono::milliseconds(20 * qint64(m_limits.timeoutMs)));
    }

    void interrupt(Reason reason)
    {
        m_interruptedGeneration = m_generation;
        m_reason = reason;
        m_engine->setInterrupted(true);
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        quint64 idleRounds = 0;
        quint64 sampledGeneration = 0;
        qint64 baseline = -1;
        while (!m_quit) {
            if (m_idle) {
                m_wake.wait(lock, [this] { return m_quit || !m_idle; });
                continue;
            }
            m_wake.wait_for(lock, std::chrono::milliseconds(2));
            if (!m_busy) {
                if (++idleRounds > 64) {
                    // Nothing rendered for a while: sleep until the next render.
                    m_idle = true;
                    idleRounds = 0;
                }
                continue;
            }
            idleRounds = 0;
            if (m_interruptedGeneration == m_generation) {
                continue;
            }
            if (m_holdDepth > 0) {
                // A load for the template: its own budget, and no memory sample.
                if (Clock::now() - m_heldAt >= holdBudget()) {
                    interrupt(Reason::Timeout);
                }
                continue;
            }
            const std::chrono::milliseconds budget =
                m_budget.count() > 0 ? m_budget : std::chrono::milliseconds(m_limits.timeoutMs);
            if (Clock::now() - m_started >= budget) {
                interrupt(Reason::Timeout);
                continue;
            }
            const qsizetype memoryLimit = m_limits.memoryLimit;
            if (memoryLimit <= 0) {
                continue;
            }
            // Read without the lock: begin() and end() must not wait for the file system.
            const quint64 generation = m_generation;
            lock.unlock();
            const qint64 resident = m_resident.bytes();
            lock.lock();
            if (resident < 0 || !m_busy || generation != m_generation) {
                continue;
            }
            if (sampledGeneration != generation) {
                sampledGeneration = generation;
                baseline = resident;
            } else if (resident - baseline - m_heldGrowth > memoryLimit) {
                interrupt(Reason::Memory);
            }
        }
    }

    QJSEngine *m_engine;
    const Limits &m_limits;
    ResidentMemory m_resident;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_quit = false;
    bool m_busy = false;
    bool m_idle = true;
    bool m_stopped = false;
    Reason m_reason = Reason::None;
    quint64 m_generation = 0;
    quint64 m_interruptedGeneration = 0;
    Clock::time_point m_started;
    std::chrono::milliseconds m_budget { 0 };
    int m_holdDepth = 0;
    Clock::time_point m_heldAt;
    qint64 m_heldResident = -1;
    qint64 m_heldGrowth = 0; ///< memory the holds of this watch took
    std::thread m_thread;
};

void TemplateHelpers::watched(const std::function<void()> &f)
{
    if (m_watchdog) {
        m_watchdog->begin();
    }
    f();
    if (m_watchdog) {
        m_watchdog->end();
    }
}

QJSValue TemplateHelpers::faker()
{
    if (refused() || !m_faker.isUndefined() || !m_engine) {
        return m_faker;
    }
    static const QString source = resourceText(u":/mockbench/templates/faker.js"_s);
    if (source.isEmpty()) {
        m_engine->throwError(u"Faker is not part of this build"_s);
        return {};
    }
    if (m_watchdog) {
        m_watchdog->hold();
    }
    const QJSValue module = m_engine->evaluate(source + u"\n;__mbFakerModule"_s, u"faker.js"_s);
    if (m_watchdog) {
        m_watchdog->release();
    }
    if (module.isError() || !module.property(u"faker"_s).isObject()) {
        m_engine->throwError(u"Faker did not load: %1"_s.arg(module.toString()));
        return {};
    }
    m_faker = module.property(u"faker"_s);
    m_fakerSeed = m_faker.property(u"seed"_s);
    const double seed = m_seed ? double(*m_seed) : double(m_random.generate());
    m_fakerSeed.callWithInstance(m_faker, { seed });
    return m_faker;
}

struct RenderQueue;

/// A JavaScript template: literal parts and expressions. The worker compiles the expressions
/// into functions of its own engine when it first renders the template, and again after a
/// rebuilt engine; it forgets them when the template goes.
class JsCompiledTemplate : public CompiledTemplate
{
public:
    struct Part
    {
        QByteArray literal; ///< text before the expression
        QString expression;
    };
    enum Uses : unsigned { UsesQuery = 1, UsesHeaders = 2, UsesBody = 4, UsesJson = 8 };

    JsCompiledTemplate(const QString &source, quint64 id, std::weak_ptr<RenderQueue> queue)
        : m_id(id)
        , m_queue(std::move(queue))
    {
        m_source = source;
    }
    ~JsCompiledTemplate() override;

    void fail(const QString &error)
    {
        m_error = error;
        parts.clear();
        m_static = false;
    }
    void finish(const QByteArray &tail)
    {
        m_text = tail; // whole text when static, else the tail after the last expression
        m_static = parts.isEmpty() && m_error.isEmpty();
    }
    const QByteArray &tail() const { return m_text; }
    quint64 id() const { return m_id; }

    QList<Part> parts;
    unsigned uses = 0;
    /// Every expression is plain (isPlainExpression) and reads neither body nor json: it
    /// renders in microseconds on the serving thread, without the trip to the worker.
    bool inlineSafe = true;
    /// A Handlebars template: one part, its expression the whole source.
    bool handlebars = false;

private:
    quint64 m_id;
    std::weak_ptr<RenderQueue> m_queue;
};

/// One request's renders, or a new seed, waiting for the worker.
struct RenderJob
{
    QList<std::shared_ptr<const CompiledTemplate>> keep; ///< renderAsync: keeps them alive
    QList<const CompiledTemplate *> templates;
    HttpRequest request;
    PathCaptures params;
    std::optional<quint32> seed; ///< a seed job when set
    // A Handlebars syntax check: compile() waits for the answer (parsing runs no template code).
    QString check;
    quint64 checkId = 0;
    std::promise<QString> *checkWaiter = nullptr;
    // renderAsync: delivered on the renderer's thread, if the context still lives.
    QPointer<QObject> context;
    bool guarded = false;
    std::function<void(QList<RenderResult>)> done;
    // render(): the caller waits.
    std::promise<QList<RenderResult>> *waiter = nullptr;
};

/// What the renderer and its worker share, under one mutex.
/// Results on their way back to the thread that asked for them.
struct RenderDelivery
{
    QPointer<QObject> context;
    bool guarded = false;
    std::function<void(QList<RenderResult>)> done;
    QList<RenderResult> results;
};

struct RenderQueue
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<RenderJob> jobs;
    std::vector<quint64> forgotten; ///< templates gone since the worker last looked
    std::vector<quint64> forgottenInline; ///< the same, for the renderer's own engine
    std::deque<RenderDelivery> finished; ///< for the renderer's thread, in the order asked
    bool deliveryPosted = false; ///< an event to hand them over is on its way
    bool quit = false;
    TemplateWatchdog *watchdog = nullptr; ///< of the worker's engine; stopped on quit
    std::atomic<int> restarts { 0 };
};

JsCompiledTemplate::~JsCompiledTemplate()
{
    if (parts.isEmpty()) {
        return;
    }
    if (const std::shared_ptr<RenderQueue> queue = m_queue.lock()) {
        std::lock_guard lock(queue->mutex);
        queue->forgotten.push_back(m_id);
        if (inlineSafe) {
            queue->forgottenInline.push_back(m_id);
        }
    }
}

namespace {

/// The worker's engine with the bootstrap installed, the functions of the templates it has
/// rendered, and its watchdog. Used on the worker thread only.
class RenderEngine
{
public:
    /// Unwatched, for plain expressions only: they cannot run long, and the watchdog's wake-up
    /// would cost more than their render.
    enum class Watched { Yes, No };
    RenderEngine(TemplateDialect dialect, TemplateHelpers *helpers, const Limits &limits,
        Watched watched = Watched::Yes)
        : m_dialect(dialect)
        , m_limits(limits)
        , m_helpers(helpers)
    {
        m_control = installBootstrap(m_js);
        // In force from the start: the dialect's scripts load under them too.
        m_appliedOutput = m_limits.maxOutput;
        applyLimits(m_control, m_appliedOutput);
        m_parseJson = m_control.property(u"parseJson"_s);
        m_function = m_js.globalObject().property(u"Function"_s);
        // The helpers belong to the worker, not to the JavaScript garbage collector.
        QJSEngine::setObjectOwnership(helpers, QJSEngine::CppOwnership);
        QJSValue global = m_js.globalObject();
        global.setProperty(u"__mb"_s, m_js.newQObject(helpers));
        if (watched == Watched::Yes) {
            m_watchdog = std::make_unique<TemplateWatchdog>(&m_js, limits);
        }
        if (dialect == TemplateDialect::JavaScript) {
            m_js.evaluate(u"function uuid() { return __mb.uuid(); }\n"
                          "function randomInt(a, b) {\n"
                          "  a = Number(a); b = Number(b);\n"
                          "  if (!isFinite(a) || !isFinite(b))\n"
                          "    throw new TypeError('randomInt(min, max) needs two numbers');\n"
                          "  return __mb.randomInt(a, b);\n"
                          "}\n"
                          "function now() { return __mb.now(); }\n"
                          // faker.person.firstName(): Faker loads on first use.
                          "Object.defineProperty(this, 'faker', {\n"
                          "  get: function () { return __mb.faker(); }, enumerable: false\n"
                          "});\n"
                          // data.users: the data store as it is now, a copy.
                          "Object.defineProperty(this, 'data', { enumerable: false, value:\n"
                          "  new Proxy({}, {\n"
                          "    get: function (t, name) {\n"
                          "      if (typeof name !== 'string') return undefined;\n"
                          "      var text = __mb.stateData(name);\n"
                          "      return text === '' ? undefined : JSON.parse(text);\n"
                          "    },\n"
                          "    has: function (t, name) {\n"
                          "      return typeof name === 'string' && __mb.stateData(name) !== '';\n"
                          "    },\n"
                          "    set: function () { return false; }\n"
                          "  })\n"
                          "});\n"_s);
        } else {
            loadHandlebars();
        }
        helpers->attach(&m_js, m_watchdog.get());
    }
    ~RenderEngine()
    {
        m_helpers->detach(&m_js);
        // The watchdog first: it holds the engine. Then every value of the engine before it.
        m_watchdog.reset();
        m_functions.clear();
        m_control = m_parseJson = m_function = m_hbs = m_hbsRender = m_hbsPrepare = m_hbsForget =
            QJSValue();
    }

    TemplateWatchdog *watchdog() const { return m_watchdog.get(); }
    QJSEngine &js() { return m_js; }
    const QJSValue &functionConstructor() const { return m_function; }

    void forget(const std::vector<quint64> &ids)
    {
        if (!m_hbsForget.isCallable()) {
            for (quint64 id : ids) {
                m_functions.erase(id);
            }
            return;
        }
        if (ids.empty()) {
            return;
        }
        QJSValue list = m_js.newArray(uint(ids.size()));
        for (size_t i = 0; i < ids.size(); ++i) {
            list.setProperty(quint32(i), double(ids[i]));
        }
        m_hbsForget.callWithInstance(m_hbs, { list });
    }

    /// Parses and compiles the Handlebars template @p id from @p source, ready for its renders
    /// (which then only run it); its syntax error as one line, or "". Watched, against a
    /// budget of its own: Handlebars' parser takes a while on a big template in QJSEngine's
    /// interpreter (about a second for 20 KB), but never without end.
    QString prepareHandlebars(quint64 id, const QString &source)
    {
        if (!m_loadError.isEmpty()) {
            return m_loadError;
        }
        const auto budget = std::max(
            std::chrono::milliseconds(5000), std::chrono::milliseconds(50 * m_limits.timeoutMs));
        if (m_watchdog) {
            m_watchdog->begin(budget);
        }
        const QJSValue result = m_hbsPrepare.callWithInstance(m_hbs, { double(id), source });
        const TemplateWatchdog::Reason reason =
            m_watchdog ? m_watchdog->end() : TemplateWatchdog::Reason::None;
        switch (reason) {
        case TemplateWatchdog::Reason::Timeout:
            return u"template takes more than %1 ms to compile (too large or too deeply nested)"_s
                .arg(budget.count());
        case TemplateWatchdog::Reason::Memory:
            return interruption(reason, QString());
        case TemplateWatchdog::Reason::Stopped:
            return u"template interrupted: the renderer stopped"_s;
        case TemplateWatchdog::Reason::None:
            break;
        }
        return result.isError() ? result.property(u"message"_s).toString() : result.toString();
    }

    QJSValueList arguments(unsigned uses, const HttpRequest &request, const PathCaptures &params);
    RenderResult render(const JsCompiledTemplate &tmpl, const QJSValueList &args);

private:
    const QList<QJSValue> &functions(const JsCompiledTemplate &tmpl, QString *error);
    void loadHandlebars();
    QJSValue handlebarsRequest(const HttpRequest &request, const PathCaptures &params);
    QString interruption(TemplateWatchdog::Reason reason, const QString &where) const;

    TemplateDialect m_dialect;
    const Limits &m_limits;
    TemplateHelpers *m_helpers;
    QString m_loadError; ///< why the dialect's scripts did not load; every render reports it
    QJSValue m_hbs;
    QJSValue m_hbsRender;
    QJSValue m_hbsPrepare;
    QJSValue m_hbsForget;
    QJSEngine m_js;
    QJSValue m_control;
    QJSValue m_parseJson;
    QJSValue m_function;
    qsizetype m_appliedOutput = -1;
    std::unordered_map<quint64, QList<QJSValue>> m_functions;
    std::unique_ptr<TemplateWatchdog> m_watchdog;
};

/// QJSEngine 6.4 miscompiles one function of Handlebars 4.7's lexer, the one that trims the
/// text of a token (`return e.yytext = e.yytext.substring(...)`): `\{{` keeps its backslash
/// and raw blocks `{{{{raw}}}}` fail with "Type error". The same function with the assignment
/// and the return apart compiles right; the text is patched as it loads.
void patchHandlebars(QString &text)
{
    static const QString miscompiled =
        u"function i(t,r){return e.yytext=e.yytext.substring(t,e.yyleng-r+t)}"_s;
    static const QString fixed =
        u"function i(t,r){e.yytext=e.yytext.substring(t,e.yyleng-r+t);return e.yytext}"_s;
    if (text.contains(miscompiled)) {
        text.replace(miscompiled, fixed);
    } else {
        qCWarning(lcTemplate) << "handlebars.js is not the 4.7.7 build this program knows: "
                                 "\\{{ and raw blocks may not work";
    }
}

void RenderEngine::loadHandlebars()
{
    const auto load = [this](const QString &name) {
        const QString path = u":/mockbench/templates/"_s + name;
        QString text = resourceText(path);
        if (name == u"handlebars.js") {
            patchHandlebars(text);
        }
        if (text.isEmpty()) {
            m_loadError = u"the %1 dialect cannot render: %2 is not part of this build"_s.arg(
                templateDialectName(m_dialect), name);
            return false;
        }
        const QJSValue result = m_js.evaluate(text, name);
        if (result.isError()) {
            m_loadError = u"the %1 dialect cannot render: %2 did not load: %3"_s.arg(
                templateDialectName(m_dialect), name, result.toString());
            return false;
        }
        return true;
    };
    if (!load(u"handlebars.js"_s) || !load(u"libs.js"_s) || !load(u"hbs-runtime.js"_s)) {
        qCCritical(lcTemplate).noquote() << m_loadError;
        return;
    }
    m_hbs = m_js.globalObject().property(u"__mbHbs"_s);
    m_hbsPrepare = m_hbs.property(u"prepare"_s);
    const QString name = templateDialectName(m_dialect);
    if (!load(name + u".js"_s)) {
        qCCritical(lcTemplate).noquote() << m_loadError;
        return;
    }
    const QJSValue started =
        m_hbs.property(u"start"_s)
            .callWithInstance(m_hbs, { name, m_js.globalObject().property(u"__mb"_s) });
    if (started.isError()) {
        m_loadError = u"the %1 dialect cannot render: %2"_s.arg(name, started.toString());
        qCCritical(lcTemplate).noquote() << m_loadError;
        return;
    }
    m_hbsRender = m_hbs.property(u"render"_s);
    m_hbsForget = m_hbs.property(u"forget"_s);
}

/// The request as the Handlebars dialects see it (resources/templates/README.md).
QJSValue RenderEngine::handlebarsRequest(const HttpRequest &request, const PathCaptures &params)
{
    QJSValue r = m_js.newObject();
    r.setProperty(u"method"_s, QString::fromLatin1(request.method));
    r.setProperty(u"target"_s, QString::fromLatin1(request.target));
    r.setProperty(u"path"_s, request.path);
    r.setProperty(u"queryString"_s, QString::fromLatin1(request.rawQuery));
    QJSValue query = m_js.newArray(uint(request.query.size()));
    for (qsizetype i = 0; i < request.query.size(); ++i) {
        QJSValue pair = m_js.newArray(2);
        pair.setProperty(0, request.query.at(i).first);
        pair.setProperty(1, request.query.at(i).second);
        query.setProperty(quint32(i), pair);
    }
    r.setProperty(u"query"_s, query);
    QJSValue headers = m_js.newArray(uint(request.headers.size()));
    QString host;
    for (qsizetype i = 0; i < request.headers.size(); ++i) {
        const auto &[name, value] = request.headers.at(i);
        QJSValue pair = m_js.newArray(2);
        pair.setProperty(0, QString::fromLatin1(name));
        pair.setProperty(1, QString::fromUtf8(value));
        headers.setProperty(quint32(i), pair);
        if (host.isEmpty() && name.compare("host", Qt::CaseInsensitive) == 0) {
            host = QString::fromLatin1(value).trimmed();
        }
    }
    r.setProperty(u"headers"_s, headers);
    r.setProperty(u"body"_s, QString::fromUtf8(request.body));
    QJSValue p = m_js.newObject();
    for (const PathCapture &c : params) {
        p.setProperty(c.name, c.value);
    }
    r.setProperty(u"params"_s, p);
    r.setProperty(u"ip"_s, request.peerAddress);
    r.setProperty(u"host"_s, host);
    QString hostname = host;
    if (hostname.startsWith(u'[')) {
        hostname = hostname.mid(1, hostname.indexOf(u']') - 1);
    } else if (const qsizetype colon = hostname.lastIndexOf(u':'); colon >= 0) {
        hostname.truncate(colon);
    }
    r.setProperty(u"hostname"_s, hostname);
    r.setProperty(u"port"_s, int(request.localPort));
    const QString protocol = request.secure ? u"https"_s : u"http"_s;
    r.setProperty(u"protocol"_s, protocol);
    const QString authority =
        host.isEmpty() ? u"127.0.0.1:"_s + QString::number(request.localPort) : host;
    r.setProperty(u"baseUrl"_s, QString(protocol + u"://"_s + authority));
    return r;
}

QString RenderEngine::interruption(TemplateWatchdog::Reason reason, const QString &where) const
{
    switch (reason) {
    case TemplateWatchdog::Reason::Memory:
        return u"template interrupted: it grew the server's memory by more than %1 MiB%2"_s.arg(
            QString::number(m_limits.memoryLimit / (1024 * 1024)), where);
    case TemplateWatchdog::Reason::Stopped:
        return u"template interrupted: the renderer stopped"_s;
    case TemplateWatchdog::Reason::Timeout:
    case TemplateWatchdog::Reason::None:
        break;
    }
    return u"template interrupted after %1 ms%2"_s.arg(QString::number(m_limits.timeoutMs), where);
}

const QList<QJSValue> &RenderEngine::functions(const JsCompiledTemplate &tmpl, QString *error)
{
    auto found = m_functions.find(tmpl.id());
    if (found != m_functions.end()) {
        return found->second;
    }
    QList<QJSValue> made;
    made.reserve(tmpl.parts.size());
    for (const JsCompiledTemplate::Part &part : tmpl.parts) {
        // The Function constructor parses parameters and body on their own: the body cannot
        // close the function and run code of its own while it is made.
        QJSValueList args;
        for (const QString &name : functionParameters) {
            args.append(name);
        }
        args.append(functionBody(part.expression));
        QJSValue function = m_function.callAsConstructor(args);
        if (function.isError()) {
            *error = u"%1 in {{ %2 }}"_s.arg(function.toString(), part.expression);
            break;
        }
        made.append(function);
    }
    return m_functions.emplace(tmpl.id(), std::move(made)).first->second;
}

QJSValueList RenderEngine::arguments(
    unsigned uses, const HttpRequest &request, const PathCaptures &params)
{
    if (m_dialect != TemplateDialect::JavaScript) {
        return { handlebarsRequest(request, params) };
    }
    QJSValueList args(7);
    QJSValue p = m_js.newObject();
    for (const PathCapture &c : params) {
        if (c.isInt) {
            p.setProperty(c.name, c.value.toDouble());
        } else {
            p.setProperty(c.name, c.value);
        }
    }
    args[0] = p;
    if (uses & JsCompiledTemplate::UsesQuery) {
        QJSValue q = m_js.newObject();
        for (const auto &[name, value] : request.query) {
            // hasOwnProperty, not isUndefined: "?constructor=x" must not see Object.prototype.
            if (!q.hasOwnProperty(name)) {
                q.setProperty(name, value);
                continue;
            }
            QJSValue existing = q.property(name);
            if (existing.isArray()) {
                existing.setProperty(existing.property(u"length"_s).toUInt(), value);
            } else {
                QJSValue list = m_js.newArray(2);
                list.setProperty(0, existing);
                list.setProperty(1, value);
                q.setProperty(name, list);
            }
        }
        args[1] = q;
    } else {
        args[1] = m_js.newObject();
    }
    if (uses & JsCompiledTemplate::UsesHeaders) {
        QJSValue h = m_js.newObject();
        for (const auto &[name, value] : request.headers) {
            const QString key = QString::fromLatin1(name).toLower();
            h.setProperty(key,
                !h.hasOwnProperty(key)
                    ? QString::fromLatin1(value)
                    : h.property(key).toString() + u", " + QString::fromLatin1(value));
        }
        args[2] = h;
    } else {
        args[2] = m_js.newObject();
    }
    const QString bodyText = (uses & (JsCompiledTemplate::UsesBody | JsCompiledTemplate::UsesJson))
        ? QString::fromUtf8(request.body)
        : QString();
    args[3] = QJSValue(bodyText);
    if (uses & JsCompiledTemplate::UsesJson) {
        args[4] =
            request.body.isEmpty() ? QJSValue(QJSValue::NullValue) : m_parseJson.call({ bodyText });
    } else {
        args[4] = QJSValue(QJSValue::NullValue);
    }
    args[5] = QJSValue(QString::fromLatin1(request.method));
    args[6] = QJSValue(request.path);
    return args;
}

QString outputTooLarge(qsizetype bytes, qsizetype limit, bool exact)
{
    return u"template output is %1%2 bytes, more than the limit of %3"_s.arg(
        exact ? QString() : u"at least "_s, QString::number(bytes), QString::number(limit));
}

RenderResult RenderEngine::render(const JsCompiledTemplate &tmpl, const QJSValueList &args)
{
    RenderResult result;
    const qsizetype limit = m_limits.maxOutput;
    if (m_appliedOutput != limit) {
        applyLimits(m_control, limit);
        m_appliedOutput = limit;
    }
    if (tmpl.handlebars && !m_loadError.isEmpty()) {
        result.error = m_loadError;
        return result;
    }
    static const QList<QJSValue> noFunctions;
    const QList<QJSValue> &parts = tmpl.handlebars ? noFunctions : functions(tmpl, &result.error);
    if (!result.ok()) {
        return result;
    }
    struct Watch
    {
        TemplateWatchdog *watchdog;
        TemplateWatchdog::Reason reason = TemplateWatchdog::Reason::None;
        bool ended = false;
        explicit Watch(TemplateWatchdog *w)
            : watchdog(w)
        {
            if (watchdog) {
                watchdog->begin();
            }
        }
        void end()
        {
            reason = watchdog ? watchdog->end() : TemplateWatchdog::Reason::None;
            ended = true;
        }
        ~Watch()
        {
            // Also when a bad_alloc unwinds, so the watchdog does not watch a render that ended.
            if (!ended && watchdog) {
                watchdog->end();
            }
        }
    } watch(m_watchdog.get());
    qsizetype failed = -1;
    QJSValue failure;
    for (qsizetype i = 0; i < tmpl.parts.size(); ++i) {
        const JsCompiledTemplate::Part &part = tmpl.parts.at(i);
        result.text += part.literal;
        m_helpers->takeStatus();
        const QJSValue value = tmpl.handlebars ? m_hbsRender.callWithInstance(
                                   m_hbs, { double(tmpl.id()), part.expression, args.value(0) })
                                               : parts.at(i).call(args);
        if (const std::optional<int> status = m_helpers->takeStatus()) {
            result.status = status;
        }
        if (value.isError()) {
            failed = i;
            failure = value;
            break;
        }
        // __mbRender made it a string no longer than the limit in UTF-16 code units; one such
        // unit is at least one byte of UTF-8.
        const QString part16 = value.toString();
        if (result.text.size() + part16.size() > limit) {
            result.error = outputTooLarge(result.text.size() + part16.size(), limit, false);
            break;
        }
        result.text += part16.toUtf8();
        if (result.text.size() > limit) {
            result.error = outputTooLarge(result.text.size(), limit, false);
            break;
        }
    }
    watch.end();
    if (failed >= 0) {
        const QString expression = tmpl.parts.at(failed).expression;
        const QString message = failure.toString();
        if (message == u"Error: Interrupted") {
            result.error = interruption(
                watch.reason, tmpl.handlebars ? QString() : u" in {{ %1 }}"_s.arg(expression));
        } else if (failure.property(u"__mbOutput"_s).toBool()) {
            result.error = failure.property(u"message"_s).toString();
        } else if (tmpl.handlebars) {
            // The runtime names the helper and the place; a thrown non-Error is shown as is.
            result.error = failure.isError() || failure.property(u"message"_s).isString()
                ? failure.property(u"message"_s).toString()
                : message;
        } else {
            result.error = u"%1 in {{ %2 }}"_s.arg(message, expression);
        }
    }
    if (result.ok()) {
        result.text += tmpl.tail();
        if (result.text.size() > limit) {
            result.error = outputTooLarge(result.text.size(), limit, true);
        }
    }
    if (!result.ok()) {
        result.text.clear();
    }
    return result;
}

/// QJSEngine's JIT writes machine code without unwind tables, so a C++ exception (a
/// std::bad_alloc from a huge QString) thrown below a JIT-compiled frame ends the process.
/// Interpreted frames unwind, and templates are short: every engine of the process runs them
/// in the interpreter. The setting is read when an engine is made, for all engines, so it is
/// made before the first one.
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void useInterpreter()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!qEnvironmentVariableIsSet("QV4_FORCE_INTERPRETER")) {
            qputenv("QV4_FORCE_INTERPRETER", "1");
        }
        // QJSEngine's compiler warns about minified libraries' style ("used before its
        // declaration") on every engine that loads them: noise, never the user's templates.
        previousFilter = QLoggingCategory::installFilter([](QLoggingCategory *category) {
            if (previousFilter) {
                previousFilter(category);
            }
            if (qstrcmp(category->categoryName(), "qt.qml.compiler") == 0) {
                category->setEnabled(QtWarningMsg, false);
            }
        });
    });
}

/// Renders @p templates for one request, in order, in the engine @p engine gives (made when
/// first needed; the arguments are built once, for what all the templates read). After a
/// std::bad_alloc that engine may be half way through changing its heap: @p lost is called so
/// it is never used again, and the next render gets a fresh one.
QList<RenderResult> renderTemplates(const QList<const CompiledTemplate *> &templates,
    const HttpRequest &request, const PathCaptures &params,
    const std::function<RenderEngine &()> &engine, const std::function<void()> &lost)
{
    unsigned uses = 0;
    for (const CompiledTemplate *tmpl : templates) {
        if (!tmpl->isStatic() && tmpl->error().isEmpty()) {
            uses |= static_cast<const JsCompiledTemplate *>(tmpl)->uses;
        }
    }
    QList<RenderResult> results;
    results.reserve(templates.size());
    std::optional<QJSValueList> args;
    for (const CompiledTemplate *compiled : templates) {
        if (!compiled->error().isEmpty()) {
            results.append({ {}, compiled->error() });
            continue;
        }
        if (compiled->isStatic()) {
            results.append({ compiled->staticText(), {} });
            continue;
        }
        // Only this renderer makes non-static templates of this dialect.
        const auto &tmpl = static_cast<const JsCompiledTemplate &>(*compiled);
        try {
            RenderEngine &current = engine();
            if (!args) {
                args = current.arguments(uses, request, params);
            }
            results.append(current.render(tmpl, *args));
        } catch (const std::bad_alloc &) {
            results.append({ {}, u"template ran out of memory"_s });
            args.reset();
            lost();
        }
    }
    return results;
}

} // namespace

struct JsTemplateRenderer::Private
{
    Private(JsTemplateRenderer *q, TemplateDialect dialect)
        : q(q)
        , dialect(dialect)
    {
    }

    void enqueue(RenderJob job)
    {
        {
            std::lock_guard lock(queue->mutex);
            queue->jobs.push_back(std::move(job));
        }
        queue->wake.notify_one();
    }
    void work();
    void deliver();
    void runJob(std::unique_ptr<RenderEngine> &engine, TemplateHelpers &helpers, RenderJob &job);
    void replaceEngine(std::unique_ptr<RenderEngine> &engine, TemplateHelpers &helpers);
    /// Drops the worker's engine, its watchdog first out of the queue.
    void dropEngine(std::unique_ptr<RenderEngine> &engine);
    /// Renders templates that are all static, failed or inline-safe on this thread.
    QList<RenderResult> renderInline(
        const QList<std::shared_ptr<const CompiledTemplate>> &templates, const HttpRequest &request,
        const PathCaptures &params);
    QString checkSyntax(const QString &expression);

    JsTemplateRenderer *q;
    TemplateDialect dialect;
    Limits limits;
    std::shared_ptr<RenderQueue> queue = std::make_shared<RenderQueue>();
    std::unique_ptr<QThread> worker;
    quint64 nextId = 0;
    /// The engine of the renderer's own thread, made when first needed: compile() checks
    /// syntax in it, and inline-safe templates render in it.
    RenderEngine &callerEngine();
    void dropCallerEngine();
    std::unique_ptr<TemplateHelpers> inlineHelpers;
    std::unique_ptr<RenderEngine> inlineEngine;
    /// Watches the caller's engine while a syntax error is looked into (code may run then).
    std::unique_ptr<TemplateWatchdog> checkerWatchdog;
};

RenderEngine &JsTemplateRenderer::Private::callerEngine()
{
    if (!inlineEngine) {
        if (!inlineHelpers) {
            inlineHelpers = std::make_unique<TemplateHelpers>(limits);
        }
        // JavaScript only: Handlebars templates are checked and rendered by the worker.
        inlineEngine = std::make_unique<RenderEngine>(
            dialect, inlineHelpers.get(), limits, RenderEngine::Watched::No);
    }
    return *inlineEngine;
}

void JsTemplateRenderer::Private::dropCallerEngine()
{
    checkerWatchdog.reset(); // it holds the engine
    inlineEngine.reset();
}

QList<RenderResult> JsTemplateRenderer::Private::renderInline(
    const QList<std::shared_ptr<const CompiledTemplate>> &templates, const HttpRequest &request,
    const PathCaptures &params)
{
    if (inlineEngine) {
        std::vector<quint64> forgotten;
        {
            std::lock_guard lock(queue->mutex);
            forgotten.swap(queue->forgottenInline);
        }
        inlineEngine->forget(forgotten);
    }
    QList<const CompiledTemplate *> plain;
    plain.reserve(templates.size());
    for (const std::shared_ptr<const CompiledTemplate> &t : templates) {
        plain.append(t.get());
    }
    return renderTemplates(
        plain, request, params, [this]() -> RenderEngine & { return callerEngine(); },
        [this] { dropCallerEngine(); });
}

void JsTemplateRenderer::Private::dropEngine(std::unique_ptr<RenderEngine> &engine)
{
    {
        std::lock_guard lock(queue->mutex);
        queue->watchdog = nullptr;
    }
    engine.reset();
}

void JsTemplateRenderer::Private::replaceEngine(
    std::unique_ptr<RenderEngine> &engine, TemplateHelpers &helpers)
{
    dropEngine(engine);
    engine = std::make_unique<RenderEngine>(dialect, &helpers, limits);
    std::lock_guard lock(queue->mutex);
    queue->watchdog = engine->watchdog();
    if (queue->quit) {
        queue->watchdog->stop();
    }
}

void JsTemplateRenderer::Private::runJob(
    std::unique_ptr<RenderEngine> &engine, TemplateHelpers &helpers, RenderJob &job)
{
    if (job.seed) {
        helpers.seed(*job.seed);
        return;
    }
    if (job.checkWaiter) {
        QString error;
        try {
            if (!engine) {
                replaceEngine(engine, helpers);
            }
            error = engine->prepareHandlebars(job.checkId, job.check);
        } catch (const std::bad_alloc &) {
            dropEngine(engine);
            error = u"template ran out of memory"_s;
        }
        job.checkWaiter->set_value(error);
        return;
    }
    QList<RenderResult> results = renderTemplates(
        job.templates, job.request, job.params,
        [&]() -> RenderEngine & {
            if (!engine) {
                replaceEngine(engine, helpers);
            }
            return *engine;
        },
        [&] {
            queue->restarts.fetch_add(1);
            qCWarning(lcTemplate) << "a template ran out of memory; starting a new engine";
            try {
                replaceEngine(engine, helpers);
            } catch (const std::bad_alloc &) {
                dropEngine(engine); // the next render tries again
            }
        });
    if (job.waiter) {
        job.waiter->set_value(std::move(results));
        return;
    }
    // Delivered through the renderer, which lives on the thread that made it: its destructor
    // waits for this thread, and Qt drops events still posted to it when it goes, so a callback
    // never comes late. The context is checked on its own thread, where it may be deleted. Under
    // load one event hands over every render finished meanwhile.
    bool post = false;
    {
        std::lock_guard lock(queue->mutex);
        queue->finished.push_back(
            { job.context, job.guarded, std::move(job.done), std::move(results) });
        post = !std::exchange(queue->deliveryPosted, true);
    }
    if (post) {
        QMetaObject::invokeMethod(
            q, [this] { deliver(); }, Qt::QueuedConnection);
    }
}

void JsTemplateRenderer::Private::deliver()
{
    std::deque<RenderDelivery> ready;
    {
        std::lock_guard lock(queue->mutex);
        ready.swap(queue->finished);
        queue->deliveryPosted = false;
    }
    // A callback may destroy the renderer (and the server that owns it): then the rest is
    // dropped, as it would have been had it come a moment later.
    const QPointer<JsTemplateRenderer> alive(q);
    for (RenderDelivery &delivery : ready) {
        if (!alive) {
            return;
        }
        if (!delivery.guarded || delivery.context) {
            delivery.done(std::move(delivery.results));
        }
    }
}

void JsTemplateRenderer::Private::work()
{
    TemplateHelpers helpers(limits);
    // Made by the first render that needs it: a set whose templates are all plain
    // expressions never needs it, and start-up does not pay for it.
    std::unique_ptr<RenderEngine> engine;
    for (;;) {
        RenderJob job;
        std::vector<quint64> forgotten;
        {
            std::unique_lock lock(queue->mutex);
            queue->wake.wait(lock, [this] { return queue->quit || !queue->jobs.empty(); });
            if (queue->quit) {
                break;
            }
            job = std::move(queue->jobs.front());
            queue->jobs.pop_front();
            forgotten.swap(queue->forgotten);
        }
        if (engine) {
            engine->forget(forgotten);
        }
        runJob(engine, helpers, job);
        // The job's templates and callback go here, outside the lock: a template's destructor
        // takes it.
    }
    {
        std::lock_guard lock(queue->mutex);
        queue->watchdog = nullptr;
    }
    // The engine goes on this thread, before the helpers it refers to.
    engine.reset();
}

JsTemplateRenderer::JsTemplateRenderer(QObject *parent)
    : JsTemplateRenderer(TemplateDialect::JavaScript, parent)
{
}

JsTemplateRenderer::JsTemplateRenderer(TemplateDialect dialect, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, dialect))
{
    Q_ASSERT(dialect != TemplateDialect::None);
    if (dialect != TemplateDialect::JavaScript) {
        // Handlebars templates have no loops of their own, but real ones (Mockoon's generated
        // lists of faker values) take longer than code expressions in the interpreter.
        d->limits.timeoutMs = DefaultHandlebarsTimeoutMs;
    }
    useInterpreter();
    d->worker.reset(QThread::create([this] { d->work(); }));
    d->worker->setObjectName(u"mockbench-"_s + templateDialectName(dialect));
    d->worker->start();
}

JsTemplateRenderer::~JsTemplateRenderer()
{
    std::deque<RenderJob> dropped;
    {
        std::lock_guard lock(d->queue->mutex);
        d->queue->quit = true;
        dropped.swap(d->queue->jobs);
        if (d->queue->watchdog) {
            d->queue->watchdog->stop();
        }
    }
    d->queue->wake.notify_all();
    d->worker->wait();
    // A caller of render() waits on this thread, so no waiter can be among the dropped jobs;
    // their templates are released here, after the worker is gone.
    dropped.clear();
    d->queue->finished.clear();
    d->dropCallerEngine();
}

void JsTemplateRenderer::setTimeout(int ms)
{
    d->limits.timeoutMs = std::max(1, ms);
}

int JsTemplateRenderer::timeout() const
{
    return d->limits.timeoutMs;
}

void JsTemplateRenderer::setMaxOutputSize(qsizetype bytes)
{
    d->limits.maxOutput = std::max<qsizetype>(1, bytes);
}

qsizetype JsTemplateRenderer::maxOutputSize() const
{
    return d->limits.maxOutput;
}

void JsTemplateRenderer::setMemoryLimit(qsizetype bytes)
{
    d->limits.memoryLimit = std::max<qsizetype>(0, bytes);
}

qsizetype JsTemplateRenderer::memoryLimit() const
{
    return d->limits.memoryLimit;
}

TemplateDialect JsTemplateRenderer::dialect() const
{
    return d->dialect;
}

void JsTemplateRenderer::setState(std::shared_ptr<TemplateState> state)
{
    d->limits.setState(std::move(state));
}

void JsTemplateRenderer::setFixedTime(std::optional<qint64> msSinceEpoch)
{
    d->limits.fixedTime = msSinceEpoch.value_or(Limits::NoFixedTime);
}

int JsTemplateRenderer::engineRestarts() const
{
    return d->queue->restarts;
}

void JsTemplateRenderer::setRandomSeed(quint32 seed)
{
    // Queued like the renders, so it takes effect between the renders asked for before it and
    // those asked for after.
    RenderJob job;
    job.seed = seed;
    d->enqueue(std::move(job));
}

/// Index of the "}}" that closes an expression starting at @p from: braces of object literals
/// and anything inside string literals do not count, so {{ {"a": {"b": 1}} }} and
/// {{ '}}' }} work. -1 when there is none.
/// True for an expression that can only read and combine values: no call, no function, no
/// loop, no assignment, no object literal and no escapes, so it runs no code but built-in
/// operators over the request (e.g. "params.bar * 2", "query.name", "headers['x-id']"). String
/// literals are skipped; anything that could hide code from this check (a regex literal, a
/// comment, a template literal, a backslash outside a string) makes it not plain.
static bool isPlainExpression(const QString &expression)
{
    if (expression.size() > 256) {
        return false;
    }
    static const QRegularExpression keywords(
        u"\\b(new|function|class|while|for|do|import|yield|await|async|with|eval|Function|"
        "constructor|prototype|__proto__|__defineGetter__|__defineSetter__|faker|data)\\b"_s);
    QString outside; // the expression without the contents of its string literals
    outside.reserve(expression.size());
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < expression.size() && expression.at(j) != c) {
                if (expression.at(j) == u'\\') {
                    ++j;
                }
                if (j < expression.size()
                    && (expression.at(j) == u'\n' || expression.at(j) == u'\r')) {
                    return false;
                }
                ++j;
            }
            if (j >= expression.size()) {
                return false;
            }
            outside += u"''"_s;
            i = j;
            continue;
        }
        switch (c.unicode()) {
        case '(':
        case ')':
        case '{':
        case '}':
        case '`':
        case '/':
        case '\\':
        case ';':
        case '\n':
        case '\r':
            return false;
        case '=': {
            const QChar before = i > 0 ? expression.at(i - 1) : QChar();
            const QChar after = i + 1 < expression.size() ? expression.at(i + 1) : QChar();
            // Comparisons only: ==, ===, !=, !==, <=, >=; not =, +=, => and the like.
            if (after != u'=' && before != u'=' && before != u'!' && before != u'<'
                && before != u'>') {
                return false;
            }
            if (after == u'>') {
                return false;
            }
            break;
        }
        default:
            break;
        }
        outside += c;
    }
    return !outside.contains(keywords);
}

static qsizetype findExpressionEnd(const QString &source, qsizetype from)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = from; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (!quote.isNull()) {
            if (c == u'\\') {
                ++i;
            } else if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (depth == 0 && i + 1 < source.size() && source.at(i + 1) == u'}') {
                return i;
            }
            // A stray } is left for the JavaScript compiler to report.
            depth = std::max(0, depth - 1);
        }
    }
    return -1;
}

QString JsTemplateRenderer::Private::checkSyntax(const QString &expression)
{
    RenderEngine &engine = callerEngine();
    QJSValueList args;
    for (const QString &name : functionParameters) {
        args.append(name);
    }
    args.append(functionBody(expression));
    // Making the function runs none of its code.
    const QJSValue function = engine.functionConstructor().callAsConstructor(args);
    if (!function.isError()) {
        return {};
    }
    // The Function constructor only says "Parse error"; evaluating the wrapper as a program
    // gives the parser's own message. Text that closes the wrapper and runs code of its own
    // ("1)); } catch (e) {} }); while (true) {} ((") could run then: the watchdog cuts it off,
    // such text is reported with the constructor's message, and the engine is not used again
    // (whatever that code changed in it goes with it).
    if (!checkerWatchdog) {
        checkerWatchdog = std::make_unique<TemplateWatchdog>(&engine.js(), limits);
    }
    checkerWatchdog->begin();
    inlineHelpers->setChecking(true);
    const QJSValue program = engine.js().evaluate(u"(function("_s + functionParameters.join(u", ")
        + u") {\n"_s + functionBody(expression) + u"\n})"_s);
    inlineHelpers->setChecking(false);
    checkerWatchdog->end();
    const QString detail = program.toString();
    const QString error =
        program.isError() && detail.startsWith(u"SyntaxError"_s) ? detail : function.toString();
    dropCallerEngine();
    return error;
}

std::shared_ptr<const CompiledTemplate> JsTemplateRenderer::compile(const QString &source)
{
    auto tmpl = std::make_shared<JsCompiledTemplate>(source, ++d->nextId, d->queue);
    if (d->dialect != TemplateDialect::JavaScript) {
        // Handlebars: text without "{{" has nothing to render. The rest is parsed here, on the
        // caller's engine (parsing runs no template code), and compiled by the worker.
        tmpl->inlineSafe = false;
        if (!source.contains(u"{{"_s)) {
            tmpl->finish(source.toUtf8());
            return tmpl;
        }
        // Checked by the worker's engine, the one that renders: a second engine with
        // Handlebars and the dialect loaded would double what loading them costs. The first
        // check makes that engine, so the first request finds it ready.
        std::promise<QString> waiter;
        std::future<QString> checked = waiter.get_future();
        RenderJob job;
        job.check = source;
        job.checkId = tmpl->id();
        job.checkWaiter = &waiter;
        d->enqueue(std::move(job));
        const QString error = checked.get();
        if (!error.isEmpty()) {
            tmpl->fail(error);
            return tmpl;
        }
        tmpl->handlebars = true;
        tmpl->parts.append({ {}, source });
        tmpl->finish({});
        return tmpl;
    }
    QString literal;
    qsizetype pos = 0;
    while (pos < source.size()) {
        const qsizetype open = source.indexOf(u"{{"_s, pos);
        if (open < 0) {
            literal += QStringView(source).mid(pos);
            break;
        }
        if (open > 0 && source.at(open - 1) == u'\\') {
            literal += QStringView(source).mid(pos, open - 1 - pos);
            literal += u"{{"_s;
            pos = open + 2;
            continue;
        }
        literal += QStringView(source).mid(pos, open - pos);
        const qsizetype close = findExpressionEnd(source, open + 2);
        if (close < 0) {
            tmpl->fail(u"unterminated {{ at offset %1"_s.arg(open));
            return tmpl;
        }
        JsCompiledTemplate::Part part;
        part.literal = literal.toUtf8();
        literal.clear();
        part.expression = source.mid(open + 2, close - open - 2).trimmed();
        if (part.expression.isEmpty()) {
            tmpl->fail(u"empty {{ }} at offset %1"_s.arg(open));
            return tmpl;
        }
        const QString syntaxError = d->checkSyntax(part.expression);
        if (!syntaxError.isEmpty()) {
            tmpl->fail(u"%1 in {{ %2 }}"_s.arg(syntaxError, part.expression));
            return tmpl;
        }
        static const QRegularExpression query(u"\\bquery\\b"_s);
        static const QRegularExpression headers(u"\\bheaders\\b"_s);
        static const QRegularExpression body(u"\\bbody\\b"_s);
        static const QRegularExpression json(u"\\bjson\\b"_s);
        if (part.expression.contains(query)) {
            tmpl->uses |= JsCompiledTemplate::UsesQuery;
        }
        if (part.expression.contains(headers)) {
            tmpl->uses |= JsCompiledTemplate::UsesHeaders;
        }
        if (part.expression.contains(body)) {
            tmpl->uses |= JsCompiledTemplate::UsesBody;
        }
        if (part.expression.contains(json)) {
            tmpl->uses |= JsCompiledTemplate::UsesJson;
        }
        tmpl->inlineSafe = tmpl->inlineSafe && isPlainExpression(part.expression);
        tmpl->parts.append(part);
        pos = close + 2;
    }
    tmpl->inlineSafe = tmpl->inlineSafe
        && !(tmpl->uses & (JsCompiledTemplate::UsesBody | JsCompiledTemplate::UsesJson));
    tmpl->finish(literal.toUtf8());
    return tmpl;
}

RenderResult JsTemplateRenderer::render(
    const CompiledTemplate &compiled, const HttpRequest &request, const PathCaptures &params)
{
    if (!compiled.error().isEmpty()) {
        return { {}, compiled.error() };
    }
    if (compiled.isStatic()) {
        return { compiled.staticText(), {} };
    }
    std::promise<QList<RenderResult>> waiter;
    std::future<QList<RenderResult>> result = waiter.get_future();
    RenderJob job;
    job.templates = { &compiled };
    job.request = request;
    job.params = params;
    job.waiter = &waiter;
    d->enqueue(std::move(job));
    const QList<RenderResult> results = result.get();
    return results.isEmpty() ? RenderResult { {}, u"template ran out of memory"_s }
                             : results.first();
}

void JsTemplateRenderer::renderAsync(
    const QList<std::shared_ptr<const CompiledTemplate>> &templates, const HttpRequest &request,
    const PathCaptures &params, QObject *context, std::function<void(QList<RenderResult>)> done)
{
    const bool inPlace = std::all_of(
        templates.cbegin(), templates.cend(), [](const std::shared_ptr<const CompiledTemplate> &t) {
            return t->isStatic() || !t->error().isEmpty();
        });
    if (inPlace) {
        // Nothing to run: no need to wait for the worker.
        TemplateRenderer::renderAsync(templates, request, params, context, std::move(done));
        return;
    }
    const bool inlineSafe = std::all_of(
        templates.cbegin(), templates.cend(), [](const std::shared_ptr<const CompiledTemplate> &t) {
            return t->isStatic() || !t->error().isEmpty()
                || static_cast<const JsCompiledTemplate &>(*t).inlineSafe;
        });
    if (inlineSafe) {
        // Plain expressions take microseconds: two thread hops would cost more than the
        // render, and they cannot hold the thread (no loop, no call, bounded inputs).
        done(d->renderInline(templates, request, params));
        return;
    }
    RenderJob job;
    job.keep = templates;
    for (const std::shared_ptr<const CompiledTemplate> &t : templates) {
        job.templates.append(t.get());
    }
    job.request = request;
    job.params = params;
    job.context = context;
    job.guarded = context != nullptr;
    job.done = std::move(done);
    d->enqueue(std::move(job));
}

} // namespace MockBench

#include "JsTemplateRenderer.moc"
