// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace MockBench {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t')) {
        v = v.sliced(1);
    }
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t')) {
        v.chop(1);
    }
    return v;
}

bool headerHasToken(QByteArrayView value, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype comma = value.indexOf(',', start);
        if (comma < 0) {
            comma = value.size();
        }
        if (trimmed(value.sliced(start, comma - start)).compare(token, Qt::CaseInsensitive) == 0) {
            return true;
        }
        start = comma + 1;
    }
    return false;
}

// How long a connection that was refused (413, 400, ...) keeps draining the client's unread
// bytes before it is dropped: closing with unread data would send an RST that can destroy
// the error response before the client reads it.
constexpr int LingerMs = 2000;

} // namespace

HttpConnection::HttpConnection(
    QTcpSocket *socket, const Limits &limits, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
{
    m_peer = socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
    touch();
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::touch);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        // Nothing is written any more: answers still due (a latency timer, a dribble) would
        // only meet a closed socket before the connection is deleted.
        m_state = State::Closing;
        m_closing = true;
        if (m_streamTimer) {
            m_streamTimer->stop();
        }
        if (m_lingerTimer) {
            m_lingerTimer->stop();
        }
        Q_EMIT closed();
    });
    // Data may already be buffered when the connection is handed over.
    if (socket->bytesAvailable() > 0) {
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
    }
}

HttpConnection::~HttpConnection() = default;

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
    if (m_state == State::Discarding || m_state == State::Closing) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    m_buffer += m_socket->readAll();
    process();
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

void HttpConnection::process()
{
    while (m_state != State::Closing && m_state != State::Discarding) {
        switch (m_state) {
        case State::Headers: {
            // Tolerate empty lines before a request line (RFC 9112 2.2).
            while (m_buffer.size() - m_pos >= 2 && m_buffer.at(m_pos) == '\r'
                && m_buffer.at(m_pos + 1) == '\n') {
                m_pos += 2;
            }
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_pos);
            if (end < 0) {
                if (m_buffer.size() - m_pos > m_limits.maxHeaderBytes) {
                    fail(431, "Request headers exceed the server's limit\n");
                }
                return;
            }
            if (end - m_pos > m_limits.maxHeaderBytes) {
                fail(431, "Request headers exceed the server's limit\n");
                return;
            }
            if (!parseHead(end)) {
                return;
            }
            m_pos = end + 4;
            if (m_state == State::Headers) {
                dispatch(); // no body
            }
            break;
        }
        case State::Body: {
            const qsizetype available = m_buffer.size() - m_pos;
            const qsizetype take = qsizetype(std::min<qint64>(available, m_remaining));
            m_request.body.append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0) {
                return;
            }
            dispatch();
            break;
        }
        case State::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf("\r\n", m_pos);
            if (eol < 0) {
                if (m_buffer.size() - m_pos > 1024) {
                    fail(400, "Malformed chunk size line\n");
                }
                return;
            }
            QByteArrayView line(m_buffer.constData() + m_pos, eol - m_pos);
            const qsizetype semicolon = line.indexOf(';');
            if (semicolon >= 0) {
                line = line.first(semicolon);
            }
            bool ok = false;
            const qint64 size = trimmed(line).toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(400, "Malformed chunk size\n");
                return;
            }
            m_pos = eol + 2;
            if (size == 0) {
                m_state = State::ChunkTrailer;
            } else if (size > m_limits.maxBodyBytes - m_request.body.size()) {
                // Compared this way round: body size + a huge chunk size would overflow.
                fail(413,
                    "Request body exceeds the server's limit of "
                        + QByteArray::number(m_limits.maxBodyBytes) + " bytes\n");
                return;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            const qsizetype available = m_buffer.size() - m_pos;
            if (m_remaining > 0) {
                const qsizetype take = qsizetype(std::min<qint64>(available, m_remaining));
                m_request.body.append(m_buffer.constData() + m_pos, take);
                m_pos += take;
                m_remaining -= take;
                if (m_remaining > 0) {
                    return;
                }
            }
            if (m_buffer.size() - m_pos < 2) {
                return;
            }
            if (m_buffer.at(m_pos) != '\r' || m_buffer.at(m_pos + 1) != '\n') {
                fail(400, "Malformed chunk: missing CRLF after data\n");
                return;
            }
            m_pos += 2;
            m_state = State::ChunkSize;
            break;
        }
        case State::ChunkTrailer: {
            const qsizetype eol = m_buffer.indexOf("\r\n", m_pos);
            if (eol < 0) {
                if (m_buffer.size() - m_pos > m_limits.maxHeaderBytes) {
                    fail(431, "Chunked trailer too large\n");
                }
                return;
            }
            const bool last = eol == m_pos;
            m_pos = eol + 2;
            if (last) {
                dispatch();
            }
            break;
        }
        case State::Closing:
        case State::Discarding:
            return;
        }
    }
}

bool HttpConnection::parseHead(qsizetype end)
{
    m_request = HttpRequest();
    const QByteArrayView head(m_buffer.constData() + m_pos, end - m_pos);
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0) {
        lineEnd = head.size();
    }
    const QByteArrayView requestLine = head.first(lineEnd);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0) {
        fail(400, "Malformed request line\n");
        return false;
    }
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method)) {
        fail(400, "Malformed request method\n");
        return false;
    }
    if (version == "HTTP/1.1") {
        m_request.versionMinor = 1;
    } else if (version == "HTTP/1.0") {
        m_request.versionMinor = 0;
    } else if (version.size() == 8 && version.startsWith("HTTP/1.") && version.back() >= '2'
        && version.back() <= '9') {
        // A later 1.x minor version is answered as 1.1 (RFC 9110 2.5).
        m_request.versionMinor = 1;
    } else if (version.startsWith("HTTP/")) {
        fail(505, "Only HTTP/1.0 and HTTP/1.1 are supported\n");
        return false;
    } else {
        fail(400, "Malformed HTTP version\n");
        return false;
    }
    if (!target.startsWith('/') && !target.startsWith("http://") && !target.startsWith("https://")
        && target != "*") {
        fail(400, "Malformed request target\n");
        return false;
    }
    m_request.method = method.toByteArray();
    m_request.setTarget(target.toByteArray());

    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype eol = head.indexOf("\r\n", pos);
        if (eol < 0) {
            eol = head.size();
        }
        const QByteArrayView line = head.sliced(pos, eol - pos);
        pos = eol + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            fail(400, "Malformed header line\n");
            return false;
        }
        m_request.headers.append(
            { line.first(colon).toByteArray(), trimmed(line.sliced(colon + 1)).toByteArray() });
    }

    // Framing: chunked wins over Content-Length (RFC 9112 6.3).
    const QByteArray transferEncoding = m_request.header("Transfer-Encoding");
    const bool chunked = !transferEncoding.isEmpty();
    if (chunked && !headerHasToken(transferEncoding, "chunked")) {
        fail(501, "Unsupported Transfer-Encoding\n");
        return false;
    }
    qint64 length = 0;
    if (!chunked && m_request.hasHeader("Content-Length")) {
        bool ok = false;
        length = trimmed(m_request.header("Content-Length")).toLongLong(&ok);
        if (!ok || length < 0) {
            fail(400, "Malformed Content-Length\n");
            return false;
        }
    }
    if (length > m_limits.maxBodyBytes) {
        // Refused from the headers alone: the body is never read, let alone buffered.
        fail(413,
            "Request body of " + QByteArray::number(length)
                + " bytes exceeds the server's limit of "
                + QByteArray::number(m_limits.maxBodyBytes) + " bytes\n");
        return false;
    }

    const QByteArray connection = m_request.header("Connection");
    if (m_request.versionMinor == 0) {
        m_keepAlive10 = headerHasToken(connection, "keep-alive");
        m_closeAfterRequest = !m_keepAlive10;
    } else {
        m_keepAlive10 = false;
        m_closeAfterRequest = headerHasToken(connection, "close");
    }
    m_head = m_request.method == "HEAD";

    const QByteArray expect = m_request.header("Expect");
    if (!expect.isEmpty()) {
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
            fail(417, "Only Expect: 100-continue is supported\n");
            return false;
        }
        // Ask for the body only if it is wanted and not already on its way.
        const qint64 buffered = m_buffer.size() - (end + 4);
        if (m_request.versionMinor == 1 && (chunked || length > 0) && buffered == 0) {
            // Not before the answers still owed on this connection (latency may hold them).
            if (m_slots.empty() && !m_busy) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            } else {
                m_continuePending = true;
            }
        }
    }

    if (chunked) {
        m_state = State::ChunkSize;
    } else if (length > 0) {
        m_remaining = length;
        m_request.body.reserve(qsizetype(length));
        m_state = State::Body;
    }
    return true;
}

void HttpConnection::dispatch()
{
    const quint64 sequence = m_nextSequence++;
    Slot slot;
    slot.head = m_head;
    slot.close = m_closeAfterRequest;
    slot.keepAlive10 = m_keepAlive10;
    m_slots.push_back(slot);
    // A 100 Continue still owed for this request would come after its body: the client
    // would take it for the interim answer to its next request.
    m_continuePending = false;
    // After a request that closes the connection nothing further is read.
    m_state = m_closeAfterRequest ? State::Closing : State::Headers;
    const HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
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
        m_socket->write(
            slot.response.serialize(slot.head, slot.close, slot.keepAlive10 && !slot.close));
        if (slot.close) {
            closeAfterWrites();
            return;
        }
    }
    if (m_continuePending && m_slots.empty() && !m_busy && m_socket && !m_closing) {
        m_continuePending = false;
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
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
        m_slots.clear();
        m_nextToWrite = m_nextSequence;
        m_closing = true;
        m_state = State::Closing;
        m_socket->flush();
        if (m_socket->bytesToWrite() == 0) {
            reset();
        } else {
            connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
                if (m_socket && m_socket->bytesToWrite() == 0) {
                    reset();
                }
            });
        }
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

void HttpConnection::fail(int status, const QByteArray &message)
{
    // Answer in order after any pipelined requests still in flight, then stop reading.
    const quint64 sequence = m_nextSequence++;
    Slot slot;
    slot.close = true;
    m_slots.push_back(slot);
    m_continuePending = false;
    m_state = State::Discarding;
    m_buffer.clear();
    m_pos = 0;
    Q_EMIT requestRefused(status, QString::fromUtf8(message).trimmed());
    respond(sequence, HttpResponse::plain(status, message));
}

void HttpConnection::lingerClose()
{
    if (!m_socket || m_closing) {
        return;
    }
    m_closing = true;
    if (m_state != State::Discarding) {
        m_state = State::Closing;
    }
    // A plain close() with unread client bytes makes the kernel send an RST, which can
    // destroy the last response before the client reads it. So: flush, half-close (FIN), keep
    // draining what the client still sends, and drop the socket when the client closes or
    // after LingerMs.
    m_lingerTimer = new QTimer(this);
    m_lingerTimer->setSingleShot(true);
    connect(m_lingerTimer, &QTimer::timeout, this, &HttpConnection::abort);
    m_lingerTimer->start(LingerMs);
    auto halfClose = [this] {
        if (m_socket && m_socket->bytesToWrite() == 0 && !m_halfClosed) {
            m_halfClosed = true;
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        }
    };
    m_socket->flush();
    if (m_socket->bytesToWrite() == 0) {
        halfClose();
    } else {
        connect(m_socket, &QTcpSocket::bytesWritten, this, halfClose);
    }
}

} // namespace MockBench
