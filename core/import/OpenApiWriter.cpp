// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenApiWriter.h"

#include "http/HttpResponse.h"
#include "model/MockoonPath.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace MockBench::Import {

namespace {

/// The methods an OpenAPI 3.1 path item has operations for, in the order they are written.
const QStringList &openApiMethods()
{
    static const QStringList methods { u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"options"_s,
        u"head"_s, u"patch"_s, u"trace"_s };
    return methods;
}

/// Body files larger than this are described without their content as an example.
constexpr qint64 MaxExampleFileBytes = 1024 * 1024;

/// A path parameter of a converted path.
struct PathParameter
{
    QString name;
    QJsonObject schema;
    QString description;
    bool rest = false; ///< MockBench's {*rest} or Mockoon's "*": slashes included
};

/// A route path as an OpenAPI path: the key, its parameters and what it cannot say.
struct ConvertedPath
{
    QString key;
    QList<PathParameter> parameters;
    QStringList problems;
};

QString restDescription()
{
    return u"The rest of the path, slashes included. An OpenAPI path parameter cannot hold a "
           "slash, so clients that follow this document send one segment only."_s;
}

ConvertedPath convertTemplatePath(const QString &path)
{
    ConvertedPath out;
    qsizetype i = 0;
    while (i < path.size()) {
        const QChar c = path.at(i);
        if (c != u'{') {
            out.key += c;
            ++i;
            continue;
        }
        // Braces nest inside a {name:regex}.
        qsizetype end = i + 1;
        int depth = 1;
        while (end < path.size() && depth > 0) {
            if (path.at(end) == u'{') {
                ++depth;
            } else if (path.at(end) == u'}') {
                --depth;
            }
            ++end;
        }
        const QString inner = path.mid(i + 1, end - i - 2);
        i = end;
        PathParameter parameter;
        if (inner.startsWith(u'*')) {
            parameter.name = inner.mid(1);
            parameter.schema = QJsonObject { { u"type"_s, u"string"_s } };
            parameter.description = restDescription();
            parameter.rest = true;
            out.problems.append(
                u"{*%1} takes the rest of the path, slashes included; an OpenAPI "
                "path parameter cannot (described as {%1} with x-mockbench-rest)"_s.arg(
                    parameter.name));
        } else {
            const qsizetype colon = inner.indexOf(u':');
            parameter.name = colon < 0 ? inner : inner.left(colon);
            const QString type = colon < 0 ? QString() : inner.mid(colon + 1);
            if (colon < 0) {
                parameter.schema = QJsonObject { { u"type"_s, u"string"_s } };
            } else if (type == u"int") {
                parameter.schema = QJsonObject { { u"type"_s, u"integer"_s } };
            } else {
                parameter.schema = QJsonObject { { u"type"_s, u"string"_s },
                    { u"pattern"_s, u"^(?:%1)$"_s.arg(type) } };
            }
        }
        out.key += u'{' + parameter.name + u'}';
        out.parameters.append(parameter);
    }
    return out;
}

/// Mockoon's endpoint syntax, from MockoonPath's path-to-regexp 8 form: ":name" and "*name"
/// become {name}; an optional group "{...}" is written as present.
ConvertedPath convertMockoonPath(const QString &path)
{
    ConvertedPath out;
    QString error;
    const std::optional<MockoonPath> compiled = MockoonPath::compile(path, &error);
    if (!compiled) {
        out.problems.append(
            u"Mockoon path \"%1\" does not compile (%2); written as it is"_s.arg(path, error));
        out.key = path;
        return out;
    }
    const QString converted = compiled->converted();
    bool optional = false;
    qsizetype i = 0;
    const auto isNameChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'$'; };
    while (i < converted.size()) {
        const QChar c = converted.at(i);
        if (c == u'\\' && i + 1 < converted.size()) {
            out.key += converted.at(i + 1);
            i += 2;
        } else if (c == u'{' || c == u'}') {
            optional = true;
            ++i;
        } else if (c == u':' || c == u'*') {
            qsizetype end = i + 1;
            QString name;
            if (end < converted.size() && converted.at(end) == u'"') {
                const qsizetype close = converted.indexOf(u'"', end + 1);
                name = converted.mid(end + 1, close < 0 ? -1 : close - end - 1);
                end = close < 0 ? converted.size() : close + 1;
            } else {
                while (end < converted.size() && isNameChar(converted.at(end))) {
                    ++end;
                }
                name = converted.mid(i + 1, end - i - 1);
            }
            i = end;
            PathParameter parameter;
            parameter.name = name;
            parameter.schema = QJsonObject { { u"type"_s, u"string"_s } };
            if (c == u'*') {
                parameter.rest = true;
                parameter.description = restDescription();
                out.problems.append(u"Mockoon wildcard \"*\" takes any text, slashes included; an "
                                    "OpenAPI path parameter cannot (described as {%1} with "
                                    "x-mockbench-rest)"_s.arg(name));
            }
            out.key += u'{' + name + u'}';
            out.parameters.append(parameter);
        } else {
            out.key += c;
            ++i;
        }
    }
    if (optional) {
        out.problems.append(u"Mockoon path \"%1\" has optional parts, which an OpenAPI path "
                            "cannot have; described with them present as %2"_s.arg(path, out.key));
    }
    // Mockoon matches the URL with runs of slashes made one ("/" + an empty endpoint is "/").
    out.key = MockoonPath::collapseSlashes(u'/' + out.key);
    return out;
}

/// The path with its parameter names left out: two paths that differ only in their names are
/// the same OpenAPI path.
QString pathShape(const QString &key)
{
    static const QRegularExpression parameter(u"\\{[^}]*\\}"_s);
    return QString(key).replace(parameter, u"{}"_s);
}

bool isJsonMediaType(const QString &type)
{
    const QString base = type.section(u';', 0, 0).trimmed().toLower();
    return base == u"application/json" || base.endsWith(u"+json");
}

std::optional<QJsonValue> parseJson(const QByteArray &text)
{
    // A bare scalar is JSON too: wrap it so QJsonDocument takes it.
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()
        || document.array().size() != 1) {
        return std::nullopt;
    }
    return document.array().at(0);
}

/// How a condition reads in a description: name = "value", name ~ /regex/...
QString describeMatcher(const QString &name, const ValueMatcher &matcher)
{
    switch (matcher.kind()) {
    case ValueMatcher::Kind::Exact:
        return u"%1 = \"%2\""_s.arg(name, matcher.text());
    case ValueMatcher::Kind::Regex:
        return u"%1 matches /%2/"_s.arg(name, matcher.text());
    case ValueMatcher::Kind::Contains:
        return u"%1 contains \"%2\""_s.arg(name, matcher.text());
    case ValueMatcher::Kind::Json:
        return u"%1 contains the JSON %2"_s.arg(name,
            QString::fromUtf8(QJsonDocument::fromVariant(matcher.jsonSubset().toVariant())
                                  .toJson(QJsonDocument::Compact)));
    }
    return name;
}

QString describeConditions(const MatchConditions &conditions)
{
    QStringList parts;
    for (const auto &[name, matcher] : conditions.query) {
        parts.append(describeMatcher(u"query "_s + name, matcher));
    }
    for (const auto &[name, matcher] : conditions.headers) {
        parts.append(describeMatcher(u"header "_s + name, matcher));
    }
    if (conditions.body) {
        parts.append(describeMatcher(u"body"_s, *conditions.body));
    }
    for (const MatchRule &rule : conditions.rules) {
        parts.append(u"%1%2 %3%4 \"%5\""_s.arg(MatchRule::targetName(rule.target),
            rule.name.isEmpty() ? QString() : u" "_s + rule.name,
            rule.invert ? u"not "_s : QString(), MatchRule::operatorName(rule.op), rule.value));
    }
    return parts.join(conditions.any ? u" or "_s : u" and "_s);
}

/// The JSON Schema a value condition amounts to, or nothing when it has none.
std::optional<QJsonObject> matcherSchema(const ValueMatcher &matcher)
{
    switch (matcher.kind()) {
    case ValueMatcher::Kind::Exact:
        return QJsonObject { { u"type"_s, u"string"_s },
            { u"enum"_s, QJsonArray { matcher.text() } } };
    case ValueMatcher::Kind::Regex:
        // MockBench matches the whole value; a JSON Schema pattern searches.
        return QJsonObject { { u"type"_s, u"string"_s },
            { u"pattern"_s, u"^(?:%1)$"_s.arg(matcher.text()) } };
    case ValueMatcher::Kind::Contains:
        return QJsonObject { { u"type"_s, u"string"_s },
            { u"pattern"_s, QRegularExpression::escape(matcher.text()) } };
    case ValueMatcher::Kind::Json:
        return std::nullopt;
    }
    return std::nullopt;
}

/// One response of a route, as one example of an operation.
struct Entry
{
    qsizetype routeIndex = 0;
    qsizetype responseIndex = 0;
    QString routeId;
    Response response;
    bool onlyOfRoute = true; ///< the route has this one response
    QString summary;
};

/// An operation being built: its route, its parameters and its responses' entries.
struct Operation
{
    QString operationId;
    qsizetype routeIndex = 0;
    QJsonObject object; ///< everything but "responses"
    QList<Entry> entries;
    QJsonObject fixedResponses; ///< resource routes: the CRUD answers, written as they are
};

class Writer
{
public:
    explicit Writer(const RouteSet &set)
        : m_set(set)
    {
    }

    OpenApiWriter::Result run();

private:
    void addRoute(qsizetype index);
    void addResource(qsizetype index, const ConvertedPath &path);
    void addOperation(const QString &pathKey, const QString &method, Operation operation,
        qsizetype index, const QString &anyMethodNote);
    QJsonArray conditionParameters(
        const MatchConditions &conditions, const QString &at, QJsonObject *requestBody);
    QJsonObject responsesOf(const Operation &operation);
    /// The media type and example of @p response; an empty type when it has no body.
    void bodyOf(const Entry &entry, QString *mediaType, std::optional<QJsonValue> *example,
        QString *templated);
    QString uniqueOperationId(const QString &base);

    /// A response of a "*" route is written once per method: its lines are said once.
    void report(const QString &line)
    {
        if (!m_report.contains(line)) {
            m_report.append(line);
        }
    }
    QString routeAt(qsizetype index) const { return u"routes[%1]"_s.arg(index); }

    const RouteSet &m_set;
    QStringList m_report;
    QSet<QString> m_operationIds; ///< taken
    QSet<QString> m_routeIds; ///< every route's id, kept for its own route
    QString m_currentRouteId;
    /// Path key -> its path item's parameters, and method -> operation, in a stable order.
    std::map<QString, QJsonArray> m_pathParameters;
    std::map<QString, std::map<QString, Operation>> m_operations;
    QMap<QString, QString> m_keyOfShape; ///< pathShape -> the first key written for it
};

QString Writer::uniqueOperationId(const QString &base)
{
    QString id = base.isEmpty() ? u"route"_s : base;
    const auto taken = [this](const QString &candidate) {
        return m_operationIds.contains(candidate)
            || (candidate != m_currentRouteId && m_routeIds.contains(candidate));
    };
    for (int n = 2; taken(id); ++n) {
        id = u"%1-%2"_s.arg(base).arg(n);
    }
    m_operationIds.insert(id);
    return id;
}

QJsonArray Writer::conditionParameters(
    const MatchConditions &conditions, const QString &at, QJsonObject *requestBody)
{
    QJsonArray parameters;
    QSet<QString> seen;
    const bool required = !conditions.any || conditions.isEmpty();
    int count = int(conditions.query.size() + conditions.headers.size() + conditions.rules.size())
        + (conditions.body ? 1 : 0);
    if (conditions.any && count > 1) {
        report(at
            + u".combine: \"any\": OpenAPI cannot say that one of the conditions is enough; "
              "their parameters are described as optional"_s);
    }
    QString bodyType;
    const auto add = [&](const QString &in, const QString &name, const ValueMatcher &matcher,
                         const QString &place) {
        const QString id = in + u':' + (in == u"header" ? name.toLower() : name);
        if (seen.contains(id)) {
            report(place + u": a second condition on the same "_s + in
                + u" parameter is not described"_s);
            return;
        }
        const std::optional<QJsonObject> schema = matcherSchema(matcher);
        if (!schema) {
            report(place + u": a JSON condition on a "_s + in
                + u" parameter is not described (only its name is)"_s);
        }
        seen.insert(id);
        QJsonObject parameter { { u"name"_s, name }, { u"in"_s, in },
            { u"schema"_s, schema.value_or(QJsonObject { { u"type"_s, u"string"_s } }) } };
        if (required) {
            parameter.insert(u"required"_s, true);
        }
        parameter.insert(u"description"_s,
            QString(u"MockBench matches only when "_s + describeMatcher(name, matcher) + u"."_s));
        parameters.append(parameter);
    };
    for (qsizetype k = 0; k < conditions.query.size(); ++k) {
        const auto &[name, matcher] = conditions.query.at(k);
        add(u"query"_s, name, matcher, at + u".query."_s + name);
    }
    for (qsizetype k = 0; k < conditions.headers.size(); ++k) {
        const auto &[name, matcher] = conditions.headers.at(k);
        const QString place = at + u".headers."_s + name;
        if (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0) {
            // OpenAPI ignores a Content-Type header parameter: it is the request body's media
            // type.
            if (matcher.kind() == ValueMatcher::Kind::Exact) {
                bodyType = matcher.text();
            } else {
                report(place
                    + u": only an exact Content-Type can be a request body's media "
                      "type; not described"_s);
            }
            continue;
        }
        if (name.compare(u"Accept"_s, Qt::CaseInsensitive) == 0
            || name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0) {
            report(place + u": OpenAPI ignores a header parameter named "_s + name
                + u" (described anyway)"_s);
        }
        add(u"header"_s, name, matcher, place);
    }
    for (qsizetype k = 0; k < conditions.rules.size(); ++k) {
        const MatchRule &rule = conditions.rules.at(k);
        const QString place = at + u".rules[%1]"_s.arg(k);
        const bool simple = !rule.invert && !rule.templateValue && !rule.name.isEmpty()
            && (rule.target == MatchRule::Target::Query || rule.target == MatchRule::Target::Header)
            && (rule.op == MatchRule::Operator::Equals || rule.op == MatchRule::Operator::Regex);
        if (!simple) {
            report(place + u": the rule \""_s
                + describeConditions(MatchConditions { {}, {}, {}, { rule }, false })
                + u"\" has no OpenAPI form; not described"_s);
            continue;
        }
        const QString in = rule.target == MatchRule::Target::Query ? u"query"_s : u"header"_s;
        // A rule's regex searches the value (not anchored), as a JSON Schema pattern does.
        const ValueMatcher matcher = rule.op == MatchRule::Operator::Equals
            ? ValueMatcher::exact(rule.value)
            : ValueMatcher::regex(u".*(?:%1).*"_s.arg(rule.value));
        add(in, rule.name, matcher, place);
    }
    if (conditions.body || !bodyType.isEmpty()) {
        const ValueMatcher *body = conditions.body ? &*conditions.body : nullptr;
        if (bodyType.isEmpty()) {
            bodyType =
                body && body->kind() == ValueMatcher::Kind::Json ? u"application/json"_s : u"*/*"_s;
        }
        QJsonObject media;
        QString description;
        if (body) {
            description =
                u"MockBench matches only when "_s + describeMatcher(u"the body"_s, *body) + u"."_s;
            switch (body->kind()) {
            case ValueMatcher::Kind::Json:
                media.insert(u"example"_s, body->jsonSubset());
                break;
            case ValueMatcher::Kind::Exact: {
                const std::optional<QJsonValue> json =
                    isJsonMediaType(bodyType) ? parseJson(body->text().toUtf8()) : std::nullopt;
                media.insert(u"example"_s, json.value_or(QJsonValue(body->text())));
                break;
            }
            case ValueMatcher::Kind::Regex:
            case ValueMatcher::Kind::Contains:
                if (!isJsonMediaType(bodyType)) {
                    media.insert(u"schema"_s, *matcherSchema(*body));
                }
                break;
            }
        }
        QJsonObject object { { u"content"_s, QJsonObject { { bodyType, media } } } };
        if (required) {
            object.insert(u"required"_s, true);
        }
        if (!description.isEmpty()) {
            object.insert(u"description"_s, description);
        }
        *requestBody = object;
    }
    return parameters;
}

void Writer::bodyOf(
    const Entry &entry, QString *mediaType, std::optional<QJsonValue> *example, QString *templated)
{
    const Response &response = entry.response;
    const QString at =
        u"%1.responses[%2]"_s.arg(routeAt(entry.routeIndex)).arg(entry.responseIndex);
    const QStringList declared = response.headerValues(u"Content-Type"_s);
    QString type = declared.value(0);
    if (HttpResponse::isBodyless(response.status)
        || response.bodySource == Response::BodySource::None) {
        mediaType->clear();
        return;
    }
    const TemplateDialect dialect = m_set.dialectOf(response);
    const auto guess = [&](const QString &guessed) {
        if (type.isEmpty()) {
            type = m_set.defaultContentType ? guessed : u"*/*"_s;
        }
    };
    switch (response.bodySource) {
    case Response::BodySource::None:
        break;
    case Response::BodySource::Json:
        guess(u"application/json"_s);
        *example = response.json;
        break;
    case Response::BodySource::Text: {
        const bool isTemplate = dialect != TemplateDialect::None && response.body.contains(u"{{"_s);
        const std::optional<QJsonValue> json = parseJson(response.body.toUtf8());
        guess(json && !isTemplate ? u"application/json"_s : u"text/plain"_s);
        if (isTemplate) {
            *templated = templateDialectName(dialect);
            *example = response.body;
        } else {
            *example = json && isJsonMediaType(type) ? *json : QJsonValue(response.body);
        }
        break;
    }
    case Response::BodySource::Data: {
        const QJsonValue value = m_set.data.value(response.bodyData);
        guess(value.isString() ? u"text/plain"_s : u"application/json"_s);
        *example = value;
        break;
    }
    case Response::BodySource::File: {
        const QMimeDatabase mimes;
        const QMimeType mime =
            mimes.mimeTypeForFile(response.bodyFile, QMimeDatabase::MatchExtension);
        guess(mime.isDefault() ? u"application/octet-stream"_s : mime.name());
        if (response.templatePath) {
            report(at + u".bodyFile: a templated file path (\""_s + response.bodyFile
                + u"\") names a different file per request; no example"_s);
            break;
        }
        const QString file = QDir(m_set.baseDir).filePath(response.bodyFile);
        const bool text = mime.inherits(u"text/plain"_s) || isJsonMediaType(mime.name())
            || mime.name().contains(u"xml"_s) || mime.name().contains(u"javascript"_s)
            || mime.name().contains(u"yaml"_s);
        QFile in(file);
        if (!text) {
            report(at + u".bodyFile: \""_s + response.bodyFile
                + u"\" is not a text file; no example"_s);
        } else if (in.size() > MaxExampleFileBytes) {
            report(at + u".bodyFile: \""_s + response.bodyFile
                + u"\" is larger than 1 MiB; no example"_s);
        } else if (!in.open(QIODevice::ReadOnly)) {
            report(at + u".bodyFile: cannot read \""_s + QDir::toNativeSeparators(file) + u"\": "_s
                + in.errorString() + u"; no example"_s);
        } else {
            const QByteArray bytes = in.readAll();
            const QString content = QString::fromUtf8(bytes);
            if (response.templateFile && dialect != TemplateDialect::None
                && content.contains(u"{{"_s)) {
                *templated = templateDialectName(dialect);
                *example = content;
            } else {
                const std::optional<QJsonValue> json =
                    isJsonMediaType(type) ? parseJson(bytes) : std::nullopt;
                *example = json.value_or(QJsonValue(content));
            }
        }
        break;
    }
    }
    *mediaType = type;
}

QJsonObject Writer::responsesOf(const Operation &operation)
{
    QJsonObject responses = operation.fixedResponses;
    // Status -> entries, in status order; several entries of one status are named examples.
    std::map<int, QList<Entry>> byStatus;
    for (const Entry &entry : operation.entries) {
        byStatus[entry.response.status].append(entry);
    }
    for (const auto &[status, entries] : byStatus) {
        QStringList reasons;
        QJsonObject headers;
        // Media type -> (example key -> example object), and the single example's media type.
        std::map<QString, QList<std::pair<QString, QJsonObject>>> content;
        for (const Entry &entry : entries) {
            const Response &response = entry.response;
            const QString at =
                u"%1.responses[%2]"_s.arg(routeAt(entry.routeIndex)).arg(entry.responseIndex);
            const QString reason = response.reason.isEmpty()
                ? QString::fromLatin1(HttpResponse::standardReason(status))
                : response.reason;
            if (!reasons.contains(reason)) {
                reasons.append(reason);
            }
            if (!response.fault.isNone()) {
                report(at + u".fault: the fault \""_s + Fault::name(response.fault.kind)
                    + u"\" (the answer goes wrong on the wire) is not described"_s);
            }
            HeaderList all = response.headers;
            for (const auto &header : m_set.headers) {
                if (response.headerValues(header.first).isEmpty()) {
                    all.append(header);
                }
            }
            for (const auto &[name, values] : std::as_const(all)) {
                if (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0 || values.isEmpty()) {
                    continue;
                }
                bool known = false;
                for (auto it = headers.begin(); it != headers.end(); ++it) {
                    known = known || it.key().compare(name, Qt::CaseInsensitive) == 0;
                }
                if (known) {
                    continue;
                }
                QJsonObject header { { u"schema"_s, QJsonObject { { u"type"_s, u"string"_s } } },
                    { u"example"_s, values.first() } };
                const TemplateDialect dialect = m_set.dialectOf(response);
                if (dialect != TemplateDialect::None && values.first().contains(u"{{"_s)) {
                    header.insert(u"x-mockbench-template"_s, templateDialectName(dialect));
                }
                if (values.size() > 1) {
                    header.insert(
                        u"description"_s, u"Sent %1 times, one value each."_s.arg(values.size()));
                }
                headers.insert(name, header);
            }
            QString mediaType;
            std::optional<QJsonValue> example;
            QString templated;
            bodyOf(entry, &mediaType, &example, &templated);
            if (mediaType.isEmpty()) {
                continue;
            }
            QJsonObject exampleObject;
            if (!entry.summary.isEmpty()) {
                exampleObject.insert(u"summary"_s, entry.summary);
            }
            if (example) {
                exampleObject.insert(u"value"_s, *example);
            }
            if (!templated.isEmpty()) {
                exampleObject.insert(u"x-mockbench-template"_s, templated);
                exampleObject.insert(u"description"_s,
                    u"A template in MockBench's \"%1\" dialect, rendered for each request."_s.arg(
                        templated));
            }
            const QString key = entry.onlyOfRoute
                ? entry.routeId
                : u"%1-%2"_s.arg(entry.routeId).arg(entry.responseIndex + 1);
            content[mediaType].append({ key, exampleObject });
        }
        QJsonObject object { { u"description"_s, reasons.join(u" / "_s) } };
        if (!headers.isEmpty()) {
            object.insert(u"headers"_s, headers);
        }
        QJsonObject contentObject;
        for (const auto &[type, examples] : content) {
            QJsonObject media;
            if (examples.size() == 1) {
                // One example: the media type's own "example" (and its template mark).
                const QJsonObject &only = examples.first().second;
                if (only.contains(u"value"_s)) {
                    media.insert(u"example"_s, only.value(u"value"_s));
                }
                if (only.contains(u"x-mockbench-template"_s)) {
                    media.insert(u"x-mockbench-template"_s, only.value(u"x-mockbench-template"_s));
                }
            } else {
                QJsonObject named;
                for (const auto &[key, exampleObject] : examples) {
                    QString unique = key;
                    for (int n = 2; named.contains(unique); ++n) {
                        unique = u"%1-%2"_s.arg(key).arg(n);
                    }
                    named.insert(unique, exampleObject);
                }
                media.insert(u"examples"_s, named);
            }
            contentObject.insert(type, media);
        }
        if (!contentObject.isEmpty()) {
            object.insert(u"content"_s, contentObject);
        }
        responses.insert(QString::number(status), object);
    }
    if (responses.isEmpty()) {
        responses.insert(u"default"_s,
            QJsonObject { { u"description"_s,
                u"The route has no response: MockBench answers it with an error."_s } });
    }
    return responses;
}

void Writer::addOperation(const QString &pathKey, const QString &method, Operation operation,
    qsizetype index, const QString &anyMethodNote)
{
    auto &item = m_operations[pathKey];
    const auto existing = item.find(method);
    if (existing != item.end()) {
        // Routes are tried in file order: the first one is the operation, a later one on the
        // same method and path answers only what the first leaves (other conditions); its
        // responses join the operation's examples.
        Operation &first = existing->second;
        report(u"%1: %2 %3 is also %4's operation (%5); its responses are described there as "
               "examples"_s.arg(routeAt(index), method.toUpper(), pathKey,
                   routeAt(first.routeIndex), first.operationId));
        for (Entry entry : std::as_const(operation.entries)) {
            entry.onlyOfRoute = false;
            first.entries.append(entry);
        }
        return;
    }
    operation.operationId = uniqueOperationId(operation.operationId);
    operation.object.insert(u"operationId"_s, operation.operationId);
    if (!anyMethodNote.isEmpty()) {
        operation.object.insert(u"x-mockbench-any-method"_s, true);
    }
    item.emplace(method, operation);
}

void Writer::addResource(qsizetype index, const ConvertedPath &path)
{
    const Route &route = m_set.routes.at(index);
    const RouteResource &resource = *route.resource;
    const QJsonValue data = m_set.data.value(resource.data);
    const QJsonValue item = data.isArray() && !data.toArray().isEmpty() ? data.toArray().at(0)
                                                                        : QJsonValue(QJsonObject());
    const auto json = [](const QString &description, const std::optional<QJsonValue> &example) {
        QJsonObject media;
        if (example) {
            media.insert(u"example"_s, *example);
        }
        return QJsonObject { { u"description"_s, description },
            { u"content"_s, QJsonObject { { u"application/json"_s, media } } } };
    };
    const QJsonObject notFound = json(u"No item has this key."_s, QJsonValue(QJsonObject()));
    const QJsonObject body { { u"required"_s, true },
        { u"content"_s,
            QJsonObject { { u"application/json"_s, QJsonObject { { u"example"_s, item } } } } } };
    const QJsonObject listBody { { u"required"_s, true },
        { u"content"_s,
            QJsonObject { { u"application/json"_s, QJsonObject { { u"example"_s, data } } } } } };
    const QString itemKey =
        path.key + (path.key.endsWith(u'/') ? u""_s : u"/"_s) + u'{' + resource.key + u'}';
    struct Crud
    {
        bool onItem;
        QString method;
        QString name;
        QJsonObject responses;
        QString summary;
    };
    const QList<Crud> cruds {
        { false, u"get"_s, u"list"_s, { { u"200"_s, json(u"The items."_s, data) } },
            u"List the items"_s },
        { false, u"post"_s, u"create"_s, { { u"201"_s, json(u"The new item."_s, item) } },
            u"Create an item"_s },
        { false, u"put"_s, u"replace-all"_s, { { u"200"_s, json(u"The items."_s, data) } },
            u"Replace every item"_s },
        { false, u"patch"_s, u"update-all"_s, { { u"200"_s, json(u"The items."_s, data) } },
            u"Merge into every item"_s },
        { false, u"delete"_s, u"delete-all"_s, { { u"200"_s, json(u"Emptied."_s, {}) } },
            u"Delete every item"_s },
        { true, u"get"_s, u"get"_s,
            { { u"200"_s, json(u"The item."_s, item) }, { u"404"_s, notFound } },
            u"Get an item"_s },
        { true, u"put"_s, u"replace"_s,
            { { u"200"_s, json(u"The item."_s, item) }, { u"404"_s, notFound } },
            u"Replace an item"_s },
        { true, u"patch"_s, u"update"_s,
            { { u"200"_s, json(u"The item."_s, item) }, { u"404"_s, notFound } },
            u"Update an item"_s },
        { true, u"delete"_s, u"delete"_s,
            { { u"200"_s, json(u"Deleted."_s, {}) }, { u"404"_s, notFound } },
            u"Delete an item"_s },
    };
    QJsonArray pathParameters;
    for (const PathParameter &parameter : path.parameters) {
        pathParameters.append(QJsonObject { { u"name"_s, parameter.name }, { u"in"_s, u"path"_s },
            { u"required"_s, true }, { u"schema"_s, parameter.schema } });
    }
    QJsonArray itemParameters = pathParameters;
    itemParameters.append(QJsonObject { { u"name"_s, resource.key }, { u"in"_s, u"path"_s },
        { u"required"_s, true }, { u"schema"_s, QJsonObject { { u"type"_s, u"string"_s } } },
        { u"description"_s, u"The item's \"%1\"."_s.arg(resource.key) } });
    if (!m_pathParameters.count(path.key)) {
        m_pathParameters[path.key] = pathParameters;
    }
    if (!m_pathParameters.count(itemKey)) {
        m_pathParameters[itemKey] = itemParameters;
    }
    for (const Crud &crud : cruds) {
        if (route.method != u"*" && route.method.compare(crud.method, Qt::CaseInsensitive) != 0) {
            continue;
        }
        Operation operation;
        operation.routeIndex = index;
        operation.operationId = route.id + u'-' + crud.name;
        operation.fixedResponses = crud.responses;
        operation.object.insert(u"summary"_s,
            u"%1 (a CRUD resource over the data store \"%2\")"_s.arg(crud.summary, resource.data));
        if (crud.method == u"post" || crud.method == u"put" || crud.method == u"patch") {
            // Creating takes an item; replacing or merging the list takes the list.
            operation.object.insert(
                u"requestBody"_s, crud.onItem || crud.method == u"post" ? body : listBody);
        }
        addOperation(crud.onItem ? itemKey : path.key, crud.method, operation, index, {});
    }
}

void Writer::addRoute(qsizetype index)
{
    const Route &route = m_set.routes.at(index);
    const QString at = routeAt(index);
    if (!route.enabled) {
        report(at + u": disabled, so not served; not described"_s);
        return;
    }
    ConvertedPath path = route.pathSyntax == Route::PathSyntax::Mockoon
        ? convertMockoonPath(route.path)
        : convertTemplatePath(route.path);
    for (const QString &problem : std::as_const(path.problems)) {
        report(at + u".path: "_s + problem);
    }
    const QString shape = pathShape(path.key);
    if (m_keyOfShape.contains(shape) && m_keyOfShape.value(shape) != path.key) {
        report(
            u"%1.path: %2 is the OpenAPI path %3 with other parameter names; described there"_s.arg(
                at, path.key, m_keyOfShape.value(shape)));
        path.key = m_keyOfShape.value(shape);
    } else {
        m_keyOfShape.insert(shape, path.key);
    }
    if (route.resource) {
        addResource(index, path);
        return;
    }
    if (!m_pathParameters.count(path.key)) {
        QJsonArray parameters;
        for (const PathParameter &parameter : std::as_const(path.parameters)) {
            QJsonObject object { { u"name"_s, parameter.name }, { u"in"_s, u"path"_s },
                { u"required"_s, true }, { u"schema"_s, parameter.schema } };
            if (!parameter.description.isEmpty()) {
                object.insert(u"description"_s, parameter.description);
            }
            if (parameter.rest) {
                object.insert(u"x-mockbench-rest"_s, true);
            }
            parameters.append(object);
        }
        m_pathParameters[path.key] = parameters;
    }

    QStringList methods;
    QString anyMethodNote;
    if (route.method == u"*") {
        methods = openApiMethods();
        anyMethodNote = u"any method"_s;
        report(at
            + u".method: \"*\" (any method) is described as the eight methods OpenAPI "
              "names; other methods are not"_s);
    } else if (openApiMethods().contains(route.method.toLower())) {
        methods = QStringList { route.method.toLower() };
    } else {
        report(at + u".method: OpenAPI 3.1 has no operation for the method "_s + route.method
            + u"; not described"_s);
        return;
    }

    Operation operation;
    operation.routeIndex = index;
    QJsonObject requestBody;
    const QJsonArray parameters = conditionParameters(route.match, at + u".match"_s, &requestBody);
    if (!parameters.isEmpty()) {
        operation.object.insert(u"parameters"_s, parameters);
    }
    QStringList description;
    switch (route.responseMode) {
    case Route::ResponseMode::Rules:
        if (route.responses.size() > 1) {
            description.append(u"MockBench answers with the first response whose conditions fit "
                               "the request, else the default one."_s);
        }
        break;
    case Route::ResponseMode::Sequential:
        description.append(u"MockBench gives the responses in turn, one per request."_s);
        break;
    case Route::ResponseMode::Random:
        description.append(u"MockBench picks one of the responses at random."_s);
        break;
    case Route::ResponseMode::Default:
        description.append(u"MockBench always gives the default response."_s);
        break;
    }
    if (route.responses.size() > 1) {
        operation.object.insert(
            u"x-mockbench-response-mode"_s, Route::modeName(route.responseMode));
    }
    if (route.scenario) {
        QJsonObject scenario { { u"name"_s, route.scenario->name } };
        if (route.scenario->requiredState) {
            scenario.insert(u"requires"_s, *route.scenario->requiredState);
        }
        if (route.scenario->newState) {
            scenario.insert(u"then"_s, *route.scenario->newState);
        }
        operation.object.insert(u"x-mockbench-scenario"_s, scenario);
        report(at + u".scenario: answers only in a state of the scenario \""_s
            + route.scenario->name + u"\" (x-mockbench-scenario)"_s);
    }
    if (route.chaos.errorRate.value_or(0) > 0) {
        report(at + u".chaos: the error rate (%1) is not described"_s.arg(*route.chaos.errorRate));
    }
    if (!description.isEmpty()) {
        operation.object.insert(u"description"_s, description.join(u' '));
    }
    operation.object.insert(u"summary"_s,
        u"%1 %2"_s.arg(route.method == u"*" ? u"ANY"_s : route.method.toUpper(), route.path));
    for (qsizetype j = 0; j < route.responses.size(); ++j) {
        Entry entry;
        entry.routeIndex = index;
        entry.responseIndex = j;
        entry.routeId = route.id;
        entry.response = route.responses.at(j);
        entry.onlyOfRoute = route.responses.size() == 1;
        QStringList summary;
        if (!route.match.isEmpty()) {
            summary.append(u"route %1, when %2"_s.arg(route.id, describeConditions(route.match)));
        }
        if (entry.response.when && !entry.response.when->isEmpty()) {
            summary.append(u"when "_s + describeConditions(*entry.response.when));
        }
        if (entry.response.isDefault) {
            summary.append(u"the default response"_s);
        }
        if (summary.isEmpty() && route.responses.size() > 1) {
            summary.append(u"response %1 of route %2"_s.arg(j + 1).arg(route.id));
        }
        entry.summary = summary.join(u"; "_s);
        operation.entries.append(entry);
    }
    for (const QString &method : std::as_const(methods)) {
        Operation one = operation;
        one.operationId = methods.size() > 1 ? route.id + u'-' + method : route.id;
        if (!requestBody.isEmpty() && method != u"get" && method != u"head" && method != u"delete"
            && method != u"options" && method != u"trace") {
            one.object.insert(u"requestBody"_s, requestBody);
        } else if (!requestBody.isEmpty() && methods.size() == 1) {
            report(at + u".match.body: a request body condition on "_s + route.method.toUpper()
                + u", whose body OpenAPI does not describe; not described"_s);
        }
        addOperation(path.key, method, one, index, anyMethodNote);
    }
}

OpenApiWriter::Result Writer::run()
{
    for (const Route &route : m_set.routes) {
        // Every route keeps its id as its operationId; generated ones step around them all.
        m_routeIds.insert(route.id);
    }
    for (qsizetype i = 0; i < m_set.routes.size(); ++i) {
        m_currentRouteId = m_set.routes.at(i).id;
        addRoute(i);
    }
    if (m_set.cors != RouteSet::Cors::Off) {
        report(u"cors: the CORS preflight answer to OPTIONS requests no route takes is not "
               "described"_s);
    }
    if (m_set.notFound) {
        report(u"notFound: the answer to requests no route takes is not described"_s);
    }
    if (m_set.chaos.errorRate.value_or(0) > 0) {
        report(u"chaos: the error rate (%1) is not described"_s.arg(*m_set.chaos.errorRate));
    }

    QJsonObject paths;
    for (const auto &[key, operations] : m_operations) {
        QJsonObject item;
        const QJsonArray &parameters = m_pathParameters[key];
        if (!parameters.isEmpty()) {
            item.insert(u"parameters"_s, parameters);
        }
        for (const auto &[method, operation] : operations) {
            QJsonObject object = operation.object;
            object.insert(u"responses"_s, responsesOf(operation));
            item.insert(method, object);
        }
        paths.insert(key, item);
    }
    QJsonObject info {
        { u"title"_s, m_set.name.isEmpty() ? u"MockBench route set"_s : m_set.name },
        { u"version"_s, u"1.0.0"_s },
        { u"description"_s,
            u"Written by MockBench from a route set: each route's responses are the examples."_s }
    };
    const QJsonObject document { { u"openapi"_s, u"3.1.0"_s }, { u"info"_s, info },
        { u"paths"_s, paths } };
    // The lines in the order of the places they name: route by route (a response's lines are
    // found while the document is written, after every route's), then the set's.
    static const QRegularExpression routePlace(u"^routes\\[(\\d+)\\]"_s);
    const auto routeOf = [](const QString &line) {
        const QRegularExpressionMatch match = routePlace.match(line);
        return match.hasMatch() ? match.captured(1).toLongLong()
                                : std::numeric_limits<qint64>::max();
    };
    std::stable_sort(m_report.begin(), m_report.end(),
        [&](const QString &a, const QString &b) { return routeOf(a) < routeOf(b); });
    return { document, m_report };
}

/// True when YAML (1.2, or 1.1 as many readers still are) would read @p text as something other
/// than a string (a number, a boolean, null, a date), or it is empty: such a string is quoted.
bool needsQuotes(const QString &text)
{
    static const QRegularExpression special(
        u"^(?:[-+]?(?:\\.?[0-9][0-9_.:eE+-]*|\\.inf|\\.Inf|\\.INF|0x[0-9a-fA-F]+|0o[0-7]+)|"
        "\\.nan|\\.NaN|\\.NAN|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|"
        "n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<|"
        // YAML 1.1 timestamps, which PyYAML, SnakeYAML and js-yaml read as dates.
        "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)$"_s);
    return text.isEmpty() || special.match(text).hasMatch();
}

void emitString(YAML::Emitter &out, const QString &text)
{
    if (needsQuotes(text)) {
        out << YAML::DoubleQuoted;
    } else if (text.contains(u'\n')) {
        // A literal block keeps exactly one final line break ("|"): only text that ends with
        // one, and starts without a blank, reads back the same; any other is double-quoted.
        const bool literal = text.endsWith(u'\n') && !text.endsWith(u"\n\n"_s)
            && !text.front().isSpace() && !text.contains(u'\r');
        out << (literal ? YAML::Literal : YAML::DoubleQuoted);
    }
    out << text.toStdString();
}

void emitValue(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)) && std::abs(number) < 9.0e15) {
            out << qint64(number);
        } else {
            out << QByteArray::number(number, 'g', 17).toStdString();
        }
        break;
    }
    case QJsonValue::String:
        emitString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out << (array.isEmpty() ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
        for (const QJsonValue &item : array) {
            emitValue(out, item);
        }
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out << (object.isEmpty() ? YAML::Flow : YAML::Block) << YAML::BeginMap;
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << YAML::Key;
            emitString(out, it.key());
            out << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    }
}

} // namespace

OpenApiWriter::Result OpenApiWriter::write(const RouteSet &set)
{
    return Writer(set).run();
}

QByteArray OpenApiWriter::toJson(const QJsonObject &document)
{
    // QJsonObject keeps its keys sorted: the same set always gives the same bytes.
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QByteArray OpenApiWriter::toYaml(const QJsonObject &document)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitValue(out, document);
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

bool OpenApiWriter::isYamlPath(const QString &path)
{
    return path.endsWith(u".yaml"_s, Qt::CaseInsensitive)
        || path.endsWith(u".yml"_s, Qt::CaseInsensitive);
}

bool OpenApiWriter::writeFile(const QJsonObject &document, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = isYamlPath(path) ? toYaml(document) : toJson(document);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error =
                u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace MockBench::Import
