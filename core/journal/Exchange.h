// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace MockBench {

/// One request and what was answered, as the journal keeps it.
struct Exchange
{
    quint64 id = 0; ///< 1, 2, 3 ... in arrival order for one server
    QDateTime time; ///< when the request was complete (UTC)
    QString peer; ///< client address:port

    bool secure = false; ///< came over HTTPS
    QByteArray method;
    QString path; ///< decoded path
    QByteArray target; ///< path and query as sent
    RawHeaders requestHeaders;
    QByteArray requestBody; ///< truncated to the journal's body limit
    qint64 requestBodySize = 0; ///< full size before truncation

    int status = 0;
    QByteArray reason;
    RawHeaders responseHeaders;
    QByteArray responseBody; ///< truncated to the journal's body limit
    qint64 responseBodySize = 0;

    int routeIndex = -1; ///< -1: no route matched
    QString routeId;
    int responseIndex = -1;
    QString error; ///< template or body-file error, empty when none
    qint64 delayMs = 0; ///< latency chaos added before the answer
    double errorRoll = -1; ///< the error-rate roll in [0, 1), -1 when none was made
    bool errorInjected = false; ///< the roll hit: the answer is the simulated error
    QString fault; ///< the fault applied ("dribble", ...), empty when none
    qint64 durationUs = 0; ///< from complete request to response queued
    /// Forwarded (DESIGN.md §12): the upstream URL the request went to, empty when the answer
    /// was MockBench's own. The response fields are then the upstream's answer (its head, and
    /// its body up to the journal's limit), or the 502/504 MockBench gave when it failed.
    QString upstream;
    QString upstreamError; ///< why the upstream gave no answer (refused, timed out, TLS), if so

    bool matched() const { return routeIndex >= 0; }
    bool proxied() const { return !upstream.isEmpty(); }
    /// The request header @p name (case-insensitive, repeated values joined).
    QByteArray requestHeader(const QByteArray &name) const;
};

} // namespace MockBench

Q_DECLARE_METATYPE(MockBench::Exchange)
