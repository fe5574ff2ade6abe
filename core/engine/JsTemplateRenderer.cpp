// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsTemplateRenderer.h"

#include "http/HttpRequest.h"

#include <QDateTime>
#include <QJSEngine>
#include <QJSValue>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace MockBench {

/// The helpers templates call: uuid(), randomInt(a, b), now().
class TemplateHelpers : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

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
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }

    QRandomGenerator m_random { QRandomGenerator::securelySeeded() };
};

/// Interrupts a render that runs too long. The render thread marks start and end under a
/// mutex (uncontended: two cheap locks per templated response); this thread polls a few
/// times per timeout and interrupts only the render it saw start, never the next one.
class TemplateWatchdog
{
public:
    explicit TemplateWatchdog(QJSEngine *engine)
        : m_engine(engine)
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

    void begin()
    {
        std::lock_guard lock(m_mutex);
        m_busy = true;
        ++m_generation;
        m_started = Clock::now();
        if (m_idle) {
            m_idle = false;
            m_wake.notify_one();
        }
    }
    void end()
    {
        std::lock_guard lock(m_mutex);
        m_busy = false;
        if (m_engine->isInterrupted()) {
            m_engine->setInterrupted(false);
        }
    }
    std::atomic<int> timeoutMs { 100 };

private:
    using Clock = std::chrono::steady_clock;

    void run()
    {
        std::unique_lock lock(m_mutex);
        quint64 idleRounds = 0;
        while (!m_quit) {
            if (m_idle) {
                m_wake.wait(lock, [this] { return m_quit || !m_idle; });
                continue;
            }
            const int limit = timeoutMs.load();
            m_wake.wait_for(lock, std::chrono::milliseconds(std::max(5, limit / 8)));
            if (m_busy) {
                idleRounds = 0;
                if (Clock::now() - m_started >= std::chrono::milliseconds(limit)
                    && m_interruptedGeneration != m_generation) {
                    m_interruptedGeneration = m_generation;
                    m_engine->setInterrupted(true);
                }
            } else if (++idleRounds > 64) {
                // Nothing rendered for a while: sleep until the next render instead of polling.
                m_idle = true;
                idleRounds = 0;
            }
        }
    }

    QJSEngine *m_engine;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_quit = false;
    bool m_busy = false;
    bool m_idle = true;
    quint64 m_generation = 0;
    quint64 m_interruptedGeneration = 0;
    Clock::time_point m_started;
    std::thread m_thread;
};

/// A JavaScript template: literal parts and compiled expression functions.
class JsCompiledTemplate : public CompiledTemplate
{
public:
    struct Part
    {
        QByteArray literal; ///< text before the expression
        QString expression;
        QJSValue function; ///< compiled wrapper, called with the request context
    };
    enum Uses : unsigned { UsesQuery = 1, UsesHeaders = 2, UsesBody = 4, UsesJson = 8 };

    explicit JsCompiledTemplate(const QString &source) { m_source = source; }
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

    QList<Part> parts;
    unsigned uses = 0;
};

struct JsTemplateRenderer::Private
{
    QJSValueList arguments(
        const JsCompiledTemplate &tmpl, const HttpRequest &request, const PathCaptures &params);

    std::unique_ptr<QJSEngine> engine = std::make_unique<QJSEngine>();
    TemplateHelpers *helpers = nullptr; // a child of the renderer, C++-owned in the JS heap
    std::unique_ptr<TemplateWatchdog> watchdog;
    QJSValue parseJson;
};

JsTemplateRenderer::JsTemplateRenderer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->helpers = new TemplateHelpers(this);
    QJSValue global = d->engine->globalObject();
    global.setProperty(u"__mb"_s, d->engine->newQObject(d->helpers));
    // Helpers as plain functions, and the renderer: objects as JSON, everything else as text.
    d->engine->evaluate(u"function uuid() { return __mb.uuid(); }\n"
                        "function randomInt(a, b) {\n"
                        "  a = Number(a); b = Number(b);\n"
                        "  if (!isFinite(a) || !isFinite(b))\n"
                        "    throw new TypeError('randomInt(min, max) needs two numbers');\n"
                        "  return __mb.randomInt(a, b);\n"
                        "}\n"
                        "function now() { return __mb.now(); }\n"
                        "function __mbRender(v) {\n"
                        "  if (v === undefined) return '';\n"
                        "  if (v !== null && typeof v === 'object') return JSON.stringify(v);\n"
                        "  return String(v);\n"
                        "}\n"_s);
    d->parseJson = d->engine->evaluate(
        u"(function(t) { try { return JSON.parse(t); } catch (e) { return null; } })"_s);
    d->watchdog = std::make_unique<TemplateWatchdog>(d->engine.get());
    // The helper object is owned by this C++ object, not by the JS garbage collector.
    QJSEngine::setObjectOwnership(d->helpers, QJSEngine::CppOwnership);
}

JsTemplateRenderer::~JsTemplateRenderer()
{
    d->watchdog.reset();
    d->parseJson = QJSValue();
}

void JsTemplateRenderer::setTimeout(int ms)
{
    d->watchdog->timeoutMs = std::max(1, ms);
}

int JsTemplateRenderer::timeout() const
{
    return d->watchdog->timeoutMs;
}

void JsTemplateRenderer::setRandomSeed(quint32 seed)
{
    d->helpers->m_random.seed(seed);
}

/// Index of the "}}" that closes an expression starting at @p from: braces of object literals
/// and anything inside string literals do not count, so {{ {"a": {"b": 1}} }} and
/// {{ '}}' }} work. -1 when there is none.
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

std::shared_ptr<const CompiledTemplate> JsTemplateRenderer::compile(const QString &source)
{
    auto tmpl = std::make_shared<JsCompiledTemplate>(source);
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
        // The expression sits on its own line so a trailing // comment cannot eat the wrapper.
        part.function =
            d->engine->evaluate(u"(function(params, query, headers, body, json, method, path) {\n"
                                "return __mbRender((\n"_s
                + part.expression + u"\n));\n})"_s);
        if (part.function.isError()) {
            tmpl->fail(u"%1 in {{ %2 }}"_s.arg(part.function.toString(), part.expression));
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
        tmpl->parts.append(part);
        pos = close + 2;
    }
    tmpl->finish(literal.toUtf8());
    return tmpl;
}

QJSValueList JsTemplateRenderer::Private::arguments(
    const JsCompiledTemplate &tmpl, const HttpRequest &request, const PathCaptures &params)
{
    QJSValueList args(7);
    QJSValue p = engine->newObject();
    for (const PathCapture &c : params) {
        if (c.isInt) {
            p.setProperty(c.name, c.value.toDouble());
        } else {
            p.setProperty(c.name, c.value);
        }
    }
    args[0] = (p);
    if (tmpl.uses & JsCompiledTemplate::UsesQuery) {
        QJSValue q = engine->newObject();
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
                QJSValue list = engine->newArray(2);
                list.setProperty(0, existing);
                list.setProperty(1, value);
                q.setProperty(name, list);
            }
        }
        args[1] = (q);
    } else {
        args[1] = (engine->newObject());
    }
    if (tmpl.uses & JsCompiledTemplate::UsesHeaders) {
        QJSValue h = engine->newObject();
        for (const auto &[name, value] : request.headers) {
            const QString key = QString::fromLatin1(name).toLower();
            h.setProperty(key,
                !h.hasOwnProperty(key)
                    ? QString::fromLatin1(value)
                    : h.property(key).toString() + u", " + QString::fromLatin1(value));
        }
        args[2] = (h);
    } else {
        args[2] = (engine->newObject());
    }
    const QString bodyText =
        (tmpl.uses & (JsCompiledTemplate::UsesBody | JsCompiledTemplate::UsesJson))
        ? QString::fromUtf8(request.body)
        : QString();
    args[3] = QJSValue(bodyText);
    if (tmpl.uses & JsCompiledTemplate::UsesJson) {
        args[4] =
            (request.body.isEmpty() ? QJSValue(QJSValue::NullValue) : parseJson.call({ bodyText }));
    } else {
        args[4] = (QJSValue(QJSValue::NullValue));
    }
    args[5] = QJSValue(QString::fromLatin1(request.method));
    args[6] = QJSValue(request.path);
    return args;
}

RenderResult JsTemplateRenderer::render(
    const CompiledTemplate &compiled, const HttpRequest &request, const PathCaptures &params)
{
    RenderResult result;
    if (!compiled.error().isEmpty()) {
        result.error = compiled.error();
        return result;
    }
    if (compiled.isStatic()) {
        result.text = compiled.staticText();
        return result;
    }
    // Only this renderer makes non-static templates of this dialect.
    const auto &tmpl = static_cast<const JsCompiledTemplate &>(compiled);
    const QJSValueList argList = d->arguments(tmpl, request, params);
    d->watchdog->begin();
    for (const JsCompiledTemplate::Part &part : tmpl.parts) {
        result.text += part.literal;
        const QJSValue value = part.function.call(argList);
        if (value.isError()) {
            const QString message = value.toString();
            result.error = message == u"Error: Interrupted"
                ? u"template interrupted after %1 ms in {{ %2 }}"_s.arg(timeout()).arg(
                    part.expression)
                : u"%1 in {{ %2 }}"_s.arg(message, part.expression);
            result.text.clear();
            break;
        }
        result.text += value.toString().toUtf8();
    }
    d->watchdog->end();
    if (result.ok()) {
        result.text += tmpl.tail();
    }
    return result;
}

} // namespace MockBench

#include "JsTemplateRenderer.moc"
