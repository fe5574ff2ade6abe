// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verify.h"

#include "journal/Journal.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

/// Messages are read in a terminal: long values are cut so one mismatch stays one line.
QString shortened(const QString &text, int limit = 80)
{
    return text.size() <= limit ? text : text.left(limit - 1) + u"…"_s;
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
