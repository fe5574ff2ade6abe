// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HarWriter.h"

#include "http/HttpRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

bool isText(const QByteArray &bytes)
{
    if (bytes.contains('\0')) {
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder(bytes);
    return !decoder.hasError();
}

QJsonArray headersOf(const RawHeaders &headers)
{
    QJsonArray list;
    for (const auto &[name, value] : headers) {
        list.append(QJsonObject {
            { u"name"_s, QString::fromLatin1(name) }, { u"value"_s, QString::fromUtf8(value) } });
    }
    return list;
}

QString headerOf(const RawHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return QString::fromUtf8(value);
        }
    }
    return {};
}

/// Sets "text" (and "encoding" for bytes that are not UTF-8 text) of @p object to @p body.
void putBody(QJsonObject *object, const QByteArray &body)
{
    if (isText(body)) {
        object->insert(u"text"_s, QString::fromUtf8(body));
    } else {
        object->insert(u"text"_s, QString::fromLatin1(body.toBase64()));
        object->insert(u"encoding"_s, u"base64"_s);
    }
}

} // namespace

QByteArray HarWriter::write(
    const QList<Exchange> &exchanges, const QString &creatorVersion, const QString &fallbackHost)
{
    QJsonArray entries;
    for (const Exchange &e : exchanges) {
        const QString host = headerOf(e.requestHeaders, "Host");
        const QString url =
            (e.secure ? u"https://%1%2"_s : u"http://%1%2"_s)
                .arg(host.isEmpty() ? fallbackHost : host, QString::fromLatin1(e.target));
        HttpRequest parsed;
        parsed.setTarget(e.target);
        QJsonArray query;
        for (const auto &[name, value] : parsed.query) {
            query.append(QJsonObject { { u"name"_s, name }, { u"value"_s, value } });
        }
        QJsonObject request { { u"method"_s, QString::fromLatin1(e.method) }, { u"url"_s, url },
            { u"httpVersion"_s, u"HTTP/1.1"_s }, { u"headers"_s, headersOf(e.requestHeaders) },
            { u"queryString"_s, query }, { u"cookies"_s, QJsonArray() }, { u"headersSize"_s, -1 },
            { u"bodySize"_s, double(e.requestBodySize) } };
        if (e.requestBodySize > 0 || !e.requestBody.isEmpty()) {
            QJsonObject post { { u"mimeType"_s, headerOf(e.requestHeaders, "Content-Type") } };
            putBody(&post, e.requestBody);
            request.insert(u"postData"_s, post);
        }
        QJsonObject content { { u"size"_s, double(e.responseBodySize) },
            { u"mimeType"_s, headerOf(e.responseHeaders, "Content-Type") } };
        putBody(&content, e.responseBody);
        const QJsonObject response { { u"status"_s, e.status },
            { u"statusText"_s, QString::fromLatin1(e.reason) }, { u"httpVersion"_s, u"HTTP/1.1"_s },
            { u"headers"_s, headersOf(e.responseHeaders) }, { u"cookies"_s, QJsonArray() },
            { u"content"_s, content },
            { u"redirectURL"_s, headerOf(e.responseHeaders, "Location") }, { u"headersSize"_s, -1 },
            { u"bodySize"_s, double(e.responseBodySize) } };
        const double waitMs = double(e.durationUs) / 1000.0 + e.delayMs;
        QJsonObject entry { { u"startedDateTime"_s, e.time.toUTC().toString(Qt::ISODateWithMs) },
            { u"time"_s, waitMs }, { u"request"_s, request }, { u"response"_s, response },
            { u"cache"_s, QJsonObject() },
            { u"timings"_s,
                QJsonObject { { u"send"_s, 0 }, { u"wait"_s, waitMs }, { u"receive"_s, 0 } } } };
        QJsonObject mockbench { { u"routeId"_s,
            e.matched() ? QJsonValue(e.routeId) : QJsonValue() } };
        if (!e.fault.isEmpty()) {
            mockbench.insert(u"fault"_s, e.fault);
        }
        if (e.proxied()) {
            mockbench.insert(u"upstream"_s, e.upstream);
        }
        entry.insert(u"_mockbench"_s, mockbench); // custom fields start with "_" (HAR 1.2)
        entries.append(entry);
    }
    const QJsonObject log { { u"version"_s, u"1.2"_s },
        { u"creator"_s,
            QJsonObject { { u"name"_s, u"MockBench"_s }, { u"version"_s, creatorVersion } } },
        { u"entries"_s, entries } };
    return QJsonDocument(QJsonObject { { u"log"_s, log } }).toJson(QJsonDocument::Indented);
}

} // namespace MockBench
