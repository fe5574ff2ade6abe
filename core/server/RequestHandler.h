// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "model/Chaos.h"

#include <QString>
#include <functional>
#include <memory>

namespace MockBench {

class HttpConnection; // internal to the server; only MockServer makes and reads Responders

/// Where the answer to one request goes. Copyable and cheap: a handler may answer at once or
/// keep it and answer later (after a timer, a reply from elsewhere). Only the first answer
/// counts; one given after the client went away is dropped.
class Responder
{
public:
    Responder();
    ~Responder();
    Responder(const Responder &other);
    Responder &operator=(const Responder &other);

    /// Sends @p response (through @p fault, if one is given) in the request's turn.
    void respond(const HttpResponse &response, const Fault &fault = {}) const;
    /// True once respond() was called.
    bool hasResponded() const;
    /// The client's address and port, "127.0.0.1:5431"; empty once it went away.
    QString peer() const;

private:
    // Made and read by the server only: the connection stays out of the public API.
    friend class MockServer;
    Responder(HttpConnection *connection, quint64 sequence);
    HttpConnection *connection() const; ///< null once the client went away

    struct State; // the connection and the request's place in its answer queue
    std::shared_ptr<State> d;
};

/// One link of the server's request chain (the admin API, a user's interceptor, route
/// answering): true when it takes the request (answering through the responder now or later),
/// false to pass it to the next link.
using RequestHandler = std::function<bool(const HttpRequest &request, const Responder &responder)>;

} // namespace MockBench
