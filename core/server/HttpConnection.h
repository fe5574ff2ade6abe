// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/BodyStream.h"
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
#include <optional>

class QSocketNotifier;
class QTimer;

namespace MockBench {

class HttpConnection;

/// The request body bytes that all connections of a server may hold at once. A body of known
/// length is reserved whole before it is read: a connection whose body does not fit waits,
/// unread (the client's TCP window fills and it stops sending), and is resumed in arrival
/// order as other bodies complete. Reserving whole bodies means the waiting cannot deadlock.
class BodyBudget
{
public:
    explicit BodyBudget(qint64 limit)
        : m_limit(limit)
    {
    }

    void setLimit(qint64 limit);
    qint64 limit() const { return m_limit; }
    qint64 used() const { return m_used; }
    /// Takes @p bytes if they fit and nobody waits before; else queues @p connection, which is
    /// resumed (bodyBudgetGranted(), from the event loop) once they are taken for it.
    bool reserve(HttpConnection *connection, qint64 bytes);
    /// For bodies of unknown length (chunked): takes @p bytes if they fit, never waits.
    bool tryTake(qint64 bytes);
    void release(qint64 bytes);
    /// Forgets @p connection's place in the queue.
    void cancel(HttpConnection *connection);

private:
    void grant();
    struct Waiter
    {
        QPointer<HttpConnection> connection;
        qint64 bytes = 0;
    };
    qint64 m_limit = 0;
    qint64 m_used = 0;
    std::deque<Waiter> m_waiting;
};

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

    /// Unsent answer bytes above which no further pipelined request is read until the client
    /// has read some: a client that never reads cannot make the server buffer without end.
    static constexpr qint64 MaxUnsentBytes = 1024 * 1024;
    /// Requests read but not yet answered (latency holds them) above which reading pauses.
    static constexpr int MaxInFlight = 1024;
    /// What is kept in the socket's read buffer; the rest waits in the kernel.
    static constexpr qint64 ReadBufferBytes = 256 * 1024;

    /// @p budget, when given, bounds the request bodies held across connections.
    HttpConnection(QTcpSocket *socket, const Limits &limits, Handler handler,
        std::shared_ptr<BodyBudget> budget = {}, QObject *parent = nullptr);
    ~HttpConnection() override;

    /// Queues the answer to request @p sequence; written once all earlier ones are, and
    /// through @p fault when one is given (reset, stall, dribble, ...).
    void respond(quint64 sequence, const HttpResponse &response, const Fault &fault = {});

    /// New limits, checked against everything read from now on.
    void setLimits(const Limits &limits) { m_parser.setLimits(limits); }
    Limits limits() const { return m_parser.limits(); }

    QTcpSocket *socket() const { return m_socket; }
    QString peer() const { return m_peer; }
    /// True when no response is outstanding (a stalled, dribbling or streaming one counts).
    bool isIdle() const { return m_nextToWrite == m_nextSequence && !m_busy; }
    /// True while the server, not the client, holds reading back: a body waits for the body
    /// budget, or the client is not reading its answers. Deadlines do not run meanwhile.
    bool isHeld() const { return m_waitingBudget || m_outputHeld; }
    /// True while a body is being sent from a file.
    bool isSendingFile() const { return m_file.has_value(); }
    /// True while a streamed body (a proxied answer) is being sent.
    bool isSendingStream() const { return m_pipe != nullptr; }
    /// Milliseconds since the last byte was read or written (monotonic clock).
    qint64 idleMs() const { return m_lastActivity.elapsed(); }
    /// Where the parser stands: Idle between requests, Head while a request head is coming.
    HttpParser::Phase phase() const { return m_parser.phase(); }
    /// Milliseconds since the first byte of the request head still being read arrived, or -1
    /// when no head is partly read (or it was already refused).
    qint64 headMs() const;
    /// Milliseconds a request body has been arriving (not counting time held back by the
    /// server, nor before a 100 Continue went out), or -1 when no body is being read.
    qint64 bodyMs() const;
    /// Body bytes read in those bodyMs() milliseconds.
    qint64 bodyBytes() const { return m_bodyBytes; }
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
    friend class BodyBudget;
    void bodyBudgetGranted();
    /// A body begins (its head is parsed): reserve it, or wait for the budget.
    void beginBody();
    void endBody();
    void startBodyClock();
    bool outputFull() const;
    void onBytesWritten();
    void resumeReading();
    void startFile(const FileBody &body, bool closeAfter);
    /// Sends @p stream's body as it arrives (chunked when its length is unknown), pulling no
    /// more than the client reads; an upstream that breaks off drops the connection.
    void startPipe(std::shared_ptr<BodyStream> stream, bool chunked, bool closeAfter);
    void pumpPipe();
    void finishPipe();
    /// Once what is owed before it has gone out, @p act (reset, a TLS alert): nothing after it
    /// is answered.
    void afterWrites(void (HttpConnection::*act)());
    void pumpFile();
    void finishFile();
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
    void tlsAlertAndDrop();
    void touch();
    /// Answer bytes not yet handed to the kernel: under TLS the plain ones waiting to be
    /// encrypted and the encrypted ones waiting to go out.
    qint64 unsent() const;
    /// Calls @p act each time written bytes leave (plain or, under TLS, encrypted ones).
    void onWritten(const std::function<void()> &act);

    QPointer<QTcpSocket> m_socket;
    bool m_tls = false; ///< m_socket is a QSslSocket in server mode, its handshake done
    HttpParser m_parser; ///< stopped after a refusal or a request that closes the connection
    Handler m_handler;
    QString m_peer;
    QString m_peerAddress; ///< for the requests: HttpRequest::peerAddress
    quint16 m_localPort = 0;

    /// One request in flight; slots[0] belongs to sequence m_nextToWrite.
    struct Slot
    {
        bool head = false;
        bool close = false;
        bool keepAlive10 = false;
        bool http10 = false; ///< an HTTP/1.0 request: no chunked answer
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
    bool m_parsing = false; ///< parseRequests() is on the stack
    std::shared_ptr<BodyBudget> m_budget;
    bool m_bodyBegun = false; ///< the body of the request being read was seen (and reserved)
    qint64 m_reserved = 0; ///< budget bytes held for the body being read
    bool m_waitingBudget = false;
    bool m_continueAfterBudget = false; ///< a 100 Continue to send once the budget allows
    bool m_outputHeld = false;
    QElapsedTimer m_bodyStart; ///< valid while a body is arriving and not held back
    qint64 m_bodyBytes = 0;
    std::optional<FileBody> m_file; ///< the file body being sent
    qint64 m_fileSent = 0;
    bool m_fileClose = false;
    bool m_sendfile = true; ///< sendfile(2) until the kernel refuses it for this pair
    QSocketNotifier *m_writeNotifier = nullptr;
    std::shared_ptr<BodyStream> m_pipe; ///< the streamed body being sent (a proxied answer)
    bool m_pipeChunked = false;
    bool m_pipeClose = false;
    QByteArray m_stream; ///< body being dribbled
    qsizetype m_streamPos = 0;
    int m_streamChunk = 1;
    bool m_streamClose = false;
    QTimer *m_streamTimer = nullptr;
};

} // namespace MockBench
