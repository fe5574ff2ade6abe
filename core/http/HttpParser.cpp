// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpParser.h"

#include <algorithm>

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

/// The length a Content-Length value announces, or -1 when it is no length.
qint64 parseContentLength(QByteArrayView value)
{
    bool ok = false;
    const qint64 length = trimmed(value).toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

/// The size a chunk-size line (extensions included) announces, or -1 when it is no size.
qint64 parseChunkSize(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    if (semicolon >= 0) {
        line = line.first(semicolon);
    }
    bool ok = false;
    const qint64 size = trimmed(line).toLongLong(&ok, 16);
    return ok && size >= 0 ? size : -1;
}

// A chunk-size line longer than this without its CRLF is refused: extensions are not a place
// to buffer without bound.
constexpr qsizetype MaxChunkSizeLine = 1024;

} // namespace

HttpParser::HttpParser(const Limits &limits)
    : m_limits(limits)
{
}

void HttpParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Stopped) {
        return;
    }
    // next() leaves m_buffer null once everything in it is parsed, so in the usual case (each
    // read holds whole requests) append() shares the caller's bytes instead of copying them.
    m_buffer.append(bytes);
}

HttpParser::Phase HttpParser::phase() const
{
    switch (m_state) {
    case State::Headers:
        return available() > 0 ? Phase::Head : Phase::Idle;
    case State::Stopped:
        return Phase::Stopped;
    case State::Body:
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkTrailer:
        break;
    }
    return Phase::Body;
}

HttpParser::Event HttpParser::next()
{
    while (true) {
        switch (m_state) {
        case State::Headers: {
            // Tolerate empty lines before a request line (RFC 9112 2.2).
            while (
                available() >= 2 && m_buffer.at(m_pos) == '\r' && m_buffer.at(m_pos + 1) == '\n') {
                m_pos += 2;
                m_headScanned = 0;
            }
            // Resume the search where the last one ended (less the 3 bytes that may begin
            // the CRLFCRLF), so a head arriving in small pieces costs linear time, not square.
            const qsizetype from = m_pos + std::max<qsizetype>(0, m_headScanned - 3);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", from);
            if (end < 0) {
                if (available() > m_limits.maxHeaderBytes) {
                    return refuse(431, "Request headers exceed the server's limit\n");
                }
                m_headScanned = available();
                return needMoreData();
            }
            if (end - m_pos > m_limits.maxHeaderBytes) {
                return refuse(431, "Request headers exceed the server's limit\n");
            }
            if (!parseHead(end)) {
                return Event::Refused;
            }
            if (m_state == State::Headers) {
                return completeRequest(); // no body
            }
            // Ask for the body only if it is wanted and not already on its way.
            if (m_framing.expectsContinue && m_request.versionMinor == 1
                && !m_framing.bodyBuffered) {
                return Event::ContinueWanted;
            }
            break;
        }
        case State::Body:
            return takeBodyBytes() ? completeRequest() : needMoreData();
        case State::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf("\r\n", m_pos);
            if (eol < 0) {
                if (available() > MaxChunkSizeLine) {
                    return refuse(400, "Malformed chunk size line\n");
                }
                return needMoreData();
            }
            const qint64 size =
                parseChunkSize(QByteArrayView(m_buffer.constData() + m_pos, eol - m_pos));
            if (size < 0) {
                return refuse(400, "Malformed chunk size\n");
            }
            m_pos = eol + 2;
            if (size == 0) {
                m_state = State::ChunkTrailer;
            } else if (size > m_limits.maxBodyBytes - m_request.body.size()) {
                // Compared this way round: body size + a huge chunk size would overflow.
                return refuse(413,
                    "Request body exceeds the server's limit of "
                        + QByteArray::number(m_limits.maxBodyBytes) + " bytes\n");
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            if (!takeBodyBytes()) {
                return needMoreData();
            }
            if (available() < 2) {
                return needMoreData();
            }
            if (m_buffer.at(m_pos) != '\r' || m_buffer.at(m_pos + 1) != '\n') {
                return refuse(400, "Malformed chunk: missing CRLF after data\n");
            }
            m_pos += 2;
            m_state = State::ChunkSize;
            break;
        }
        case State::ChunkTrailer: {
            // Trailer fields are read past and dropped, up to the empty line that ends them.
            const qsizetype eol = m_buffer.indexOf("\r\n", m_pos);
            if (eol < 0) {
                if (available() > m_limits.maxHeaderBytes) {
                    return refuse(431, "Chunked trailer too large\n");
                }
                return needMoreData();
            }
            const bool last = eol == m_pos;
            m_pos = eol + 2;
            if (last) {
                return completeRequest();
            }
            break;
        }
        case State::Stopped:
            return Event::NeedMoreData;
        }
    }
}

bool HttpParser::parseHead(qsizetype end)
{
    m_request = HttpRequest();
    m_framing = Framing();
    const QByteArrayView head(m_buffer.constData() + m_pos, end - m_pos);
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0) {
        lineEnd = head.size();
    }
    if (!parseRequestLine(head.first(lineEnd))) {
        return false;
    }
    if (lineEnd < head.size() && !parseHeaderLines(head.sliced(lineEnd + 2))) {
        return false;
    }

    // Framing: chunked wins over Content-Length (RFC 9112 6.3).
    const QByteArray transferEncoding = m_request.header("Transfer-Encoding");
    const bool chunked = !transferEncoding.isEmpty();
    if (chunked && !headerHasToken(transferEncoding, "chunked")) {
        refuse(501, "Unsupported Transfer-Encoding\n");
        return false;
    }
    qint64 length = 0;
    if (!chunked && m_request.hasHeader("Content-Length")) {
        length = parseContentLength(m_request.header("Content-Length"));
        if (length < 0) {
            refuse(400, "Malformed Content-Length\n");
            return false;
        }
    }
    if (length > m_limits.maxBodyBytes) {
        // Refused from the headers alone: the body is never read, let alone buffered.
        refuse(413,
            "Request body of " + QByteArray::number(length)
                + " bytes exceeds the server's limit of "
                + QByteArray::number(m_limits.maxBodyBytes) + " bytes\n");
        return false;
    }

    const QByteArray connection = m_request.header("Connection");
    if (m_request.versionMinor == 0) {
        m_framing.keepAlive10 = headerHasToken(connection, "keep-alive");
        m_framing.close = !m_framing.keepAlive10;
    } else {
        m_framing.close = headerHasToken(connection, "close");
    }
    m_framing.head = m_request.method == "HEAD";

    const QByteArray expect = m_request.header("Expect");
    if (!expect.isEmpty()) {
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
            refuse(417, "Only Expect: 100-continue is supported\n");
            return false;
        }
        m_framing.expectsContinue = true;
    }

    const bool hasBody = chunked || length > 0;
    m_framing.bodyBuffered = hasBody && m_buffer.size() > end + 4;
    m_pos = end + 4;
    m_headScanned = 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (length > 0) {
        m_remaining = length;
        m_request.body.reserve(qsizetype(length));
        m_state = State::Body;
    }
    return true;
}

bool HttpParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || line.indexOf(' ', sp2 + 1) >= 0) {
        refuse(400, "Malformed request line\n");
        return false;
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method)) {
        refuse(400, "Malformed request method\n");
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
        refuse(505, "Only HTTP/1.0 and HTTP/1.1 are supported\n");
        return false;
    } else {
        refuse(400, "Malformed HTTP version\n");
        return false;
    }
    if (!target.startsWith('/') && !target.startsWith("http://") && !target.startsWith("https://")
        && target != "*") {
        refuse(400, "Malformed request target\n");
        return false;
    }
    m_request.method = method.toByteArray();
    m_request.setTarget(target.toByteArray());
    return true;
}

bool HttpParser::parseHeaderLines(QByteArrayView lines)
{
    qsizetype pos = 0;
    while (pos < lines.size()) {
        qsizetype eol = lines.indexOf("\r\n", pos);
        if (eol < 0) {
            eol = lines.size();
        }
        const QByteArrayView line = lines.sliced(pos, eol - pos);
        pos = eol + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            refuse(400, "Malformed header line\n");
            return false;
        }
        m_request.headers.append(
            { line.first(colon).toByteArray(), trimmed(line.sliced(colon + 1)).toByteArray() });
    }
    return true;
}

HttpParser::Event HttpParser::completeRequest()
{
    if (m_framing.close) {
        // Whatever the client sent after a request that closes the connection is not read.
        stop();
    } else {
        m_state = State::Headers;
    }
    return Event::Request;
}

HttpParser::Event HttpParser::refuse(int status, const QByteArray &message)
{
    m_refusal = { status, message };
    stop();
    return Event::Refused;
}

void HttpParser::stop()
{
    m_state = State::Stopped;
    m_buffer.clear();
    m_pos = 0;
    m_headScanned = 0;
}

HttpParser::Event HttpParser::needMoreData()
{
    // Drop what is parsed. A null buffer lets the next feed() share its bytes; removing a
    // prefix of an unshared QByteArray only moves its start, it copies nothing.
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
    } else if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
    }
    m_pos = 0;
    return Event::NeedMoreData;
}

bool HttpParser::isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool HttpParser::takeBodyBytes()
{
    const qsizetype take = qsizetype(std::min<qint64>(available(), m_remaining));
    m_request.body.append(m_buffer.constData() + m_pos, take);
    m_pos += take;
    m_remaining -= take;
    return m_remaining == 0;
}

} // namespace MockBench
