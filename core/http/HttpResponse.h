// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>

namespace MockBench {

/// A response ready to be written: status line, headers and the whole body.
struct HttpResponse
{
    int status = 200;
    QByteArray reason; ///< empty: the standard phrase
    RawHeaders headers; ///< without Content-Length and Connection (added when written)
    QByteArray body;
    bool close = false; ///< close the connection after this response (a route's Connection: close)

    static HttpResponse plain(int status, const QByteArray &text);
    /// The standard reason phrase for @p status ("Not Found"), or "Unknown".
    static QByteArray standardReason(int status);
    /// True for statuses that never carry a body (1xx, 204, 304).
    static bool isBodyless(int status);

    /// Status line, headers (with Content-Length, and Connection when @p close or
    /// @p keepAlive10), blank line and, unless @p head, the body.
    QByteArray serialize(bool head, bool close, bool keepAlive10 = false) const;
};

} // namespace MockBench
