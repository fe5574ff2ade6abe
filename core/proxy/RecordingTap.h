// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace MockBench {

/// Sees every forwarded exchange whole, bodies of any size included, as it streams through
/// (MockServer::setRecordingTap): what the recorder turns into routes. Called on the server's
/// thread, in this order for one @p key: begin, bodyData any number of times, end.
class RecordingTap
{
public:
    virtual ~RecordingTap() = default;

    /// The upstream's answer head for @p request (its body whole) has come back: @p status,
    /// @p reason and @p headers as the upstream sent them (hop-by-hop ones included).
    virtual void begin(quint64 key, const HttpRequest &request, const QString &upstreamUrl,
        int status, const QByteArray &reason, const RawHeaders &headers) = 0;
    /// The next bytes of the answer's body (decoded of any transfer coding, content coding
    /// kept as sent).
    virtual void bodyData(quint64 key, const QByteArray &bytes) = 0;
    /// The answer is over: @p complete false when the upstream broke off (nothing should be
    /// recorded from it).
    virtual void end(quint64 key, bool complete) = 0;
};

} // namespace MockBench
