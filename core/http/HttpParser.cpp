// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpParser.h"

#include <algorithm>
#include <cstring>
#include <limits>

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

/// True when @p value holds only field-value bytes (RFC 9110 5.5): no control character but
/// HTAB, so no bare CR, no NUL, no DEL.
bool isFieldValue(QByteArrayView value)
{
    return std::none_of(value.begin(), value.end(), [](char c) {
        const auto u = uchar(c);
        return (u < 0x20 && u != '\t') || u == 0x7f;
    });
}

constexpr qint64 Unbounded = std::numeric_limits<qint64>::max();

/// The length a Content-Length value announces (1*DIGIT, RFC 9110 8.6), -1 when it is no
/// length, Unbounded when it does not fit in 63 bits.
qint64 parseContentLength(QByteArrayView value)
{
    if (value.isEmpty()) {
        return -1;
    }
    qint64 length = 0;
    for (const char c : value) {
        if (c < '0' || c > '9') {
            return -1;
        }
        if (length > (Unbounded - 9) / 10) {
            length = Unbounded; // still checked for digits: a malformed value is 400, not 413
        } else {
            length = length * 10 + (c - '0');
        }
    }
    return length;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/// The size a chunk-size line without its CRLF announces, or -1 when it is no size: 1*HEXDIG,
/// then nothing or chunk extensions (RFC 9112 7.1.1), which are skipped but may hold no
/// control character. A size too large for 63 bits is Unbounded, refused as too large.
qint64 parseChunkSize(QByteArrayView line)
{
    qint64 size = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        const int digit = hexValue(line.at(i));
        if (digit < 0) {
            break;
        }
        size = size > (Unbounded >> 4) ? Unbounded : (size << 4) | digit;
    }
    if (i == 0) {
        return -1;
    }
    if (i == line.size()) {
        return size;
    }
    while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t')) {
        ++i; // BWS, allowed only before a ';'
    }
    return i < line.size() && line.at(i) == ';' && isFieldValue(line.sliced(i)) ? size : -1;
}

// A chunk-size line (its CRLF included) longer than this is refused, complete or not:
// extensions are not a place to buffer without bound.
constexpr qsizetype MaxChunkSizeLine = 1024;

/// True when @p line is a field line (RFC 9112 5): a token, a colon, a field value.
bool isFieldLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && HttpParser::isToken(line.first(colon))
        && isFieldValue(line.sliced(colon + 1));
}

/// @p line without the CR before its LF, if there is one.
QByteArrayView withoutCr(QByteArrayView line)
{
    return !line.isEmpty() && line.back() == '\r' ? line.chopped(1) : line;
}

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
            // Tolerate empty lines before a request line (RFC 9112 2.2), CRLF or bare LF.
            while (available() > 0 && m_headScanned == 0) {
                const char c = m_buffer.at(m_pos);
                if (c == '\n') {
                    ++m_pos;
                } else if (c == '\r' && available() >= 2 && m_buffer.at(m_pos + 1) == '\n') {
                    m_pos += 2;
                } else if (c == '\r' && available() == 1) {
                    // Maybe the CR of an empty line: not a head byte until more has come (with
                    // a 1-byte limit it would be refused, or skipped had its LF come with it).
                    return needMoreData();
                } else {
                    break;
                }
            }
            // The head (request line, header lines and the empty line, line ends included)
            // is at most maxHeaderBytes. Unfinished, it is refused once its buffered bytes
            // leave no room for the LF still to come: the same answer whatever the pieces.
            const qsizetype end = findHeadEnd();
            if (end < 0) {
                if (available() >= m_limits.maxHeaderBytes) {
                    return refuse(431, "Request headers exceed the server's limit\n");
                }
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
            // The same rule as for the head: a line over the limit is refused whether or not
            // its end has arrived.
            const qsizetype eol = findLineEnd();
            if (eol < 0) {
                if (available() >= MaxChunkSizeLine) {
                    return refuse(400, "Malformed chunk size line\n");
                }
                return needMoreData();
            }
            if (eol + 1 - m_pos > MaxChunkSizeLine) {
                return refuse(400, "Malformed chunk size line\n");
            }
            const QByteArrayView line(m_buffer.constData() + m_pos, eol - m_pos);
            // In the body only CRLF ends a line: reading body framing more leniently than a
            // proxy in front does is what request smuggling exploits.
            const qint64 size = line.endsWith('\r') ? parseChunkSize(line.chopped(1)) : -1;
            if (size < 0) {
                return refuse(400, "Malformed chunk size\n");
            }
            m_pos = eol + 1;
            if (size == 0) {
                m_trailerBytes = 0;
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
            // Trailer fields are checked and dropped, up to the empty line that ends them. The
            // whole trailer section, its empty line included, is at most maxHeaderBytes, by
            // the head's rule.
            const qsizetype eol = findLineEnd();
            if (eol < 0) {
                if (m_trailerBytes + available() >= m_limits.maxHeaderBytes) {
                    return refuse(431, "Chunked trailer too large\n");
                }
                return needMoreData();
            }
            m_trailerBytes += eol + 1 - m_pos;
            if (m_trailerBytes > m_limits.maxHeaderBytes) {
                return refuse(431, "Chunked trailer too large\n");
            }
            const QByteArrayView line(m_buffer.constData() + m_pos, eol - m_pos);
            if (!line.endsWith('\r')) {
                return refuse(400, "Malformed chunked trailer\n");
            }
            m_pos = eol + 1;
            if (line.size() == 1) {
                return completeRequest();
            }
            if (!isFieldLine(line.chopped(1))) {
                return refuse(400, "Malformed chunked trailer\n");
            }
            break;
        }
        case State::Stopped:
            return Event::NeedMoreData;
        }
    }
}

qsizetype HttpParser::findLineEnd() const
{
    const char *data = m_buffer.constData();
    const void *lf = std::memchr(data + m_pos, '\n', size_t(available()));
    return lf ? static_cast<const char *>(lf) - data : -1;
}

qsizetype HttpParser::findHeadEnd()
{
    // Line by line from where the last search stopped (the start of a line not yet known to
    // be complete), so a head arriving in small pieces costs linear time, not square. A line
    // ends in LF, with or without a CR before it (RFC 9112 2.2 lets a recipient accept a
    // bare LF, as nginx does); the head ends with the first empty line after the request line.
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype lineStart = m_pos + m_headScanned;
    while (true) {
        if (lineStart > m_pos && lineStart < size) {
            if (data[lineStart] == '\n') {
                return lineStart + 1;
            }
            if (data[lineStart] == '\r' && lineStart + 1 < size && data[lineStart + 1] == '\n') {
                return lineStart + 2;
            }
        }
        const void *lf = std::memchr(data + lineStart, '\n', size_t(size - lineStart));
        if (!lf) {
            m_headScanned = lineStart - m_pos;
            return -1;
        }
        lineStart = static_cast<const char *>(lf) - data + 1;
    }
}

/// What parseHead() needs to know of the header fields that frame the request.
struct HttpParser::FramingFields
{
    int hosts = 0;
    int contentLengths = 0;
    QByteArrayView contentLength;
    int transferEncodings = 0;
    int expects = 0;
    bool connectionClose = false;
    bool connectionKeepAlive = false;
};

bool HttpParser::parseHead(qsizetype end)
{
    m_request = HttpRequest();
    m_framing = Framing();
    const char *data = m_buffer.constData();
    const char *p = data + m_pos;
    const char *const headEnd = data + end;
    // Every line of the head ends in an LF: findHeadEnd() found them.
    const auto nextLine = [&p, headEnd] {
        const char *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(headEnd - p)));
        const QByteArrayView line(p, lf - p);
        p = lf + 1;
        return withoutCr(line);
    };
    if (!parseRequestLine(nextLine())) {
        return false;
    }
    FramingFields fields;
    for (QByteArrayView line = nextLine(); !line.isEmpty(); line = nextLine()) {
        if (!parseHeaderLine(line, fields)) {
            return false;
        }
    }

    // RFC 9112 3.2: an HTTP/1.1 request names its Host once; no request names it twice.
    if (fields.hosts > 1 || (fields.hosts == 0 && m_request.versionMinor == 1)) {
        refuse(400,
            fields.hosts == 0 ? "HTTP/1.1 request without Host header\n"
                              : "More than one Host header\n");
        return false;
    }

    // Framing (RFC 9112 6): either Content-Length or Transfer-Encoding, never both (that is
    // how requests are smuggled past a proxy that reads the other one), never on HTTP/1.0.
    const bool chunked = fields.transferEncodings > 0;
    if (chunked && m_request.versionMinor == 0) {
        refuse(400, "Transfer-Encoding in an HTTP/1.0 request\n");
        return false;
    }
    if (chunked && fields.contentLengths > 0) {
        refuse(400, "Both Content-Length and Transfer-Encoding\n");
        return false;
    }
    if (chunked && !checkTransferEncoding()) {
        return false;
    }
    qint64 length = 0;
    if (fields.contentLengths > 0) {
        // Repeated, even with equal values, or a list: refused, though RFC 9110 8.6 lets a
        // recipient accept equal ones; no client of a mock server needs it.
        length = fields.contentLengths == 1 ? parseContentLength(fields.contentLength) : -1;
        if (length < 0) {
            refuse(400, "Malformed Content-Length\n");
            return false;
        }
    }
    if (length > m_limits.maxBodyBytes) {
        // Refused from the headers alone: the body is never read, let alone buffered. A
        // length too large to count is as sent, all digits.
        refuse(413,
            "Request body of "
                + (length == Unbounded ? fields.contentLength.toByteArray()
                                       : QByteArray::number(length))
                + " bytes exceeds the server's limit of "
                + QByteArray::number(m_limits.maxBodyBytes) + " bytes\n");
        return false;
    }

    if (m_request.versionMinor == 0) {
        m_framing.keepAlive10 = fields.connectionKeepAlive;
        m_framing.close = !m_framing.keepAlive10;
    } else {
        m_framing.close = fields.connectionClose;
    }
    m_framing.head = m_request.method == "HEAD";

    if (fields.expects > 0) {
        const QByteArray expect = m_request.header("Expect");
        if (!expect.isEmpty()) {
            if (expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
                refuse(417, "Only Expect: 100-continue is supported\n");
                return false;
            }
            m_framing.expectsContinue = true;
        }
    }

    const bool hasBody = chunked || length > 0;
    m_framing.bodyBuffered = hasBody && m_buffer.size() > end;
    m_pos = end;
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

bool HttpParser::checkTransferEncoding()
{
    // Only chunked alone is decoded. The codings of all Transfer-Encoding lines form one list,
    // in order; empty list elements are ignored (RFC 9110 5.6.1). Refused with
    // - 400 when the list is malformed (no coding at all, a coding that is no token, chunked
    //   with parameters) or chunked is there but not once and last: the body cannot be
    //   delimited (RFC 9112 6.3), the request must not be read on;
    // - 501 when the list is well formed and names a coding other than chunked (gzip,
    //   identity, ...): a coding this server cannot decode (RFC 9112 6.1).
    int codings = 0;
    bool chunkedSeen = false;
    bool chunkedLast = false;
    bool unknown = false;
    for (const auto &[name, value] : m_request.headers) {
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) != 0) {
            continue;
        }
        qsizetype start = 0;
        while (start <= value.size()) {
            qsizetype comma = value.indexOf(',', start);
            if (comma < 0) {
                comma = value.size();
            }
            const QByteArrayView element =
                trimmed(QByteArrayView(value).sliced(start, comma - start));
            start = comma + 1;
            if (element.isEmpty()) {
                continue;
            }
            const qsizetype semicolon = element.indexOf(';');
            const QByteArrayView coding =
                trimmed(semicolon < 0 ? element : element.first(semicolon));
            if (!isToken(coding)) {
                refuse(400, "Malformed Transfer-Encoding\n");
                return false;
            }
            ++codings;
            const bool isChunked = coding.compare("chunked", Qt::CaseInsensitive) == 0;
            if (isChunked && (chunkedSeen || semicolon >= 0)) {
                refuse(400, "Malformed Transfer-Encoding\n");
                return false;
            }
            chunkedSeen = chunkedSeen || isChunked;
            unknown = unknown || !isChunked;
            chunkedLast = isChunked;
        }
    }
    if (codings == 0 || (chunkedSeen && !chunkedLast)) {
        refuse(400, "Malformed Transfer-Encoding: chunked must be the last coding\n");
        return false;
    }
    if (unknown) {
        refuse(501, "Unsupported Transfer-Encoding\n");
        return false;
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
    if ((!target.startsWith('/') && !target.startsWith("http://") && !target.startsWith("https://")
            && target != "*")
        || !isFieldValue(target)) {
        refuse(400, "Malformed request target\n");
        return false;
    }
    m_request.method = method.toByteArray();
    m_request.setTarget(target.toByteArray());
    return true;
}

bool HttpParser::parseHeaderLine(QByteArrayView line, FramingFields &fields)
{
    if (line.front() == ' ' || line.front() == '\t') {
        refuse(400, "Obsolete line folding in header\n"); // RFC 9112 5.2
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        refuse(400, "Malformed header line\n");
        return false;
    }
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (!isFieldValue(value)) {
        refuse(400, "Control character in a header value\n");
        return false;
    }
    // Told apart by length first: most headers are none of these.
    switch (name.size()) {
    case 4:
        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++fields.hosts;
        }
        break;
    case 6:
        if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            ++fields.expects;
        }
        break;
    case 10:
        if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            fields.connectionClose = fields.connectionClose || headerHasToken(value, "close");
            fields.connectionKeepAlive =
                fields.connectionKeepAlive || headerHasToken(value, "keep-alive");
        }
        break;
    case 14:
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            ++fields.contentLengths;
            fields.contentLength = value;
        }
        break;
    case 17:
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            ++fields.transferEncodings;
        }
        break;
    default:
        break;
    }
    m_request.headers.append({ name.toByteArray(), value.toByteArray() });
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
