// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HarReader.h"

#include "model/RecordedRoutes.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MockBench::Import {

namespace {

/// The bytes of a HAR "text" with its optional "encoding".
QByteArray bytesOf(const QJsonObject &object, const QString &place, QStringList *report)
{
    const QString text = object.value(u"text"_s).toString();
    const QString encoding = object.value(u"encoding"_s).toString();
    if (encoding.isEmpty()) {
        return text.toUtf8();
    }
    if (encoding.compare(u"base64"_s, Qt::CaseInsensitive) == 0) {
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            return *decoded;
        }
        report->append(place + u".text: not valid base64; served as the text it is"_s);
        return text.toUtf8();
    }
    report->append(place
        + u".encoding: \"%1\" is not one MockBench decodes (base64); served as "
          "the text it is"_s.arg(encoding));
    return text.toUtf8();
}

} // namespace

bool HarReader::detect(const QJsonObject &root)
{
    return root.value(u"log"_s).toObject().value(u"entries"_s).isArray();
}

LoadResult HarReader::read(const QByteArray &content, const QString &path)
{
    LoadResult result;
    result.format = u"HAR file"_s;
    result.sourceVersion = RouteSetFormat::CurrentVersion;
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(content, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !detect(root)) {
        result.errors.append({ u"log.entries"_s,
            parseError.error != QJsonParseError::NoError
                ? u"invalid JSON at offset %1: %2"_s.arg(parseError.offset)
                      .arg(parseError.errorString())
                : u"is required: a HAR file is {\"log\": {\"entries\": [...]}}"_s });
        return result;
    }
    const QJsonObject log = root.value(u"log"_s).toObject();
    const QString version = log.value(u"version"_s).toString();
    if (!version.isEmpty() && !version.startsWith(u"1."_s)) {
        result.report.append(u"log.version: %1, read as HAR 1.2"_s.arg(version));
    }
    QList<RecordedExchange> takes;
    QStringList hosts;
    const QJsonArray entries = log.value(u"entries"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString place = u"log.entries[%1]"_s.arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonObject request = entry.value(u"request"_s).toObject();
        const QJsonObject response = entry.value(u"response"_s).toObject();
        const QUrl url(request.value(u"url"_s).toString());
        const QString method = request.value(u"method"_s).toString().toUpper();
        if (!url.isValid() || url.host().isEmpty() || method.isEmpty()) {
            result.errors.append({ place + u".request"_s,
                u"needs a method and an absolute url, not \"%1\" \"%2\""_s.arg(
                    method, url.toString()) });
            continue;
        }
        const int status = response.value(u"status"_s).toInt();
        if (status < 100 || status > 999) {
            // Chrome's blocked and cancelled requests: status 0, no answer to serve.
            result.report.append(place
                + u".response.status: %1 (no answer was recorded): %2 "
                  "%3 is not served"_s.arg(status)
                      .arg(method, url.path()));
            continue;
        }
        RecordedExchange take;
        take.method = method.toLatin1();
        HttpRequest target;
        target.setTarget(
            url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment));
        if (target.target.isEmpty() || !target.target.startsWith('/')) {
            target.setTarget('/' + target.target);
        }
        take.path = target.path;
        take.rawQuery = target.rawQuery;
        take.query = target.query;
        if (take.path.contains(u'{') || take.path.contains(u'}')) {
            result.report.append(place
                + u".request.url: a path template cannot hold { or } "
                  "literally: %1 is not served"_s.arg(take.path));
            continue;
        }
        const QJsonObject post = request.value(u"postData"_s).toObject();
        if (post.contains(u"text"_s)) {
            take.requestBody = bytesOf(post, place + u".request.postData"_s, &result.report);
        } else if (!post.value(u"params"_s).toArray().isEmpty()) {
            result.report.append(place
                + u".request.postData.params: without its text, the "
                  "route matches any body"_s);
        }
        take.status = status;
        take.reason = response.value(u"statusText"_s).toString().toLatin1();
        for (const QJsonValue &header : response.value(u"headers"_s).toArray()) {
            const QByteArray name = header.toObject().value(u"name"_s).toString().toLatin1();
            if (name.isEmpty() || name.startsWith(':')
                || name.compare("Content-Encoding", Qt::CaseInsensitive) == 0) {
                continue; // pseudo-headers; the body a HAR holds is decoded
            }
            take.headers.append({ name, header.toObject().value(u"value"_s).toString().toUtf8() });
        }
        const QJsonObject body = response.value(u"content"_s).toObject();
        if (body.contains(u"text"_s)) {
            take.body = bytesOf(body, place + u".response.content"_s, &result.report);
        } else if (body.value(u"size"_s).toDouble() > 0) {
            result.report.append(place
                + u".response.content.text: the HAR left out the %1-byte "
                  "body of %2 %3; it is served empty"_s
                      .arg(qint64(body.value(u"size"_s).toDouble()))
                      .arg(method, url.path()));
        }
        if (!hosts.contains(url.authority())) {
            hosts.append(url.authority());
        }
        takes.append(take);
    }
    if (hosts.size() > 1) {
        result.report.append(u"log.entries: requests to %1 hosts (%2): their paths are served "
                             "together, by one set"_s.arg(hosts.size())
                                 .arg(hosts.join(u", "_s)));
    }
    RouteSet &set = result.routeSet;
    const QJsonArray pages = log.value(u"pages"_s).toArray();
    set.name = pages.isEmpty() ? QFileInfo(path).completeBaseName()
                               : pages.at(0).toObject().value(u"title"_s).toString();
    set.baseDir = QFileInfo(path).absolutePath();
    // An answer that had no Content-Type is served without one.
    set.defaultContentType = false;
    set.routes = RecordedRoutes::build(takes);
    for (qsizetype i = 0; i < set.routes.size(); ++i) {
        set.routes[i].id = u"har-%1"_s.arg(i + 1);
    }
    if (result.errors.isEmpty()) {
        result.errors = set.validate();
    }
    return result;
}

} // namespace MockBench::Import
