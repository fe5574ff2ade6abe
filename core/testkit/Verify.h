// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Exchange.h"
#include "journal/RequestPattern.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace MockBench {

class Journal;

/// The outcome of a verification: ok, or a message saying what was expected and what
/// arrived instead (ready for QVERIFY2 or any other test framework).
struct VerifyResult
{
    bool ok = true;
    QString message; ///< empty when ok

    explicit operator bool() const { return ok; }
};

/// How many received requests a failure message lists before "…and N more".
constexpr int VerifyListLimit = 20;

/// The requests of @p received that match @p pattern, in arrival order.
QList<Exchange> matching(const QList<Exchange> &received, const RequestPattern &pattern);

/// Exactly @p expected requests of @p received match @p pattern.
VerifyResult verifyCount(
    const QList<Exchange> &received, const RequestPattern &pattern, int expected);
/// At least @p minimum requests match @p pattern.
VerifyResult verifyAtLeast(
    const QList<Exchange> &received, const RequestPattern &pattern, int minimum);
/// At most @p maximum requests match @p pattern.
VerifyResult verifyAtMost(
    const QList<Exchange> &received, const RequestPattern &pattern, int maximum);
/// No request matches @p pattern.
VerifyResult verifyNever(const QList<Exchange> &received, const RequestPattern &pattern);
/// Requests matching @p patterns arrived in this order; other requests may come in between
/// (like Mockito's inOrder).
VerifyResult verifyOrder(const QList<Exchange> &received, const QList<RequestPattern> &patterns);

/// The same, over the exchanges @p journal keeps now.
VerifyResult verifyCount(const Journal &journal, const RequestPattern &pattern, int expected);
VerifyResult verifyAtLeast(const Journal &journal, const RequestPattern &pattern, int minimum);
VerifyResult verifyAtMost(const Journal &journal, const RequestPattern &pattern, int maximum);
VerifyResult verifyNever(const Journal &journal, const RequestPattern &pattern);
VerifyResult verifyOrder(const Journal &journal, const QList<RequestPattern> &patterns);

/// One line for @p exchange as failure messages list it: "GET /a?x=1 → 200 (get-a)".
QString describeExchange(const Exchange &exchange);

} // namespace MockBench
