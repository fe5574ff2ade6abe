// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostmanReader.h"

#include "http/HopByHop.h"
#include "http/HttpResponse.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MockBench::Import {

namespace {

/// "{{name}}" -> "{name}", ":name" -> "{name}" in one path segment; capture names keep word
/// characters only.
QString segmentOf(const QString &segment)
{
    static const QRegularExpression variable(u"\\{\\{\\s*([^{}]*?)\\s*\\}\\}"_s);
    static const QRegularExpression nonWord(u"[^A-Za-z0-9_]"_s);
    if (segment.startsWith(u':') && segment.size() > 1) {
        return u'{' + segment.mid(1).replace(nonWord, u"_"_s) + u'}';
    }
    QString out;
    qsizetype at = 0;
    for (auto it = variable.globalMatch(segment); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += segment.mid(at, m.capturedStart() - at);
        QString name = m.captured(1);
        name.replace(nonWord, u"_"_s);
        out += u'{' + (name.isEmpty() ? u"var"_s : name) + u'}';
        at = m.capturedEnd();
    }
    return out + segment.mid(at);
}

struct Target
{
    QString path;
    QList<std::pair<QString, QString>> query; ///< enabled items whose value is no variable
};

/// The path template and query of a Postman URL (an object or a raw string), its host left out.
Target targetOf(const QJsonValue &url)
{
    Target target;
    QStringList segments;
    QString raw;
    const QJsonObject object = url.toObject();
    if (url.isString()) {
        raw = url.toString();
    } else if (object.value(u"path"_s).isArray()) {
        for (const QJsonValue &segment : object.value(u"path"_s).toArray()) {
            segments.append(segment.isObject() ? segment.toObject().value(u"value"_s).toString()
                                               : segment.toString());
        }
    } else {
        raw = object.value(u"raw"_s).toString();
        if (object.value(u"path"_s).isString()) {
            raw = object.value(u"path"_s).toString();
        }
    }
    QString rawQuery;
    if (!raw.isEmpty()) {
        raw = raw.left(raw.indexOf(u'#') < 0 ? raw.size() : raw.indexOf(u'#'));
        const qsizetype question = raw.indexOf(u'?');
        if (question >= 0) {
            rawQuery = raw.mid(question + 1);
            raw.truncate(question);
        }
        // The host: "{{baseUrl}}", "https://api.example.com", "api.example.com".
        qsizetype start = 0;
        if (raw.startsWith(u"{{"_s)) {
            start = raw.indexOf(u"}}"_s) + 2;
        } else if (const qsizetype scheme = raw.indexOf(u"://"_s); scheme >= 0) {
            start = scheme + 3;
        } else if (!raw.startsWith(u'/')) {
            start = 0;
        }
        const qsizetype slash = raw.indexOf(u'/', start);
        raw = (raw.startsWith(u'/') && start == 0) ? raw : (slash < 0 ? QString() : raw.mid(slash));
        segments = raw.split(u'/', Qt::SkipEmptyParts);
    }
    QStringList converted;
    for (const QString &segment : std::as_const(segments)) {
        if (!segment.isEmpty()) {
            converted.append(segmentOf(QUrl::fromPercentEncoding(segment.toUtf8())));
        }
    }
    target.path = u'/' + converted.join(u'/');
    QList<std::pair<QString, QString>> items;
    if (object.value(u"query"_s).isArray()) {
        for (const QJsonValue &item : object.value(u"query"_s).toArray()) {
            const QJsonObject q = item.toObject();
            if (!q.value(u"disabled"_s).toBool() && !q.value(u"key"_s).toString().isEmpty()) {
                items.append({ q.value(u"key"_s).toString(), q.value(u"value"_s).toString() });
            }
        }
    } else if (!rawQuery.isEmpty()) {
        for (const QString &pair : rawQuery.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            items.append({ QUrl::fromPercentEncoding(pair.left(eq).toUtf8()),
                eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8()) });
        }
    }
    for (const auto &[key, value] : items) {
        if (!value.contains(u"{{"_s)) { // a variable: any value
            target.query.append({ key, value });
        }
    }
    return target;
}

HeaderList headersOf(const QJsonValue &value)
{
    HeaderList headers;
    auto add = [&headers](const QString &name, const QString &text) {
        const QByteArray raw = name.toLatin1();
        if (name.isEmpty() || isHopByHopHeader(raw)
            || name.compare(u"Content-Length"_s, Qt::CaseInsensitive) == 0
            || name.compare(u"Content-Encoding"_s, Qt::CaseInsensitive) == 0) {
            return; // the saved body is decoded; the length is MockBench's own
        }
        auto same = std::find_if(headers.begin(), headers.end(),
            [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (same == headers.end()) {
            headers.append({ name, { text } });
        } else {
            same->second.append(text);
        }
    };
    if (value.isString()) { // Postman's older exports: "Name: value" lines
        for (const QString &line : value.toString().split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0) {
                add(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
            }
        }
        return headers;
    }
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject h = item.toObject();
        if (!h.value(u"disabled"_s).toBool()) {
            add(h.value(u"key"_s).toString(), h.value(u"value"_s).toString());
        }
    }
    return headers;
}

class Converter
{
public:
    LoadResult result;
    QList<Route> routes;
    /// Per route: the conditions of its responses, and the example each came from.
    QList<QList<std::pair<MatchConditions, QString>>> places;
    int scripts = 0;

    void items(const QJsonArray &list, const QString &place)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = place + u"[%1]"_s.arg(i);
            const QJsonObject item = list.at(i).toObject();
            scripts += int(item.value(u"event"_s).toArray().size());
            if (item.value(u"item"_s).isArray()) {
                items(item.value(u"item"_s).toArray(), at + u".item"_s); // a folder
            } else if (item.contains(u"request"_s)) {
                request(item, at);
            }
        }
    }

    void request(const QJsonObject &item, const QString &at)
    {
        const QJsonArray examples = item.value(u"response"_s).toArray();
        const QString name = item.value(u"name"_s).toString();
        if (examples.isEmpty()) {
            result.report.append(at
                + u": \"%1\" has no saved example response (Postman's mock "
                  "answers none either): not served"_s.arg(name));
            return;
        }
        for (qsizetype k = 0; k < examples.size(); ++k) {
            const QJsonObject example = examples.at(k).toObject();
            // Postman's mock matches an example by the request it was saved with.
            const QJsonValue saved = example.value(u"originalRequest"_s);
            const QJsonValue request =
                saved.isObject() || saved.isString() ? saved : item.value(u"request"_s);
            const QJsonObject requestObject = request.toObject();
            const QString method = request.isString()
                ? u"GET"_s
                : requestObject.value(u"method"_s).toString(u"GET"_s).toUpper();
            const Target target =
                targetOf(request.isString() ? request : requestObject.value(u"url"_s));
            Response response;
            response.status = example.value(u"code"_s).toInt(200);
            const QString status = example.value(u"status"_s).toString();
            if (!status.isEmpty()
                && status.toLatin1() != HttpResponse::standardReason(response.status)) {
                response.reason = status;
            }
            response.headers = headersOf(example.value(u"header"_s));
            response.templating = TemplateDialect::None; // Postman sends the saved body as it is
            const QString body = example.value(u"body"_s).toString();
            if (!body.isEmpty()) {
                response.bodySource = Response::BodySource::Text;
                response.body = body;
            }
            MatchConditions when;
            for (const auto &[key, value] : target.query) {
                when.query.append({ key, ValueMatcher::exact(value) });
            }
            const QString exampleName = example.value(u"name"_s).toString();
            if (when.query.isEmpty() && !exampleName.isEmpty()) {
                when.headers.append(
                    { u"x-mock-response-name"_s, ValueMatcher::exact(exampleName) });
            }
            response.when = when;
            // "/users/{{id}}" and "/users/{{invalid-id}}" are one route: the same requests fit.
            static const QRegularExpression capture(u"\\{[^{}]*\\}"_s);
            const QString shape = QString(target.path).replace(capture, u"{}"_s);
            auto route = std::find_if(routes.begin(), routes.end(), [&](const Route &r) {
                return r.method == method && QString(r.path).replace(capture, u"{}"_s) == shape;
            });
            if (route == routes.end()) {
                routes.append(Route::on(method, target.path));
                places.append(QList<std::pair<MatchConditions, QString>>());
                route = routes.end() - 1;
            }
            QList<std::pair<MatchConditions, QString>> &taken = places[route - routes.begin()];
            const QString here = at + u".response[%1]"_s.arg(k);
            const auto same = std::find_if(
                taken.cbegin(), taken.cend(), [&when](const auto &t) { return t.first == when; });
            if (same != taken.cend()) {
                const auto earlier = std::find_if(route->responses.cbegin(),
                    route->responses.cend(), [&when](const Response &r) { return r.when == when; });
                Response plain = response;
                plain.isDefault = earlier->isDefault;
                if (plain != *earlier) {
                    result.report.append(here
                        + u": \"%1\" asks for the same request and name as "
                          "%2, which answers it"_s.arg(exampleName, same->second));
                }
                continue;
            }
            taken.append({ when, here });
            const bool hasDefault = std::any_of(route->responses.cbegin(), route->responses.cend(),
                [](const Response &r) { return r.isDefault; });
            if (!hasDefault && target.query.isEmpty()) {
                response.isDefault = true;
            }
            route->responses.append(response);
        }
    }
};

} // namespace

bool PostmanReader::detect(const QJsonObject &root)
{
    const QString schema = root.value(u"info"_s).toObject().value(u"schema"_s).toString();
    return schema.contains(u"schema.getpostman.com"_s) && schema.contains(u"collection"_s)
        && root.value(u"item"_s).isArray();
}

LoadResult PostmanReader::read(const QByteArray &content, const QString &path)
{
    Converter converter;
    LoadResult &result = converter.result;
    result.format = u"Postman collection"_s;
    result.sourceVersion = RouteSetFormat::CurrentVersion;
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(content, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !detect(root)) {
        result.errors.append({ u"item"_s,
            parseError.error != QJsonParseError::NoError
                ? u"invalid JSON at offset %1: %2"_s.arg(parseError.offset)
                      .arg(parseError.errorString())
                : u"is required: a Postman collection has info.schema and \"item\": [...]"_s });
        return result;
    }
    const QString schema = root.value(u"info"_s).toObject().value(u"schema"_s).toString();
    if (!schema.contains(u"v2.1"_s) && !schema.contains(u"v2.0"_s)) {
        result.report.append(u"info.schema: %1, read as collection v2.1"_s.arg(schema));
    }
    converter.scripts = int(root.value(u"event"_s).toArray().size());
    converter.items(root.value(u"item"_s).toArray(), u"item"_s);
    if (converter.scripts > 0) {
        result.report.append(
            u"event: %1 pre-request or test script(s), which a mock does not run"_s.arg(
                converter.scripts));
    }
    RouteSet &set = result.routeSet;
    set.name = root.value(u"info"_s).toObject().value(u"name"_s).toString();
    set.baseDir = QFileInfo(path).absolutePath();
    set.defaultContentType = false; // an example without Content-Type is sent without one
    set.routes = converter.routes;
    for (qsizetype i = 0; i < set.routes.size(); ++i) {
        set.routes[i].id = u"postman-%1"_s.arg(i + 1);
    }
    result.errors = set.validate();
    return result;
}

} // namespace MockBench::Import
