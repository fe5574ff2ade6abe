// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>

namespace MockBench {

/// Incremental HTTP/1.x request parser: bytes in, complete requests or one refusal out, in
/// order. It knows nothing of sockets; a connection feeds it what it reads and acts on next().
class HttpParser
{
public:
    /// Bounds on what is parsed; a change applies to everything parsed after it.
    struct Limits
    {
        qint64 maxBodyBytes = 32 * 1024 * 1024; ///< decoded body of one request
        /// the head (request line and header lines, line ends and the empty line included);
        /// also the trailer section of a chunked body
        int maxHeaderBytes = 64 * 1024;
    };

    /// How the request just completed (or, after ContinueWanted, being read) is framed.
    struct Framing
    {
        bool head = false; ///< a HEAD request: its answer carries no body
        bool close = false; ///< the connection closes after the answer; nothing more is parsed
        bool keepAlive10 = false; ///< HTTP/1.0 with Connection: keep-alive
        bool expectsContinue = false; ///< the client sent Expect: 100-continue
        bool bodyBuffered = false; ///< body bytes had arrived with the head: no 100 Continue
    };

    /// Why the input was refused: the status and plain-text body of the answer.
    struct Refusal
    {
        int status = 0; ///< 400, 413, 417, 431, 501 or 505
        QByteArray message; ///< ends in a newline
    };

    enum class Event {
        NeedMoreData, ///< all input so far is consumed (always so once stopped)
        ContinueWanted, ///< a head is in and the client waits for 100 Continue to send its body
        Request, ///< a request is complete: takeRequest() and framing()
        Refused, ///< the input is refused (refusal()); nothing after it is parsed
    };

    /// Where the parser stands in the byte stream, for deadlines on slow clients.
    enum class Phase {
        Idle, ///< between requests: nothing of the next one buffered (next() skips empty lines)
        Head, ///< part of a request line or of the headers is buffered
        Body, ///< the head is parsed; its body, chunks or trailer are being read
        Stopped, ///< after a refusal or a request that closes the connection
    };

    HttpParser() = default;
    explicit HttpParser(const Limits &limits);

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    /// Appends @p bytes to the input (shared, not copied, when nothing is pending); once
    /// stopped they are dropped.
    void feed(const QByteArray &bytes);
    /// Parses on from where it stopped and reports the next event.
    Event next();

    /// After Event::Request: the request, moved out of the parser.
    HttpRequest takeRequest() { return std::move(m_request); }
    /// After Event::Request or Event::ContinueWanted: the framing of that request.
    const Framing &framing() const { return m_framing; }
    /// After Event::Refused: the status and text to answer with.
    const Refusal &refusal() const { return m_refusal; }

    bool isStopped() const { return m_state == State::Stopped; }
    /// While a body framed by Content-Length is read: the bytes of it still to come; -1 for a
    /// chunked body and outside a body.
    qint64 bodyBytesRemaining() const { return m_state == State::Body ? m_remaining : -1; }
    Phase phase() const;

    /// True when @p text is an HTTP token (RFC 9110 5.6.2): what a method or a header name
    /// must be. The one definition, for the model's validation too.
    static bool isToken(QByteArrayView text);

private:
    enum class State { Headers, Body, ChunkSize, ChunkData, ChunkTrailer, Stopped };

    // The parse* functions return false after calling refuse().
    struct FramingFields;
    /// The end of the buffered head (just past its empty line), or -1 when it is not all in.
    qsizetype findHeadEnd();
    /// The position of the next LF from m_pos, or -1.
    qsizetype findLineEnd() const;
    bool parseHead(qsizetype end);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line, FramingFields &fields);
    bool checkTransferEncoding();
    Event completeRequest();
    Event refuse(int status, const QByteArray &message);
    void stop();
    Event needMoreData();
    /// Moves buffered bytes into the body, at most m_remaining; true when none remain.
    bool takeBodyBytes();
    qsizetype available() const { return m_buffer.size() - m_pos; }

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0; ///< first byte of m_buffer not yet parsed
    qsizetype m_headScanned = 0; ///< from m_pos, the line where the head's end is searched next
    State m_state = State::Headers;
    qint64 m_remaining = 0; ///< body bytes still expected (Body, ChunkData)
    qint64 m_trailerBytes = 0; ///< bytes of the trailer section read so far (ChunkTrailer)
    HttpRequest m_request;
    Framing m_framing;
    Refusal m_refusal;
};

} // namespace MockBench
