// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeJson.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

constexpr char Hex[] = "0123456789abcdef";

/// Appends @p utf8 (valid UTF-8) as a JSON string: quotes, backslashes and control
/// characters escaped, everything else as is.
void appendString(QByteArray *out, QByteArrayView utf8)
{
    out->append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out->append(utf8.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            out->append("\\u00");
            out->append(Hex[c >> 4]);
            out->append(Hex[c & 0xf]);
            break;
        }
    }
    out->append(utf8.sliced(plainFrom));
    out->append('"');
}

void appendString(QByteArray *out, const QString &text)
{
    appendString(out, QByteArrayView(text.toUtf8()));
}

/// Header names and values are bytes as sent; bytes above 0x7F read as Latin-1, as HTTP/1.1
/// says.
void appendLatin1(QByteArray *out, const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            appendString(out, QString::fromLatin1(bytes));
            return;
        }
    }
    appendString(out, QByteArrayView(bytes));
}

void appendKey(QByteArray *out, const char *key)
{
    out->append(",\"");
    out->append(key);
    out->append("\":");
}

void appendNumber(QByteArray *out, double value)
{
    if (!std::isfinite(value)) {
        out->append("null");
        return;
    }
    out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void appendHeaders(QByteArray *out, const RawHeaders &headers)
{
    // Pairs, not an object: header order and repeated headers are part of what was sent.
    out->append('[');
    bool first = true;
    for (const auto &[name, value] : headers) {
        out->append(first ? "[" : ",[");
        first = false;
        appendLatin1(out, name);
        out->append(',');
        appendLatin1(out, value);
        out->append(']');
    }
    out->append(']');
}

/// Text bodies as strings; anything that is not valid UTF-8 as base64 under a different key,
/// so a reader never mistakes mangled bytes for the real body. At most @p maxBytes of @p body
/// (-1: all of it); returns how many bytes it shows.
qsizetype appendBody(QByteArray *out, const char *key, const QByteArray &body, qsizetype maxBytes)
{
    QByteArrayView shown(body);
    if (maxBytes >= 0 && shown.size() > maxBytes) {
        shown = shown.first(maxBytes);
    }
    // A cut inside a UTF-8 sequence would make a text body look binary: such a cut backs off
    // to the start of that character (at most 3 bytes).
    QByteArrayView text = shown;
    if (shown.size() < body.size()) {
        qsizetype end = shown.size();
        while (end > 0 && shown.size() - end < 3
            && (static_cast<unsigned char>(body.at(end)) & 0xc0) == 0x80) {
            --end;
        }
        text = shown.first(end);
    }
    if (text.isValidUtf8()) {
        appendKey(out, key);
        appendString(out, text);
        return text.size();
    }
    appendKey(out, QByteArray(QByteArray(key) + "Base64").constData());
    out->append('"');
    out->append(QByteArray::fromRawData(shown.data(), shown.size()).toBase64());
    out->append('"');
    return shown.size();
}

/// The full size of a body (@p size as recorded, at least the @p kept bytes) under
/// @p sizeKey, and under @p truncatedKey whether the @p shown bytes are less.
void appendBodySize(QByteArray *out, const char *sizeKey, const char *truncatedKey, qint64 size,
    qsizetype kept, qsizetype shown)
{
    const qint64 full = std::max<qint64>(size, kept);
    appendKey(out, sizeKey);
    out->append(QByteArray::number(full));
    appendKey(out, truncatedKey);
    out->append(shown < full ? "true" : "false");
}

void appendQuery(QByteArray *out, const QByteArray &target)
{
    HttpRequest parsed;
    parsed.setTarget(target);
    // A repeated item becomes an array, as in templates; items keep their first position.
    QList<std::pair<QString, QStringList>> items;
    for (const auto &[name, value] : std::as_const(parsed.query)) {
        auto it = std::find_if(items.begin(), items.end(),
            [&name = name](const auto &item) { return item.first == name; });
        if (it == items.end()) {
            items.append({ name, { value } });
        } else {
            it->second.append(value);
        }
    }
    out->append('{');
    bool first = true;
    for (const auto &[name, values] : std::as_const(items)) {
        if (!first) {
            out->append(',');
        }
        first = false;
        appendString(out, name);
        out->append(':');
        if (values.size() == 1) {
            appendString(out, values.first());
            continue;
        }
        out->append('[');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0) {
                out->append(',');
            }
            appendString(out, values.at(i));
        }
        out->append(']');
    }
    out->append('}');
}

void appendStringOrNull(QByteArray *out, const QString &text)
{
    if (text.isEmpty()) {
        out->append("null");
    } else {
        appendString(out, text);
    }
}

} // namespace

void ExchangeJson::write(const Exchange &e, QByteArray *out, qsizetype maxBodyBytes)
{
    out->append("{\"id\":");
    out->append(QByteArray::number(e.id));
    appendKey(out, "time");
    appendString(out, e.time.toUTC().toString(Qt::ISODateWithMs));
    appendKey(out, "peer");
    appendString(out, e.peer);
    appendKey(out, "scheme");
    out->append(e.secure ? "\"https\"" : "\"http\"");
    appendKey(out, "method");
    appendLatin1(out, e.method);
    appendKey(out, "path");
    appendString(out, e.path);
    appendKey(out, "target");
    appendString(out, QString::fromUtf8(e.target));
    appendKey(out, "query");
    appendQuery(out, e.target);
    appendKey(out, "requestHeaders");
    appendHeaders(out, e.requestHeaders);
    const qsizetype requestShown = appendBody(out, "requestBody", e.requestBody, maxBodyBytes);
    appendBodySize(out, "requestBodySize", "requestBodyTruncated", e.requestBodySize,
        e.requestBody.size(), requestShown);
    appendKey(out, "status");
    out->append(QByteArray::number(e.status));
    appendKey(out, "reason");
    appendLatin1(out, e.reason);
    appendKey(out, "responseHeaders");
    appendHeaders(out, e.responseHeaders);
    const qsizetype responseShown = appendBody(out, "responseBody", e.responseBody, maxBodyBytes);
    appendBodySize(out, "responseBodySize", "responseBodyTruncated", e.responseBodySize,
        e.responseBody.size(), responseShown);
    appendKey(out, "routeId");
    if (e.matched()) {
        appendString(out, e.routeId);
    } else {
        out->append("null");
    }
    appendKey(out, "responseIndex");
    out->append(QByteArray::number(e.responseIndex));
    appendKey(out, "durationMs");
    appendNumber(out, double(e.durationUs) / 1000.0);
    appendKey(out, "delayMs");
    out->append(QByteArray::number(e.delayMs));
    appendKey(out, "errorRoll");
    if (e.errorRoll < 0) {
        out->append("null");
    } else {
        appendNumber(out, e.errorRoll);
    }
    appendKey(out, "errorInjected");
    out->append(e.errorInjected ? "true" : "false");
    appendKey(out, "fault");
    appendStringOrNull(out, e.fault);
    appendKey(out, "error");
    appendStringOrNull(out, e.error);
    appendKey(out, "upstream");
    appendStringOrNull(out, e.upstream);
    appendKey(out, "upstreamError");
    appendStringOrNull(out, e.upstreamError);
    out->append('}');
}

QByteArray ExchangeJson::toLine(const Exchange &exchange)
{
    QByteArray line;
    line.reserve(512 + exchange.requestBody.size() + exchange.responseBody.size());
    write(exchange, &line);
    line.append('\n');
    return line;
}

QJsonObject ExchangeJson::toJson(const Exchange &exchange)
{
    QByteArray bytes;
    write(exchange, &bytes);
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace MockBench
