// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

QJsonArray headersToJson(const RawHeaders &headers)
{
    // Pairs, not an object: header order and repeated headers are part of what was sent.
    QJsonArray array;
    for (const auto &[name, value] : headers) {
        array.append(QJsonArray { QString::fromLatin1(name), QString::fromLatin1(value) });
    }
    return array;
}

/// Text bodies as strings; anything that is not valid UTF-8 as base64 under a different key,
/// so a reader never mistakes mangled bytes for the real body.
void insertBody(QJsonObject &object, const QString &key, const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(body);
    if (!decoder.hasError()) {
        object.insert(key, text);
    } else {
        object.insert(key + u"Base64"_s, QString::fromLatin1(body.toBase64()));
    }
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject ExchangeJson::toJson(const Exchange &e)
{
    QJsonObject o;
    o.insert(u"id"_s, double(e.id));
    o.insert(u"time"_s, e.time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(u"peer"_s, e.peer);
    o.insert(u"method"_s, QString::fromLatin1(e.method));
    o.insert(u"path"_s, e.path);
    o.insert(u"target"_s, QString::fromUtf8(e.target));
    HttpRequest parsed;
    parsed.setTarget(e.target);
    QJsonObject query;
    for (const auto &[name, value] : std::as_const(parsed.query)) {
        // A repeated item becomes an array, as in templates.
        const QJsonValue existing = query.value(name);
        if (existing.isUndefined()) {
            query.insert(name, value);
        } else if (existing.isArray()) {
            QJsonArray values = existing.toArray();
            values.append(value);
            query.insert(name, values);
        } else {
            query.insert(name, QJsonArray { existing, value });
        }
    }
    o.insert(u"query"_s, query);
    o.insert(u"requestHeaders"_s, headersToJson(e.requestHeaders));
    insertBody(o, u"requestBody"_s, e.requestBody);
    o.insert(u"requestBodySize"_s, double(e.requestBodySize));
    o.insert(u"status"_s, e.status);
    o.insert(u"reason"_s, QString::fromLatin1(e.reason));
    o.insert(u"responseHeaders"_s, headersToJson(e.responseHeaders));
    insertBody(o, u"responseBody"_s, e.responseBody);
    o.insert(u"responseBodySize"_s, double(e.responseBodySize));
    o.insert(u"routeId"_s, e.matched() ? QJsonValue(e.routeId) : QJsonValue(QJsonValue::Null));
    o.insert(u"responseIndex"_s, e.responseIndex);
    o.insert(u"durationMs"_s, double(e.durationUs) / 1000.0);
    o.insert(u"delayMs"_s, double(e.delayMs));
    o.insert(
        u"errorRoll"_s, e.errorRoll < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(e.errorRoll));
    o.insert(u"errorInjected"_s, e.errorInjected);
    o.insert(u"fault"_s, orNull(e.fault));
    o.insert(u"error"_s, orNull(e.error));
    return o;
}

QByteArray ExchangeJson::toLine(const Exchange &exchange)
{
    return QJsonDocument(toJson(exchange)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace MockBench
