// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace MockBench {

using RawHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// One parsed HTTP request, owned by value (safe to keep after the connection moves on).
struct HttpRequest
{
    QByteArray method; ///< the token as sent: GET, POST, PURGE, ...
    QByteArray target; ///< the request target as sent, query included
    QString path; ///< percent-decoded path without the query
    QByteArray rawQuery; ///< the query string without '?', still encoded
    QList<std::pair<QString, QString>> query; ///< decoded query items in order
    int versionMinor = 1; ///< HTTP/1.<versionMinor>
    RawHeaders headers; ///< in arrival order, names as sent
    QByteArray body; ///< decoded (chunked framing removed)
    QString peerAddress; ///< the client's address ("127.0.0.1"); empty when not from a socket
    quint16 localPort = 0; ///< the port the request came in on; 0 when not from a socket
    bool secure = false; ///< came over TLS

    /// Value of header @p name (case-insensitive); repeated headers joined with ", ".
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    /// First value of query item @p name, or a null string.
    QString queryItem(const QString &name) const;
    bool hasQueryItem(const QString &name) const;

    /// Splits @p target into path, rawQuery and query.
    void setTarget(const QByteArray &target);
};

} // namespace MockBench
