// SPDX-FileCopyrightText: 2026 MockBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzz harness of HttpParser. An input is three bytes of settings, then the byte stream a
// client sends:
//   byte 0  the limits: low nibble picks maxHeaderBytes, high nibble maxBodyBytes (0: default)
//   byte 1  the largest piece the stream is fed in, 1 + byte 1 bytes
//   byte 2  the seed of the piece sizes
// The stream is parsed twice, fed whole and fed in pieces, and every event is checked. Besides
// what the sanitizers catch, a finding (abort) is: different requests or refusals whole and in
// pieces (TCP may cut a stream anywhere), a request that breaks the limits or the grammar it
// was checked against, a refusal with an unknown status, events after the parser stopped.
#include "http/HttpParser.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <tuple>

using namespace MockBench;

namespace {

/// One event as a connection would act on it; ContinueWanted is not recorded, since it comes
/// only when the body is not yet there and so depends on the pieces.
struct Outcome
{
    HttpParser::Event event = HttpParser::Event::NeedMoreData;
    HttpRequest request;
    bool head = false;
    bool close = false;
    bool keepAlive10 = false;
    bool expectsContinue = false;
    int status = 0;
    QByteArray message;

    auto fields() const
    {
        return std::tie(event, request.method, request.target, request.path, request.rawQuery,
            request.query, request.versionMinor, request.headers, request.body, head, close,
            keepAlive10, expectsContinue, status, message);
    }
    bool operator==(const Outcome &other) const { return fields() == other.fields(); }
};

struct Run
{
    QList<Outcome> outcomes;
    HttpParser::Phase phase = HttpParser::Phase::Idle;

    bool operator==(const Run &other) const
    {
        return outcomes == other.outcomes && phase == other.phase;
    }
};

[[noreturn]] void finding(const char *what)
{
    std::fprintf(stderr, "fuzz_httpparser: %s\n", what);
    std::abort();
}

void check(bool ok, const char *what)
{
    if (!ok) {
        finding(what);
    }
}

bool isFieldValue(const QByteArray &value)
{
    for (const char c : value) {
        const auto u = uchar(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f) {
            return false;
        }
    }
    return true;
}

void checkRequest(const HttpRequest &request, const HttpParser::Framing &framing,
    const HttpParser::Limits &limits)
{
    check(HttpParser::isToken(request.method), "request method is no token");
    check(request.versionMinor == 0 || request.versionMinor == 1, "version is not 1.0 or 1.1");
    check(!request.target.isEmpty() && isFieldValue(request.target), "malformed target accepted");
    check(request.body.size() <= limits.maxBodyBytes, "body over maxBodyBytes accepted");
    int hosts = 0;
    for (const auto &[name, value] : request.headers) {
        check(HttpParser::isToken(name), "header name is no token");
        check(isFieldValue(value), "control character in a header value accepted");
        check(value == value.trimmed(), "header value not trimmed");
        hosts += name.compare("Host", Qt::CaseInsensitive) == 0;
    }
    check(request.versionMinor == 1 || !request.hasHeader("Transfer-Encoding"),
        "Transfer-Encoding accepted on HTTP/1.0");
    check(hosts <= 1 && (hosts == 1 || request.versionMinor == 0), "Host missing or repeated");
    check(!(request.hasHeader("Content-Length") && request.hasHeader("Transfer-Encoding")),
        "request framed both by Content-Length and Transfer-Encoding accepted");
    check(framing.head == (request.method == "HEAD"), "framing.head does not follow the method");
    check(!framing.keepAlive10 || request.versionMinor == 0, "keepAlive10 on HTTP/1.1");
    check(request.versionMinor == 1 || framing.close != framing.keepAlive10,
        "HTTP/1.0 request neither closes nor keeps alive");
}

/// Calls next() until the parser wants more input, recording and checking each event.
void drain(HttpParser &parser, Run &run)
{
    const HttpParser::Limits limits = parser.limits();
    // Bounded: each event consumes input, and no input is longer than this many requests.
    for (int events = 0;; ++events) {
        check(events < 1 << 20, "next() does not come to an end");
        const bool wasStopped = parser.isStopped();
        const HttpParser::Event event = parser.next();
        check(!wasStopped || event == HttpParser::Event::NeedMoreData, "event after stopping");
        Outcome outcome;
        outcome.event = event;
        switch (event) {
        case HttpParser::Event::NeedMoreData:
            // Asking again without feeding changes nothing.
            check(parser.next() == HttpParser::Event::NeedMoreData, "next() not idempotent");
            check(parser.isStopped() == (parser.phase() == HttpParser::Phase::Stopped),
                "phase() and isStopped() disagree");
            return;
        case HttpParser::Event::ContinueWanted:
            check(parser.framing().expectsContinue, "100 Continue without Expect");
            check(!parser.framing().bodyBuffered, "100 Continue for a body already sent");
            check(parser.phase() == HttpParser::Phase::Body, "100 Continue outside a body");
            continue;
        case HttpParser::Event::Request: {
            const HttpParser::Framing framing = parser.framing();
            outcome.request = parser.takeRequest();
            outcome.head = framing.head;
            outcome.close = framing.close;
            outcome.keepAlive10 = framing.keepAlive10;
            outcome.expectsContinue = framing.expectsContinue;
            checkRequest(outcome.request, framing, limits);
            check(parser.isStopped() == framing.close, "a closing request does not stop");
            break;
        }
        case HttpParser::Event::Refused: {
            const HttpParser::Refusal refusal = parser.refusal();
            outcome.status = refusal.status;
            outcome.message = refusal.message;
            const int s = refusal.status;
            check(s == 400 || s == 413 || s == 417 || s == 431 || s == 501 || s == 505,
                "refusal with an unexpected status");
            check(refusal.message.endsWith('\n') && refusal.message.size() > 1,
                "refusal message does not end in a newline");
            check(parser.isStopped(), "a refusal does not stop the parser");
            break;
        }
        }
        run.outcomes.append(outcome);
    }
}

HttpParser::Limits limitsFor(uint8_t byte)
{
    static constexpr int headerBytes[16] = { 64 * 1024, 1, 2, 8, 16, 24, 32, 40, 48, 64, 96, 128,
        256, 1024, 4096, 16 * 1024 };
    static constexpr qint64 bodyBytes[16] = { 32 * 1024 * 1024, 0, 1, 2, 3, 5, 8, 15, 16, 17, 64,
        100, 1000, 4096, 65536, 1024 * 1024 };
    HttpParser::Limits limits;
    limits.maxHeaderBytes = headerBytes[byte & 0x0f];
    limits.maxBodyBytes = bodyBytes[byte >> 4];
    return limits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3) {
        return 0;
    }
    const HttpParser::Limits limits = limitsFor(data[0]);
    const qsizetype maxPiece = 1 + data[1];
    uint32_t seed = 0x9e3779b9u ^ data[2];
    const char *stream = reinterpret_cast<const char *>(data + 3);
    const qsizetype length = qsizetype(size - 3);

    // Raw data, not copies: a read past the end of what was fed is then a read past the
    // fuzzer's own buffer, which AddressSanitizer reports.
    Run whole;
    {
        HttpParser parser(limits);
        parser.feed(QByteArray::fromRawData(stream, length));
        drain(parser, whole);
        whole.phase = parser.phase();
    }

    Run pieces;
    {
        HttpParser parser(limits);
        for (qsizetype at = 0; at < length;) {
            seed ^= seed << 13; // xorshift32: sizes from 1 to maxPiece
            seed ^= seed >> 17;
            seed ^= seed << 5;
            const qsizetype piece = std::min<qsizetype>(1 + seed % maxPiece, length - at);
            parser.feed(QByteArray::fromRawData(stream + at, piece));
            at += piece;
            drain(parser, pieces);
        }
        drain(parser, pieces); // an empty stream is fed no piece, yet drained as the whole one
        pieces.phase = parser.phase();
    }

    if (!(whole == pieces)) {
        std::fprintf(stderr, "whole: %lld events, phase %d; in pieces: %lld events, phase %d\n",
            static_cast<long long>(whole.outcomes.size()), int(whole.phase),
            static_cast<long long>(pieces.outcomes.size()), int(pieces.phase));
        for (qsizetype i = 0; i < std::max(whole.outcomes.size(), pieces.outcomes.size()); ++i) {
            const Outcome none;
            const Outcome &a = i < whole.outcomes.size() ? whole.outcomes.at(i) : none;
            const Outcome &b = i < pieces.outcomes.size() ? pieces.outcomes.at(i) : none;
            std::fprintf(stderr, "  %lld: %s event %d %s %d | event %d %s %d\n",
                static_cast<long long>(i), a == b ? "same" : "DIFFERENT", int(a.event),
                a.request.target.constData(), a.status, int(b.event), b.request.target.constData(),
                b.status);
        }
        finding("fed whole and fed in pieces, the stream gives different events");
    }
    return 0;
}
