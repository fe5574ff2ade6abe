// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verify.h"

#include "http/HttpRequest.h"
#include "journal/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <iterator>

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
QString shortened(const QString &text, int limit = 80)
{
    return text.size() <= limit ? text : text.left(limit - 1) + u"…"_s;
}

QString jsonText(const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    default: {
        // A scalar goes through a one-element array: QJsonDocument only serialises containers.
        const QByteArray wrapped =
            QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
        break;
    }
    }
    return shortened(text);
}

QString childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

/// The first place where @p actual does not contain @p expected, described; empty when it does.
QString jsonSubsetMismatch(const QJsonValue &actual, const QJsonValue &expected, const QString &at)
{
    const QString where = at.isEmpty() ? QString() : u" at "_s + at;
    if (expected.isObject()) {
        if (!actual.isObject()) {
            return u"JSON body differs%1: %2 vs %3"_s.arg(
                where, jsonText(actual), jsonText(expected));
        }
        const QJsonObject expectedObject = expected.toObject();
        const QJsonObject actualObject = actual.toObject();
        for (auto it = expectedObject.begin(); it != expectedObject.end(); ++it) {
            const QString path = childPath(at, it.key());
            if (!actualObject.contains(it.key())) {
                return u"JSON body lacks %1 (expected %2)"_s.arg(path, jsonText(it.value()));
            }
            const QString inner =
                jsonSubsetMismatch(actualObject.value(it.key()), it.value(), path);
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        return {};
    }
    if (expected.isArray()) {
        if (!actual.isArray()) {
            return u"JSON body differs%1: %2 vs %3"_s.arg(
                where, jsonText(actual), jsonText(expected));
        }
        // The same rule as a route's "json" body condition: each listed item must be
        // contained in some item of the body's array, in any order.
        const QJsonArray expectedArray = expected.toArray();
        const QJsonArray actualArray = actual.toArray();
        for (qsizetype i = 0; i < expectedArray.size(); ++i) {
            const QJsonValue item = expectedArray.at(i);
            const bool found = std::any_of(
                actualArray.begin(), actualArray.end(), [&](const QJsonValue &candidate) {
                    return jsonSubsetMismatch(candidate, item, QString()).isEmpty();
                });
            if (!found) {
                return u"JSON body%1 has no element containing %2"_s.arg(where, jsonText(item));
            }
        }
        return {};
    }
    // Numbers compare by value: 1 and 1.0 are the same JSON number.
    const bool same = expected.isDouble() && actual.isDouble()
        ? expected.toDouble() == actual.toDouble()
        : expected == actual;
    if (same) {
        return {};
    }
    return u"JSON body differs%1: %2 vs %3"_s.arg(where, jsonText(actual), jsonText(expected));
}

QString quoted(const QString &text)
{
    return u'"' + shortened(text) + u'"';
}

QString requestsText(qsizetype n)
{
    return n == 1 ? u"1 request"_s : u"%1 requests"_s.arg(n);
}

/// "Received 3 requests:" and one numbered line each (at most VerifyListLimit), matches of
/// @p mark flagged so a reader sees at once which ones counted.
QString receivedList(const QList<Exchange> &received, const RequestPattern *mark = nullptr)
{
    if (received.isEmpty()) {
        return u"Received no requests."_s;
    }
    QString text = u"Received %1:"_s.arg(requestsText(received.size()));
    const qsizetype shown = std::min<qsizetype>(received.size(), VerifyListLimit);
    for (qsizetype i = 0; i < shown; ++i) {
        text += u"\n  %1. "_s.arg(i + 1) + describeExchange(received.at(i));
        if (mark && mark->matches(received.at(i))) {
            text += u"  ← matches"_s;
        }
    }
    if (received.size() > shown) {
        text += u"\n  …and %1 more"_s.arg(received.size() - shown);
    }
    return text;
}

/// Levenshtein distance, so "/items/13" is closer to "/items/12" than "/items/2" is.
qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min(
                { above + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

/// The request of @p candidates that misses @p pattern by the fewest conditions (ties: the
/// path nearest the pattern's, then the earliest), as a "Closest: ..." line; empty if none.
QString closestLine(const QList<Exchange> &candidates, const RequestPattern &pattern)
{
    const Exchange *best = nullptr;
    QStringList bestReasons;
    qsizetype bestDistance = 0;
    for (const Exchange &exchange : candidates) {
        const QStringList reasons = pattern.mismatches(exchange);
        if (reasons.isEmpty()) {
            continue;
        }
        const qsizetype distance = editDistance(exchange.path, pattern.path);
        if (!best || reasons.size() < bestReasons.size()
            || (reasons.size() == bestReasons.size() && distance < bestDistance)) {
            best = &exchange;
            bestReasons = reasons;
            bestDistance = distance;
        }
    }
    if (!best) {
        return {};
    }
    const QString target = best->target.isEmpty() ? best->path : QString::fromUtf8(best->target);
    return u"Closest: %1 %2 (%3)"_s.arg(
        QString::fromLatin1(best->method), target, bestReasons.join(u"; "_s));
}

VerifyResult countResult(const QList<Exchange> &received, const RequestPattern &pattern,
    qsizetype got, const QString &expectation, bool tooFew)
{
    QString message =
        u"expected %1 %2, got %3.\n"_s.arg(expectation, pattern.toString(), QString::number(got))
        + receivedList(received, got > 0 ? &pattern : nullptr);
    // The closest miss only helps when requests are missing, not when there are too many.
    const QString closest = tooFew ? closestLine(received, pattern) : QString();
    if (!closest.isEmpty()) {
        message += u'\n' + closest;
    }
    return { false, message };
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
    return mismatches(exchange).isEmpty();
}

QStringList RequestPattern::mismatches(const Exchange &exchange) const
{
    QStringList reasons;
    const QString actualMethod = QString::fromLatin1(exchange.method);
    if (!isAnyMethod(method) && actualMethod.compare(method, Qt::CaseInsensitive) != 0) {
        reasons.append(u"method differs: %1 vs %2"_s.arg(actualMethod, method));
    }
    if (!pathMatches(path, exchange.path)) {
        reasons.append(u"path differs: %1 vs %2"_s.arg(exchange.path, path));
    }
    for (const auto &[name, value] : headers) {
        QList<QByteArray> values;
        for (const auto &[headerName, headerValue] : exchange.requestHeaders) {
            if (QString::fromLatin1(headerName).compare(name, Qt::CaseInsensitive) == 0) {
                values.append(headerValue);
            }
        }
        if (values.isEmpty()) {
            reasons.append(u"header %1 missing"_s.arg(name));
            continue;
        }
        if (!value) {
            continue;
        }
        const QByteArray wanted = value->toUtf8();
        if (!values.contains(wanted) && values.join(", ") != wanted) {
            reasons.append(u"header %1 differs: %2 vs %3"_s.arg(
                name, quoted(QString::fromUtf8(values.join(", "))), quoted(*value)));
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
                reasons.append(u"query item %1 missing"_s.arg(name));
            } else if (!values.contains(value)) {
                reasons.append(u"query item %1 differs: %2 vs %3"_s.arg(
                    name, quoted(values.join(u", "_s)), quoted(value)));
            }
        }
    }
    for (const QString &text : bodyContains) {
        if (!exchange.requestBody.contains(text.toUtf8())) {
            reasons.append(u"body does not contain %1"_s.arg(quoted(text)));
        }
    }
    if (jsonBody) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(exchange.requestBody, &error);
        if (error.error != QJsonParseError::NoError) {
            reasons.append(exchange.requestBody.isEmpty()
                    ? u"body is empty, not JSON"_s
                    : u"body is not JSON (%1)"_s.arg(error.errorString()));
        } else {
            const QJsonValue actual =
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            const QString reason = jsonSubsetMismatch(actual, *jsonBody, {});
            if (!reason.isEmpty()) {
                reasons.append(reason);
            }
        }
    }
    return reasons;
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
        conditions.append(u"JSON body containing %1"_s.arg(jsonText(*jsonBody)));
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

QList<Exchange> matching(const QList<Exchange> &received, const RequestPattern &pattern)
{
    QList<Exchange> result;
    std::copy_if(received.begin(), received.end(), std::back_inserter(result),
        [&](const Exchange &exchange) { return pattern.matches(exchange); });
    return result;
}

VerifyResult verifyCount(
    const QList<Exchange> &received, const RequestPattern &pattern, int expected)
{
    const qsizetype got = matching(received, pattern).size();
    if (got == expected) {
        return {};
    }
    return countResult(received, pattern, got,
        expected == 0 ? u"no request"_s : requestsText(expected), got < expected);
}

VerifyResult verifyAtLeast(
    const QList<Exchange> &received, const RequestPattern &pattern, int minimum)
{
    const qsizetype got = matching(received, pattern).size();
    if (got >= minimum) {
        return {};
    }
    return countResult(received, pattern, got, u"at least "_s + requestsText(minimum), true);
}

VerifyResult verifyAtMost(
    const QList<Exchange> &received, const RequestPattern &pattern, int maximum)
{
    const qsizetype got = matching(received, pattern).size();
    if (got <= maximum) {
        return {};
    }
    return countResult(received, pattern, got,
        maximum == 0 ? u"no request"_s : u"at most "_s + requestsText(maximum), false);
}

VerifyResult verifyNever(const QList<Exchange> &received, const RequestPattern &pattern)
{
    return verifyCount(received, pattern, 0);
}

VerifyResult verifyOrder(const QList<Exchange> &received, const QList<RequestPattern> &patterns)
{
    // Greedy: each pattern takes the first match after the previous one's, which finds the
    // order whenever one exists.
    QList<qsizetype> found;
    qsizetype next = 0;
    for (const RequestPattern &pattern : patterns) {
        qsizetype at = next;
        while (at < received.size() && !pattern.matches(received.at(at))) {
            ++at;
        }
        if (at == received.size()) {
            break;
        }
        found.append(at);
        next = at + 1;
    }
    if (found.size() == patterns.size()) {
        return {};
    }

    QString message = u"expected requests in this order:"_s;
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        message += u"\n  %1. "_s.arg(i + 1) + patterns.at(i).toString();
    }
    const qsizetype missing = found.size();
    const RequestPattern &pattern = patterns.at(missing);
    message += u"\nbut "_s;
    if (found.isEmpty()) {
        message += u"nothing matching %1. %2 arrived"_s.arg(
            QString::number(missing + 1), pattern.toString());
    } else {
        QStringList arrivals;
        for (qsizetype i = 0; i < found.size(); ++i) {
            arrivals.append(u"%1. as request %2"_s.arg(i + 1).arg(found.at(i) + 1));
        }
        message += u"found "_s + arrivals.join(u", "_s)
            + u", then nothing matching %1. %2 after request %3"_s.arg(QString::number(missing + 1),
                pattern.toString(), QString::number(found.last() + 1));
        for (qsizetype i = 0; i < next; ++i) {
            if (pattern.matches(received.at(i))) {
                message += u" (request %1 matches it, but came earlier)"_s.arg(i + 1);
                break;
            }
        }
    }
    message += u".\n"_s + receivedList(received);
    const QString closest = closestLine(received.mid(next), pattern);
    if (!closest.isEmpty()) {
        message += u'\n' + closest;
    }
    return { false, message };
}

VerifyResult verifyCount(const Journal &journal, const RequestPattern &pattern, int expected)
{
    return verifyCount(journal.exchanges(), pattern, expected);
}

VerifyResult verifyAtLeast(const Journal &journal, const RequestPattern &pattern, int minimum)
{
    return verifyAtLeast(journal.exchanges(), pattern, minimum);
}

VerifyResult verifyAtMost(const Journal &journal, const RequestPattern &pattern, int maximum)
{
    return verifyAtMost(journal.exchanges(), pattern, maximum);
}

VerifyResult verifyNever(const Journal &journal, const RequestPattern &pattern)
{
    return verifyNever(journal.exchanges(), pattern);
}

VerifyResult verifyOrder(const Journal &journal, const QList<RequestPattern> &patterns)
{
    return verifyOrder(journal.exchanges(), patterns);
}

QString describeExchange(const Exchange &exchange)
{
    const QString target =
        exchange.target.isEmpty() ? exchange.path : QString::fromUtf8(exchange.target);
    QString text = QString::fromLatin1(exchange.method) + u' ' + target + u" → "_s
        + (exchange.status > 0 ? QString::number(exchange.status) : u"no status"_s);
    QStringList notes;
    if (exchange.matched()) {
        notes.append(exchange.routeId.isEmpty() ? u"route #%1"_s.arg(exchange.routeIndex + 1)
                                                : exchange.routeId);
    } else {
        notes.append(u"no route"_s);
    }
    if (exchange.errorInjected) {
        notes.append(u"chaos error"_s);
    }
    if (!exchange.fault.isEmpty()) {
        notes.append(u"fault "_s + exchange.fault);
    }
    if (exchange.delayMs > 0) {
        notes.append(u"+%1 ms"_s.arg(exchange.delayMs));
    }
    if (!exchange.error.isEmpty()) {
        notes.append(u"error: "_s + shortened(exchange.error, 60));
    }
    return text + u" ("_s + notes.join(u", "_s) + u')';
}

} // namespace MockBench
