// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpParser.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "model/Chaos.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <deque>
#include <functional>

class QTimer;

namespace MockBench {

/// One client connection: reads HTTP/1.x requests from the socket through an HttpParser
/// (pipelined, chunked, Expect: 100-continue, limits) and writes responses strictly in request
/// order, even when a later response is ready first.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Limits = HttpParser::Limits;
    /// Called once per complete request; the handler answers through respond(@p sequence).
    using Handler = std::function<void(HttpConnection *, quint64 sequence, const HttpRequest &)>;

    HttpConnection(
        QTcpSocket *socket, const Limits &limits, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    /// Queues the answer to request @p sequence; written once all earlier ones are, and
    /// through @p fault when one is given (reset, stall, dribble, ...).
    void respond(quint64 sequence, const HttpResponse &response, const Fault &fault = {});

    /// New limits, checked against everything read from now on.
    void setLimits(const Limits &limits) { m_parser.setLimits(limits); }
    Limits limits() const { return m_parser.limits(); }

    QTcpSocket *socket() const { return m_socket; }
    QString peer() const { return m_peer; }
    /// True when no response is outstanding (a stalled or dribbling one counts).
    bool isIdle() const { return m_nextToWrite == m_nextSequence && !m_busy; }
    /// Milliseconds since the last byte was read or written (monotonic clock).
    qint64 idleMs() const { return m_lastActivity.elapsed(); }
    /// Where the parser stands: Idle between requests, Head while a request head is coming.
    HttpParser::Phase phase() const { return m_parser.phase(); }
    /// Milliseconds since the first byte of the request head still being read arrived, or -1
    /// when no head is partly read (or it was already refused).
    qint64 headMs() const;
    /// Refuses what is being read with @p status and the plain text @p message (ending in a
    /// newline), answered in order after the answers still due; then closes. Nothing more is
    /// read.
    void fail(int status, const QByteArray &message);
    /// Closes gracefully (pending writes flushed first).
    void close();
    /// Drops the connection at once.
    void abort();

Q_SIGNALS:
    void closed(); ///< the socket is gone; the connection deletes itself later
    /// A request was answered by the parser itself (400, 413, 431, 505, ...), never handled.
    void requestRefused(int status, const QString &reason);

private:
    void onReadyRead();
    void parseRequests();
    void dispatch();
    void askForBody();
    void refuse(const HttpParser::Refusal &refusal);
    void writeReady();
    struct Slot;
    void executeFault(const Slot &slot);
    void startStream(const QByteArray &data, int chunkBytes, int intervalMs, bool closeAfter);
    void streamTick();
    void closeAfterWrites();
    void lingerClose();
    void reset();
    void touch();

    QPointer<QTcpSocket> m_socket;
    HttpParser m_parser; ///< stopped after a refusal or a request that closes the connection
    Handler m_handler;
    QString m_peer;

    /// One request in flight; slots[0] belongs to sequence m_nextToWrite.
    struct Slot
    {
        bool head = false;
        bool close = false;
        bool keepAlive10 = false;
        bool ready = false;
        HttpResponse response;
        Fault fault;
    };
    quint64 m_nextSequence = 0; ///< given to the next request
    quint64 m_nextToWrite = 0; ///< the response that goes out next
    std::deque<Slot> m_slots;
    bool m_closing = false; ///< the socket is closing or gone: nothing more is read or written
    bool m_halfClosed = false;
    bool m_failed = false; ///< fail() was called: nothing more is read
    QElapsedTimer m_headStart; ///< valid while a request head is partly read
    QElapsedTimer m_lastActivity; ///< not wall-clock time, which jumps with NTP and the user
    QTimer *m_lingerTimer = nullptr;
    bool m_continuePending = false; ///< a 100 Continue owed once earlier answers are out
    bool m_busy = false; ///< a stalled or streaming response holds the queue
    QByteArray m_stream; ///< body being dribbled
    qsizetype m_streamPos = 0;
    int m_streamChunk = 1;
    bool m_streamClose = false;
    QTimer *m_streamTimer = nullptr;
};

} // namespace MockBench
