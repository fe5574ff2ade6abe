// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestHandler.h"

#include "server/HttpConnection.h"

#include <QPointer>

namespace MockBench {

struct Responder::State
{
    QPointer<HttpConnection> connection;
    quint64 sequence = 0;
    bool answered = false;
};

Responder::Responder() = default;

Responder::Responder(HttpConnection *connection, quint64 sequence)
    : d(std::make_shared<State>())
{
    d->connection = connection;
    d->sequence = sequence;
}

HttpConnection *Responder::connection() const
{
    return d ? d->connection.data() : nullptr;
}
Responder::~Responder() = default;
Responder::Responder(const Responder &other) = default;
Responder &Responder::operator=(const Responder &other) = default;

void Responder::respond(const HttpResponse &response, const Fault &fault) const
{
    if (!d || d->answered) {
        return;
    }
    d->answered = true;
    if (d->connection) {
        d->connection->respond(d->sequence, response, fault);
    }
}

bool Responder::hasResponded() const
{
    return d && d->answered;
}

QString Responder::peer() const
{
    return d && d->connection ? d->connection->peer() : QString();
}

} // namespace MockBench
