// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "model/Chaos.h"

#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace MockBench {

class HttpConnection;

/// Where the answer to one request goes. Copyable and cheap: a handler may answer at once or
/// keep it and answer later (after a timer, a reply from elsewhere). Only the first answer
/// counts; one given after the client went away is dropped.
class Responder
{
public:
    Responder() = default;
    Responder(HttpConnection *connection, quint64 sequence);

    /// Sends @p response (through @p fault, if one is given) in the request's turn.
    void respond(const HttpResponse &response, const Fault &fault = {}) const;
    /// True once respond() was called.
    bool hasResponded() const { return m_answered && *m_answered; }
    /// The client's address and port, "127.0.0.1:5431".
    QString peer() const;
    /// The connection, for handlers that tie timers to its lifetime (may be null).
    HttpConnection *connection() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_sequence = 0;
    std::shared_ptr<bool> m_answered;
};

/// One link of the server's request chain (the admin API, a user's interceptor, route
/// answering): true when it takes the request (answering through the responder now or later),
/// false to pass it to the next link.
using RequestHandler = std::function<bool(const HttpRequest &request, const Responder &responder)>;

} // namespace MockBench
