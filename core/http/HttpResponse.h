// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QFile>
#include <memory>
#include <optional>

namespace MockBench {

class BodyStream; // http/BodyStream.h

/// A body that stays on disk: @p length bytes of an open file from @p offset, streamed to the
/// client as fast as it reads them (so memory does not grow with the file).
struct FileBody
{
    std::shared_ptr<QFile> file; ///< open for reading; shared because responses are copied
    qint64 offset = 0;
    qint64 length = 0;
};

/// A response ready to be written: status line, headers and the body (in memory or a file).
struct HttpResponse
{
    int status = 200;
    QByteArray reason; ///< empty: the standard phrase
    RawHeaders headers; ///< without Content-Length and Connection (added when written)
    QByteArray body;
    std::optional<FileBody> file; ///< when set, the body is from the file and body is unused
    /// When set, the body arrives while it is sent (a proxied answer): body and file are unused.
    std::shared_ptr<BodyStream> stream;
    bool close = false; ///< close the connection after this response (a route's Connection: close)

    static HttpResponse plain(int status, const QByteArray &text);
    /// The standard reason phrase for @p status ("Not Found"), or "Unknown".
    static QByteArray standardReason(int status);
    /// True for statuses that never carry a body (1xx, 204, 304).
    static bool isBodyless(int status);

    /// The size of the body, wherever it is; -1 for a stream of unknown length.
    qint64 bodySize() const;

    /// Status line, headers (with Content-Length, or for a stream of unknown length
    /// Transfer-Encoding: chunked when @p chunked, else nothing as the close ends the body, and
    /// Connection when @p close or @p keepAlive10), blank line and, unless @p head or the body
    /// is a file or a stream, the body.
    QByteArray serialize(
        bool head, bool close, bool keepAlive10 = false, bool chunked = true) const;
};

} // namespace MockBench
