// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestPattern.h"

#include "http/HttpRequest.h"
#include "model/JsonSubset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

bool isAnyMethod(const QString &method)
{
    return method.isEmpty() || method == u"*"_s;
}

bool pathMatches(const QString &pattern, const QString &path)
{
    if (pattern.isEmpty()) {
        return true;
    }
    if (pattern.endsWith(u'*')) {
        return path.startsWith(QStringView(pattern).chopped(1));
    }
    return path == pattern;
}

/// Messages are read in a terminal: long values are cut so one mismatch stays one line.
QString quoted(const QString &text)
{
    constexpr int Limit = 80;
    return u'"' + (text.size() <= Limit ? text : text.left(Limit - 1) + u"…"_s) + u'"';
}

} // namespace

RequestPattern RequestPattern::on(const QString &method, const QString &path)
{
    RequestPattern pattern;
    pattern.method = method;
    pattern.path = path;
    return pattern;
}

RequestPattern &RequestPattern::withHeader(const QString &name, const QString &value)
{
    headers.append({ name, value });
    return *this;
}

RequestPattern &RequestPattern::withHeader(const QString &name)
{
    headers.append({ name, std::nullopt });
    return *this;
}

RequestPattern &RequestPattern::withQuery(const QString &name, const QString &value)
{
    queryItems.append({ name, value });
    return *this;
}

RequestPattern &RequestPattern::withBodyContaining(const QString &text)
{
    bodyContains.append(text);
    return *this;
}

RequestPattern &RequestPattern::withJsonBody(const QJsonValue &subset)
{
    jsonBody = subset;
    return *this;
}

bool RequestPattern::matches(const Exchange &exchange) const
{
    return check(exchange, nullptr);
}

QStringList RequestPattern::mismatches(const Exchange &exchange) const
{
    QStringList reasons;
    check(exchange, &reasons);
    return reasons;
}

bool RequestPattern::check(const Exchange &exchange, QStringList *reasons) const
{
    // Without @p reasons (matches(): Journal::count, the admin API's filters, run over every
    // kept exchange) the first miss ends the check and no message is built.
    bool ok = true;
    // Each reason is a QString-returning lambda, so no message is made unless it is wanted
    // (and no QStringBuilder outlives the temporaries it refers to).
    const auto miss = [&](const auto &reason) {
        ok = false;
        if (reasons) {
            reasons->append(QString(reason()));
        }
        return reasons == nullptr;
    };
    if (!isAnyMethod(method)
        && method.compare(QLatin1StringView(exchange.method), Qt::CaseInsensitive) != 0) {
        if (miss([&] {
                return u"method differs: %1 vs %2"_s.arg(
                    QString::fromLatin1(exchange.method), method);
            })) {
            return false;
        }
    }
    if (!pathMatches(path, exchange.path)) {
        if (miss([&] { return u"path differs: %1 vs %2"_s.arg(exchange.path, path); })) {
            return false;
        }
    }
    for (const auto &[name, value] : headers) {
        QList<QByteArray> values;
        for (const auto &[headerName, headerValue] : exchange.requestHeaders) {
            if (QString::fromLatin1(headerName).compare(name, Qt::CaseInsensitive) == 0) {
                values.append(headerValue);
            }
        }
        if (values.isEmpty()) {
            if (miss([&name = name] { return u"header %1 missing"_s.arg(name); })) {
                return false;
            }
            continue;
        }
        if (!value) {
            continue;
        }
        const QByteArray wanted = value->toUtf8();
        if (!values.contains(wanted) && values.join(", ") != wanted) {
            // Structured bindings are captured by name (C++17 cannot capture them as such).
            if (miss([&name = name, &value = value, &values] {
                    return u"header %1 differs: %2 vs %3"_s.arg(
                        name, quoted(QString::fromUtf8(values.join(", "))), quoted(*value));
                })) {
                return false;
            }
        }
    }
    if (!queryItems.isEmpty()) {
        HttpRequest parsed;
        parsed.setTarget(exchange.target);
        for (const auto &[name, value] : queryItems) {
            QStringList values;
            for (const auto &[itemName, itemValue] : std::as_const(parsed.query)) {
                if (itemName == name) {
                    values.append(itemValue);
                }
            }
            if (values.isEmpty()) {
                if (miss([&name = name] { return u"query item %1 missing"_s.arg(name); })) {
                    return false;
                }
            } else if (!values.contains(value)) {
                if (miss([&name = name, &value = value, &values] {
                        return u"query item %1 differs: %2 vs %3"_s.arg(
                            name, quoted(values.join(u", "_s)), quoted(value));
                    })) {
                    return false;
                }
            }
        }
    }
    for (const QString &text : bodyContains) {
        if (!exchange.requestBody.contains(text.toUtf8())) {
            if (miss([&] { return u"body does not contain %1"_s.arg(quoted(text)); })) {
                return false;
            }
        }
    }
    if (jsonBody) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(exchange.requestBody, &error);
        if (error.error != QJsonParseError::NoError) {
            if (miss([&] {
                    return exchange.requestBody.isEmpty()
                        ? u"body is empty, not JSON"_s
                        : u"body is not JSON (%1)"_s.arg(error.errorString());
                })) {
                return false;
            }
        } else {
            const QJsonValue actual =
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            if (!JsonSubset::contains(actual, *jsonBody)) {
                if (miss([&]() -> QString {
                        return u"JSON body "_s + JsonSubset::mismatch(actual, *jsonBody);
                    })) {
                    return false;
                }
            }
        }
    }
    return ok;
}

QString RequestPattern::toString() const
{
    QString text;
    if (isAnyMethod(method) && path.isEmpty()) {
        text = u"any request"_s;
    } else {
        text = (isAnyMethod(method) ? u"ANY"_s : method.toUpper()) + u' '
            + (path.isEmpty() ? u"*"_s : path);
    }
    QStringList conditions;
    for (const auto &[name, value] : headers) {
        conditions.append(value ? u"header %1: %2"_s.arg(name, *value) : u"header %1"_s.arg(name));
    }
    for (const auto &[name, value] : queryItems) {
        conditions.append(u"query %1=%2"_s.arg(name, value));
    }
    for (const QString &contained : bodyContains) {
        conditions.append(u"body containing %1"_s.arg(quoted(contained)));
    }
    if (jsonBody) {
        conditions.append(u"JSON body containing %1"_s.arg(JsonSubset::compactText(*jsonBody)));
    }
    if (!conditions.isEmpty()) {
        text += u" with "_s + conditions.join(u" and "_s);
    }
    return text;
}

bool operator==(const RequestPattern &a, const RequestPattern &b)
{
    return a.method == b.method && a.path == b.path && a.headers == b.headers
        && a.queryItems == b.queryItems && a.bodyContains == b.bodyContains
        && a.jsonBody == b.jsonBody;
}

} // namespace MockBench
