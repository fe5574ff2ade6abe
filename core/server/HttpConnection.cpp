// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include <QSocketNotifier>
#include <QSslSocket>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <pthread.h>
#include <sys/sendfile.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

// How long a connection that was refused (413, 400, ...) keeps draining the client's unread
// bytes before it is dropped: closing with unread data would send an RST that can destroy
// the error response before the client reads it.
constexpr int LingerMs = 2000;

/// Bytes of a streamed body queued on the socket at a time.
constexpr qint64 PipeBufferBytes = 256 * 1024;
/// File bytes queued on the socket at a time when sendfile(2) cannot be used.
constexpr qint64 FileChunkBytes = 256 * 1024;
/// File bytes sent in one go before the event loop gets a turn (other clients).
constexpr qint64 FileSliceBytes = 8 * 1024 * 1024;

} // namespace

void BodyBudget::setLimit(qint64 limit)
{
    m_limit = limit;
    grant();
}

bool BodyBudget::reserve(HttpConnection *connection, qint64 bytes)
{
    if (m_waiting.empty() && m_used + bytes <= m_limit) {
        m_used += bytes;
        return true;
    }
    m_waiting.push_back({ connection, bytes });
    return false;
}

bool BodyBudget::tryTake(qint64 bytes)
{
    if (m_used + bytes > m_limit) {
        return false;
    }
    m_used += bytes;
    return true;
}

void BodyBudget::release(qint64 bytes)
{
    m_used = std::max<qint64>(0, m_used - bytes);
    grant();
}

void BodyBudget::cancel(HttpConnection *connection)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        it = (it->connection == connection || !it->connection) ? m_waiting.erase(it) : it + 1;
    }
    grant();
}

void BodyBudget::grant()
{
    // In arrival order, so a large body is not overtaken for ever by small ones.
    while (!m_waiting.empty()) {
        const Waiter &first = m_waiting.front();
        if (!first.connection) {
            m_waiting.pop_front();
            continue;
        }
        if (m_used + first.bytes > m_limit) {
            return;
        }
        m_used += first.bytes;
        // Held by the connection from now on (released when it ends, however it ends); it
        // reads on from the event loop, not inside whichever connection released the bytes.
        HttpConnection *connection = first.connection.data();
        connection->m_reserved = first.bytes;
        connection->m_waitingBudget = false;
        m_waiting.pop_front();
        QMetaObject::invokeMethod(
            connection, &HttpConnection::bodyBudgetGranted, Qt::QueuedConnection);
    }
}

HttpConnection::HttpConnection(QTcpSocket *socket, const Limits &limits, Handler handler,
    std::shared_ptr<BodyBudget> budget, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_handler(std::move(handler))
    , m_budget(std::move(budget))
{
    m_peerAddress = socket->peerAddress().toString();
    m_localPort = socket->localPort();
    m_peer = m_peerAddress + u':' + QString::number(socket->peerPort());
    touch();
    // Bounded: what is not read yet stays in the kernel, whose TCP window then holds the
    // client back.
    socket->setReadBufferSize(ReadBufferBytes);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        // What is sent goes through the TLS layer: no sendfile(2), and the encrypted bytes
        // that leave free the room.
        m_tls = true;
        m_sendfile = false;
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    }
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        // Nothing is written any more: answers still due (a latency timer, a dribble) would
        // only meet a closed socket before the connection is deleted.
        m_closing = true;
        if (m_streamTimer) {
            m_streamTimer->stop();
        }
        if (m_lingerTimer) {
            m_lingerTimer->stop();
        }
        if (m_writeNotifier) {
            m_writeNotifier->setEnabled(false);
        }
        endBody();
        Q_EMIT closed();
    });
    // Data may already be buffered when the connection is handed over.
    if (socket->bytesAvailable() > 0) {
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
    }
}

HttpConnection::~HttpConnection()
{
    endBody();
    if (m_pipe) {
        m_pipe->setNotify({});
        m_pipe->cancel();
    }
}

void HttpConnection::endBody()
{
    if (m_budget) {
        if (m_waitingBudget) {
            m_budget->cancel(this);
        }
        if (m_reserved > 0) {
            m_budget->release(m_reserved);
        }
    }
    m_reserved = 0;
    m_waitingBudget = false;
    m_continueAfterBudget = false;
    m_bodyBegun = false;
    m_bodyStart.invalidate();
    m_bodyBytes = 0;
}

void HttpConnection::beginBody()
{
    m_bodyBegun = true;
    const qint64 need = m_parser.bodyBytesRemaining();
    if (m_budget && need > 0) {
        if (m_budget->reserve(this, need)) {
            m_reserved = need;
        } else {
            m_waitingBudget = true;
        }
    }
}

void HttpConnection::bodyBudgetGranted()
{
    if (m_closing || m_failed || !m_bodyBegun) {
        return; // ended meanwhile; endBody() gave the bytes back
    }
    if (m_continueAfterBudget) {
        m_continueAfterBudget = false;
        askForBody();
    } else {
        startBodyClock();
    }
    resumeReading();
}

void HttpConnection::startBodyClock()
{
    m_bodyStart.start();
    m_bodyBytes = 0;
}

qint64 HttpConnection::bodyMs() const
{
    return m_bodyStart.isValid() && !isHeld() ? m_bodyStart.elapsed() : -1;
}

bool HttpConnection::outputFull() const
{
    return m_socket && (unsent() > MaxUnsentBytes || m_slots.size() >= size_t(MaxInFlight));
}

void HttpConnection::onBytesWritten()
{
    touch();
    if (m_file) {
        pumpFile();
    }
    if (m_pipe) {
        pumpPipe();
    }
    if (m_outputHeld && m_socket && unsent() <= MaxUnsentBytes / 2
        && m_slots.size() < size_t(MaxInFlight)) {
        m_outputHeld = false;
        // Deadlines start afresh: the wait was the server's.
        if (m_bodyStart.isValid()) {
            startBodyClock();
        }
        resumeReading();
    }
}

void HttpConnection::resumeReading()
{
    if (m_parsing || isHeld()) {
        return;
    }
    // Requests already buffered first, then what waits in the socket.
    QTimer::singleShot(0, this, [this] {
        parseRequests();
        if (m_socket && m_socket->bytesAvailable() > 0) {
            onReadyRead();
        }
    });
}

void HttpConnection::touch()
{
    m_lastActivity.start();
}

void HttpConnection::close()
{
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::abort()
{
    if (m_socket) {
        m_socket->abort();
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    touch();
    if (m_closing || m_failed || m_parser.isStopped()) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (isHeld()) {
        return; // it waits in the socket, and then in the kernel, until reading resumes
    }
    const QByteArray data = m_socket->readAll();
    if (m_parser.phase() == HttpParser::Phase::Body) {
        m_bodyBytes += data.size();
        // A chunked body has no length to reserve up front: it takes budget as it comes,
        // and is refused when there is none (waiting with part of it held could deadlock).
        if (m_budget && m_parser.bodyBytesRemaining() < 0) {
            if (!m_budget->tryTake(data.size())) {
                fail(503,
                    "Service Unavailable: the server holds too many request bodies at once; "
                    "retry later\n");
                return;
            }
            m_reserved += data.size();
        }
    }
    m_parser.feed(data);
    parseRequests();
}

void HttpConnection::parseRequests()
{
    // The handler may answer at once, and that answer may close the connection (a route's
    // Connection: close, a reset fault): then the requests pipelined behind it are not read.
    m_parsing = true;
    bool more = true;
    while (more && !m_closing && !m_failed && !m_parser.isStopped() && !isHeld()) {
        if (outputFull()) {
            // The client is not reading its answers: read nothing more until it does.
            m_outputHeld = true;
            break;
        }
        switch (m_parser.next()) {
        case HttpParser::Event::NeedMoreData:
            // The header deadline runs from the first byte of a head that is still incomplete
            // after a read, so heads that arrive whole never start a clock.
            if (m_parser.phase() == HttpParser::Phase::Head) {
                if (!m_headStart.isValid()) {
                    m_headStart.start();
                }
            } else {
                m_headStart.invalidate();
            }
            if (m_parser.phase() == HttpParser::Phase::Body && !m_bodyBegun) {
                beginBody();
                if (!m_waitingBudget) {
                    startBodyClock();
                }
            }
            more = false;
            break;
        case HttpParser::Event::ContinueWanted:
            m_headStart.invalidate();
            beginBody();
            if (m_waitingBudget) {
                m_continueAfterBudget = true; // the client keeps its body until then
            } else {
                askForBody();
            }
            break;
        case HttpParser::Event::Request:
            m_headStart.invalidate();
            endBody();
            dispatch();
            break;
        case HttpParser::Event::Refused:
            m_headStart.invalidate();
            refuse(m_parser.refusal());
            more = false;
            break;
        }
    }
    m_parsing = false;
}

qint64 HttpConnection::headMs() const
{
    return m_headStart.isValid() ? m_headStart.elapsed() : -1;
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    if (m_closing || m_failed || m_parser.isStopped()) {
        return;
    }
    m_failed = true;
    m_headStart.invalidate();
    refuse({ status, message });
}

void HttpConnection::askForBody()
{
    // Not before the answers still owed on this connection (latency may hold them).
    if (m_slots.empty() && !m_busy) {
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        startBodyClock();
    } else {
        m_continuePending = true;
    }
}

void HttpConnection::dispatch()
{
    const quint64 sequence = m_nextSequence++;
    const HttpParser::Framing &framing = m_parser.framing();
    Slot slot;
    slot.head = framing.head;
    slot.close = framing.close;
    slot.keepAlive10 = framing.keepAlive10;
    HttpRequest request = m_parser.takeRequest();
    slot.http10 = request.versionMinor == 0;
    m_slots.push_back(slot);
    // A 100 Continue still owed for this request would come after its body: the client
    // would take it for the interim answer to its next request.
    m_continuePending = false;
    request.peerAddress = m_peerAddress;
    request.localPort = m_localPort;
    request.secure = m_tls;
    m_handler(this, sequence, request);
}

void HttpConnection::respond(quint64 sequence, const HttpResponse &response, const Fault &fault)
{
    if (sequence < m_nextToWrite || sequence - m_nextToWrite >= m_slots.size()) {
        return;
    }
    Slot &slot = m_slots[size_t(sequence - m_nextToWrite)];
    slot.close = slot.close || response.close;
    slot.response = response;
    slot.fault = fault;
    slot.ready = true;
    writeReady();
}

void HttpConnection::writeReady()
{
    while (!m_slots.empty() && m_slots.front().ready && !m_busy) {
        Slot slot = std::move(m_slots.front());
        m_slots.pop_front();
        ++m_nextToWrite;
        if (!m_socket || m_closing) {
            continue;
        }
        if (!slot.fault.isNone()) {
            executeFault(slot);
            if (m_busy || m_closing || !m_socket) {
                return;
            }
            continue;
        }
        const bool streamed =
            slot.response.stream && !slot.head && !HttpResponse::isBodyless(slot.response.status);
        if (streamed && slot.response.stream->length() < 0 && slot.http10) {
            slot.close = true; // HTTP/1.0 has no chunked coding: the close ends the body
        }
        m_socket->write(slot.response.serialize(
            slot.head, slot.close, slot.keepAlive10 && !slot.close, !slot.http10));
        if (streamed) {
            startPipe(slot.response.stream, slot.response.stream->length() < 0 && !slot.http10,
                slot.close);
            return;
        }
        if (slot.response.file && !slot.head && !HttpResponse::isBodyless(slot.response.status)) {
            startFile(*slot.response.file, slot.close);
            return;
        }
        if (slot.close) {
            closeAfterWrites();
            return;
        }
    }
    if (m_continuePending && m_slots.empty() && !m_busy && m_socket && !m_closing) {
        m_continuePending = false;
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        startBodyClock();
    }
}

void HttpConnection::closeAfterWrites()
{
    m_slots.clear();
    m_nextToWrite = m_nextSequence;
    lingerClose();
}

namespace {

/// Bytes that are not HTTP: the same every time, so tests can compare them exactly.
QByteArray garbageBytes()
{
    QByteArray bytes(128, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i) {
        bytes[i] = char((i * 37 + 11) & 0xff);
    }
    return bytes;
}

/// What the partial-headers fault sends of @p head (status line, header lines, blank line):
/// the status line, then Content-Length, then the first half of the other header lines, never
/// the blank line. Content-Length goes first because clients that take the close for the end
/// of the headers (curl) would otherwise see a complete, empty answer and report success.
QByteArray partialHead(QByteArray head)
{
    head.chop(2);
    const qsizetype statusEnd = head.indexOf("\r\n") + 2;
    QByteArray lengthLine;
    const qsizetype at = head.indexOf("\r\nContent-Length: ", statusEnd - 2);
    if (at >= 0) {
        const qsizetype end = head.indexOf("\r\n", at + 2) + 2;
        lengthLine = head.mid(at + 2, end - at - 2);
        head.remove(at + 2, end - at - 2);
    }
    const QByteArray others = head.mid(statusEnd);
    if (lengthLine.isEmpty() && others.isEmpty()) {
        return head.left(std::max<qsizetype>(1, statusEnd / 2)); // a status line alone: cut it
    }
    return head.left(statusEnd) + lengthLine + others.left(others.size() / 2);
}

} // namespace

void HttpConnection::reset()
{
    if (!m_socket) {
        return;
    }
    // SO_LINGER {on, 0 s}: closing sends RST instead of FIN.
    const linger abortive { 1, 0 };
    ::setsockopt(
        int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    m_socket->abort();
}

void HttpConnection::tlsAlertAndDrop()
{
    if (!m_socket) {
        return;
    }
    // TLS record: type 21 (alert), version 3.3, length 2; level 2 (fatal), 40 (handshake_failure).
    static const char alert[] = { 21, 3, 3, 0, 2, 2, 40 };
    const int fd = int(m_socket->socketDescriptor());
    if (fd >= 0) {
        [[maybe_unused]] const ssize_t sent = ::send(fd, alert, sizeof alert, MSG_NOSIGNAL);
    }
    m_socket->abort();
}

qint64 HttpConnection::unsent() const
{
    if (!m_socket) {
        return 0;
    }
    qint64 bytes = m_socket->bytesToWrite();
    if (m_tls) {
        bytes += static_cast<const QSslSocket *>(m_socket.data())->encryptedBytesToWrite();
    }
    return bytes;
}

void HttpConnection::onWritten(const std::function<void()> &act)
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, act);
    if (m_tls) {
        connect(static_cast<QSslSocket *>(m_socket.data()), &QSslSocket::encryptedBytesWritten,
            this, act);
    }
}

void HttpConnection::afterWrites(void (HttpConnection::*act)())
{
    m_slots.clear();
    m_nextToWrite = m_nextSequence;
    m_closing = true;
    m_socket->flush();
    if (unsent() == 0) {
        (this->*act)();
        return;
    }
    onWritten([this, act] {
        if (m_socket && unsent() == 0) {
            (this->*act)();
        }
    });
}

void HttpConnection::executeFault(const Slot &slot)
{
    const bool close = slot.close;
    const QByteArray bytes = slot.response.serialize(slot.head, close, slot.keepAlive10 && !close);
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n") + 4;
    switch (slot.fault.kind) {
    case Fault::Kind::None:
        break;
    case Fault::Kind::ConnectionReset:
        // Nothing after it is answered; the answers before it still go out whole, because an
        // RST throws away whatever is still buffered.
        afterWrites(&HttpConnection::reset);
        return;
    case Fault::Kind::ConnectionClose:
    case Fault::Kind::EmptyResponse:
        closeAfterWrites();
        return;
    case Fault::Kind::PartialHeaders:
        m_socket->write(partialHead(bytes.left(headerEnd)));
        closeAfterWrites();
        return;
    case Fault::Kind::PartialBody:
        m_socket->write(bytes.left(headerEnd + (bytes.size() - headerEnd) / 2));
        closeAfterWrites();
        return;
    case Fault::Kind::Garbage:
        m_socket->write(garbageBytes());
        closeAfterWrites();
        return;
    case Fault::Kind::Stall:
        // Read, never answered: everything after it on this connection waits too.
        m_busy = true;
        return;
    case Fault::Kind::MalformedChunked: {
        HttpResponse chunked = slot.response;
        chunked.headers.append({ QByteArray("Transfer-Encoding"), QByteArray("chunked") });
        QByteArray head = chunked.serialize(true, true);
        // serialize() announced a Content-Length; chunked framing replaces it.
        const qsizetype at = head.indexOf("Content-Length: ");
        if (at >= 0) {
            head.remove(at, head.indexOf("\r\n", at) + 2 - at);
        }
        m_socket->write(head);
        const QByteArray part = slot.response.body.left(slot.response.body.size() / 2);
        if (!part.isEmpty()) {
            m_socket->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
        }
        m_socket->write("zz; not a chunk size\r\n\r\n");
        closeAfterWrites();
        return;
    }
    case Fault::Kind::TlsFailure:
        // A fatal handshake_failure alert record, written under any TLS layer as a broken peer
        // would, then the connection drops without close_notify; the answers before it go out
        // first. A TLS client reports a protocol error, a plain HTTP one garbage.
        afterWrites(&HttpConnection::tlsAlertAndDrop);
        return;
    case Fault::Kind::Dribble:
        m_socket->write(bytes.left(headerEnd));
        startStream(bytes.mid(headerEnd), slot.fault.chunkBytes, slot.fault.intervalMs, close);
        return;
    case Fault::Kind::Bandwidth: {
        // About 50 writes a second, or one byte at a time for very low rates.
        const qint64 rate = std::max<qint64>(1, slot.fault.bytesPerSecond);
        const int chunk = int(std::clamp<qint64>(rate / 50, 1, 1024 * 1024));
        const int interval = int(std::max<qint64>(1, qint64(chunk) * 1000 / rate));
        m_socket->write(bytes.left(headerEnd));
        startStream(bytes.mid(headerEnd), chunk, interval, close);
        return;
    }
    }
}

void HttpConnection::startStream(
    const QByteArray &data, int chunkBytes, int intervalMs, bool closeAfter)
{
    m_stream = data;
    m_streamPos = 0;
    m_streamChunk = std::max(1, chunkBytes);
    m_streamClose = closeAfter;
    m_busy = true;
    if (!m_streamTimer) {
        // A child of the connection: it dies with it when the client goes away.
        m_streamTimer = new QTimer(this);
        m_streamTimer->setTimerType(Qt::PreciseTimer);
        connect(m_streamTimer, &QTimer::timeout, this, &HttpConnection::streamTick);
    }
    m_streamTimer->start(std::max(0, intervalMs));
    streamTick();
}

void HttpConnection::streamTick()
{
    if (!m_socket || m_closing) {
        m_streamTimer->stop();
        return;
    }
    if (m_streamPos < m_stream.size()) {
        m_socket->write(m_stream.mid(m_streamPos, m_streamChunk));
        m_streamPos += m_streamChunk;
        touch();
    }
    if (m_streamPos >= m_stream.size()) {
        m_streamTimer->stop();
        m_stream.clear();
        m_busy = false;
        if (m_streamClose) {
            closeAfterWrites();
        } else {
            writeReady();
        }
    }
}

void HttpConnection::refuse(const HttpParser::Refusal &refusal)
{
    // Answer in order after any pipelined requests still in flight; the parser has stopped,
    // so nothing more is read.
    endBody();
    const quint64 sequence = m_nextSequence++;
    Slot slot;
    slot.close = true;
    m_slots.push_back(slot);
    m_continuePending = false;
    Q_EMIT requestRefused(refusal.status, QString::fromUtf8(refusal.message).trimmed());
    respond(sequence, HttpResponse::plain(refusal.status, refusal.message));
}

void HttpConnection::lingerClose()
{
    if (!m_socket || m_closing) {
        return;
    }
    m_closing = true;
    // A plain close() with unread client bytes makes the kernel send an RST, which can
    // destroy the last response before the client reads it. So: flush, half-close (FIN), keep
    // draining what the client still sends, and drop the socket when the client closes or
    // after LingerMs.
    m_lingerTimer = new QTimer(this);
    m_lingerTimer->setSingleShot(true);
    connect(m_lingerTimer, &QTimer::timeout, this, &HttpConnection::abort);
    m_lingerTimer->start(LingerMs);
    auto halfClose = [this] {
        if (m_socket && unsent() == 0 && !m_halfClosed) {
            m_halfClosed = true;
            if (m_tls) {
                // close_notify first, so the client knows the answer ended here and was not
                // cut; QSslSocket then closes the socket.
                m_socket->disconnectFromHost();
            } else {
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
            }
        }
    };
    m_socket->flush();
    if (unsent() == 0) {
        halfClose();
    } else {
        onWritten(halfClose);
    }
}

} // namespace MockBench

namespace MockBench {

namespace {

/// sendfile(2) without SIGPIPE when the client is gone (it has no MSG_NOSIGNAL): the signal
/// is blocked on this thread for the call and a pending one taken back, so the library never
/// changes the process's signal handling. Returns the bytes sent, or -1 with @p error set.
ssize_t sendFileQuietly(int socket, int file, off_t *offset, size_t count, int *error)
{
    sigset_t pipe;
    sigset_t old;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, &old);
    const ssize_t sent = ::sendfile(socket, file, offset, count);
    *error = errno;
    if (sent < 0 && *error == EPIPE) {
        const timespec zero {};
        sigtimedwait(&pipe, nullptr, &zero);
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    return sent;
}

} // namespace

void HttpConnection::startFile(const FileBody &body, bool closeAfter)
{
    m_file = body;
    m_fileSent = 0;
    m_fileClose = closeAfter;
    m_busy = true;
    pumpFile();
}

void HttpConnection::pumpFile()
{
    if (!m_file || !m_socket || m_closing) {
        return;
    }
    const qint64 total = m_file->length;
    qint64 slice = 0;
    while (m_fileSent < total) {
        if (!m_sendfile) {
            // Through the socket's buffer, a chunk at a time as the client reads.
            if (unsent() >= 2 * FileChunkBytes) {
                return; // bytesWritten calls again
            }
            QFile &file = *m_file->file;
            const QByteArray chunk = file.seek(m_file->offset + m_fileSent)
                ? file.read(std::min(FileChunkBytes, total - m_fileSent))
                : QByteArray();
            if (chunk.isEmpty()) {
                abort(); // shorter than announced (cut meanwhile): the client sees it short
                return;
            }
            m_socket->write(chunk);
            m_fileSent += chunk.size();
            continue;
        }
        if (unsent() > 0) {
            return; // the head goes first; bytesWritten calls again
        }
        if (slice >= FileSliceBytes) {
            // Other clients get a turn; the socket is still writable, so this comes back
            // at once.
            m_writeNotifier->setEnabled(true);
            return;
        }
        if (!m_writeNotifier) {
            m_writeNotifier =
                new QSocketNotifier(m_socket->socketDescriptor(), QSocketNotifier::Write, this);
            connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
                m_writeNotifier->setEnabled(false);
                pumpFile();
            });
            m_writeNotifier->setEnabled(false);
        }
        off_t offset = off_t(m_file->offset + m_fileSent);
        int error = 0;
        const ssize_t sent =
            sendFileQuietly(int(m_socket->socketDescriptor()), int(m_file->file->handle()), &offset,
                size_t(std::min(total - m_fileSent, FileSliceBytes - slice)), &error);
        if (sent > 0) {
            m_fileSent += sent;
            slice += sent;
            touch();
        } else if (sent < 0 && (error == EAGAIN || error == EWOULDBLOCK)) {
            m_writeNotifier->setEnabled(true); // the client's window is full
            return;
        } else if (sent < 0 && error == EINTR) {
            continue;
        } else if (sent < 0 && (error == EINVAL || error == ENOSYS || error == EOPNOTSUPP)) {
            m_sendfile = false; // not for this file or socket: copy instead
        } else {
            abort(); // the client left, or the file is shorter than announced
            return;
        }
    }
    finishFile();
}

void HttpConnection::finishFile()
{
    m_file.reset();
    if (m_writeNotifier) {
        m_writeNotifier->setEnabled(false);
    }
    m_busy = false;
    if (m_fileClose) {
        closeAfterWrites();
    } else {
        writeReady();
    }
}

void HttpConnection::startPipe(std::shared_ptr<BodyStream> stream, bool chunked, bool closeAfter)
{
    m_pipe = std::move(stream);
    m_pipeChunked = chunked;
    m_pipeClose = closeAfter;
    m_busy = true;
    m_pipe->setNotify([guard = QPointer<HttpConnection>(this)] {
        if (guard) {
            guard->pumpPipe();
        }
    });
    pumpPipe();
}

void HttpConnection::pumpPipe()
{
    if (!m_pipe) {
        return;
    }
    if (!m_socket || m_closing) {
        m_pipe->setNotify({});
        m_pipe->cancel();
        m_pipe.reset();
        return;
    }
    // No more than PipeBufferBytes wait in the socket: the rest stays with the source, which
    // stops reading its own input when its buffer is full.
    while (unsent() < PipeBufferBytes) {
        const QByteArray data = m_pipe->read(PipeBufferBytes);
        if (data.isEmpty()) {
            break;
        }
        if (m_pipeChunked) {
            m_socket->write(QByteArray::number(data.size(), 16) + "\r\n");
            m_socket->write(data);
            m_socket->write("\r\n");
        } else {
            m_socket->write(data);
        }
        touch();
    }
    if (m_pipe->failed()) {
        // The client must not take a cut body for whole: no last chunk, or fewer bytes than
        // announced, and the connection goes.
        m_pipe->setNotify({});
        m_pipe.reset();
        m_slots.clear();
        m_nextToWrite = m_nextSequence;
        m_socket->flush();
        abort();
        return;
    }
    if (m_pipe->atEnd()) {
        if (m_pipeChunked) {
            m_socket->write("0\r\n\r\n");
        }
        finishPipe();
    }
}

void HttpConnection::finishPipe()
{
    m_pipe->setNotify({});
    m_pipe.reset();
    m_busy = false;
    if (m_pipeClose) {
        closeAfterWrites();
    } else {
        writeReady();
    }
}

} // namespace MockBench
