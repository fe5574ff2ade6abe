// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestHandler.h"

#include "server/HttpConnection.h"

namespace MockBench {

Responder::Responder(HttpConnection *connection, quint64 sequence)
    : m_connection(connection)
    , m_sequence(sequence)
    , m_answered(std::make_shared<bool>(false))
{
}

void Responder::respond(const HttpResponse &response, const Fault &fault) const
{
    if (!m_answered || *m_answered) {
        return;
    }
    *m_answered = true;
    if (m_connection) {
        m_connection->respond(m_sequence, response, fault);
    }
}

HttpConnection *Responder::connection() const
{
    return m_connection;
}

QString Responder::peer() const
{
    return m_connection ? m_connection->peer() : QString();
}

} // namespace MockBench
